"""A worker's start that a first Ctrl-C abandons (``ProcessWorkers.abandon_start``) goes on in its
thread (``batch_workers._start_until``) until the start returns: the worker's end of its pipe, which
that start is pickling and sending to the fork server by its descriptor's number, stays open until
then, and is closed once it is over (no descriptor is left per start).

Before (batchleft51), the waiting thread closed it as the Ctrl-C ended its wait, while the start
thread could still be sending it: the number it sends may by then name another file of the batch
(the next descriptor opened takes the lowest free number), which the forked worker would take for
its pipe and write its outcomes into.

In-process: the start is a stand-in that holds until the test lets it go, then looks at the pipe end
it was handed, as multiprocessing's start would send it; the fork server is not needed for that.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from typing import Any

import pytest

from archiver import batch_workers
from archiver.batch import ProcessWorkers


class HeldStart:
    """A worker process whose ``start()`` waits until ``go_on`` is set, then notes whether the pipe
    end it was given (its target's first argument) is still open."""

    def __init__(self, seen: list[str], started: threading.Event, go_on: threading.Event, args: tuple[Any, ...]) -> None:
        self.seen, self.started, self.go_on, self.theirs = seen, started, go_on, args[0]
        self.pid = None

    def start(self) -> None:
        self.started.set()
        self.go_on.wait(30)
        self.seen.append("closed" if self.theirs.closed else "open")


class HeldStartContext:
    """The pool's multiprocessing context, with :class:`HeldStart` for its processes."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.started, self.go_on = threading.Event(), threading.Event()
        self.pipes: list[Any] = []

    def Pipe(self) -> tuple[Any, Any]:  # noqa: N802 - multiprocessing's name
        mine, theirs = multiprocessing.Pipe()
        self.pipes.append(theirs)
        return mine, theirs

    def Process(self, *, target: Any, args: tuple[Any, ...], name: str) -> HeldStart:  # noqa: N802
        return HeldStart(self.seen, self.started, self.go_on, args)


def test_a_start_abandoned_by_ctrl_c_keeps_the_pipe_end_it_sends_open_until_it_is_over(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from multiprocessing import forkserver

    assert threading.current_thread() is threading.main_thread()  # (a Ctrl-C's handler runs here)
    monkeypatch.setattr(forkserver, "ensure_running", lambda: None)
    monkeypatch.setattr(batch_workers, "_fork_server_pid", lambda: None)
    ctx = HeldStartContext()
    pool = ProcessWorkers(ctx, 1, slots=1, init=print, run=print, init_arg=None)
    previous = signal.signal(signal.SIGINT, lambda *_: pool.abandon_start())  # (the batch's first Ctrl-C)
    ctrl_c = threading.Thread(target=lambda: ctx.started.wait(30) and signal.pthread_kill(
        threading.main_thread().ident or 0, signal.SIGINT))
    try:
        ctrl_c.start()
        with pytest.raises(KeyboardInterrupt), pool._lock:
            pool._start_worker_locked()
    finally:
        signal.signal(signal.SIGINT, previous)
        ctx.go_on.set()
        ctrl_c.join(30)
    [theirs] = ctx.pipes
    deadline = time.monotonic() + 30
    while not ctx.seen and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ctx.seen == ["open"]  # (before: "closed", its number free for the next file opened)
    while not theirs.closed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert theirs.closed  # (once the start is over: nothing left open per start)
