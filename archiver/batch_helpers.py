"""Waiting for and killing this process's multiprocessing helpers (the batch's fork server, the
resource tracker), bounded: the one job of this module.

multiprocessing waits for its helpers without limit: its stop waits for the fork server to exit, a
worker's start for the fork server to report the new pid. A helper stopped (SIGSTOP), hung, or in
uninterruptible sleep (state D: a hung disk or network file system, where even a kill takes effect
only once the kernel lets it go) held a batch's exit, or its next worker's start, for good. Here each
wait is bounded by the helper's progress and CPU (:func:`within`), a helper past it is SIGKILLed
through a pidfd (never another process that took its pid), and one a kill does not end is named on
stderr, forgotten and reaped in a thread whenever it ends (:func:`leave_to_a_reaper`).
:mod:`archiver.batch_workers` (the pool, its starts, the stop at exit) uses it; it knows nothing of
workers or captures. (Split from ``batch_workers.py``, ~1,110 lines then, in batchleft51.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

logger = logging.getLogger("archiver.batch_workers")  # (the batch's warnings, under one name as before)

#: Seconds the fork server and the resource tracker have to exit once told to (at this
#: process's exit) before they are SIGKILLed; seconds of CPU or of no progress (:func:`within`).
HELPER_STOP_WITHIN = 5.0
#: How many times ``seconds`` a helper still working is waited for in wall time at most (:func:`within`):
#: at load 20 on 2 cores (the most seen here) a process gets about a tenth of a CPU, so a helper
#: that needs the whole bound of CPU still has it; past that, the wait is the user's, not its.
HELPER_WALL_TIMES = 10
#: Seconds the end of a SIGKILLed process (a helper; a batch worker, or the batch's reader thread once
#: every worker has ended, after a stop at once) is waited for; then the batch goes on without it.
KILLED_WITHIN = 5.0


def within(call: Callable[[], Any], pid: int | None, seconds: float, warning: str, *,
            still: str = "process %s is still working %.1f s on (%.2f s of CPU); waiting for it %g s at most",
            continue_first: bool = False, left_running: Callable[[], None] | None = None) -> Any:
    """Run ``call``, which waits for the helper process ``pid`` (a child of this process: the
    fork server or the resource tracker), SIGKILLing the helper if ``call`` has not returned
    ``seconds`` later (``warning`` is logged then, with ``pid`` and ``seconds``): the kill ends
    the wait, whose pipe or socket the helper held. ``continue_first``: send the helper SIGCONT
    before ``call`` (through the same pidfd). ``left_running``: called (in the watching thread) when
    the helper was killed and has not ended (:func:`_kill_stuck_helper`): it must end ``call``'s
    wait, which the helper, in uninterruptible sleep, holds until the kernel lets it go.

    Why: multiprocessing waits for its helpers for ever. Its stop waits for the fork server to
    exit, which it does once every holder of its "alive" pipe has closed it, and only if it
    runs; a new worker's start waits for the fork server to report the worker's pid. A fork
    server stopped (SIGSTOP) held a batch after its second Ctrl-C for good, and the batch itself
    when it needed a new worker. The kill goes through a pidfd, so it can only reach that very
    process, never one that took its pid after it was reaped. Where no pidfd can be had (not
    Linux 5.3+) or no thread can be started, ``call`` waits as before.

    ``seconds`` bounds the helper's work, not the machine's load: at each ``seconds`` of wall
    time the helper is killed if it made no progress in them (stopped, or no CPU spent: hung)
    or has spent ``seconds`` of CPU since the call began; one still working is given the next
    ``seconds``. (A plain wall-clock bound killed a busy fork server, still in its imports and
    warm-up, whenever the machine was loaded enough to stretch them past it.) The first time it
    is given more, ``still`` is logged (with ``pid``, the seconds waited, the CPU it spent and
    the most it will be waited for), and it is killed all the same at :data:`HELPER_WALL_TIMES`
    times ``seconds``: progress is any clock tick of CPU in an interval, so a helper in a poll
    loop (some 40 ms of CPU in 5 s) was otherwise waited for until it had spent ``seconds`` of
    CPU, ``seconds`` at a time: some 10 minutes for the stop's 5 s, hours for a start's 60 s,
    the user told nothing."""
    pidfd = None
    if pid is not None and hasattr(os, "pidfd_open") and hasattr(signal, "pidfd_send_signal"):
        with contextlib.suppress(OSError):
            pidfd = os.pidfd_open(pid)
    watch, done = None, threading.Event()
    if pidfd is not None and pid is not None:
        if continue_first:
            with contextlib.suppress(OSError):
                signal.pidfd_send_signal(pidfd, signal.SIGCONT)
        watch = threading.Thread(target=_watch, args=(pidfd, pid, seconds, warning, still, done.wait, left_running),
                                 name="helper-watch", daemon=True)
        try:
            watch.start()
        except RuntimeError:  # (no thread can start now: wait as before)
            watch = None
    try:
        return call()
    finally:
        if watch is not None:
            done.set()
            watch.join()  # (a kill under way ends before its pidfd is closed)
        if pidfd is not None:
            os.close(pidfd)


def _watch(pidfd: int, pid: int, seconds: float, warning: str, still: str, over: Callable[[float], bool],
           left_running: Callable[[], None] | None) -> None:
    """:func:`_kill_stuck_helper`, then ``left_running`` if the helper was killed and has not ended."""
    if not _kill_stuck_helper(pidfd, pid, seconds, warning, still, over) and left_running is not None:
        left_running()


def _kill_stuck_helper(pidfd: int, pid: int, seconds: float, warning: str, still: str,
                       over: Callable[[float], bool]) -> bool:
    """Until the wait is over (``over(seconds)``, which waits that long at most for it): every
    ``seconds``, SIGKILL the helper if it is stuck or has been waited for long enough
    (:func:`within`) and wait (:data:`KILLED_WITHIN` at most) until it has ended: the wait it held
    ends before it is gone (its descriptors close first), and a fork server asked for the next
    worker at once was taken for alive and refused it (``Connection refused``). Returns False
    when the helper was killed and is still there after that (said on stderr): a process in
    uninterruptible sleep ends only once the kernel lets it go."""
    began = last = _cpu_and_state(pid)
    start, most = time.monotonic(), seconds * HELPER_WALL_TIMES
    while not over(seconds):
        if began is None or last is None:  # (no /proc: a bound of wall time, as before)
            break
        now = _cpu_and_state(pid)
        if now is None or now[1] in "ZX":  # (it has ended: the call returns now)
            continue
        waited = time.monotonic() - start
        if (now[1] in "tT" or now[0] <= last[0] or now[0] - began[0] >= seconds
                or waited + seconds > most):  # (the next look would be past the most)
            break
        if last is began:
            logger.warning(still, pid, waited, now[0] - began[0], most)
        last = now
    else:
        return True
    logger.warning(warning, pid, seconds)
    if kill_and_wait(pidfd):
        return True
    _left_running(pid)
    return False


def _cpu_and_state(pid: int) -> tuple[float, str] | None:
    """CPU seconds (user + system) ``pid`` has spent, and its state letter, from ``/proc``
    (None: gone, or no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), fields[0].decode()
    except (OSError, IndexError, ValueError):
        return None


def kill_and_wait(pidfd: int) -> bool:
    """SIGKILL the process of ``pidfd`` and wait (:data:`KILLED_WITHIN` at most) until it has ended;
    whether it has (a pidfd reads ready once its process has ended)."""
    try:
        signal.pidfd_send_signal(pidfd, signal.SIGKILL)
        return _has_ended(pidfd, KILLED_WITHIN)
    except OSError:
        return True  # (gone already: ESRCH)


def helpers() -> list[tuple[Any, str, str]]:
    """multiprocessing's helpers of this process: each with the names of its pid's attribute and of
    its end of the pipe whose closing tells it to exit (CPython 3.9-3.13)."""
    from multiprocessing import forkserver, resource_tracker

    return [(getattr(forkserver, "_forkserver", None), "_forkserver_pid", "_forkserver_alive_fd"),
            (getattr(resource_tracker, "_resource_tracker", None), "_pid", "_fd")]


def stop_helper(helper: Any, pid_attribute: str, fd_attribute: str) -> None:
    """multiprocessing's own stop of ``helper`` (tell it to exit, wait for its end, reap it), with
    the wait bounded (:func:`_kill_stuck_helper`) even for a helper a kill cannot end at once.

    Why not :func:`within` around multiprocessing's stop: that stop waits in ``waitpid`` for good,
    and a helper in uninterruptible sleep (state D: a hung disk or network file system) does not
    end when killed, so the exit waited for it without limit. Here the helper is told to exit as
    multiprocessing tells it (its end of the pipe closed, in place: the descriptor is left open on
    ``/dev/null`` for multiprocessing's stop to close) and its end is awaited through a pidfd;
    multiprocessing's stop then runs only once it has ended (its ``waitpid`` returns at once). One
    still there after its kill is said on stderr and not waited for: a thread runs that stop for
    it, reaping it whenever it ends while this process lives (init reaps it after), so no zombie
    is left that this process could have reaped."""
    stop = getattr(helper, "_stop", None)  # multiprocessing's own stop-and-wait (CPython 3.9+)
    if stop is None:
        return
    pid, fd = getattr(helper, pid_attribute, None), getattr(helper, fd_attribute, None)
    pidfd = pidfd_of(pid) if isinstance(fd, int) else None
    if pid is None or pidfd is None or not isinstance(fd, int):  # (not running, or no pidfd: as before)
        within(stop, pid, HELPER_STOP_WITHIN, _STOP_WARNING, still=_STOP_STILL, continue_first=True)
        return
    try:
        null = os.open(os.devnull, os.O_RDONLY)  # (read-only: a write to it fails as to a dead helper's pipe)
        try:
            os.dup2(null, fd)  # the helper's pipe closed: it exits, as at multiprocessing's own stop
        finally:
            os.close(null)
        with contextlib.suppress(OSError):
            signal.pidfd_send_signal(pidfd, signal.SIGCONT)
        ended = _kill_stuck_helper(pidfd, pid, HELPER_STOP_WITHIN, _STOP_WARNING, _STOP_STILL,
                                   lambda seconds: _has_ended(pidfd, seconds))
    finally:
        os.close(pidfd)
    if ended:
        stop()
    else:
        leave_to_a_reaper(helper, pid, pid_attribute, fd_attribute)


_STOP_WARNING = "multiprocessing helper %s did not exit within %g s of being told to; killing it"
_STOP_STILL = ("multiprocessing helper %s is still working %.1f s after being told to exit (%.2f s of CPU); "
               "waiting for it %g s at most")


def leave_to_a_reaper(helper: Any, pid: int, pid_attribute: str, fd_attribute: str) -> None:
    """Forget helper ``pid``, killed but not ended (:func:`stop_helper`), as multiprocessing's
    stop would once it ended (its pid, its pipe's end, the fork server's socket file), and reap it
    in a thread of its own whenever it ends; nothing is said (the helper was).

    Why not multiprocessing's stop in that thread, as before: it waits for the helper holding the
    helper's lock, so the next batch of the same process (a library caller's, a test's), whose
    start takes that lock, waited for the stuck helper too, without bound; and had it not, it would
    have found the helper's pid unreaped and taken it for a running fork server. The pid is
    waited for by this process alone (a child not reaped keeps its pid), never another's."""
    from multiprocessing import util

    lock = getattr(helper, "_lock", None)
    with lock if lock is not None else contextlib.nullcontext():
        if getattr(helper, pid_attribute, None) == pid:
            fd = getattr(helper, fd_attribute, None)
            if isinstance(fd, int):  # (on /dev/null since the helper was told to exit)
                with contextlib.suppress(OSError):
                    os.close(fd)
            setattr(helper, fd_attribute, None)
            setattr(helper, pid_attribute, None)
            address = getattr(helper, "_forkserver_address", None)
            if isinstance(address, (str, bytes)) and address and not util.is_abstract_socket_namespace(address):
                with contextlib.suppress(OSError):
                    os.unlink(address)
            if hasattr(helper, "_forkserver_address"):
                helper._forkserver_address = None
    threading.Thread(target=_reap_later, args=(pid,), name="helper-reaper", daemon=True).start()


def _reap_later(pid: int) -> None:
    """Wait for the end of child ``pid`` (:func:`leave_to_a_reaper`), so no zombie is left."""
    with contextlib.suppress(OSError):
        os.waitpid(pid, 0)


def _has_ended(pidfd: int, seconds: float) -> bool:
    """Whether the process of ``pidfd`` has ended, waiting ``seconds`` at most."""
    return bool(select.select([pidfd], [], [], seconds)[0])


def _left_running(pid: int) -> None:
    """Say that helper ``pid`` was killed but has not ended and is not waited for any longer, and why."""
    state = (_cpu_and_state(pid) or (0.0, "?"))[1]
    why = ("it is in uninterruptible sleep (state D: waiting in the kernel, on a hung disk or network file "
           "system, say), where a kill takes effect only once that wait ends" if state == "D"
           else f"its state is {state}")
    logger.warning("multiprocessing helper %s was killed but had not ended %g s later: %s; not waiting for it "
                   "any longer (it is reaped when it ends)", pid, KILLED_WITHIN, why)


def kill_helpers() -> None:
    """Kill multiprocessing's helpers of this process now (SIGKILL to each, then their ends awaited
    together, :data:`KILLED_WITHIN` at most) and reap them, with Ctrl-C ignored meanwhile: a Ctrl-C
    while a stop at exit waited for them (:func:`archiver.batch_workers.stop_fork_server`), or one that ends the
    ``archiver`` process at once (the CLI's ``_leave_now``), where they were left running. A helper
    still there after that is said (:func:`_left_running`), not waited for."""
    ignoring = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if ignoring else None
    try:
        killed = []
        for helper, attribute, alive_fd in helpers():
            pid = getattr(helper, attribute, None)
            pidfd = pidfd_of(pid)
            if pid is None or pidfd is None:
                continue
            try:
                os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)  # (raises once it was reaped)
                signal.pidfd_send_signal(pidfd, signal.SIGKILL)
                killed.append((helper, attribute, alive_fd, pid, pidfd))
            except OSError:  # (ChildProcessError: reaped already, its pid perhaps another's by now)
                os.close(pidfd)
        deadline = time.monotonic() + KILLED_WITHIN
        for helper, attribute, alive_fd, pid, pidfd in killed:
            try:
                if not _has_ended(pidfd, max(0.0, deadline - time.monotonic())):
                    _left_running(pid)
                elif os.waitpid(pid, os.WNOHANG)[0] == pid:  # (as its stop does: a later start starts a new one)
                    setattr(helper, attribute, None)
                    if attribute == "_forkserver_pid" and getattr(helper, alive_fd, None) is not None:
                        os.close(getattr(helper, alive_fd))  # (its stop had not begun)
                        setattr(helper, alive_fd, None)
            except OSError:
                pass
            finally:
                os.close(pidfd)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def pidfd_of(pid: int | None) -> int | None:
    """A pidfd of ``pid`` (Linux 5.3+), else None. Opened as the worker has just started (it
    runs until told to stop), so ``pid`` is still that worker's."""
    if pid is None or not hasattr(os, "pidfd_open"):
        return None
    try:
        return os.pidfd_open(pid)
    except OSError:
        return None
