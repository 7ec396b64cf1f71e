"""Playwright's driver (the Node process its synchronous API talks to): starting it, knowing its
pid and program, what its ``launch`` takes, and noticing that it died.

Why a module of its own: the browser pool (:mod:`archiver.capture.browser`) drives Chromium
through this process, and its death is a case of its own: nothing it drove can be driven again,
and only a new driver can launch Chromium (the out-of-memory killer may pick it while a pooled
browser waits idle). Each function here reads one Playwright internal, so an upgrade of
Playwright is checked in one place.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any


def driver_pid(manager: Any) -> int | None:
    """The pid of the Playwright driver (node) that ``manager`` started; None if Playwright
    keeps it elsewhere (an internal of Playwright 1.x: then only Chromium's processes are
    tracked, and the driver ends as Playwright ends it)."""
    try:
        return int(manager._client._transport._proc.pid)
    except (AttributeError, TypeError, ValueError):
        return None


def driver_executable() -> str | None:
    """The program Playwright starts its driver from (its bundled node); None if Playwright
    keeps it elsewhere (an internal of Playwright 1.x)."""
    try:
        from playwright._impl._driver import compute_driver_executable

        found = compute_driver_executable()
    except (ImportError, AttributeError, OSError):
        return None
    node = found[0] if isinstance(found, tuple) else found
    return str(node)


class _OwnSessionAsyncio:
    """What Playwright's transport module sees as ``asyncio``: the real module, except that the
    one subprocess it starts, its driver, is started in a session of its own."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    async def create_subprocess_exec(self, *args: Any, **kwargs: Any) -> Any:
        return await self._real.create_subprocess_exec(*args, **{**kwargs, "start_new_session": True})


def start_drivers_in_own_session() -> None:
    """Have Playwright start each driver from now on in a session of its own, out of the
    terminal's reach, as a batch worker is (:func:`archiver.core.lifetime.leave_the_terminal`).

    Why: a terminal's Ctrl-C goes to its whole foreground process group, and a driver started
    in it (``batch --threads``, ``archive``) dies of it until it has set its own handler, for
    the first few tenths of a second of its start (Node.js takes SIGINT's default action till
    then, whatever its parent ignored or blocked): a first Ctrl-C that came while a batch's
    capture was starting its browser failed that capture ("the browser failed (Connection
    closed while reading from the driver)"), a capture the first Ctrl-C promises to let finish.
    The driver still ends with this process: its pipe closes, and it closes its browsers and
    exits. Reads one Playwright internal (its transport's ``asyncio``); left as it is if that
    is not there."""
    try:
        from playwright._impl import transport
    except ImportError:
        return
    current = getattr(transport, "asyncio", None)
    if current is not None and not isinstance(current, _OwnSessionAsyncio) \
            and callable(getattr(current, "create_subprocess_exec", None)):
        setattr(transport, "asyncio", _OwnSessionAsyncio(current))  # noqa: B010 - (not an attribute it exports)


def takes_artifacts_dir(pw: Any) -> bool:
    """Whether this Playwright's ``launch`` takes ``artifacts_dir`` (1.65 does; an older one
    without it has its driver make the folder, which a killed driver leaves behind)."""
    try:
        return "artifacts_dir" in inspect.signature(pw.chromium.launch).parameters
    except (TypeError, ValueError):
        return False


def gone(pid: int | None) -> bool:
    """Whether the driver of pid ``pid`` has exited (or is a zombie); False when its pid is not
    known (nothing can be said)."""
    if pid is None:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] in (b"Z", b"X")
    except (OSError, IndexError):
        return True


#: What Playwright's dead connection leaves in a future nothing awaits.
_CLOSED = "Connection closed while reading from the driver"


class _DeadDriverFutures(logging.Filter):
    """Drops asyncio's report of a future a dead driver's connection left failed and unawaited
    (see :func:`quiet_dead_connection`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return _CLOSED not in str(exc or "") and _CLOSED not in str(getattr(record, "msg", ""))


def quiet_dead_connection() -> None:
    """Keep asyncio from printing a dead driver's connection error on stderr: Playwright leaves
    a future failed with "Connection closed while reading from the driver" that nothing awaits,
    and asyncio reports it when it is collected ("Future exception was never retrieved", three
    lines, with no handler of ours). That record only, in the ``asyncio`` logger; every other
    record of it is left as it was."""
    log = logging.getLogger("asyncio")
    if not any(isinstance(f, _DeadDriverFutures) for f in log.filters):
        log.addFilter(_DeadDriverFutures())


__all__ = ["driver_executable", "driver_pid", "gone", "quiet_dead_connection", "start_drivers_in_own_session",
           "takes_artifacts_dir"]
