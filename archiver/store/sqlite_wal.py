"""Whether a ``-wal`` file beside one of the store's SQLite files belongs to it.

SQLite applies whatever ``-wal`` lies beside a database at its opening, if its header and
frames are well formed: nothing in the file format ties a write-ahead log to its database. So
a ``-wal`` copied in from elsewhere (another store's index, an older backup's) was merged
silently: a reader showed that other file's rows as this index's, and the next writer's close
checkpointed them into it for good. What can be told, without writing anything:

- its page size (header bytes 8-12) is not the database's (header bytes 16-18): SQLite's own
  writer always writes the database's page size there;
- a ``-shm`` (the WAL's index) that a writer initialised records the salts of the ``-wal`` it
  indexes (``aSalt``, bytes 32-40 of each of its two header copies, copied from the ``-wal``
  header's bytes 16-24) and how many of its frames are valid (``mxFrame``, bytes 16-20): a
  ``-wal`` of other salts, beside one that indexes frames, is not the file those frames were
  written to. (After a writer restarts its log, the ``-shm`` holds the new salts and no frame
  until the first new frame is written: a ``-wal`` of old salts then is the one it restarted,
  whose frames are all in the database already, and is not called foreign.)

- with no ``-shm`` beside it (a copy or backup that left it out, which a reader reads in place,
  or a ``-wal`` copied in alone), the store's own record (:class:`WalRecord`, ``<file>-wal.salts``,
  kept by each archiver writer after its commits) of the salts of the ``-wal`` it last wrote: a
  ``-wal`` of other salts is not that one. (Before, such a ``-wal`` of the same page size was
  applied whatever it was.)

What is left: with neither a ``-shm`` nor that record (a store no archiver of this version wrote
to since, or a copy that left both out) a ``-wal`` of the same page size cannot be told from the
file's own; neither can one whose ``-shm`` was copied in with it. A writer killed between the
commit that restarted its ``-wal`` (new salts) and its record's update leaves the record behind:
its ``-shm`` still tells, and only a copy of that store without the ``-shm`` is refused. Only a
``-wal`` no live process holds is asked about (a live connection's is its own):
:func:`foreign_wal`'s callers ask first.
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
from pathlib import Path

from archiver.core.files import open_regular
from archiver.errors import StoreError

_WAL_MAGICS = (0x377F0682, 0x377F0683)
_SHM_HEADER = 48


class ForeignWalError(StoreError):
    """A ``-wal`` beside the index or the text index that was not written to it (exit 1: the
    store holds a file that is not its own; nothing was read through it or changed)."""


def _read(path: Path, size: int) -> bytes | None:
    try:
        with open_regular(path) as fh:
            return fh.read(size)
    except OSError:
        return None


def _db_page_size(path: Path) -> int | None:
    head = _read(path, 100)
    if head is None or len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return None
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else size


def why_foreign(path: Path) -> str | None:
    """Why the ``-wal`` beside the SQLite file ``path`` is not that file's (None: nothing says so,
    or there is none, or it cannot be read: SQLite's opening says what it is)."""
    wal = path.with_name(path.name + "-wal")
    header = _read(wal, 32)
    if header is None or len(header) < 32:
        return None
    magic, _version, wal_page = struct.unpack(">3I", header[:12])
    if magic not in _WAL_MAGICS:
        return None
    db_page = _db_page_size(path)
    if db_page is not None and wal_page != db_page:
        return f"its pages are of {wal_page} bytes, the file's of {db_page}"
    shm_path = path.with_name(path.name + "-shm")
    if not shm_path.exists():
        recorded = WalRecord.salts_of(path)
        if recorded is not None and recorded != header[16:24]:
            return (f"there is no WAL index beside it, and the store's record of the write-ahead log archiver last "
                    f"wrote to it ({path.name}-wal.salts) names another one (salts {recorded.hex()}, this one's "
                    f"{header[16:24].hex()})")
        return None
    shm = _read(shm_path, 2 * _SHM_HEADER)
    if shm is None or len(shm) < 2 * _SHM_HEADER or shm[:_SHM_HEADER] != shm[_SHM_HEADER:]:
        return None  # (a -shm being written: nothing to hold the -wal to)
    order = "<" if sys.byteorder == "little" else ">"
    is_init = shm[12]
    max_frame = struct.unpack(f"{order}I", shm[16:20])[0]
    if is_init and max_frame and shm[32:40] != header[16:24]:
        return f"the WAL index beside it ({path.name}-shm) indexes {max_frame} frame(s) of another write-ahead log"
    return None


def refuse_foreign_wal(path: Path, what: str) -> None:
    """Raise :class:`ForeignWalError` when the ``-wal`` beside ``what`` ("the index", "the text
    index") at ``path`` is not its own (:func:`why_foreign`): one line naming it and what to do.
    Call only where no live connection holds the ``-wal``."""
    reason = why_foreign(path)
    if reason is not None:
        raise ForeignWalError(
            f"{what} {path} has a write-ahead log beside it ({path.name}-wal) that was not written to it "
            f"({reason}; copied in from elsewhere?): it was not applied and nothing was changed; move "
            f"{path.name}-wal (and {path.name}-shm) out of the store, then run the command again")


class WalRecord:
    """The store's record of the salts of the ``-wal`` an archiver writer last wrote beside the
    SQLite file ``path`` (``<file>-wal.salts``, 16 hex digits): what a ``-wal`` with no ``-shm``
    beside it is held to (:func:`why_foreign`). Called after each statement of the writer's
    connection that ends a write outside a transaction (:mod:`archiver.store.sqlite_damage`):
    SQLite gives a ``-wal`` new salts when it writes its first frame after a checkpoint, in a
    commit. Reads the ``-wal``'s header (one small read) and writes the record only when the salts
    changed (once per process, or per restart of the ``-wal``); written whole (a temporary file
    renamed over it), never fsynced (a record lost with a power cut is one the ``-shm`` stands
    in for). Nothing here raises: a record not kept costs only that check."""

    __slots__ = ("path", "known")

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.known: bytes | None = None

    @staticmethod
    def file(path: Path) -> Path:
        return path.with_name(path.name + "-wal.salts")

    @staticmethod
    def salts_of(path: Path) -> bytes | None:
        """The salts the record beside ``path`` holds (None: none, or not one)."""
        text = _read(WalRecord.file(path), 64)
        try:
            salts = bytes.fromhex(text.decode("ascii").strip()) if text is not None else b""
        except ValueError:
            return None
        return salts if len(salts) == 8 else None

    def __call__(self) -> None:
        header = _read(self.path.with_name(self.path.name + "-wal"), 24)
        if header is None or len(header) < 24 or int.from_bytes(header[:4], "big") not in _WAL_MAGICS:
            return
        salts = header[16:24]
        if salts == self.known:
            return
        record = self.file(self.path)
        temporary = record.with_name(f".{record.name}.{os.getpid()}")
        try:
            temporary.write_text(salts.hex() + "\n", encoding="ascii")
            os.replace(temporary, record)
            self.known = salts
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()


def keep_wal_record(db: object, path: Path) -> None:
    """Have the writer's connection ``db`` to the SQLite file ``path`` keep its :class:`WalRecord`
    (a :class:`~archiver.store.sqlite_damage.NamingConnection`'s statements call it)."""
    from archiver.store.sqlite_damage import NamingConnection

    if isinstance(db, NamingConnection):
        db.wal_watch = WalRecord(path)
