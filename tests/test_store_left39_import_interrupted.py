"""An import that fails after copying its WARC files, before its log entry, removes its copies.

The copies are the import's own new files: no log entry and no index row names them, and the
file they copy is still where the user keeps it, so removing them loses nothing already in the
store. Left behind (as before), they were taken by the next ``reindex`` for the records of "an
interrupted capture" of ours and logged as ``recovery``: a colleague's WARC merged into the
signed log without anyone asking (conventions: nothing merged silently). A process killed
(SIGKILL) cannot clean up; its copies stay crash remains, as ``tests/test_store_locks.py`` says.
An import whose log entry was written keeps them: they are then the evidence it logged.

Made real and deterministic as in ``tests/test_store_locks.py``: with the log's writer lock held by
the test, the import waits there with its copies made, and is stopped by Ctrl-C (SIGINT). That
import is interrupted once for the module (:func:`interrupted`); each test reads a copy of the store
it left.
"""

from __future__ import annotations

import contextlib
import signal
from pathlib import Path
from typing import Any

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


def _interrupted_while_waiting_to_log(store, bundle, env):  # type: ignore[no-untyped-def]
    """Start ``import bundle``, let it copy its files in and wait for the log's lock, press Ctrl-C."""
    log_held = contextlib.ExitStack()
    with _holding(store / "store.lock"):
        proc = start_cli_process("import", str(bundle), store=store, env=env)
        _until(proc, _waiting_for_store(proc, store))
        log_held.enter_context(_holding(_log_lock(store)))
    with log_held:
        _until(proc, _waiting_to_log(proc, store))
        assert list((store / "warcs").glob("imported-*")), "waiting to log with its copies made"
        proc.send_signal(signal.SIGINT)
        return _finish(proc)


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory, site, bundles) -> dict[str, Any]:  # type: ignore[no-untyped-def]  # noqa: F811
    """A store with one capture (of /p3) and the bundles' key pinned (``root/store``, its key
    folder ``root/keys``), its log before, and the exit code and stderr of an import of
    ``bundles["two"]`` into it stopped by Ctrl-C while it waited to log."""
    root = tmp_path_factory.mktemp("interrupted-import")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    assert run_cli("archive", site.url("/p3"), store=root / "store", env=env).returncode == 0
    assert run_cli("key", "pin", str(bundles["key"]), env=env).returncode == 0
    before = _log(root / "store")
    code, _, err = _interrupted_while_waiting_to_log(root / "store", bundles["two"], env)
    return {"root": root, "before": before, "code": code, "err": err}


@pytest.fixture
def left(interrupted: dict[str, Any], store: Path, key_dir: Path) -> dict[str, Any]:
    """:func:`interrupted`'s figures, its store and key folder copied to this test's own."""
    copy_store(interrupted["root"], store, key_dir)
    return interrupted


def test_an_import_interrupted_before_its_log_entry_removes_the_copies_it_made(store, left):
    code, err = left["code"], left["err"]
    assert code == 130, err
    assert err.strip().splitlines()[-1] == "interrupted", err
    assert list((store / "warcs").glob("imported-*")) == []
    assert _log(store) == left["before"]


def test_after_an_interrupted_import_reindex_logs_no_colleagues_file_as_recovery(store, left, bundles):  # noqa: F811
    again = run_cli("import", str(bundles["two"]), store=store)
    assert again.returncode == 0, again.stderr
    code, report = _reindex(store)
    assert code == 0 and report["captures"] == 3, report
    assert not any("imported-" in r for r in report["recovered"]), report["recovered"]
