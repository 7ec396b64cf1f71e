"""Child processes that never outlive the process that started them.

Both kinds of child archiver starts (batch workers, bounded extraction workers) ask Linux to
SIGKILL them when their parent dies, so a killed command leaves nothing running that holds the
store's files open or goes on writing. Elsewhere (no ``prctl``) this does nothing.

A batch worker also leaves the terminal's reach (:func:`leave_the_terminal`): Ctrl-C is the
batch's business, not its workers'.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def kill_when_parent_dies() -> None:
    """Linux: this process is SIGKILLed when its parent (the forking thread) ends."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def leave_the_terminal() -> None:
    """Start a session of this process's own, so that what a terminal sends its foreground
    process group (Ctrl-C's SIGINT, Ctrl-Z, Ctrl-\\, a hang-up) reaches neither this process
    nor anything it starts: a batch worker's first Ctrl-C is its batch's to act on (stop
    dispatching, let the captures in flight finish).

    Why a session and not only SIGINT ignored: what a worker starts does not keep an ignored
    SIGINT. Playwright's driver (Node.js) resets an ignored signal to its default as it starts,
    and a Ctrl-C in its first few tenths of a second killed it, failing the capture ("the
    browser failed (Connection closed while reading from the driver)"). A session, not a
    process group: a background group that writes to the terminal is stopped under ``stty
    tostop``; a process of another session, whose controlling terminal it is not, never is.
    The worker still dies with its batch (:func:`kill_when_parent_dies`: a death signal is
    the kernel's, whatever the session). Not a session leader already (a forked child never
    is): else nothing is done."""
    with contextlib.suppress(OSError, AttributeError):
        os.setsid()
