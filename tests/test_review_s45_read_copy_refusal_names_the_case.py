"""When the private copy a read goes through cannot be made (no room, no temporary folder), the one
line says which case the index is in: a ``-wal`` with no ``-shm`` beside it (a copy that left it
out), or a ``-wal`` and ``-shm`` no live process holds (a killed writer's). It said "its -wal file
has no -shm beside it" of both, the ``-shm`` being there. Nothing in the store is written either way.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from archiver.errors import StoreError
from archiver.store.sqlite_read import connect_read_only


def _left_by_a_killed_writer(tmp_path: Path, *, with_shm: bool) -> Path:
    """A WAL database copied (with or without its ``-shm``) while a connection held it open:
    no process holds the copy's files."""
    made, store = tmp_path / "made", tmp_path / "store"
    made.mkdir()
    store.mkdir()
    db = sqlite3.connect(made / "index.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (1)")
    try:
        for suffix in ("", "-wal") + (("-shm",) if with_shm else ()):
            shutil.copyfile(made / f"index.sqlite3{suffix}", store / f"index.sqlite3{suffix}")
    finally:
        db.close()
    return store / "index.sqlite3"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(("with_shm", "said"), [(False, "has no -shm beside it"), (True, "a writer's that no live process holds")])
def test_a_read_copy_that_cannot_be_made_names_the_case_and_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_shm: bool, said: str) -> None:
    path = _left_by_a_killed_writer(tmp_path, with_shm=with_shm)
    before = _files(path.parent)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no such folder"))  # (the system's setting)

    with pytest.raises(StoreError) as raised:
        connect_read_only(path)

    assert said in str(raised.value) and "\n" not in str(raised.value), str(raised.value)
    assert _files(path.parent) == before
