"""The batch's worker processes, each fed through its own pipe (:class:`ProcessWorkers`):
a task goes to an idle worker or waits (and can be withdrawn); a worker that dies fails only
the task it held, and the others go on. Real worker processes, servers on 127.0.0.1 and stores."""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import sys
import threading
import time
from concurrent.futures import wait
from pathlib import Path

import pytest
from servers import Gate, Site, response, silent_server

from archiver.batch import (
    CAPTURED,
    RETRY,
    CaptureTask,
    LocalExecutor,
    ProcessWorkers,
    WorkerConfig,
    WorkerDied,
)
from archiver.batch_workers import SLOT_FREED, SLOT_GRANTED, SLOT_WANTED, SlotGate
from archiver.capture.fetch import FetchOptions

PAGE = response("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                b"<!DOCTYPE html><html><head><title>Hello</title></head><body><p>Hello there.</p></body></html>")


def executor(store: Path, jobs: int, slots: int | None = None, **fetch: float) -> LocalExecutor:
    """Workers on ``store`` (new: its workers create its files at once). The fetch timeouts are
    the defaults (10 s to connect, 30 s per read) unless a test shortens them on purpose."""
    return LocalExecutor(WorkerConfig(store, FetchOptions(**fetch), sign_at_exit=False), jobs=jobs,
                         archive_slots=slots)


def held_by(pool: ProcessWorkers, fut: object) -> int:
    """The pid of the worker process holding ``fut`` (waits until one does)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for worker in pool._workers:
            if worker.current is fut:
                return int(worker.process.pid)
        time.sleep(0.01)
    raise AssertionError("no worker took the task")


def _held_route(site: Site) -> Gate:
    """``/held`` on ``site``: answered with the page only once the returned gate is opened."""
    gate = Gate(free=0)

    def held(handler):  # noqa: ANN001, ANN202
        gate.wait()
        return PAGE

    site.routes["/held"] = held
    return gate


def test_a_worker_that_dies_fails_its_task_and_the_others_go_on(site: Site, store: Path) -> None:
    gate = _held_route(site)
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 2)
    try:
        assert isinstance(ex._pool, ProcessWorkers)
        doomed = ex.submit(CaptureTask(site.url("/held")))
        wait_for_request(site, "/held")  # the worker is fetching, held by the gate
        os.kill(held_by(ex._pool, doomed), signal.SIGKILL)
        with pytest.raises(WorkerDied):
            doomed.result(timeout=30)
        gate.open()
        after = [ex.submit(CaptureTask(site.url("/page"))) for _ in range(2)]
        assert [f.result(timeout=60).status for f in after] == [CAPTURED, CAPTURED]
    finally:
        gate.open()
        ex.shutdown()


def test_shutdown_now_stops_the_worker_holding_a_task_without_waiting_for_it(site: Site, store: Path) -> None:
    # (a batch's second Ctrl-C) the busy worker is stopped as a kill stops it, its task fails
    # (never recorded); the idle one exits as at any shutdown; the held request is still held
    gate = _held_route(site)
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 2)
    try:
        assert isinstance(ex._pool, ProcessWorkers)
        assert ex.submit(CaptureTask(site.url("/page"))).result(timeout=60).status == CAPTURED
        stopped = ex.submit(CaptureTask(site.url("/held")))
        held_by(ex._pool, stopped)
        wait_for_request(site, "/held")  # the worker is fetching, held by the gate
        ex.shutdown(cancel=True, now=True)
        assert gate.released == 0  # returned while the request was still held
        with pytest.raises(WorkerDied):
            stopped.result(timeout=0)
        codes = sorted(w.process.exitcode for w in ex._pool._workers)
        assert codes == sorted([0, -signal.SIGTERM]) or codes == [-signal.SIGTERM]
    finally:
        gate.open()
        ex.shutdown()


def test_shutdown_now_of_threads_returns_while_the_capture_thread_still_fetches(site: Site, store: Path) -> None:
    gate = _held_route(site)
    ex = LocalExecutor(WorkerConfig(store, FetchOptions(), sign_at_exit=False), jobs=1, threads=True)
    fut = ex.submit(CaptureTask(site.url("/held")))
    try:
        wait_for_request(site, "/held")
        ex.shutdown(cancel=True, now=True)
        assert gate.released == 0 and not fut.done()  # left running, unwatched
        ex.shutdown()  # a later call does nothing (it waited before)
        assert gate.released == 0
    finally:
        gate.open()
    assert fut.result(timeout=60).status == CAPTURED  # (the thread ends its capture)
    assert ex._archives == []  # and closed its store itself


def test_a_worker_runs_in_a_session_of_its_own_out_of_the_terminals_reach(site: Site, store: Path) -> None:
    # A terminal's Ctrl-C goes to its whole foreground process group. The batch decides what it
    # means (stop dispatching, let the captures in flight finish); a worker ignoring SIGINT is
    # not enough, as what it starts need not keep the ignore (Playwright's driver resets it as
    # it starts: a Ctrl-C then killed it and failed the capture in flight).
    gate = _held_route(site)
    ex = executor(store, 1)
    try:
        fut = ex.submit(CaptureTask(site.url("/held")))
        pid = held_by(ex._pool, fut)
        deadline = time.monotonic() + 30  # (a last guard)
        while site.requests.count("/held") == 0 and time.monotonic() < deadline:  # its task runs: it has started
            time.sleep(0.01)
        assert os.getsid(pid) == pid != os.getsid(0)
    finally:
        gate.open()
        ex.shutdown()


def test_a_task_waiting_for_a_busy_worker_can_be_withdrawn(store: Path) -> None:
    sock, port = silent_server()
    try:
        ex = executor(store, 1, read_timeout=1.0, connect_timeout=1.0, total_timeout=2.0)
        running = ex.submit(CaptureTask(f"http://127.0.0.1:{port}/slow"))
        waiting = ex.submit(CaptureTask(f"http://127.0.0.1:{port}/next"))
        held_by(ex._pool, running)
        assert waiting.cancel()  # never sent to a worker: nothing of it runs
        ex.shutdown(cancel=True)  # the running task finishes first (a timeout: asks for a retry)
        assert running.result(timeout=1).status == RETRY
        assert waiting.cancelled()
    finally:
        sock.close()


def test_shutdown_runs_the_waiting_tasks_then_stops_every_worker(site: Site, store: Path) -> None:
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 2)
    futures = [ex.submit(CaptureTask(site.url("/page"))) for _ in range(5)]  # 3 wait for a worker
    ex.shutdown()
    done, _ = wait(futures, timeout=0)
    assert len(done) == 5
    assert [f.result().status for f in futures] == [CAPTURED] * 5, [f.result() for f in futures]
    assert all(not w.process.is_alive() for w in ex._pool._workers)


def test_workers_start_as_tasks_arrive_up_to_jobs(site: Site, store: Path) -> None:
    """A batch of two URLs with eight jobs starts two workers, not eight (each costs CPU to start).
    Both requests are held until both are in, so neither worker can finish and take the other's
    task however slowly the test itself runs."""
    gate = Gate(free=0)

    def held(handler):  # noqa: ANN001, ANN202
        gate.wait()
        return PAGE

    site.routes["/page"] = held
    ex = executor(store, 8)
    try:
        futures = [ex.submit(CaptureTask(site.url(f"/page?{n}"))) for n in range(2)]
        deadline = time.monotonic() + 20  # (well within the 30 s read timeout)
        while sum(path.startswith("/page") for path in site.requests) < 2:
            assert time.monotonic() < deadline, "the two requests were not both made"
            time.sleep(0.01)
        gate.open()
        assert [f.result(timeout=60).status for f in futures] == [CAPTURED, CAPTURED], [f.result() for f in futures]
        assert len(ex._pool._workers) == 2
    finally:
        gate.open()
        ex.shutdown()


def blocked_on_a_lock(pid: int) -> bool:
    """Whether process ``pid`` waits for a file lock (a ``->`` line of /proc/locks)."""
    return any(line.split()[1] == "->" and str(pid) in line.split()
               for line in Path("/proc/locks").read_text().splitlines())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")
def test_a_worker_killed_inside_its_archive_slot_gives_the_slot_back(site: Site, store: Path) -> None:
    """One archive slot; the worker holding it is killed while it waits for the log's lock (held
    here). The next captures still get the slot: the batch goes on archiving to its end."""
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 2, slots=1)
    try:
        assert ex.submit(CaptureTask(site.url("/page?first"))).result(timeout=60).status == CAPTURED
        lock = os.open(next(store.rglob("log.lock")), os.O_RDWR)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)  # the log's writer lock: a capture waits for it in its slot
            doomed = ex.submit(CaptureTask(site.url("/page?doomed")))
            pid = held_by(ex._pool, doomed)
            deadline = time.monotonic() + 60
            while not blocked_on_a_lock(pid):
                assert time.monotonic() < deadline, "the worker never reached the log's lock"
                time.sleep(0.01)
            os.kill(pid, signal.SIGKILL)
            with pytest.raises(WorkerDied):
                doomed.result(timeout=30)
        finally:
            os.close(lock)
        after = [ex.submit(CaptureTask(site.url(f"/page?after{n}"))) for n in range(2)]
        assert [f.result(timeout=60).status for f in after] == [CAPTURED, CAPTURED]
    except BaseException:
        for worker in ex._pool._workers:  # a lost slot holds the others for ever: end them
            worker.process.kill()
        raise
    finally:
        ex.shutdown()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/maps")
def test_workers_share_no_named_semaphore_a_killed_batch_could_leave_behind(site: Site, store: Path) -> None:
    """A named POSIX semaphore (/dev/shm/sem.mp-*) is unlinked only by the process that made it
    or multiprocessing's resource tracker: a batch killed with them leaves it for ever. The
    workers' archive slots are counted over their pipes instead, so they map none."""
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 2)
    try:
        futures = [ex.submit(CaptureTask(site.url(f"/page?{n}"))) for n in range(2)]
        assert [f.result(timeout=60).status for f in futures] == [CAPTURED, CAPTURED]
        maps = [Path(f"/proc/{w.process.pid}/maps").read_text() for w in ex._pool._workers]
        assert not [line for text in maps for line in text.splitlines() if "/dev/shm/sem." in line]
    finally:
        ex.shutdown()


def test_every_archive_slot_is_free_again_once_the_outcomes_are_in(site: Site, store: Path) -> None:
    """A worker gives its slot back with its outcome (no message of its own): with one slot
    for three workers, six captures all finish, and the slot is free after the last outcome."""
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 3, slots=1)
    try:
        futures = [ex.submit(CaptureTask(site.url(f"/page?{n}"))) for n in range(6)]
        assert [f.result(timeout=60).status for f in futures] == [CAPTURED] * 6, [f.result() for f in futures]
        assert ex._pool._free_slots == 1
        assert not any(w.slot for w in ex._pool._workers)
    finally:
        ex.shutdown()


def test_a_gate_entered_again_before_its_outcome_gives_its_first_slot_back_first() -> None:
    """The release a worker owes travels with its outcome; a task that enters the gate a second
    time sends it first, so the batch never counts one worker holding two slots."""
    import multiprocessing

    parent, child = multiprocessing.Pipe()
    try:
        gate = SlotGate(child)
        parent.send(SLOT_GRANTED)
        parent.send(SLOT_GRANTED)
        parent.send(SLOT_GRANTED)
        with gate:
            pass
        with gate:
            pass
        gate.outcome_sent()  # the outcome gave the second slot back
        with gate:
            pass
        sent = []
        while parent.poll():
            sent.append(parent.recv())
        assert sent == [SLOT_WANTED, SLOT_FREED, SLOT_WANTED, SLOT_WANTED]
    finally:
        parent.close()
        child.close()


def wait_for_request(site: Site, path: str, timeout: float = 60) -> None:
    """Until ``site`` has been asked for ``path``; a failure naming it, not a hung run, if it never is."""
    deadline = time.monotonic() + timeout
    while site.requests.count(path) == 0:
        assert time.monotonic() < deadline, f"{path} was never requested within {timeout:g} s"
        time.sleep(0.01)


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="the fork server is watched through a pidfd")
def test_a_worker_start_its_fork_server_never_answers_fails_that_task_and_a_new_server_serves_the_next(
        site: Site, store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The only worker dies while its fork server is stopped: the next task needs a new worker,
    # and its start waited for good for the fork server to report the new process (under the
    # pool's lock, in the batch's dispatch loop: a first Ctrl-C was never said, and nothing
    # but a second one ended the batch). Now the fork server has a bound to answer, then it is
    # killed: that task fails, and the next start has a new fork server.
    from multiprocessing import forkserver

    from archiver import batch_workers

    gate = _held_route(site)
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 2)
    server = None
    try:
        assert isinstance(ex._pool, ProcessWorkers)
        doomed = ex.submit(CaptureTask(site.url("/held")))
        wait_for_request(site, "/held")
        server = os.pidfd_open(forkserver._forkserver._forkserver_pid)
        signal.pidfd_send_signal(server, signal.SIGSTOP)
        killed = held_by(ex._pool, doomed)
        os.kill(killed, signal.SIGKILL)
        with pytest.raises(WorkerDied):
            doomed.result(timeout=60)
        # a stopped server never answers, however long it is given: the bound is shortened
        # here only so that the test does not wait out the batch's own
        monkeypatch.setattr(batch_workers, "WORKER_START_WITHIN", 1.0)
        submitted: list[object] = []
        submitter = threading.Thread(target=lambda: submitted.append(ex.submit(CaptureTask(site.url("/page")))),
                                     daemon=True)
        submitter.start()
        submitter.join(120)  # (a last guard: before, it never returned)
        assert not submitter.is_alive(), "the start of a worker still waits for the stopped fork server"
        unstarted = submitted[0]
        with pytest.raises(WorkerDied, match="fork server"):
            unstarted.result(timeout=0)  # type: ignore[attr-defined]
        monkeypatch.undo()
        assert ex.submit(CaptureTask(site.url("/page"))).result(timeout=120).status == CAPTURED
        # the killed worker, never reaped by its stopped server, came to this process (the
        # tests' subreaper) when that server was killed: reaped here, as init reaps it for a batch
        reap_orphan(killed)
    finally:
        if server is not None:  # (whatever happened: that server neither stopped nor running)
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(server, signal.SIGKILL)
            os.close(server)
        gate.open()
        ex.shutdown()


def reap_orphan(pid: int, timeout: float = 60) -> None:
    """Reap ``pid``, a process whose parent died before reaping it, once it has come to this
    process (the tests' child subreaper)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return
        except ChildProcessError:  # not yet ours: its parent is still ending
            pass
        assert time.monotonic() < deadline, f"{pid} never came to this process to be reaped"
        time.sleep(0.02)
