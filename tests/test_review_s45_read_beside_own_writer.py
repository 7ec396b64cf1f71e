"""A read of an index (:func:`archiver.store.sqlite_read.connect_read_only`) in a process that
has the same database open for writing (a library caller holding a writing ``Archive`` and a
reading one) leaves that writer's connection as SQLite holds it.

POSIX record locks belong to the process, and closing *any* descriptor of a file drops all of
the process's locks on it. The probe that asks whether a live connection holds the ``-shm``
opened and closed the ``-shm`` itself: in the writer's own process it dropped the writer's lock
on the ``-shm``'s byte 128, so another process's closing connection took itself for the last
one and checkpointed and removed the ``-wal`` and ``-shm`` under the live writer (and the probe,
which does not see its own process's locks, read the live database through a private copy).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from archiver.store.sqlite_read import connect_read_only

CLOSE_ELSEWHERE = "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('SELECT 1 FROM t').fetchall(); db.close()"


def test_a_read_in_the_writers_process_keeps_the_writers_wal_for_other_processes(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    try:
        reader = connect_read_only(path, isolation_level=None)
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (1,)
        reader.close()
        subprocess.run([sys.executable, "-c", CLOSE_ELSEWHERE, str(path)], check=True, timeout=60)

        assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    finally:
        writer.close()
