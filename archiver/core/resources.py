"""Which failures are the machine running out of something, said in one line (review 15 G).

A full disk, a disk quota, the open-files limit, a read-only file system or a permission the
user lacks (EACCES, EPERM: a key folder or store folder not theirs to write) can stop any
command at any write or open: in the WARC writer, the log, a checkpoint, either SQLite index,
a batch's fork server. Each place raising its own error would leave others to a traceback, so
the CLI's single catch site asks :func:`resource_error` about whatever escaped a command; it
names the resource and the path (or the store, when the failing call had no file name: a
``write`` on an open file, SQLite's own errors) and is exit 3 ("could not complete",
conventions.md: an environment problem, like a missing key). Anything else is left to surface.

The exception's chain is walked (``__cause__``, then ``__context__``): SQLite reporting "cannot
rollback" while handling "database or disk is full" is still the full disk.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from archiver.errors import ArchiverError, ResourceError, UsageError

#: SQLite's own names for the same conditions (Python 3.11: ``sqlite_errorname``), with the
#: text of its messages for a build that does not set the name.
_SQLITE_FULL = ("SQLITE_FULL", "database or disk is full")
_SQLITE_CANTOPEN = ("SQLITE_CANTOPEN", "unable to open database file")
_SQLITE_READONLY = ("SQLITE_READONLY", "attempt to write a readonly database")
_SQLITE_IOERR = ("SQLITE_IOERR", "disk I/O error")
_SQLITE_BUSY = ("SQLITE_BUSY", "database is locked")


def _open_files_limit() -> str:
    import resource  # only when there is something to say

    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return "unlimited" if soft == resource.RLIM_INFINITY else str(soft)


def _said(code: int, where: str) -> str | None:
    """One line for an errno this module knows, ``None`` for any other."""
    again = "then run the command again"
    if code == errno.ENOSPC:
        return f"no space left on the device holding {where}: free some space there, {again}"
    if code == errno.EDQUOT:
        return f"disk quota exceeded on the device holding {where}: free some space or raise the quota, {again}"
    if code == errno.EMFILE:
        return (f"too many open files in this process (its limit is {_open_files_limit()}) at {where}: "
                f"raise it ('ulimit -n 4096'), {again}")
    if code == errno.ENFILE:
        return f"too many open files on this system at {where}: close some programs, {again}"
    if code == errno.EFBIG:
        from archiver.core.fsize import file_size_limit, limit_error

        limit = file_size_limit()
        if limit is not None:  # (the one wording of the file-size limit, core/fsize.py)
            return str(limit_error("the file", Path(where), limit))
        return f"cannot write {where}: the file is as large as this file system allows; {again}"
    if code == errno.EROFS:
        return (f"read-only file system at {where}: nothing can be written there; copy the store to a "
                f"writable place (or remount it writable), {again}")
    if code in (errno.EACCES, errno.EPERM):  # (red team rvcli54: key pin into a read-only key folder)
        return (f"permission denied at {where}: this user may not open or change it; give the user "
                f"that permission (or use another place), {again}")
    return None


def _full(store: str) -> bool:
    """Whether the file system holding ``store`` (or its nearest existing parent) has no free block."""
    place = Path(store)
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return os.statvfs(place).f_bavail == 0
    except OSError:
        return False


#: The store's SQLite files and what SQLite opens beside them.
_DATABASE_FILES = tuple(name + side for name in ("index.sqlite3", "text-index.sqlite3")
                        for side in ("", "-wal", "-shm", "-journal"))


def _unreadable_database(store: str) -> str | None:
    """The first of the store's SQLite files that this process may not open, if one is.

    Why: SQLite says only "unable to open database file", which was read as the open-files limit
    (red team rvcli54: ``list`` on a store whose index the user may not read said "too many open
    files (this process's limit is 20000 ...)"). Opening each file for reading asks the kernel
    itself, capabilities included, where ``os.access`` would answer for the real user id.
    """
    for name in _DATABASE_FILES:
        path = os.path.join(store, name)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        except PermissionError:
            return path
        except OSError:
            continue
        os.close(fd)
    return None


def _sqlite_said(exc: BaseException, store: str) -> str | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)

    def known(kind: tuple[str, str]) -> bool:
        return name.startswith(kind[0]) or text == kind[1]

    if name.startswith("SQLITE_READONLY_ROLLBACK"):  # a hot journal, not the medium: the store's to say
        return None
    if known(_SQLITE_FULL):
        return _said(errno.ENOSPC, f"the store's SQLite index in {store}")
    if known(_SQLITE_READONLY):
        return _said(errno.EROFS, f"the store's SQLite index in {store}")
    if known(_SQLITE_CANTOPEN):
        if (unreadable := _unreadable_database(store)) is not None:  # not the limit: a permission
            return _said(errno.EACCES, unreadable)
        return (f"SQLite cannot open a database file of the store {store}: too many open files (this "
                f"process's limit is {_open_files_limit()}; 'ulimit -n 4096' raises it), or the folder "
                "is not writable; then run the command again")
    if known(_SQLITE_BUSY):  # (after SQLite's own 60 s wait: another process's long transaction)
        return (f"a database file of the store {store} stayed locked by another archiver process (a reindex "
                "or a batch writing it): nothing was done; run the command again once it has finished")
    if known(_SQLITE_IOERR):
        from archiver.core.fsize import sqlite_limit_error

        for name_, what in (("index.sqlite3", "the index"), ("text-index.sqlite3", "the text index")):
            limited = sqlite_limit_error(exc, what, Path(store) / name_)
            if limited is not None:  # the file-size limit (ulimit -f) stopped it, not the disk
                return str(limited)
        if _full(store):  # SQLite says "disk I/O error" when it cannot grow its shared-memory file
            return _said(errno.ENOSPC, f"the store's SQLite index in {store}")
        return (f"SQLite could not read or write a database file of the store {store} (a full or failing "
                "disk): check the disk, then run the command again")
    return None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, then what it was raised from or while handling, and so on (each once)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def open_files_ran_out(exc: BaseException) -> bool:
    """Whether ``exc``, or an exception it was raised from or while handling, is the open-files
    limit (``EMFILE``, ``ENFILE``): our own messages then name the file, but not the limit or
    ``ulimit -n``, which :func:`resource_error`'s line does."""
    return any(isinstance(e, OSError) and e.errno in (errno.EMFILE, errno.ENFILE) for e in _chain(exc))


def resource_error(exc: BaseException, store: Path | str | None) -> ResourceError | None:
    """A :class:`ResourceError` saying what ran out and where, when ``exc`` (or an exception it
    was raised from or while handling) is one; ``None`` otherwise."""
    where_store = str(store) if store is not None else "the store"
    for current in _chain(exc):
        said: str | None = None
        if isinstance(current, OSError) and current.errno is not None:
            name = current.filename
            place = os.fsdecode(name) if isinstance(name, str | bytes) and name else where_store
            if place.startswith((sys.prefix, sys.base_prefix)):  # a module Python was loading
                place = where_store
            said = _said(current.errno, place)
        elif type(current).__module__ == "sqlite3":
            said = _sqlite_said(current, where_store)
        if said is not None:
            return ResourceError(said)
    return None


def folder_refused(what: str, root: Path, code: int, place: Path) -> ArchiverError:
    """Why the folder ``root`` (``what``: "store directory") cannot be made, ``mkdir`` failing
    with errno ``code`` at ``place`` (``root`` or the parent it would start from).

    A path that cannot be a folder (a file on it, a folder under a file) is the user's input:
    exit 2. A permission the user lacks or a read-only file system is the machine refusing a
    path that is fine: exit 3, as this module says the same refusal anywhere in a store
    (conventions.md, "could not complete"). Before, both were exit 2 (red team rvcli54, f18)."""
    if code in (errno.EACCES, errno.EPERM):
        return ResourceError(f"cannot create {what} {root}: permission denied at {place} (this user may not "
                             "write there); give the user that permission, or choose another place")
    if code == errno.EROFS:
        return ResourceError(f"cannot create {what} {root}: {place} is on a read-only file system; choose "
                             "another place (or remount it writable)")
    return UsageError(f"cannot create {what} {root}: {os.strerror(code)}")
