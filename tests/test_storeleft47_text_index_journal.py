"""The text index's reads past the files beside it, as the capture index's are tested
(``test_store46_stray_journal.py``, ``test_storeleft47_foreign_wal.py``): a rollback journal
beside a text index read through a killed writer's ``-wal`` is named in one line (an interrupted
write 'archiver reindex' rolls back, or junk to remove), a ``-wal`` not written to it is refused,
and a killed writer's own ``-wal`` is read; each read writes nothing. This path (its
``journal_error``, its ``-wal`` handling) had no test of its own.

The text index is a real one (a captured store's); the killed writer a real process that changed
it and died before its close (``os._exit``), leaving its ``-wal``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from stores import FERRY_PAGE, one_capture_fixtures, store_state

from archiver.errors import StoreError
from archiver.store.sqlite_wal import ForeignWalError
from archiver.store.storage import TEXT_INDEX_FILE
from archiver.store.textindex import SqliteTextIndex

template, captured = one_capture_fixtures("text_index_journal", "/ferry", FERRY_PAGE)

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

_KILLED_WRITER = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('left_by', 'a killed writer')")
os._exit(9)
"""


def _killed_writers_wal(path: Path, *, keep_shm: bool = False) -> None:
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(path)], timeout=120, check=False)
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    if not keep_shm:
        path.with_name(path.name + "-shm").unlink()


def _meta(index: SqliteTextIndex, key: str) -> object:
    row = index._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def test_a_killed_writers_wal_beside_the_text_index_is_read_in_place(captured):
    store, _cid = captured
    path = store / TEXT_INDEX_FILE
    _killed_writers_wal(path)
    before = store_state(store)
    index = SqliteTextIndex(path, read_only=True)
    try:
        assert _meta(index, "left_by") == "a killed writer"
    finally:
        index.close()
    assert store_state(store) == before


@pytest.mark.parametrize(("head", "said"), [
    (b"junk", "is not a rollback journal SQLite wrote"),
    (JOURNAL_MAGIC, "from a write that was interrupted"),
], ids=["junk", "journal header"])
def test_a_journal_beside_the_text_index_is_named_in_one_line_and_nothing_is_written(captured, head, said):
    store, _cid = captured
    path = store / TEXT_INDEX_FILE
    _killed_writers_wal(path)
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(head + b"\x5a" * (600 - len(head)))
    before = store_state(store)

    with pytest.raises(StoreError) as raised:
        SqliteTextIndex(path, read_only=True)

    message = str(raised.value)
    assert message.startswith(f"the text index {path} ") and "\n" not in message, message
    assert str(journal) in message and said in message, message
    assert store_state(store) == before


def test_a_wal_not_written_to_the_text_index_is_refused_by_a_read_and_a_write(captured, tmp_path):
    store, _cid = captured
    path = store / TEXT_INDEX_FILE
    _killed_writers_wal(path, keep_shm=True)
    other = tmp_path / "other.sqlite3"  # (a copy's -wal, left by another killed writer, put in its place)
    other.write_bytes(path.read_bytes())
    _killed_writers_wal(other)
    path.with_name(path.name + "-wal").write_bytes(other.with_name(other.name + "-wal").read_bytes())
    before = store_state(store)

    for read_only in (True, False):
        with pytest.raises(ForeignWalError, match="was not written to it") as raised:
            SqliteTextIndex(path, read_only=read_only)
        assert str(raised.value).startswith(f"the text index {path} "), str(raised.value)
        assert store_state(store) == before
