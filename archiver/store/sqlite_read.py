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
that left the "temporary" file out, beside which ``mode=ro`` creates one. Those are read in place
with the WAL's index in this process's memory (:func:`_read_in_memory`): SQLite keeps it on the
heap, and never opens a ``-shm``, when ``locking_mode=EXCLUSIVE`` is set before the first read;
``mode=ro`` alone then fails (the exclusive lock it takes on the main file needs a descriptor
open for writing), so the connection is opened through SQLite's ``unix-none`` VFS, which takes
no lock, and holds the shared lock SQLite's readers hold on the main file through a descriptor of
its own (:func:`_hold_shared`): a writer that opens the file meanwhile (and recovers the ``-wal``
into a ``-shm`` of its own) then does not checkpoint and remove the ``-wal`` at its close under
the read. Nothing is copied (before, the main file and the ``-wal`` were copied into a temporary
folder for each read: 0.3-1 s and 205 MB of it for a 205 MB index, 8-18 s for 1.5 GB), and no file
is created, written or locked for writing: the ``-wal`` is opened read-write when it can be, as
SQLite opens it, but its close's checkpoint fails at its first write into the main file, opened
read-only, before anything is changed (each of which is what a test checks). The next writing
command recovers the ``-wal`` in place, as SQLite does on any opening. A ``-wal`` holding no
committed transaction (:func:`_commits`: empty, junk) is read ``immutable``, without it: that
reader's close, with nothing to checkpoint, would remove it; so is one beside an empty main file
(SQLite's opening removes that ``-wal``, as it does for any reader or writer).

What is left open: a writer's *automatic* checkpoint (after a commit that leaves 1,000 pages or
more in the ``-wal``) is kept from pages a reader reads only by read marks in the ``-shm``, which
this reader has none of; a batch that starts, commits that much and checkpoints while such a read
is under way can show that read pages newer than its start (a writer that commits less, as each
``archive`` does, cannot); and once that checkpoint is complete, the writer's next commit rewrites
the ``-wal`` from its start under this reader's WAL index, which then reads other pages there
("database disk image is malformed": said as the file changed under the read, not as damage,
through the connection's ``overtaken()``; pages read before SQLite notices are not checked). The
``immutable`` reading holds nothing off either: a writer that opens the file meanwhile checkpoints
its ``-wal`` into the main file at its close (each ``archive`` does), under the read; its
connection's ``overtaken()`` (:func:`_immutable`) then says so where SQLite meets pages of another
moment (before, "the index ... is damaged; run 'archiver reindex'"); a read that meets none and
mixes two moments is not told. And
run as root, SQLite gives a ``-wal`` it opens the main file's owner (its ``fchown``), which changes
one whose owner differs (a copy made by another user).
"""

from __future__ import annotations

import array
import errno
import fcntl
import os
import sqlite3
import struct
import sys
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from archiver.core.files import ask_regular, open_regular, regular_descriptor
from archiver.store.sqlite_wal import refuse_foreign_wal


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
    return ask_regular(shm, _dms_locked, unknown=True)


def _dms_locked(fd: int) -> bool:
    """Whether a process holds a lock on ``fd``'s :data:`_SHM_DMS_BYTE` (``F_GETLK``: no lock taken)."""
    asked = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
    held: int = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, asked))[0]
    return held != fcntl.F_UNLCK


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


def refuse_unheld_foreign_wal(path: Path, what: str) -> None:
    """Before a writer opens ``what`` at ``path`` (whose opening applies, and whose close
    checkpoints, whatever ``-wal`` lies beside it): refuse one that no live connection holds and
    that was not written to this file (:func:`archiver.store.sqlite_wal.refuse_foreign_wal`)."""
    path = Path(path)
    if path.with_name(path.name + "-wal").exists() and not _live(path.with_name(path.name + "-shm")):
        refuse_foreign_wal(path, what)


def connect_read_only(path: Path, *, what: str = "the SQLite file", **connect: Any) -> sqlite3.Connection:
    """A connection reading the SQLite file at ``path`` as its last writer committed it, having
    created and changed no file of the store (see the module docstring); ``connect``: the
    keyword arguments of :func:`sqlite3.connect` (``uri`` is ours); ``what``: the file's name
    in an error ("the index").

    Raises:
        sqlite3.Error: as :func:`sqlite3.connect` and a first read (not a database, damage).
        ForeignWalError: a ``-wal`` no live process holds, not written to this file (not read).
    """
    path = Path(path).resolve()
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    for attempt in range(3):  # (a writer opening or closing the file meanwhile: look again)
        if not wal.exists() or _live(shm):
            break
        if _empty(path) or not _commits(wal):  # (SQLite's opening, or its close, would remove it)
            return _immutable(path, wal, connect)
        refuse_foreign_wal(path, what)  # (read in place, SQLite would apply it, whosever it is)
        db = _read_in_memory(path, wal, shm, connect)
        if db is not None:
            return db
        time.sleep(0.05 * (attempt + 1))
    if not wal.exists():
        return _immutable(path, wal, connect)
    opened: sqlite3.Connection = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, **connect)
    return opened


def _immutable(path: Path, wal: Path, connect: dict[str, Any]) -> sqlite3.Connection:
    """``path`` read ``immutable``: no lock, no other file. Its connection's ``overtaken()`` says
    whether another process has changed the main file (or its ``-wal``) since (see
    :func:`_letting_go`): a writer that opens the file meanwhile, and checkpoints into it at its
    close (each ``archive`` does), changes the pages this read reads, which SQLite then calls
    malformed; that was said as "the index ... is damaged; run 'archiver reindex'"."""
    seen = _moment(path, wal)
    factory = _letting_go(connect.get("factory", sqlite3.Connection), lambda: None,
                          lambda: _moment(path, wal) != seen)
    db: sqlite3.Connection = sqlite3.connect(path.as_uri() + "?immutable=1", uri=True,
                                             **{**connect, "factory": factory})
    return db


def _empty(path: Path) -> bool:
    """Whether ``path`` is an empty file, beside which SQLite's opening removes a ``-wal`` (it
    reads an empty main file as a new database, whatever the ``-wal`` holds)."""
    try:
        return os.stat(path).st_size == 0
    except OSError:
        return False


#: A ``-wal`` file's magic numbers (its checksums' words little-endian, big-endian), and the
#: sizes of its header and of each frame's.
_WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}
_WAL_HEADER, _FRAME_HEADER = 32, 24


def _checksum(data: bytes, order: str, s1: int, s2: int) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes) continued from ``(s1, s2)``."""
    words = array.array("I", data)
    if words.itemsize != 4:  # (no platform we know of; struct's sizes are standard)
        words = array.array("I", struct.unpack(f"{order}{len(data) // 4}I", data))
    elif (order == "<") != (sys.byteorder == "little"):
        words.byteswap()
    pairs = iter(words)
    for first, second in zip(pairs, pairs, strict=False):  # (words in pairs: data is 8-byte aligned)
        s1 = (s1 + first + s2) & 0xFFFFFFFF
        s2 = (s2 + second + s1) & 0xFFFFFFFF
    return s1, s2


def _commits(wal: Path) -> bool:
    """Whether the ``-wal`` file holds a committed transaction, as SQLite's recovery reads it:
    its first frames, up to a commit frame, each naming a page, carrying its header's salts and
    their checksums (all of them, however long the transaction: ~65 ms a MiB of it, paid only
    while no writer has recovered the ``-wal``); True where the file cannot be read (SQLite's
    opening says why).

    Why: one that holds none (empty, junk, a killed writer's stopped before its first commit, a
    first transaction damaged anywhere) adds nothing to the main file, and a reader whose WAL's
    index is in its memory removes it at its close (its checkpoint has nothing to write, so it
    succeeds): such a file is read ``immutable``, without it. Before, a first transaction of
    more than 1,024 frames was taken as committed by its salts and commit mark alone."""
    try:
        with open_regular(wal) as fh:
            header = fh.read(_WAL_HEADER)
            if len(header) < _WAL_HEADER:
                return False
            magic, _version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(">8I", header)
            order = _WAL_MAGIC.get(magic)
            if order is None or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
                return False
            if _checksum(header[:24], order, 0, 0) != (sum1, sum2):
                return False
            sums = (sum1, sum2)
            while len(frame := fh.read(_FRAME_HEADER + page_size)) == _FRAME_HEADER + page_size:
                page, commit, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(">6I", frame[:_FRAME_HEADER])
                if page == 0 or (f_salt1, f_salt2) != (salt1, salt2):
                    return False
                sums = _checksum(frame[:8] + frame[_FRAME_HEADER:], order, *sums)
                if sums != (f_sum1, f_sum2):
                    return False
                if commit:
                    return True
    except OSError:
        return True
    return False


#: The bytes of a SQLite file on which its unix VFS's connections hold a shared (read) lock while
#: they read it, and which a connection's last close must lock for writing before it checkpoints
#: and removes the ``-wal`` (``SHARED_FIRST``, ``SHARED_SIZE``: after the pending and reserved bytes
#: at 1 GiB).
_SHARED_FIRST, _SHARED_SIZE = 0x40000000 + 2, 510


def _hold_shared(path: Path) -> int | None:
    """A descriptor of ``path`` (opened read-only) holding the shared lock SQLite's readers hold
    on it (None: it cannot be opened, is no regular file, or a writer is checkpointing it: the
    caller reads it as SQLite does). On a file system without locks (``ENOLCK``, ``EOPNOTSUPP``)
    the descriptor holds none: nothing keeps a writer from checkpointing at its close under the
    read there, as nothing kept it from the ``immutable`` reads either. POSIX locks are the
    process's: the lock goes at the close of any descriptor of the file in this process, the
    reading connection's own among them."""
    try:
        fd = regular_descriptor(path)
    except OSError:
        return None
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST, os.SEEK_SET)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):  # (a writer's exclusive lock)
            os.close(fd)
            return None
    return fd


def _read_in_memory(path: Path, wal: Path, shm: Path, connect: dict[str, Any]) -> sqlite3.Connection | None:
    """``path`` and its ``wal`` read in place, the WAL's index in this process's memory (None: a
    writer opened the file meanwhile, or the file cannot be locked: read as a live writer's)."""
    held = _hold_shared(path)
    if held is None:
        return None
    if not wal.exists() or _live(shm):  # (a writer opened it, or closed it, before the lock)
        os.close(held)
        return None
    release = _Release(held)
    seen = _moment(path, wal)
    connect = {**connect, "factory": _letting_go(connect.get("factory", sqlite3.Connection), release,
                                                 lambda: _moment(path, wal) != seen)}
    try:
        db: sqlite3.Connection = sqlite3.connect(path.as_uri() + "?mode=ro&vfs=unix-none", uri=True, **connect)
    except BaseException:
        release()
        raise
    weakref.finalize(db, release)  # (a connection dropped unclosed)
    try:  # before the first read: the WAL's index on the heap, no -shm opened
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        db.close()
        raise
    return db


class _Release:
    """Closes a descriptor once, however often it is called (a descriptor's number closed twice
    may be another file's by then)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def __call__(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)


def _moment(path: Path, wal: Path) -> tuple[tuple[int, int, int, int] | None, bytes | None]:
    """What a writer's checkpoint or a ``-wal`` written again from its start changes: the main
    file's identity (size, modification time) and the ``-wal``'s header (its salts)."""
    try:
        with open_regular(wal) as fh:
            head: bytes | None = fh.read(_WAL_HEADER)
    except OSError:
        head = None
    return _identity(path), head


def _letting_go(factory: type[sqlite3.Connection], release: Callable[[], None],
                changed: Callable[[], bool]) -> type[sqlite3.Connection]:
    """``factory``'s connections, which call ``release`` as they close: the descriptor holding
    the shared lock is closed with the connection, not when it is collected (closed later, it
    would drop the locks of a connection this process has opened to the file since). Their
    ``overtaken()``: whether another process has checkpointed the file or written its ``-wal``
    again since the read began (``changed``), which this reader's WAL index, in its memory, does
    not follow: what SQLite then calls damage is not (:func:`archiver.store.sqlite_damage.damage_error`)."""

    class LettingGo(factory):  # type: ignore[valid-type,misc]
        def overtaken(self) -> bool:
            return changed()

        def close(self) -> None:
            try:
                super().close()
            finally:
                release()

    return LettingGo
