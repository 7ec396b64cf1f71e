"""An import that fails after copying its WARC files, before its log entry, removes its copies.

The copies are the import's own new files: no log entry and no index row names them, and the
file they copy is still where the user keeps it, so removing them loses nothing already in the
store. Left behind (as before), they were taken by the next ``reindex`` for the records of "an
interrupted capture" of ours and logged as ``recovery``: a colleague's WARC merged into the
signed log without anyone asking (conventions: nothing merged silently). A process killed
(SIGKILL) cannot clean up; its copies stay crash remains, as ``tests/test_store_locks.py`` says.
An import whose log entry was written keeps them: they are then the evidence it logged.

Made real and deterministic as in ``tests/test_store_locks.py``: with the log's writer lock held by
the test, the import waits there with its copies made, and is stopped by Ctrl-C (SIGINT).
"""

from __future__ import annotations

import contextlib
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


def _interrupted_while_waiting_to_log(store, bundle):  # type: ignore[no-untyped-def]
    """Start ``import bundle``, let it copy its files in and wait for the log's lock, press Ctrl-C."""
    log_held = contextlib.ExitStack()
    with _holding(store / "store.lock"):
        proc = start_cli_process("import", str(bundle), store=store)
        _until(proc, _waiting_for_store(proc, store))
        log_held.enter_context(_holding(_log_lock(store)))
    with log_held:
        _until(proc, _waiting_to_log(proc, store))
        assert list((store / "warcs").glob("imported-*")), "waiting to log with its copies made"
        proc.send_signal(signal.SIGINT)
        return _finish(proc)


def test_an_import_interrupted_before_its_log_entry_removes_the_copies_it_made(store, site, bundles):  # noqa: F811
    _new_store(store, site)
    _pin_their_key(bundles)
    before = _log(store)
    code, _, err = _interrupted_while_waiting_to_log(store, bundles["two"])
    assert code == 130, err
    assert err.strip().splitlines()[-1] == "interrupted", err
    assert list((store / "warcs").glob("imported-*")) == []
    assert _log(store) == before


def test_after_an_interrupted_import_reindex_logs_no_colleagues_file_as_recovery(store, site, bundles):  # noqa: F811
    _new_store(store, site)
    _pin_their_key(bundles)
    _interrupted_while_waiting_to_log(store, bundles["two"])
    again = run_cli("import", str(bundles["two"]), store=store)
    assert again.returncode == 0, again.stderr
    code, report = _reindex(store)
    assert code == 0 and report["captures"] == 3, report
    assert not any("imported-" in r for r in report["recovered"]), report["recovered"]
