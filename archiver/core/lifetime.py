"""Child processes that never outlive the process that started them.

Both kinds of child archiver starts (batch workers, bounded extraction workers) ask Linux to
SIGKILL them when their parent dies, so a killed command leaves nothing running that holds the
store's files open or goes on writing. Elsewhere (no ``prctl``) this does nothing.
"""

from __future__ import annotations

import ctypes
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
