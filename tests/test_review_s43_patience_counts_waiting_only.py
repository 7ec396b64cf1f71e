"""One search's bounded wait for live writers is spent by waiting, not by the search's own work
(review of store43: the ``Patience`` wait).

store43 made every wait of one search (and of ``verify-quote --batch``, a manuscript's rows)
share one :class:`~archiver.core.store_lock.Patience`, so they wait
:data:`~archiver.core.store_lock.WRITER_WAIT_SECONDS` in all. Its clock started at the first
wait and ran on while the search worked: a batch of quotes that met a commit in flight (waited
50 ms) and then worked for more than five seconds met the next commit in flight with its wait
already "spent", and gave up at once ("another process is writing to this store", exit 3) where
one short wait would do. Only the time spent inside waits counts now; the whole stays bounded.

In-process: the writer is a second open of ``store.lock`` holding it, let go on the search's
first sleep; the clock and sleep are the test's, and the search's work is the clock moving on.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from archiver.core.store_lock import WRITER_WAIT_SECONDS, Patience, wait_for_commits


class Time:
    """Our clock and sleep: time moves when the search sleeps (or works: :meth:`work`); the
    writer holding the lock lets go when the search first sleeps, as a commit in flight ends."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept = 0.0
        self.writer: int | None = None

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if self.writer is not None:
            os.close(self.writer)
            self.writer = None
        self.now += seconds
        self.slept += seconds

    def work(self, seconds: float) -> None:
        self.now += seconds

    def commit_in_flight(self, store: Path) -> None:
        fd = os.open(store / "store.lock", os.O_RDWR | os.O_CREAT)
        fcntl.flock(fd, fcntl.LOCK_EX)
        self.writer = fd


def test_a_second_short_wait_after_long_work_still_waits(tmp_path: Path) -> None:
    time = Time()
    patience = Patience(clock=time.clock, sleep=time.sleep)
    time.commit_in_flight(tmp_path)
    assert wait_for_commits(tmp_path, lambda: True, patience) is None  # waited one poll
    time.work(WRITER_WAIT_SECONDS * 4)  # the search verifies quotes, sleeping nowhere
    time.commit_in_flight(tmp_path)
    assert wait_for_commits(tmp_path, lambda: True, patience) is None  # was: "another process (pid N)"
    assert time.writer is None


def test_waits_that_never_end_still_wait_the_bound_once_in_all(tmp_path: Path) -> None:
    time = Time()
    patience = Patience(clock=time.clock, sleep=time.sleep)
    fd = os.open(tmp_path / "store.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)  # a writer that never finishes
    try:
        assert wait_for_commits(tmp_path, lambda: True, patience) is not None
        time.work(60.0)
        assert wait_for_commits(tmp_path, lambda: True, patience) is not None
    finally:
        os.close(fd)
    assert WRITER_WAIT_SECONDS <= time.slept <= WRITER_WAIT_SECONDS + 0.1
