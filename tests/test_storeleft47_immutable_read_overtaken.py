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

from archiver.errors import EXIT_INCOMPLETE, ArchiverError
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


def _overtaken_read(tmp_path: Path) -> tuple[Path, BaseException]:
    """The error an immutable read of a made index meets once a real writer has checkpointed under it."""
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
    return path, raised.value


def test_an_immutable_read_overtaken_by_a_writers_checkpoint_does_not_call_the_index_damaged(tmp_path: Path) -> None:
    path, error = _overtaken_read(tmp_path)

    assert not isinstance(error, DamagedIndexError), str(error)
    assert "changed by another process" in str(error) and str(path) in str(error), str(error)
    assert "run the command again" in str(error)


def test_an_overtaken_read_exits_3_a_check_not_completed_not_1_a_problem_found(tmp_path: Path) -> None:
    """conventions.md: 1 is "the command ran and found a problem", 3 "could not complete a check";
    nothing is wrong with the store, and the same command run again completes (as a reader that
    waited out a live writer: WriteInProgressError, 3). Review rvs47: it was a StoreError, exit 1,
    where README said 3."""
    _path, error = _overtaken_read(tmp_path)

    assert isinstance(error, ArchiverError) and error.exit_code == EXIT_INCOMPLETE, repr(error)
