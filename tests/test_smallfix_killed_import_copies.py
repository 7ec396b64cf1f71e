"""``reindex`` never logs a killed import's copies as an interrupted capture of ours.

An import copies the colleague's WARC files into the store (``imported-<sha256 start>-<random>-
<name>``) before it appends its ``import`` entry. A failure or Ctrl-C in between removes the
copies (tests/test_store_left39_import_interrupted.py); a SIGKILL cannot, and the next
``reindex`` logged them as ``recovery``, "records of an interrupted capture": a colleague's
WARC entered the signed log as ours without anyone asking (conventions: nothing merged
silently). They are not our capture's records, were never logged, and nothing names them: now
``reindex`` leaves them out of the index and the log, and names them on stderr in one line with
what to do (run the import of that file again, then delete the copies); exit 0, as for the
crash remains of our own writers, which it still logs once as ``recovery``.

Made real as in tests/test_store_locks.py: with the log's writer lock held by the test, the
import waits there with its copies made, and is killed (SIGKILL). That store is made once for the
module (one killed import, :func:`killed`) and each test reindexes a copy of its own.
"""

from __future__ import annotations

import contextlib
import json
import signal
from pathlib import Path

import pytest
from cli import run_cli, start_cli_process
from stores import copy_store
from test_store_locks import (  # the lock helpers, the site and bundles that file specifies
    _finish,
    _holding,
    _log,
    _log_lock,
    _reindex,
    _until,
    _waiting_for_store,
    _waiting_to_log,
    bundles,  # noqa: F401 - a fixture
    site,  # noqa: F401 - a fixture
)


def _killed_while_waiting_to_log(store, bundle, env) -> list[str]:  # type: ignore[no-untyped-def]
    """Start ``import bundle``, let it copy its files in and wait for the log's lock, SIGKILL it:
    the store names of the copies it left."""
    log_held = contextlib.ExitStack()
    with _holding(store / "store.lock"):
        proc = start_cli_process("import", str(bundle), store=store, env=env)
        _until(proc, _waiting_for_store(proc, store))
        log_held.enter_context(_holding(_log_lock(store)))
    with log_held:
        _until(proc, _waiting_to_log(proc, store))
        proc.send_signal(signal.SIGKILL)
        _finish(proc)
    copies = sorted(f"warcs/{p.name}" for p in (store / "warcs").glob("imported-*"))
    assert copies, "the killed import left its copies"
    return copies


@pytest.fixture(scope="module")
def killed(tmp_path_factory, site, bundles):  # type: ignore[no-untyped-def]  # noqa: F811
    """A store with one capture (of /p3), the bundles' key pinned, and the copies of an import of
    ``bundles["two"]`` killed while it waited to log (in ``root/store``, its key folder
    ``root/keys``): the folder and the store names of the copies."""
    root = tmp_path_factory.mktemp("killed-import")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    assert run_cli("archive", site.url("/p3"), store=root / "store", env=env).returncode == 0
    assert run_cli("key", "pin", str(bundles["key"]), env=env).returncode == 0
    return root, _killed_while_waiting_to_log(root / "store", bundles["two"], env)


@pytest.fixture
def copies(killed, store: Path, key_dir: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """This test's own copy of :func:`killed`'s store (in ``store``) and key folder: the copies' names."""
    root, names = killed
    copy_store(root, store, key_dir)
    return names


def _mentions_imported_copy(value: object) -> bool:
    return "imported-" in json.dumps(value)


def test_reindex_logs_no_killed_imports_copy_as_recovery(store, copies):
    code, report = _reindex(store)
    assert code == 0 and report["ok"], report
    assert not any(_mentions_imported_copy(e["data"]) for e in _log(store) if e["type"] == "recovery")
    assert not any("imported-" in line for line in report["recovered"]), report["recovered"]


def test_reindex_names_a_killed_imports_copies_and_what_to_do_in_one_line(store, copies):
    proc = run_cli("reindex", store=store)
    assert proc.returncode == 0, proc.stderr
    [line] = [line for line in proc.stderr.splitlines() if "imported-" in line]
    assert line.startswith("not imported: ") and all(name in line for name in copies), line
    assert "no import entry names" in line and "not indexed, not logged" in line, line
    assert "run 'archiver import' on that file again" in line, line


def test_reindex_json_lists_a_killed_imports_copies_under_unlogged_imports(store, copies):
    code, report = _reindex(store)
    assert code == 0, report
    [line] = report["unlogged_imports"]
    assert all(name in line for name in copies), line


def test_the_file_imported_again_is_indexed_and_the_killed_copies_still_named(store, copies, bundles):  # noqa: F811
    assert run_cli("import", str(bundles["two"]), store=store).returncode == 0
    code, report = _reindex(store)
    assert code == 0 and report["ok"] and report["captures"] == 3, report
    [line] = report["unlogged_imports"]
    assert all(name in line for name in copies), line


def test_reindex_says_nothing_of_imports_once_the_killed_copies_are_deleted(store, copies):
    for name in copies:
        (store / name).unlink()
    code, report = _reindex(store)
    assert code == 0 and report["ok"] and report["unlogged_imports"] == [], report
