"""A writer waits for a running holder of its new WARC file's lock, says so, and not for good (task sec56).

rvsec55 made a writer wait for a holder that is running (a check preempted inside its instant) as
long as it holds: a process that holds the shared lock and keeps running (a busy loop, a hostile
process of the same user) held ``archive`` without limit, and nothing was printed meanwhile. Now the
writer says on stderr what it waits for (after ``HOLD_NOTICE_AFTER``), gives up at a generous bound
(``HOLD_RUNNING_WITHIN``) with one line and exit 3 (a lock held past a bounded wait, as the store's
own lock), leaving no file, and a Ctrl-C ends the wait at once.

The holder is a real process, busy while it holds the lock; the bounds are lowered for the test.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli import run_cli
from lock_holders import BusyCheck, checked_creations, ended, ferry_site
from servers import Site

from archiver.errors import WarcLockHeldError
from archiver.store import warc_writing


def _busy_holder(path: Path) -> BusyCheck:
    """A process that holds ``path``'s shared lock and keeps running (busy) until it is ended."""
    return BusyCheck(path, 600)


@pytest.fixture
def site() -> Iterator[Site]:
    yield from ferry_site()


@pytest.fixture
def busy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BusyCheck]]:
    made = checked_creations(monkeypatch, _busy_holder, hold_within=0.3)
    monkeypatch.setattr(warc_writing, "HOLD_NOTICE_AFTER", 0.2)
    monkeypatch.setattr(warc_writing, "HOLD_RUNNING_WITHIN", 1.0)
    yield from ended(made)


@pytest.fixture
def archived(tmp_path, site, busy):  # type: ignore[no-untyped-def]
    store = tmp_path / "store"
    proc = run_cli("archive", site.url("/ferry"), store=store, env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    [holder] = busy
    return {"proc": proc, "pid": holder.proc.pid, "store": store}


def test_a_writer_says_on_stderr_which_running_process_it_waits_for(archived):
    [said] = [ln for ln in archived["proc"].stderr.splitlines() if "waiting for" in ln]
    assert f"process {archived['pid']} (running)" in said and "lock of new WARC file" in said, said


def test_a_holder_that_keeps_running_past_the_bound_fails_the_writer_with_exit_3(archived):
    proc = archived["proc"]
    assert proc.returncode == 3 and "Traceback" not in proc.stderr, proc.stderr
    [line] = [ln for ln in proc.stderr.splitlines() if "cannot start WARC file" in ln]
    assert f"process {archived['pid']} (running) has held it locked for over 1 s, running all the while" in line, line


def test_a_writer_given_up_on_leaves_no_file_in_warcs(archived):
    assert list((archived["store"] / "warcs").iterdir()) == []


def test_a_ctrl_c_ends_the_wait_for_a_running_holder_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(warc_writing, "HOLD_RUNNING_WITHIN", 600.0)  # (the wait it must not sit out)
    path = tmp_path / "new.warc.gz"
    path.write_bytes(b"")
    holder = _busy_holder(path)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # (whatever this run inherited)
    fd = os.open(path, os.O_WRONLY)
    ctrl_c = threading.Timer(0.3, os.kill, args=(os.getpid(), signal.SIGINT))
    try:
        ctrl_c.start()
        with pytest.raises(KeyboardInterrupt):
            warc_writing.hold_for_writing(fd, path)
    finally:
        ctrl_c.cancel()
        signal.signal(signal.SIGINT, previous)
        os.close(fd)
        holder.end()


def test_the_lock_error_is_a_bounded_wait_for_a_lock_exit_3():
    from archiver.errors import LockBusyError, StoreError

    assert issubclass(WarcLockHeldError, LockBusyError) and issubclass(WarcLockHeldError, StoreError)
    assert WarcLockHeldError("x").exit_code == 3
