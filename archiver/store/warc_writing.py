"""Whether a WARC file of the store is being written now, by a live process.

A writing process holds an exclusive ``flock`` on each WARC file it appends to, from its
creation to its close (:func:`hold_for_writing`); the kernel drops it when the process ends,
however it ends (a SIGKILL, a power cut). So a file whose lock is held belongs to a capture
under way (its records written, its log entry not yet), and a file no log entry names whose lock
is free is the remains of a process stopped before its log entry, or a file put in the store
(:func:`being_written`; ``log verify --deep``'s ``W_WARC_UNLOGGED``). Before, the two read alike:
a running capture's new file was called unlogged.

Asking takes a shared lock for an instant on a descriptor opened read-only: it creates, changes
and locks for writing nothing (reading never writes). On a file system without locks (``ENOLCK``,
``EOPNOTSUPP``) the writer holds none and every file reads as not being written, as before.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from pathlib import Path


def hold_for_writing(fd: int) -> None:
    """Mark the WARC file open on ``fd`` as being written by this process until ``fd`` (every
    descriptor sharing its opening) is closed. Waits only for a reader's instant
    (:func:`being_written`); a file system that refuses locks leaves it unmarked."""
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_EX)


def being_written(path: Path) -> bool:
    """Whether a live process holds ``path`` open to write it (:func:`hold_for_writing`).

    False where that cannot be told (no such file, not a regular file, no locks there)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)  # (released as fd closes, below)
    except OSError as exc:
        return exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN)
    finally:
        os.close(fd)
    return False
