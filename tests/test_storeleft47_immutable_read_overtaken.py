"""A read of an index with no ``-wal`` (opened ``immutable``: no lock, no other file) that a
writer overtakes, checkpointing into the main file under it, says so and asks for the command
again: it does not call the index damaged.

Review storeleft47: any writer that opens the index while such a read is under way checkpoints its
``-wal`` into the main file at its close (each ``archive`` does), and the read then meets pages of
another moment ("database disk image is malformed"), which was said as "the index ... is damaged;
run 'archiver reindex'" (a false statement: nothing is damaged, a rebuild is no remedy). The
writer is a real process; the reader reads through a one-page cache, so it goes back to the file.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.store.sqlite_damage import DamagedIndexError, NamingConnection, naming_damage
from archiver.store.sqlite_read import connect_read_only

_MADE = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("CREATE TABLE t (i INTEGER PRIMARY KEY, x)")
db.execute("BEGIN")
for i in range(2000): db.execute("INSERT INTO t VALUES (?, ?)", (i, "a%05d" % i * 100))
db.execute("COMMIT")
db.close()
"""

_WRITER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
db.execute("DELETE FROM t WHERE i % 3 = 0")
for n in range(3):
    db.execute("UPDATE t SET x = ?", ("w%d" % n * 700,))
db.close()
"""


def test_an_immutable_read_overtaken_by_a_writers_checkpoint_does_not_call_the_index_damaged(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    subprocess.run([sys.executable, "-c", _MADE, str(path)], timeout=120, check=True)
    assert not path.with_name(path.name + "-wal").exists()  # (closed: read immutable)
    db = connect_read_only(path, isolation_level=None, factory=NamingConnection)
    try:
        naming_damage(db, "the index", path)
        db.execute("PRAGMA cache_size=1")
        db.execute("BEGIN")
        assert db.execute("SELECT x FROM t WHERE i = 5").fetchone()[0].startswith("a00005")
        subprocess.run([sys.executable, "-c", _WRITER, str(path)], timeout=120, check=True)

        with pytest.raises(sqlite3.DatabaseError) as raised:
            db.execute("SELECT count(*), min(x), max(x) FROM t").fetchall()
    finally:
        db.close()

    assert not isinstance(raised.value, DamagedIndexError), str(raised.value)
    assert "changed by another process" in str(raised.value) and str(path) in str(raised.value), str(raised.value)
    assert "run the command again" in str(raised.value)
