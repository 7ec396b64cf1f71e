"""With no writable temporary folder (``TMPDIR``, ``/tmp`` and ``/var/tmp`` all read-only),
Python's ``tempfile`` falls back to the current folder, which may be the store: a read command
run there, on an index whose ``-wal`` no live process holds, writes nothing into it (before, the
private copy of the index it read through was made there, and removed: a read that wrote a
whole index's copy into the store, for a while).

A real process in a private mount namespace, with read-only file systems mounted over ``/tmp``
and ``/var/tmp`` (the tests run as root, where no mode bit stops a write).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli import command
from stores import copy_store, store_state
from test_store45_read_wal_without_shm import template  # noqa: F401 - the fixture

_RUN_IN_STORE = """
import json, os, sys
sys.path[:0] = [sys.argv[1], os.path.dirname(sys.argv[1])]
import archiver.cli  # (this checkout's, imported before the folder changes)
from cli import run_cli
os.chdir(sys.argv[3])
runs = [run_cli(*args) for args in json.loads(sys.argv[2])]
print(json.dumps([{"code": r.returncode, "stdout": r.stdout, "stderr": r.stderr} for r in runs]))
"""

READS = [("list",), ("show", "{second}"), ("cite", "{second}"), ("history", "{url}"), ("log", "verify", "--deep")]


def test_read_commands_with_no_writable_temporary_folder_write_nothing_into_the_store_they_run_in(
        template, tmp_path: Path, key_dir: Path) -> None:  # noqa: ANN001, F811
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("read-only mounts over /tmp need root and unshare")
    root, _first, second, url = template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    before, folder_changed = store_state(store), store.stat().st_mtime_ns  # (a file made and removed there)
    argv = [command(*(a.format(second=second, url=url) for a in args), store=store) for args in READS]
    # read-only views of /tmp and /var/tmp themselves, not empty file systems over them: what they
    # hold stays readable (a checkout and its .venv may live there: CI clones into /tmp)
    script = ('for d in /tmp /var/tmp; do mount --bind "$d" "$d" && mount -o remount,bind,ro "$d" || exit 99; done; '
              'exec "$@"')
    env = {k: v for k, v in os.environ.items() if k not in ("TMP", "TEMP")}
    env["TMPDIR"] = "/tmp"

    proc = subprocess.run(["unshare", "-m", "sh", "-c", script, "-", sys.executable, "-c", _RUN_IN_STORE,
                           str(Path(__file__).parent), json.dumps(argv), str(store)],
                          capture_output=True, text=True, timeout=120, env=env)

    if proc.returncode == 99:
        pytest.skip("cannot mount a read-only file system over /tmp here")
    assert proc.returncode == 0, proc.stderr
    runs = json.loads(proc.stdout)
    assert [r["code"] for r in runs] == [0] * len(READS), runs
    assert second in runs[0]["stdout"] or second[:8] in runs[0]["stdout"], runs[0]
    assert store_state(store) == before
    assert store.stat().st_mtime_ns == folder_changed
