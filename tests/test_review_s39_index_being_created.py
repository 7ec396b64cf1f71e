"""An index another process is creating at this moment is no damaged index.

Found in the session 39 review: opening an index for writing makes its tables one statement
at a time (``meta`` first, then ``captures``, ``records``, ``extractions``...), each committed
on its own, and only then writes the schema row into ``meta``. The damage check added that day
(a table every index has had is missing while ``meta`` exists) ran in a second process opening
the same new store in that moment, and refused it: "the index ... is damaged (no such table:
records); run 'archiver reindex'" (5 of 240 openers, four processes opening a new store at
once). An index whose ``meta`` names no schema yet is one being made; one that names a schema
and lost a table is still refused (tests/test_damaged_index_tables.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver.store.index import SCHEMA, SCHEMA_VERSION, SqliteIndex
from archiver.store.sqlite_damage import DamagedIndexError


def _first_statements(path: Path, count: int) -> None:
    """What another opener has committed so far: the first ``count`` CREATEs of the schema."""
    statements = [part.strip() for part in SCHEMA.split(";") if part.strip()]
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        for statement in statements[:count]:
            db.execute(statement)
    finally:
        db.close()


@pytest.mark.parametrize("made", [1, 2, 5])
def test_an_index_whose_tables_another_opener_is_still_making_opens_and_is_completed(tmp_path, made):
    path = tmp_path / "index.sqlite3"
    _first_statements(path, made)
    index = SqliteIndex(path)
    try:
        assert index.list() == []
    finally:
        index.close()
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (str(SCHEMA_VERSION),)
    finally:
        db.close()


def test_an_index_whose_meta_names_a_schema_and_lost_a_table_is_still_refused(tmp_path):
    path = tmp_path / "index.sqlite3"
    SqliteIndex(path).close()
    db = sqlite3.connect(path)
    try:
        db.execute("DROP TABLE records")
        db.commit()
    finally:
        db.close()
    with pytest.raises(DamagedIndexError, match="no such table: records"):
        SqliteIndex(path)


def test_an_index_that_lost_its_meta_table_and_a_table_of_its_captures_is_refused(tmp_path):
    # no opener makes the captures table before meta: this index was made, then damaged
    path = tmp_path / "index.sqlite3"
    SqliteIndex(path).close()
    db = sqlite3.connect(path)
    try:
        db.executescript("DROP TABLE meta; DROP TABLE extractions")
    finally:
        db.close()
    with pytest.raises(DamagedIndexError, match="no such table: extractions"):
        SqliteIndex(path)
