"""A file system that refuses locks: one line naming the lock file and the refusal, exit 3, nothing written.

``flock`` fails for reasons other than another holder on some file systems (ENOLCK on NFS
without lockd, EINVAL or EOPNOTSUPP on some FUSE or SMB mounts). No such file system can be
mounted here, so the refusal is made real where it can be (EBADF on a closed descriptor) and
otherwise injected by ``ARCHIVER_TEST_FLOCK_ERRNO`` (``ENOLCK``, or ``ENOLCK:store.lock`` for
the lock files of that name only), which every writer's ``flock`` obeys and nothing else sets.
A ``batches/running.lock`` another user made without write permission still lets a batch run:
its shared lock is taken on a read-only descriptor.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli import process_command, run_cli, run_cli_process
from servers import Site, html_page

from archiver.archive import Archive
from archiver.batch import state_path
from archiver.core.store_lock import BATCH_LOCK_FILE, FLOCK_ERRNO_VAR, acquire
from archiver.errors import LockUnsupportedError

PAGE = (b"<html><head><title>Budget</title></head><body><article><h1>Council passes budget</h1>"
        b"<p>The council approved a budget of twelve million on Tuesday by seven votes to two, the "
        b"clerk said after a long debate.</p></article></body></html>")


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.routes["/a"] = html_page(PAGE)
    s.routes["/b"] = html_page(PAGE.replace(b"twelve", b"ten"))
    yield s
    s.close()


@pytest.fixture
def captured(store: Path, site: Site, tmp_path: Path) -> str:
    """The store holds one capture (of /a), exported to ``tmp_path/a.wacz``; its id."""
    with Archive.open(store) as arc:
        capture_id = arc.capture(site.url("/a")).capture_id
    assert run_cli("export", capture_id, "-o", str(tmp_path / "a.wacz"), store=store).returncode == 0
    shutil.rmtree(store / "batches", ignore_errors=True)
    return capture_id


def _contents(store: Path) -> dict[str, str]:
    """Every file of the store but its lock files, by path: its sha256."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.rglob("*")) if p.is_file() and p.suffix != ".lock"}


def _commands(site: Site, store: Path, capture_id: str, tmp_path: Path) -> dict[str, list[str]]:
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/b") + "\n")
    return {
        "archive": ["archive", site.url("/b")],
        "batch": ["batch", str(urls)],
        "import": ["import", str(tmp_path / "a.wacz")],
        "reindex": ["reindex"],
        "reextract": ["reextract", capture_id],
        "correct": ["correct", capture_id, "--title", "Budget passed", "--reason", "the headline"],
        "verify-quote": ["verify-quote", "--capture", capture_id, "The council approved a budget"],
    }


#: Each command with the lock it is refused on: the store's lock where the command takes it
#: first, the log's writer lock for those that take only it, the batch's running mark.
REFUSALS = [("archive", "store.lock"), ("archive", "log.lock"), ("batch", "store.lock"),
            ("batch", "log.lock"), ("batch", "running.lock"), ("import", "store.lock"),
            ("reindex", "store.lock"), ("reextract", "log.lock"), ("correct", "log.lock"),
            ("verify-quote", "log.lock")]


@pytest.mark.parametrize(("name", "lock"), REFUSALS)
def test_a_lock_the_file_system_refuses_stops_the_command_in_one_line_before_it_writes(
        store, site, captured, tmp_path, name, lock):
    args = _commands(site, store, captured, tmp_path)[name]
    before = _contents(store)
    proc = run_cli(*args, store=store, env={FLOCK_ERRNO_VAR: f"ENOLCK:{lock}"})
    assert proc.returncode == 3, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"{lock} does not support locks (ENOLCK)" in lines[0] and "use a local disk" in lines[0]
    assert _contents(store) == before


def test_a_batch_whose_own_lock_is_refused_stops_in_one_line_before_any_request(store, site, captured, tmp_path):
    args = _commands(site, store, captured, tmp_path)["batch"]
    own = state_path(store, [site.url("/b")]).with_suffix(".lock")  # (the lock of this batch's resume file)
    before = _contents(store)
    proc = run_cli(*args, store=store, env={FLOCK_ERRNO_VAR: f"EINVAL:{own.name}"})
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.strip() == (f"error: the file system holding {own} does not support locks (EINVAL): "
                                   "archiver needs flock to keep two processes from writing at once; "
                                   "nothing was written; use a local disk")
    assert _contents(store) == before
    assert "/b" not in site.requests


def test_a_file_system_without_locks_is_one_line_and_exit_3_from_the_process(store, site, captured):
    proc = run_cli_process("archive", site.url("/b"), store=store, env={FLOCK_ERRNO_VAR: "EINVAL"})
    assert proc.returncode == 3
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "does not support locks (EINVAL)" in proc.stderr
    assert "archiver needs flock to keep two processes from writing at once" in proc.stderr


def test_a_lock_refused_for_another_reason_names_the_file_and_the_refusal(tmp_path):
    path = tmp_path / "store.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    os.close(fd)  # a descriptor no longer open: flock says EBADF
    with pytest.raises(LockUnsupportedError) as refused:
        acquire(fd, True, path=path)
    assert str(refused.value).startswith(f"cannot lock {path}: the file system refused flock (EBADF: ")
    assert refused.value.exit_code == 3


def _without_dac_override() -> list[str]:
    """A command prefix that runs a process unable to write files it lacks write permission on:
    none for a user other than root; for root, ``setpriv`` without the capabilities that let
    root write any file (the test skips without ``setpriv``)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root, and no setpriv to drop the capability to write any file")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


def test_a_batch_runs_beside_a_running_mark_another_user_left_without_write_permission(store, site, captured, tmp_path):
    mark = store / BATCH_LOCK_FILE
    mark.parent.mkdir(exist_ok=True)
    mark.touch()
    mark.chmod(0o444)
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/b") + "\n")
    proc = subprocess.run([*_without_dac_override(), *process_command("batch", str(urls), store=store)],
                          capture_output=True, text=True, timeout=300, env=dict(os.environ))
    assert proc.returncode == 0, proc.stderr
    assert "read-only" not in proc.stderr
    assert "1 captured" in proc.stdout + proc.stderr

