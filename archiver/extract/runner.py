"""Run one extraction under a time and memory budget, in a forked child process.

Why a fork per extraction: a hostile page (a 16 MB table, a 20,000-page PDF) can hold lxml,
trafilatura or pypdf for minutes and gigabytes inside C code that no in-process timeout can
interrupt. A forked child starts with the parent's modules already imported (no start-up
cost), gets ``RLIMIT_AS`` (its current address space plus the budget), dies with its parent
(``PR_SET_PDEATHSIG``), and is SIGKILLed at the deadline. Measured on this project's 2-core
test machine, a fork + pickle round trip costs about 2-4 ms, against 30-300 ms for the
extraction of a normal page, so every extraction pays it and there is no second code path.

Where ``os.fork`` does not exist (Windows) the extraction runs in-process, unbounded.
PR_SET_PDEATHSIG fires when the forking *thread* ends; that thread waits for the child here,
so it cannot end first, and any exception while waiting (Ctrl-C) kills the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import Any

from archiver.core import limits
from archiver.core.lifetime import kill_when_parent_dies
from archiver.errors import ArchiverError, ExtractionError, LimitExceededError


def run_bounded(fn: Callable[..., Any], *args: Any, seconds: float | None = None,
                memory_bytes: int | None = None, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` in a child process, killed past ``seconds`` or ``memory_bytes``.

    Returns what ``fn`` returns (it must pickle). An :class:`ArchiverError` raised by ``fn``
    is raised again here as the same message; anything else, a timeout, a memory overrun or
    a crash of the child becomes an :class:`ExtractionError` naming what happened.
    """
    lim = limits.current()
    seconds = float(seconds if seconds is not None else lim.extract_seconds)
    memory_bytes = memory_bytes if memory_bytes is not None else lim.extract_memory_bytes
    if not hasattr(os, "fork"):  # pragma: no cover - not Linux/macOS
        return fn(*args, **kwargs)
    import resource  # noqa: F401 - imported before the fork for the child's limit (_limit_memory), not at start-up

    read_fd, write_fd = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # child: never returns
        os.close(read_fd)
        _child(write_fd, parent, memory_bytes, fn, args, kwargs)
    os.close(write_fd)
    try:
        data, timed_out = _collect(read_fd, seconds)
    except BaseException:  # Ctrl-C, a signal: the child must not outlive this call
        _kill(pid)
        raise
    finally:
        os.close(read_fd)
    if timed_out:
        _kill(pid)
        raise LimitExceededError(f"extraction took longer than {seconds:g} s (the extraction time limit); stopped")
    _, status = os.waitpid(pid, 0)
    return _outcome(data, status, memory_bytes)


def _collect(fd: int, seconds: float) -> tuple[bytes, bool]:
    """Everything the child writes until it closes the pipe, or (partial, True) at the deadline."""
    deadline = time.monotonic() + seconds
    parts: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return b"", True
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(parts), False
        parts.append(chunk)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it may have finished at the last moment
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


#: The child's exit code when it ran out of memory where it could not even send the report.
_MEMORY_EXIT = 86


def _outcome(data: bytes, status: int, memory_bytes: int) -> Any:
    if not data and os.WIFEXITED(status) and os.WEXITSTATUS(status) == _MEMORY_EXIT:
        data = _MEMORY_REPORT
    if not data:
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGKILL, signal.SIGSEGV):
            raise LimitExceededError(f"extraction was killed by signal {os.WTERMSIG(status)} (out of memory? "
                                     f"its limit is {limits.mib(memory_bytes)}); stopped")
        if os.WIFSIGNALED(status):
            raise ExtractionError(f"extraction was stopped by signal {os.WTERMSIG(status)}")
        raise ExtractionError(f"extraction process ended without a result (exit {os.waitstatus_to_exitcode(status)})")
    try:
        kind, payload = pickle.loads(data)
    except Exception as exc:  # noqa: BLE001 - a report cut short by the child's death
        raise ExtractionError(f"extraction process sent a damaged result ({type(exc).__name__})") from None
    if kind == "ok":
        return payload
    if kind == "memory":
        raise LimitExceededError(f"extraction needed more than {limits.mib(memory_bytes)} of memory "
                                 "(the extraction memory limit); stopped")
    if kind == "limit":
        raise LimitExceededError(payload)
    raise ExtractionError(payload)


def _child(fd: int, parent: int, memory_bytes: int, fn: Callable[..., Any], args: tuple[Any, ...],
           kwargs: dict[str, Any]) -> None:  # pragma: no cover - runs in the forked child
    """Set the limits, run ``fn``, send (kind, payload) back, and exit without cleanup.

    Out of memory anywhere (also while handling another error, or building the report) is
    reported as memory: by the report made before the budget was set, else by the exit code.
    """
    code = 0
    try:
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # not the parent's handlers
            signal.signal(sig, signal.SIG_DFL)
        _die_with_parent(parent)
        cap = _limit_memory(memory_bytes)
        start_peak = _peak()
        sampler = _Sampler()
        try:
            out: tuple[str, Any] = ("ok", fn(*args, **kwargs))
            if _reached(cap, memory_bytes, start_peak) or sampler.highest >= cap - memory_bytes // 8:
                out = ("memory", None)
        except MemoryError:
            out = ("memory", None)
        except LimitExceededError as exc:
            out = ("limit", exc.diagnostics())
        except ArchiverError as exc:
            out = ("error", exc.diagnostics())
        except RecursionError:
            out = ("error", "extraction failed: the page is nested too deeply")
        except Exception as exc:  # noqa: BLE001 - a bug in a dependency must not lose the capture
            out = ("error", f"extraction failed: {type(exc).__name__}: {exc}")
        # A library that ran out of memory may say so with an unrelated error (lxml raises
        # XPathEvalError "unknown error" when an allocation fails): near the cap, it is memory.
        if out[0] == "error" and (_reached(cap, memory_bytes, start_peak)
                                  or sampler.highest >= cap - memory_bytes // 8):
            out = ("memory", None)
        try:
            data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            data = pickle.dumps(("memory", None))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except MemoryError:
        code = _MEMORY_EXIT
        with contextlib.suppress(BaseException):
            os.write(fd, _MEMORY_REPORT)  # small and made in advance: nothing to allocate
    except BaseException:  # noqa: BLE001 - the child must never run the parent's code
        code = 1
    finally:
        os._exit(code)


_MEMORY_REPORT = pickle.dumps(("memory", None), protocol=pickle.HIGHEST_PROTOCOL)


def _die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the forked child
    """Ask Linux to SIGKILL this child when the parent dies; give up if it already has."""
    kill_when_parent_dies()
    if os.getppid() != parent:
        os._exit(1)


class _Sampler:  # pragma: no cover - runs in the forked child
    """The highest address-space size seen, sampled every few ms by a daemon thread.

    VmPeak is inherited from the parent at fork, so when the parent once mapped more than the
    child's cap it says nothing; sampling does, for any sustained climb towards the cap.
    """

    def __init__(self) -> None:
        import threading

        self.highest = 0
        self._page = os.sysconf("SC_PAGE_SIZE")
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        try:
            with open("/proc/self/statm", "rb", buffering=0) as f:
                while True:
                    f.seek(0)
                    self.highest = max(self.highest, int(f.read(64).split()[0]) * self._page)
                    time.sleep(0.002)
        except (OSError, ValueError, IndexError, MemoryError):
            return


def _peak() -> int:  # pragma: no cover - runs in the forked child
    """VmPeak of this process in bytes (0 when unknown)."""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmPeak:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return 0


def _reached(cap: int, budget: int, start_peak: int) -> bool:  # pragma: no cover - runs in the forked child
    """Whether the child's peak address space came up to the cap.

    lxml and trafilatura catch a failed allocation themselves and carry on with a partial or
    empty tree (a hostile page would then be "not an article", silently), so a MemoryError
    cannot be relied on: a peak within 1/16 of the cap counts as having run out of memory.
    (The peak is inherited from the parent at fork, so only a peak that rose counts.)
    """
    peak = _peak()
    return peak > start_peak and peak >= cap - max(budget // 16, 1 << 20)


def _limit_memory(budget: int) -> int:  # pragma: no cover - runs in the forked child
    """RLIMIT_AS = what this (forked) process already maps + ``budget``; returns that cap."""
    import resource  # (the parent imported it before the fork: :func:`run_bounded`)

    try:
        with open("/proc/self/statm") as f:
            used = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        used = 0
    cap = used + budget
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    return cap
