"""A read of an index whose ``-wal`` no live process holds removes nothing, whatever that
``-wal`` holds: SQLite's close of the in-memory reader removes a ``-wal`` in which its recovery
found no committed transaction, so the read takes the ``-wal`` only when its first transaction
checks as SQLite's recovery checks it (every frame's checksum, however long the transaction),
and never beside an empty main file (SQLite's opening removes a ``-wal`` there).

Adversarial review of store46: a first transaction of more than 1,024 frames damaged within a
page (its frames' headers intact: a power cut, tampering) was taken as committed, SQLite's
recovery found nothing in it, and the read's close removed the ``-wal``; a ``-wal`` beside an
empty main file was removed by the read's opening.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

from archiver.store.sqlite_read import connect_read_only


def _killed_writer(folder: Path, rows: int) -> Path:
    """An index whose ``-wal`` holds one committed transaction of ``rows`` rows of 3,000 bytes
    (its writer killed before any checkpoint copied it), its ``-shm`` gone."""
    folder.mkdir()
    path = folder / "index.sqlite3"
    code = (
        "import os, sqlite3\n"
        f"db = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "db.execute('PRAGMA journal_mode=WAL')\n"
        "db.execute('CREATE TABLE t (x)')\n"
        "db.execute('INSERT INTO t VALUES (1)')\n"
        "db.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        "db.execute('PRAGMA wal_autocheckpoint=0')\n"
        "db.execute('BEGIN')\n"
        f"for _ in range({rows}): db.execute('INSERT INTO t VALUES (randomblob(3000))')\n"
        "db.execute('COMMIT')\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code], timeout=120, check=False)
    path.with_name("index.sqlite3-shm").unlink()
    return path


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _rows(path: Path) -> int:
    db = connect_read_only(path)
    try:
        count: int = db.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        db.close()
    return count


def test_a_wal_whose_long_first_transaction_is_damaged_within_a_page_is_left_in_place(tmp_path: Path) -> None:
    path = _killed_writer(tmp_path / "store", rows=1500)
    wal = path.with_name("index.sqlite3-wal")
    data = bytearray(wal.read_bytes())
    assert (len(data) - 32) // (24 + 4096) > 1024
    data[32 + 24 + 100] ^= 0xFF  # the first frame's page; every frame's header intact
    wal.write_bytes(bytes(data))
    before = _files(path.parent)

    rows = _rows(path)

    assert _files(path.parent) == before
    assert rows == 1  # (what SQLite's recovery reads: the main file, the -wal's transaction refused)


def test_a_wal_beside_an_empty_main_file_is_left_in_place(tmp_path: Path) -> None:
    path = _killed_writer(tmp_path / "store", rows=2)
    path.write_bytes(b"")
    before = _files(path.parent)

    with contextlib.suppress(sqlite3.Error):  # (an empty main file has no table: SQLite says so)
        _rows(path)

    assert _files(path.parent) == before


def test_a_wal_whose_first_frame_names_page_zero_is_left_in_place(tmp_path: Path) -> None:
    path = _killed_writer(tmp_path / "store", rows=2)
    wal = path.with_name("index.sqlite3-wal")
    data = bytearray(wal.read_bytes())
    magic, _version, page_size, _seq, _salt1, _salt2, sum1, sum2 = struct.unpack(">8I", data[:32])
    words = "<" if magic == 0x377F0682 else ">"
    data[32:36] = bytes(4)  # page 0, which SQLite's recovery refuses; every checksum made again
    sums, offset = (sum1, sum2), 32
    while offset + 24 + page_size <= len(data):
        frame = bytes(data[offset:offset + 8]) + bytes(data[offset + 24:offset + 24 + page_size])
        values = struct.unpack(f"{words}{len(frame) // 4}I", frame)
        s1, s2 = sums
        for i in range(0, len(values), 2):
            s1 = (s1 + values[i] + s2) & 0xFFFFFFFF
            s2 = (s2 + values[i + 1] + s1) & 0xFFFFFFFF
        sums = (s1, s2)
        data[offset + 16:offset + 24] = struct.pack(">2I", *sums)
        offset += 24 + page_size
    wal.write_bytes(bytes(data))
    before = _files(path.parent)

    rows = _rows(path)

    assert _files(path.parent) == before
    assert rows == 1
