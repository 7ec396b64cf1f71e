"""A worker's start whose fork server does not answer, and does not end when killed (uninterruptible
sleep, state D: a hung disk or network file system), is bounded as the helpers' stop at exit is:
the server's pid is named on stderr, the start fails (its task with it), the server is forgotten
(the next start has a new one) and reaped by this process once the kernel lets it go.

Before, the start's bound killed the server and then waited for it without limit: the start reads
the new worker's pid from a pipe the server holds, which closes only once the server has ended.

No test can put a process in state D: the fork server is stopped (SIGSTOP, as the tests' stuck
starts do) and the kill is held back until the test sends it, as the kernel holds it pending.
Real worker processes, a server on 127.0.0.1 and a store.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from servers import Site
from test_batch_workers import PAGE, _held_route, executor, held_by, reap_orphan, wait_for_request

from archiver import batch_helpers, batch_workers
from archiver.batch import CAPTURED, CaptureTask, ProcessWorkers, WorkerDied


def _gone(pid: int) -> bool:
    """``pid``, a child of this process, has ended and was reaped (not even a zombie is left)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_a_start_whose_fork_server_a_kill_does_not_end_fails_naming_it_and_the_next_start_has_a_new_one(
        site: Site, store: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from multiprocessing import forkserver

    gate = _held_route(site)
    site.routes["/page"] = lambda handler: PAGE
    ex = executor(store, 2)
    send, held = signal.pidfd_send_signal, []

    def pending_kill(pidfd: int, sig: int, *rest: object) -> None:
        if sig == signal.SIGKILL:
            held.append(pidfd)
            return
        send(pidfd, sig, *rest)  # type: ignore[arg-type]

    server = None
    try:
        assert isinstance(ex._pool, ProcessWorkers)
        busy = ex.submit(CaptureTask(site.url("/held")))  # (the first worker: busy, so the next task starts one)
        wait_for_request(site, "/held")
        first = held_by(ex._pool, busy)
        pid = forkserver._forkserver._forkserver_pid
        server = os.pidfd_open(pid)
        send(server, signal.SIGSTOP)
        monkeypatch.setattr(batch_workers, "WORKER_START_WITHIN", 0.5)
        monkeypatch.setattr(batch_helpers, "KILLED_WITHIN", 0.5)
        monkeypatch.setattr(signal, "pidfd_send_signal", pending_kill)
        submitted: list[object] = []
        with caplog.at_level(logging.WARNING, logger="archiver.batch_workers"):
            submitter = threading.Thread(target=lambda: submitted.append(ex.submit(CaptureTask(site.url("/page")))),
                                         daemon=True)
            submitter.start()
            submitter.join(60)  # (a last guard: before, it never returned)
        monkeypatch.undo()  # (the kill sent again, the batch's own bounds: the next start's new server has its warm-up)
        assert not submitter.is_alive(), "the start still waits for the fork server a kill did not end"
        assert held, "the fork server was never killed"
        with pytest.raises(WorkerDied, match=f"fork server \\(pid {pid}\\)"):
            submitted[0].result(timeout=0)  # type: ignore[attr-defined]
        said = [r.getMessage() for r in caplog.records if "was killed but had not ended" in r.getMessage()]
        assert len(said) == 1 and said[0].startswith(f"multiprocessing helper {pid} "), said
        assert forkserver._forkserver._forkserver_pid != pid  # forgotten: not taken for a running server
        assert ex.submit(CaptureTask(site.url("/page"))).result(timeout=120).status == CAPTURED  # a new server's
        send(server, signal.SIGKILL)  # the kernel lets it go: it ends now
        deadline = time.monotonic() + 60
        while not _gone(pid):  # reaped by this process, not left a zombie
            assert time.monotonic() < deadline, "the fork server was never reaped"
            time.sleep(0.01)
        reap_orphan(first)  # (its worker died with it: it came to this process, the tests' subreaper)
    finally:
        gate.open()
        monkeypatch.undo()
        if server is not None:
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(server, signal.SIGKILL)
            os.close(server)
        ex.shutdown()
