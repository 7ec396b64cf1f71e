"""A ``-wal`` beside the index that was not written to it (copied in from elsewhere) is refused
in one line, not applied: SQLite applies any well-formed ``-wal`` at its opening, and nothing in
the file format ties one to its database, so a reader showed the other file's rows as this
index's and the next writer's close checkpointed them into it for good.

What tells it (:mod:`archiver.store.sqlite_wal`): a page size other than the index's, or a
``-shm`` beside it (a killed writer's) that indexes frames of a ``-wal`` of other salts. The
foreign ``-wal`` is a real SQLite file: a copy of this index, changed (every capture deleted) by
a process killed before its close. Before, ``list`` listed nothing (exit 0) and the next
``archive`` deleted the store's captures from its index.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli import run_cli
from servers import Site
from stores import store_state
from test_newcomer_frictions import page
from test_store46_reads_after_a_killed_capture import captured, killed, killed_capture, template

__all__ = ["captured", "killed", "killed_capture", "template"]

_KILLED_WRITER = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] != "0":
    db.execute("PRAGMA page_size=" + sys.argv[2])
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE t (x)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("INSERT INTO t VALUES ('elsewhere')")
else:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("DELETE FROM captures")
os._exit(9)
"""


def _foreign_wal(tmp: Path, index: Path, page_size: int = 0) -> Path:
    """The ``-wal`` a process killed before its close left beside another file: a copy of
    ``index`` whose captures it deleted (``page_size`` 0), or a new database of that page size."""
    other = tmp / "elsewhere" / "index.sqlite3"
    other.parent.mkdir()
    if not page_size:
        shutil.copyfile(index, other)
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(other), str(page_size)], timeout=120, check=False)
    wal = other.with_name(other.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


def _one_line(proc) -> str:  # type: ignore[no-untyped-def]
    assert proc.exit_code == 1, (proc.exit_code, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "index.sqlite3-wal" in lines[0] and "was not written to it" in lines[0], lines[0]
    return lines[0]


def test_a_foreign_wal_over_a_killed_writers_is_refused_by_a_read_and_a_write(killed_capture, tmp_path):
    store, first, cid, _url = killed_capture  # (its -wal and -shm left beside the index)
    foreign = _foreign_wal(tmp_path, store / "index.sqlite3")
    shutil.copyfile(foreign, store / "index.sqlite3-wal")
    before = store_state(store)

    line = _one_line(run_cli("list", store=store))
    assert "another write-ahead log" in line, line
    assert store_state(store) == before
    _one_line(run_cli("show", first, store=store))
    assert store_state(store) == before

    (store / "index.sqlite3-wal").unlink()  # (moved away, as the line says: what the index holds is read)
    (store / "index.sqlite3-shm").unlink()
    listed = run_cli("list", store=store)
    assert first in listed.stdout and cid not in listed.stdout  # (its rows were in the -wal moved away)


def test_a_foreign_wal_of_another_page_size_is_refused_by_a_read(captured, tmp_path):
    store, first = captured
    shutil.copyfile(_foreign_wal(tmp_path, store / "index.sqlite3", page_size=1024), store / "index.sqlite3-wal")
    before = store_state(store)

    line = _one_line(run_cli("list", store=store))

    assert "1024 bytes" in line, line
    assert store_state(store) == before


def test_a_foreign_wal_is_not_checkpointed_into_the_index_by_the_next_writer(killed_capture, site: Site, tmp_path):
    store, _first, _cid, _url = killed_capture
    shutil.copyfile(_foreign_wal(tmp_path, store / "index.sqlite3"), store / "index.sqlite3-wal")
    index_before = (store / "index.sqlite3").read_bytes()
    before = store_state(store)

    proc = run_cli("archive", page(site, "/next", 2), store=store)

    line = _one_line(proc)
    assert line.startswith(f"error: the index {store / 'index.sqlite3'} "), line
    assert (store / "index.sqlite3").read_bytes() == index_before
    assert store_state(store) == before  # (refused before its capture: no WARC file, no log entry)


@pytest.mark.parametrize("args", [("list",), ("log", "verify")])
def test_a_killed_writers_own_wal_is_still_read(killed_capture, args):
    store, first, cid, _url = killed_capture
    proc = run_cli(*args, store=store)
    assert proc.exit_code == 0, proc.stderr
    if args == ("list",):
        assert first in proc.stdout and cid in proc.stdout
