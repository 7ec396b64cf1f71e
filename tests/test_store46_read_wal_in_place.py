"""An index whose ``-wal`` no live process holds (a killed writer's, with its ``-shm``; a copy
that left the ``-shm`` out) is read in place, its WAL's index in the reader's memory: nothing
copied, no temporary folder needed, no file of the store created or changed.

Before, each such read copied the whole index (main file and ``-wal``) into a temporary folder:
0.3-1 s and 205 MB of the temporary folder for a 205 MB index, 8-18 s for 1.5 GB, on every read
until a writer recovered it; with no temporary folder it refused. A writer that opens the file
during such a read recovers the ``-wal`` into its own ``-shm``, and its close leaves the ``-wal``
(the reader's shared lock on the main file keeps it from checkpointing under the read); the next
writer's close, the read over, checkpoints it as SQLite always does.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from archiver.store.sqlite_read import connect_read_only


def _left_by_a_killed_writer(tmp_path: Path, *, with_shm: bool) -> Path:
    """A WAL database whose second row is only in its ``-wal``, copied (with or without its
    ``-shm``) while a connection held it open: no process holds the copy's files."""
    made, store = tmp_path / "made", tmp_path / "store"
    made.mkdir()
    store.mkdir()
    db = sqlite3.connect(made / "index.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (1)")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("INSERT INTO t VALUES (2)")
    try:
        for suffix in ("", "-wal") + (("-shm",) if with_shm else ()):
            shutil.copyfile(made / f"index.sqlite3{suffix}", store / f"index.sqlite3{suffix}")
    finally:
        db.close()
    assert (store / "index.sqlite3-wal").stat().st_size > 0
    return store / "index.sqlite3"


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _write(path: Path, value: int) -> None:
    """Another process's writing connection: one row added, then its last close."""
    code = f"import sqlite3; c = sqlite3.connect({str(path)!r}); c.execute('INSERT INTO t VALUES ({value})'); c.commit(); c.close()"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("with_shm", [False, True], ids=["no -shm", "a killed writer's -shm"])
def test_a_wal_no_process_holds_is_read_in_place_without_a_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_shm: bool) -> None:
    path = _left_by_a_killed_writer(tmp_path, with_shm=with_shm)
    before = _files(path.parent)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no such folder"))  # (the system's setting)

    db = connect_read_only(path)
    try:
        rows = db.execute("SELECT x FROM t ORDER BY x").fetchall()
    finally:
        db.close()

    assert rows == [(1,), (2,)]
    assert _files(path.parent) == before


def test_a_writer_closing_during_such_a_read_leaves_the_wal_and_the_read_its_rows(tmp_path: Path) -> None:
    path = _left_by_a_killed_writer(tmp_path, with_shm=False)
    db = connect_read_only(path)
    try:
        assert db.execute("SELECT count(*) FROM t").fetchone() == (2,)
        _write(path, 3)
        assert (path.parent / "index.sqlite3-wal").exists()
        assert db.execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (2,)]
    finally:
        db.close()


def test_the_next_writer_after_such_a_read_checkpoints_the_wal(tmp_path: Path) -> None:
    path = _left_by_a_killed_writer(tmp_path, with_shm=True)
    connect_read_only(path).close()

    _write(path, 3)

    assert sorted(p.name for p in path.parent.iterdir()) == ["index.sqlite3"]
    db = sqlite3.connect(path.as_uri() + "?immutable=1", uri=True)
    assert db.execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (2,), (3,)]
    db.close()


def _damaged_first_frame(wal: bytes) -> bytes:
    """``wal`` with one byte of its first frame's page changed (its header and salts intact)."""
    at = 32 + 24 + 100
    return wal[:at] + bytes([wal[at] ^ 0xFF]) + wal[at + 1:]


@pytest.mark.parametrize("damage", [lambda _: b"", lambda _: b"junk" * 2000, _damaged_first_frame],
                         ids=["empty", "junk", "its first transaction damaged"])
def test_a_wal_holding_no_commit_is_left_as_it_is_and_the_main_file_read(tmp_path: Path, damage) -> None:  # noqa: ANN001
    """(A reader whose WAL's index is in its memory removes a ``-wal`` with nothing to checkpoint at
    its close: such a one is read without it.)"""
    path = _left_by_a_killed_writer(tmp_path, with_shm=False)
    wal = path.parent / "index.sqlite3-wal"
    wal.write_bytes(damage(wal.read_bytes()))
    before = _files(path.parent)

    db = connect_read_only(path)
    try:
        rows = db.execute("SELECT x FROM t ORDER BY x").fetchall()
    finally:
        db.close()

    assert rows == [(1,)]
    assert _files(path.parent) == before
