"""This process's file-size limit (``ulimit -f``, RLIMIT_FSIZE): a write it stopped, named as such.

Why: Python ignores SIGXFSZ, so a write past the limit fails with EFBIG, and SQLite reports
that as a plain "disk I/O error" (its error code, ``SQLITE_IOERR_WRITE``, carries no errno).
Read as damage, it had ``archive`` and ``reindex`` advise "run 'archiver reindex'" about an index
that was intact, and ``reindex``, under the same limit, failed the same way. The limit is no
damage and no bad input: the command could not complete here (exit 3), and the user raises the
limit. This module says whether a failed write was the limit's and makes that one-line error.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from archiver.errors import FileSizeLimitError

#: The most one write of SQLite's can add past a file's end: a WAL frame of the largest page
#: (64 KiB) and its 24-byte header. A file within this of the limit may have been stopped by it.
SQLITE_WRITE_MAX = 65536 + 24


def file_size_limit() -> int | None:
    """This process's file-size limit in bytes, None when there is none (``resource`` imported here: a
    write that failed asks, and the module's import is ~0.3 ms of every start that never does: task perf71)."""
    import resource

    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if soft == resource.RLIM_INFINITY else int(soft)


def _near(paths: Iterable[Path], limit: int, within: int) -> bool:
    """Whether one of ``paths`` is within ``within`` bytes of ``limit`` (a write there may have
    been stopped by it: a write at or past the limit fails whole, one across it in part)."""
    for path in paths:
        try:
            if os.stat(path).st_size + within > limit:
                return True
        except OSError:
            continue
    return False


def limit_error(what: str, path: Path, limit: int) -> FileSizeLimitError:
    """The one-line error for a write to ``what`` (``path``) the file-size limit stopped."""
    return FileSizeLimitError(
        f"cannot write {what} {path}: it must grow past this process's file-size limit "
        f"(ulimit -f) of {limit:,} bytes; nothing was damaged: raise the limit (ulimit -f "
        "unlimited) and run the command again")


def sqlite_limit_error(exc: BaseException, what: str, path: Path) -> FileSizeLimitError | None:
    """The error to raise for ``exc``, SQLite's failure of a write to the database ``path``, when
    the file-size limit is what stopped it: an I/O error (``SQLITE_IOERR*``) while the limit is
    set and the database, its write-ahead log or its journal is within one write of it. Else None
    (a real I/O error, said as before)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not isinstance(exc, sqlite3.Error) or not name.startswith("SQLITE_IOERR"):
        return None
    limit = file_size_limit()
    if limit is None:
        return None
    files = [path, Path(f"{path}-wal"), Path(f"{path}-journal")]
    return limit_error(what, path, limit) if _near(files, limit, SQLITE_WRITE_MAX) else None


def os_limit_error(exc: OSError, what: str, path: Path) -> FileSizeLimitError | None:
    """The error to raise for ``exc``, a failed write to ``path``, when it is the file-size
    limit's (EFBIG while a limit is set), else None."""
    limit = file_size_limit()
    if exc.errno != errno.EFBIG or limit is None:
        return None
    return limit_error(what, path, limit)
