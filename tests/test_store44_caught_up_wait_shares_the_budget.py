"""The evidence check's wait for a ``reextract`` commit shares its command's one bounded wait.

store43 made every wait of one search for live writers share one
:class:`~archiver.core.store_lock.Patience` (:meth:`archiver.archive.Archive.waits_once`): at
most :data:`~archiver.core.store_lock.WRITER_WAIT_SECONDS` in all. The evidence check's own
wait (:func:`~archiver.core.store_lock.wait_for_writers`, from ``evidence._caught_up``: the
index behind a re-extraction the log holds) kept a limit of its own beside it: one search that
met a writer in both places waited about 10 s. It now waits out of the same budget.

In-process: the writer is the test's exclusive hold of ``store.lock``, never let go; the clock
and sleep are the test's (time moves only when the search sleeps), so seconds slept are counted,
not measured.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from archiver.archive import Archive
from archiver.core.store_lock import (
    WRITER_WAIT_SECONDS,
    Patience,
    wait_for_commits,
    wait_for_writers,
)
from archiver.errors import IncompleteCheckError


class Time:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_a_wait_for_a_reextract_commit_after_a_spent_wait_sleeps_no_more(store: Path) -> None:
    time = Time()
    with Archive.open(store) as arc:
        arc.ensure_writable()
        arc.new_patience = lambda: Patience(clock=time.clock, sleep=time.sleep)
        writer = os.open(store / "store.lock", os.O_RDWR | os.O_CREAT)
        fcntl.flock(writer, fcntl.LOCK_EX)  # a writer that never finishes
        try:
            with arc.waits_once():
                assert wait_for_commits(store, lambda: True, arc.wait_budget()) is not None
                with pytest.raises(IncompleteCheckError, match="a writer holds the store"):
                    wait_for_writers(store, arc.wait_budget())
        finally:
            os.close(writer)
    assert WRITER_WAIT_SECONDS <= time.now <= WRITER_WAIT_SECONDS + 0.1
