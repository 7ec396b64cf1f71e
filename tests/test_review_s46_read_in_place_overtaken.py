"""A read in place (an index whose ``-wal`` no live process held when it opened) that a writer
overtakes, checkpointing that ``-wal`` and writing it again from its start, says so and asks for
the command again: it does not call the index damaged.

Adversarial review of store46: this reader's WAL index is in its own memory, with no read mark in
the writer's ``-shm``; once a writer's automatic checkpoint (1,000 pages) has copied the ``-wal``
and its next commit has rewritten the ``-wal`` from its start, the reader reads other pages where
its frames were ("database disk image is malformed"), which was said as "the index ... is
damaged; run 'archiver reindex'" (a false statement: nothing is damaged, and a rebuild is no
remedy).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.store.sqlite_damage import DamagedIndexError, NamingConnection, naming_damage
from archiver.store.sqlite_read import connect_read_only


def _left_by_a_killed_writer(folder: Path) -> Path:
    """An index of 2,000 rows (about 300 pages), its last change only in a ``-wal`` no process holds."""
    folder.mkdir()
    path = folder / "index.sqlite3"
    code = (
        "import os, sqlite3\n"
        f"db = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "db.execute('PRAGMA journal_mode=WAL')\n"
        "db.execute('CREATE TABLE t (i INTEGER PRIMARY KEY, x)')\n"
        "db.execute('BEGIN')\n"
        "for i in range(2000): db.execute('INSERT INTO t VALUES (?, ?)', (i, 'a%05d' % i * 100))\n"
        "db.execute('COMMIT')\n"
        "db.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        "db.execute(\"UPDATE t SET x = 'changed' WHERE i = 5\")\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code], timeout=120, check=False)
    path.with_name("index.sqlite3-shm").unlink()
    return path


def _a_batch_commits(path: Path) -> None:
    """Another process's writer: three commits of every row (over 1,000 pages each: an automatic
    checkpoint after each, the next commit writing the ``-wal`` from its start), then its close."""
    code = (
        "import sqlite3\n"
        f"db = sqlite3.connect({str(path)!r}, isolation_level=None, timeout=60)\n"
        "for n in range(3):\n"
        "    db.execute(\"UPDATE t SET x = ?\", ('w%d' % n * 500,))\n"
        "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], timeout=120, check=True)


def test_a_read_in_place_overtaken_by_a_writers_checkpoint_does_not_call_the_index_damaged(tmp_path: Path) -> None:
    path = _left_by_a_killed_writer(tmp_path / "store")
    db = connect_read_only(path, isolation_level=None, factory=NamingConnection)
    try:
        naming_damage(db, "the index", path)
        db.execute("PRAGMA cache_size=1")
        db.execute("BEGIN")
        assert db.execute("SELECT x FROM t WHERE i = 5").fetchone() == ("changed",)
        _a_batch_commits(path)

        with pytest.raises(sqlite3.DatabaseError) as raised:
            db.execute("SELECT count(*), min(x), max(x) FROM t").fetchall()
    finally:
        db.close()

    assert not isinstance(raised.value, DamagedIndexError), str(raised.value)
    assert "run the command again" in str(raised.value) and str(path) in str(raised.value), str(raised.value)
