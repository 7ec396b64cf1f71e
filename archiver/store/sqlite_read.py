"""Reading one of the store's SQLite files without creating or changing any file.

Reading never writes, and a read-only medium cannot be written. SQLite's own ways:

- ``immutable=1`` reads the main file alone, with no lock and no other file; it ignores a
  ``-wal`` file, and with it every change committed there since the last checkpoint.
- ``mode=ro`` reads the committed ``-wal`` frames through the ``-shm`` (the WAL's index,
  "shared memory"), and creates the ``-shm`` (and leaves it) when it is absent.

So (:func:`connect_read_only`): with no ``-wal`` every committed change is in the main file, and
it is opened ``immutable``; with a ``-wal`` that a live connection has open (its ``-shm`` is
locked: :func:`_in_use`) ``mode=ro`` reads through the existing files. Any other ``-wal`` belongs
to no live connection (a connection holds a shared lock on its ``-shm`` until its last close,
which checkpoints and removes both): a killed writer's, whose ``-shm`` a ``mode=ro`` reader
rewrites (its read marks, a recovery), or one copied or backed up without its ``-shm`` by a tool
that left the "temporary" file out, beside which ``mode=ro`` creates one. Those are read through a
private copy of the main file and the ``-wal`` in a temporary folder of this process's
(:mod:`archiver.core.own_temp`), where SQLite makes its ``-shm`` from the ``-wal``: the folder is
removed at once, the connection keeping its open files. The next writing command recovers the
``-wal`` in place, as SQLite does on any opening.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import stat
import struct
import sys
from pathlib import Path
from typing import Any

from archiver.core import own_temp
from archiver.core.files import open_regular
from archiver.errors import StoreError

#: The prefix of the private copies' folders (a SIGKILLed reader's is removed by the next one).
READ_COPY_PREFIX = "archiver-read-"


def sqlite_read_uri(path: Path) -> str:
    """The URI :func:`connect_read_only` opens ``path`` by when no private copy is needed:
    ``immutable`` without a ``-wal`` file, else ``mode=ro``."""
    path = Path(path).resolve()
    wal = path.with_name(path.name + "-wal")
    return path.as_uri() + ("?mode=ro" if wal.exists() else "?immutable=1")


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


#: The byte of a ``-shm`` file on which each connection of SQLite's unix VFS holds a shared lock
#: while it has the database open (``UNIX_SHM_DMS``: after the 8 lock bytes at 120).
_SHM_DMS_BYTE = 128


def _in_use(shm: Path) -> bool:
    """Whether a process has the database of ``shm`` open (a lock on its :data:`_SHM_DMS_BYTE`),
    asked without opening it for writing. Where that cannot be told (not Linux, whose ``struct
    flock`` is packed here; an unreadable file), True: read through it as SQLite does."""
    if not sys.platform.startswith("linux") or _open_here(shm):
        return True
    try:
        fd = os.open(shm, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return True
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return True
        asked = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
        held: int = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, asked))[0]
        return held != fcntl.F_UNLCK
    except OSError:
        return True
    finally:
        os.close(fd)


def _open_here(path: Path) -> bool:
    """Whether this process has ``path`` open (a descriptor in ``/proc/self/fd``; True where that
    cannot be told). Asked before :func:`_in_use` opens the file: POSIX locks are the process's,
    closing any descriptor of a file drops them all, and ``F_GETLK`` does not report the
    process's own; so in a process whose connection (a writer's, a reader's) has the ``-shm``
    open, opening it to ask dropped that connection's locks (another process's closing
    connection then took itself for the last, and checkpointed and removed the ``-wal`` and
    ``-shm`` under it), and the answer said no one held it."""
    try:
        want = os.stat(path)
        names = os.listdir("/proc/self/fd")
    except OSError:
        return True
    for name in names:
        try:
            st = os.stat(f"/proc/self/fd/{name}")
        except OSError:  # (the listing's own descriptor, one closed meanwhile)
            continue
        if (st.st_dev, st.st_ino) == (want.st_dev, want.st_ino):
            return True
    return False


def _live(shm: Path) -> bool:
    """Whether a live connection has the database of ``shm`` open (its ``-shm`` there and locked)."""
    return shm.exists() and _in_use(shm)


def connect_read_only(path: Path, **connect: Any) -> sqlite3.Connection:
    """A connection reading the SQLite file at ``path`` as its last writer committed it, having
    created and changed no file of the store (see the module docstring); ``connect``: the
    keyword arguments of :func:`sqlite3.connect` (``uri`` is ours).

    Raises:
        sqlite3.Error: as :func:`sqlite3.connect` and a first read (not a database, damage).
        StoreError: the private copy cannot be made (no room in the temporary folder).
    """
    path = Path(path).resolve()
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    for _ in range(3):
        if not wal.exists() or _live(shm):
            break
        try:
            db = _private_copy(path, wal, shm, connect)
        except OSError as exc:
            case = ("its -wal and -shm files are a writer's that no live process holds (one killed)" if shm.exists()
                    else "its -wal file has no -shm beside it (a copy that left it out)")
            raise StoreError(f"cannot read {path}: {case}, and a private copy to read it through cannot be made "
                             f"({exc}); the next writing command (or 'archiver reindex') recovers it in place") from exc
        if db is not None:
            return db
    opened: sqlite3.Connection = sqlite3.connect(sqlite_read_uri(path), uri=True, **connect)
    return opened


def _private_copy(path: Path, wal: Path, shm: Path, connect: dict[str, Any]) -> sqlite3.Connection | None:
    """``path`` and its ``wal`` read through copies of theirs (None: a writer opened the file
    while they were copied, or it changed: the caller looks again)."""
    before = _identity(path), _identity(wal)
    with own_temp.folder(None, prefix=READ_COPY_PREFIX) as place:
        copy = place / path.name
        try:
            for source, target in ((path, copy), (wal, place / wal.name)):
                with open_regular(source) as src, open(target, "wb") as out:  # (never a device's endless bytes)
                    shutil.copyfileobj(src, out)
        except FileNotFoundError:  # (a writer's last close removed the -wal meanwhile)
            return None
        if _live(shm) or (_identity(path), _identity(wal)) != before:
            return None
        db: sqlite3.Connection = sqlite3.connect(copy.as_uri() + "?mode=ro", uri=True, **connect)
        try:  # the first read opens the copies and reads the -wal into the folder's own -shm
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            db.close()
            raise
    return db
