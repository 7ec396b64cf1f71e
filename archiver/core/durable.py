"""Durable, whole-or-nothing writes of a file: the one place bytes reach the disk through a
temporary file (every writer of the package that replaces or creates a file goes here).

Why one place: each writer that had its own copy had its own flaw. A bare ``os.write`` may
write part of what it is given (a short write) and say so only in its return value, which the
copies ignored: the part written then stood as the whole file (a signing key of 7 bytes of 85,
then "malformed signer key"). A fixed temporary name (``<path>.part``) opened without
``O_EXCL`` followed a link planted there (into the store's log) and consumed or deleted a file
the user had of that name. Here the temporary name is random, made with ``O_EXCL`` (never an
existing file or link), removed whatever stops the write, and only when it is ours.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
from pathlib import Path


def fsync(fd: int) -> None:
    """Make written data durable. macOS ``fsync`` stops at the drive cache; F_FULLFSYNC does not."""
    if hasattr(fcntl, "F_FULLFSYNC"):
        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:  # not supported by this filesystem
            pass
    os.fsync(fd)


def fsync_dir(path: Path) -> None:
    """Make a new or replaced name in folder ``path`` durable (the file's own fsync does not)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until all of ``data`` is written (a write may be short)."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _temporary(path: Path, data: bytes, mode: int) -> Path:
    """A new file of ours beside ``path`` holding all of ``data``, fsynced: its name random,
    made with ``O_EXCL`` (never an existing file, nor a link planted there). Removed again if
    anything stops it (Ctrl-C too)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    _create_in_place(tmp, data, mode)
    return tmp


def write_atomic(path: Path, data: bytes, *, mode: int = 0o644, durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a fsynced temporary file and ``os.replace`` (the folder
    synced too if ``durable``): ``path`` holds the old bytes or all the new ones, and no
    temporary file is left, whatever stops it (a full disk, a short write, Ctrl-C)."""
    path = Path(path)
    tmp = _temporary(path, data, mode)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_dir(path.parent)


def create_exclusive(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Create ``path`` holding all of ``data``, only if no file of that name exists: made whole
    beside it, then linked into place (``link`` fails on an existing name, as ``O_EXCL`` does),
    so a reader never sees a part of it, and a failed write leaves nothing.

    Raises:
        FileExistsError: ``path`` exists (another process made it first); nothing is changed.
    """
    path = Path(path)
    tmp = _temporary(path, data, mode)
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError as exc:  # a file system without hard links (vfat, exFAT, some SMB mounts)
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK):
            raise
        _create_in_place(path, data, mode)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)


def _create_in_place(path: Path, data: bytes, mode: int) -> None:
    """``path`` made (``O_EXCL``: never an existing file, nor a link planted there) holding every
    byte of ``data``, synced; removed again if anything stops it (Ctrl-C too). Where no hard link
    can be made, :func:`create_exclusive` makes the key so, on its own name (a reader may see it
    part-written meanwhile, as before there was a link to make)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            write_all(fd, data)
            fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


__all__ = ["create_exclusive", "fsync", "fsync_dir", "write_all", "write_atomic"]
