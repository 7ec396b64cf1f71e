"""Batch throughput: the state file's durability contract (each outcome's line written at once,
so a killed batch loses none; fsynced together with the others of its interval, not one fsync
per URL in the dispatch loop; everything pending fsynced when the run ends) and the executor's
defaults. Real files; os.fsync is only counted, never replaced."""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
from servers import Site
from test_batch import FAST, serve_pages

from archiver.batch import (
    CAPTURED,
    BatchItem,
    BatchRunner,
    BatchState,
    CaptureTask,
    LocalExecutor,
    TaskOutcome,
    WorkerConfig,
    default_archive_slots,
)


@pytest.fixture
def fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The descriptors passed to os.fsync while the test runs (the real fsync still runs)."""
    calls: list[int] = []
    real = os.fsync

    def counting(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", counting)
    return calls


def new_state(tmp_path: Path, interval: float) -> BatchState:
    state = BatchState(tmp_path / "batches" / "b.jsonl", sync_interval=interval)
    state.start(key="k", total=100, log_size=0)
    return state


def item(i: int) -> BatchItem:
    return BatchItem(url=f"http://127.0.0.1/p{i}", status=CAPTURED, capture_id=f"c{i}", attempts=1)


def test_outcomes_recorded_within_one_interval_share_one_fsync(tmp_path: Path, fsyncs: list[int]) -> None:
    state = new_state(tmp_path, interval=3600)
    after_header = len(fsyncs)
    for i in range(100):
        state.record(item(i))
    assert len(fsyncs) == after_header  # none yet: the interval has not passed
    state.close()
    assert len(fsyncs) == after_header + 1


def test_the_header_is_fsynced_before_any_capture(tmp_path: Path, fsyncs: list[int]) -> None:
    new_state(tmp_path, interval=3600)
    assert len(fsyncs) == 1


def test_an_outcome_older_than_the_interval_is_fsynced_at_the_next_record(tmp_path: Path,
                                                                          fsyncs: list[int]) -> None:
    state = new_state(tmp_path, interval=0)
    after_header = len(fsyncs)
    state.record(item(1))
    state.record(item(2))
    assert len(fsyncs) == after_header + 2
    state.close()


def test_a_recorded_line_is_readable_before_its_fsync(tmp_path: Path) -> None:
    """A batch killed (SIGKILL) between a line's write and its grouped fsync loses nothing:
    the line is in the file as soon as record() returns."""
    state = new_state(tmp_path, interval=3600)
    state.record(item(7))
    reread = BatchState(state.path)
    assert reread.items[item(7).url].capture_id == "c7"
    state.close()


def test_a_batch_run_fsyncs_its_state_once_at_the_end_not_once_per_url(
        monkeypatch: pytest.MonkeyPatch, store: Path) -> None:
    monkeypatch.setattr(BatchState, "SYNC_INTERVAL", 3600.0)
    site = Site()
    try:
        urls = serve_pages(site, 5)
        runner = StateSpy(store, lambda: LocalExecutor(WorkerConfig(store), jobs=2, threads=True),
                          politeness=FAST)
        report = runner.run(urls)
    finally:
        site.close()
    assert report.ok
    assert runner.state.syncs == 2  # the header, then every outcome together when the run ended
    assert len(BatchState(report.state_path).items) == 5


class StateSpy(BatchRunner):
    """Keeps the state object the run used."""

    def state_for(self, urls: list[str]) -> BatchState:
        self.state = super().state_for(urls)
        return self.state


def test_archive_slots_default_to_two_per_core_within_the_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    """One slot per core left a core idle while an archiving worker waited on its fsyncs."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert default_archive_slots(8) == 4
    assert default_archive_slots(3) == 3
    assert default_archive_slots(1) == 1


#: How long :class:`HoldingExecutor` holds tasks for a runner that stops short (a last guard).
HOLD_GUARD = 60.0


class HoldingExecutor:
    """Holds every task's future until the runner has handed over all it may at once, then
    finishes them together: ``most`` is the most tasks the runner ever had outstanding. (A
    runner that stops short of that is released after :data:`HOLD_GUARD` seconds, so it fails, not
    hangs: a last guard, never a timing the test relies on. Released after a second before, a
    runner slowed between two hand-overs on a loaded machine was released early, and ``most``
    came out short.)"""

    jobs = 2

    def __init__(self, total: int, queue_ahead: int | None) -> None:
        if queue_ahead is not None:
            self.queue_ahead = queue_ahead
        self.total = total
        self.submitted = 0
        self.held: list[tuple[Future[TaskOutcome], CaptureTask]] = []
        self.most = 0
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None

    def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
        fut: Future[TaskOutcome] = Future()
        with self.lock:
            self.held.append((fut, task))
            self.submitted += 1
            self.most = max(self.most, len(self.held))
            full = len(self.held) == self.jobs + getattr(self, "queue_ahead", 0)
        if self.timer is not None:
            self.timer.cancel()
        if full or self.submitted == self.total:
            self.release()
        else:
            self.timer = threading.Timer(HOLD_GUARD, self.release)
            self.timer.start()
        return fut

    def release(self) -> None:
        with self.lock:
            held, self.held = self.held, []
        for fut, t in held:
            fut.set_result(TaskOutcome(t.url, CAPTURED, capture_id="c", http_status=200))

    def shutdown(self, *, cancel: bool = False, now: bool = False) -> None:
        if self.timer is not None:
            self.timer.cancel()


def run_holding(store: Path, queue_ahead: int | None) -> HoldingExecutor:
    urls = [f"http://h{i}.example/p" for i in range(12)]  # 12 hosts: politeness holds nothing back
    executor = HoldingExecutor(len(urls), queue_ahead)
    report = BatchRunner(store, lambda: executor, politeness=FAST).run(urls)
    assert report.ok
    return executor


def test_the_runner_queues_tasks_ahead_of_the_running_ones(store: Path) -> None:
    """A worker that finishes finds its next task queued instead of waiting for the runner."""
    assert run_holding(store, queue_ahead=2).most == 4


def test_an_executor_without_queue_ahead_gets_jobs_tasks_at_most(store: Path) -> None:
    assert run_holding(store, queue_ahead=None).most == 2


def test_local_executor_queues_a_quarter_of_its_jobs_ahead(store: Path) -> None:
    executor = LocalExecutor(WorkerConfig(store), jobs=8, threads=True)
    try:
        assert executor.queue_ahead == 2
    finally:
        executor.shutdown()
