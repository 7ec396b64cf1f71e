"""A Unix socket under the temporary directory: whether its path fits, and the one message
when neither ``TMPDIR`` nor a short folder of ours can hold it.

Why: a Unix socket's address (``sun_path``) holds 108 bytes. Two things of ours bind one under
the temporary directory: Chromium its singleton socket (:mod:`archiver.capture.browser_folders`)
and multiprocessing the batch's fork server (:mod:`archiver.batch_workers`). With a long
``TMPDIR`` (a CI runner's nested workspace) both fail at ``bind``, so both make a short folder
in ``/tmp`` instead; where that cannot be made either, the user is told in one line what is
too long, by how much, and what to set, worded once here for both.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

#: A Unix socket's address on Linux (``sizeof(sockaddr_un.sun_path)``): the path and, for a
#: program that writes one (Chromium), its NUL; Python binds a path of all 108 bytes.
SUN_PATH_BYTES = 108
#: Where a short folder is made when ``TMPDIR`` is too long, the first that takes one: short on
#: every Linux, writable by everyone (sticky: no other user can rename ours).
SHORT_PARENTS = ("/tmp", "/dev/shm")


def fits(folder: str, tail: int, limit: int) -> bool:
    """Whether a socket whose path is ``folder`` followed by ``tail`` bytes fits in ``limit``
    bytes (counted as given: a trailing ``/`` too, at worst one byte early)."""
    return len(os.fsencode(folder)) + tail <= limit


def too_long_message(folder: str, *, who: str, socket: str, limit: int, tail: int,
                     parents: Sequence[str], exc: OSError, variable: str = "TMPDIR") -> str:
    """The line for a temporary directory ``folder`` (from ``variable``) too long for ``who``'s
    ``socket`` (``tail`` bytes after it, ``limit`` bytes in all) where no short folder could be
    made in any of ``parents`` (the last error: ``exc``): its length, why, and the length to set."""
    return (f"{variable} is {len(os.fsencode(folder))} bytes long, too long for {who} ({socket} there would "
            f"pass the {limit} bytes of a Unix socket address), and no short folder could be made for it in "
            f"{' or '.join(parents)} ({exc.strerror or exc}); nothing was captured. "
            f"Set {variable} to a folder of at most {limit - tail} bytes")


__all__ = ["SHORT_PARENTS", "SUN_PATH_BYTES", "fits", "too_long_message"]
