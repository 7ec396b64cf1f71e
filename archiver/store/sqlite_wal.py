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

What is left: a ``-wal`` of the same page size with no ``-shm`` beside it (a copy or backup
that left the ``-shm`` out, which a reader reads in place) cannot be told from a foreign one;
neither can one whose ``-shm`` was copied in with it. Only a ``-wal`` no live process holds is
asked about (a live connection's is its own): :func:`foreign_wal`'s callers ask first.
"""

from __future__ import annotations

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
    shm = _read(path.with_name(path.name + "-shm"), 2 * _SHM_HEADER)
    if shm is None or len(shm) < 2 * _SHM_HEADER or shm[:_SHM_HEADER] != shm[_SHM_HEADER:]:
        return None  # (no -shm, or one being written: nothing to hold the -wal to)
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
