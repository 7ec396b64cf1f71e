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
import waits there with its copies made, and is killed (SIGKILL).
"""

from __future__ import annotations

import contextlib
import json
import signal

from cli import run_cli, start_cli_process
from test_store_locks import (  # the lock helpers, the site and bundles that file specifies
    _finish,
    _holding,
    _log,
    _log_lock,
    _new_store,
    _pin_their_key,
    _reindex,
    _until,
    _waiting_for_store,
    _waiting_to_log,
    bundles,  # noqa: F401 - a fixture
    site,  # noqa: F401 - a fixture
)


def _killed_while_waiting_to_log(store, bundle) -> list[str]:  # type: ignore[no-untyped-def]
    """Start ``import bundle``, let it copy its files in and wait for the log's lock, SIGKILL it:
    the store names of the copies it left."""
    log_held = contextlib.ExitStack()
    with _holding(store / "store.lock"):
        proc = start_cli_process("import", str(bundle), store=store)
        _until(proc, _waiting_for_store(proc, store))
        log_held.enter_context(_holding(_log_lock(store)))
    with log_held:
        _until(proc, _waiting_to_log(proc, store))
        proc.send_signal(signal.SIGKILL)
        _finish(proc)
    copies = sorted(f"warcs/{p.name}" for p in (store / "warcs").glob("imported-*"))
    assert copies, "the killed import left its copies"
    return copies


def _mentions_imported_copy(value: object) -> bool:
    return "imported-" in json.dumps(value)


def test_reindex_logs_no_killed_imports_copy_as_recovery(store, site, bundles):  # noqa: F811
    _new_store(store, site)
    _pin_their_key(bundles)
    _killed_while_waiting_to_log(store, bundles["two"])
    code, report = _reindex(store)
    assert code == 0 and report["ok"], report
    assert not any(_mentions_imported_copy(e["data"]) for e in _log(store) if e["type"] == "recovery")
    assert not any("imported-" in line for line in report["recovered"]), report["recovered"]


def test_reindex_names_a_killed_imports_copies_and_what_to_do_in_one_line(store, site, bundles):  # noqa: F811
    _new_store(store, site)
    _pin_their_key(bundles)
    copies = _killed_while_waiting_to_log(store, bundles["two"])
    proc = run_cli("reindex", store=store)
    assert proc.returncode == 0, proc.stderr
    [line] = [line for line in proc.stderr.splitlines() if "imported-" in line]
    assert line.startswith("not imported: ") and all(name in line for name in copies), line
    assert "no import entry names" in line and "not indexed, not logged" in line, line
    assert "run 'archiver import' on that file again" in line, line


def test_reindex_json_lists_a_killed_imports_copies_under_unlogged_imports(store, site, bundles):  # noqa: F811
    _new_store(store, site)
    _pin_their_key(bundles)
    copies = _killed_while_waiting_to_log(store, bundles["two"])
    code, report = _reindex(store)
    assert code == 0, report
    [line] = report["unlogged_imports"]
    assert all(name in line for name in copies), line


def test_the_file_imported_again_is_indexed_and_the_killed_copies_still_named(store, site, bundles):  # noqa: F811
    _new_store(store, site)
    _pin_their_key(bundles)
    copies = _killed_while_waiting_to_log(store, bundles["two"])
    assert run_cli("import", str(bundles["two"]), store=store).returncode == 0
    code, report = _reindex(store)
    assert code == 0 and report["ok"] and report["captures"] == 3, report
    [line] = report["unlogged_imports"]
    assert all(name in line for name in copies), line


def test_reindex_says_nothing_of_imports_once_the_killed_copies_are_deleted(store, site, bundles):  # noqa: F811
    _new_store(store, site)
    _pin_their_key(bundles)
    for name in _killed_while_waiting_to_log(store, bundles["two"]):
        (store / name).unlink()
    code, report = _reindex(store)
    assert code == 0 and report["ok"] and report["unlogged_imports"] == [], report
