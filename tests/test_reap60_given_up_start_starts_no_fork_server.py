"""A worker's start given up (a SIGTERM or Ctrl-C during it, or its bound) before its thread has
reached the fork server starts no fork server of its own (reap60).

Before, the start's thread went on into multiprocessing's ``connect_to_new_process``, whose
``ensure_running`` reaped the fork server the batch had just killed, started a new one and had it
fork the worker; killed at exit as never asked for a worker, that server orphaned the worker, a
zombie below the test process ("exited, left unreaped" in test_store46_sigterm_at_batch_start,
once in a ``make test``; 1 of 40 runs alone under 4 busy loops). The race is made certain here: the
start is given up first, then its thread starts the process.
"""

from __future__ import annotations

import threading
from multiprocessing import forkserver
from typing import Any

from archiver import batch_workers


def _never_run() -> None:
    """A worker's target (module-level, pickled by name); a start given up never runs it."""


def _start_in_a_start_thread(process: Any, end: batch_workers._PipeEnd) -> list[BaseException]:
    """``process.start()`` in a thread that holds ``end`` as a worker's start thread does."""
    raised: list[BaseException] = []

    def start() -> None:
        batch_workers._START.end = end
        try:
            process.start()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            raised.append(exc)

    thread = threading.Thread(target=start)
    thread.start()
    thread.join()
    return raised


def test_a_start_given_up_before_its_thread_reaches_the_fork_server_starts_no_fork_server() -> None:
    ctx = batch_workers._fork_context()
    server = forkserver._forkserver
    before = getattr(server, "_forkserver_pid", None)
    mine, theirs = ctx.Pipe()
    end = batch_workers._PipeEnd(theirs)
    assert end.take()  # (the start's thread has taken its end of the pipe...)
    end.drop()  # (...and the waiting thread gives the start up before that thread goes on)
    try:
        raised = _start_in_a_start_thread(ctx.Process(target=_never_run), end)
    finally:
        end.close()
        mine.close()
    assert [type(exc) for exc in raised] == [EOFError]
    assert getattr(server, "_forkserver_pid", None) == before


def test_a_start_given_up_twice_closes_its_pipe_end_once() -> None:
    closed: list[bool] = []

    class End:
        def close(self) -> None:
            closed.append(True)

    end = batch_workers._PipeEnd(End())
    end.drop()
    end.drop()
    assert closed == [True]


def test_a_start_not_given_up_asks_the_fork_server_as_before() -> None:
    calls: list[str] = []
    end = batch_workers._PipeEnd(object())
    assert end.take()
    end.unless_dropped(lambda: calls.append("ensure_running"))
    assert calls == ["ensure_running"]
