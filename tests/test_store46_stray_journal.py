"""A rollback journal (``index.sqlite3-journal``) left beside an index whose ``-wal`` no process
holds: SQLite takes it for a hot journal, which a read-only connection cannot roll back
(``SQLITE_READONLY_ROLLBACK``). Every read then says so in one line naming the journal and what
to do (exit 1, as any damage of the derived index), and writes nothing.

Review of store46: the read said "read-only file system ... copy the store to a writable place"
(exit 3), naming a problem the store does not have.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli import run_cli
from stores import store_state
from test_store46_reads_after_a_killed_capture import killed, killed_capture, template

__all__ = ["killed", "killed_capture", "template"]

#: The first bytes of every rollback journal SQLite writes (its header's magic number).
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _stray_journal(killed_capture: tuple[Path, str, str, str], head: bytes) -> tuple[Path, str, str]:
    """This test's copy of a killed capture's store (its index's ``-wal`` held by no process), its
    ``-shm`` removed, and 600 bytes beginning with ``head`` written as the index's rollback
    journal: (store, the first capture's id, the killed capture's id)."""
    store, first, cid, _url = killed_capture
    (store / "index.sqlite3-shm").unlink()
    (store / "index.sqlite3-journal").write_bytes(head + b"\x5a" * (600 - len(head)))
    return store, first, cid


def _one_line(proc) -> str:  # type: ignore[no-untyped-def]
    assert proc.exit_code == 1, (proc.exit_code, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "read-only file system" not in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("args", [("list",), ("show", "{cid}")], ids=["list", "show"])
def test_a_junk_journal_beside_the_index_is_named_as_junk_to_remove_and_nothing_is_written(killed_capture, args):
    store, _first, cid = _stray_journal(killed_capture, b"junk")
    before = store_state(store)

    line = _one_line(run_cli(*(a.format(cid=cid) for a in args), store=store))

    assert str(store / "index.sqlite3-journal") in line, line
    assert "not a rollback journal" in line and "remove" in line, line
    assert store_state(store) == before


def test_a_journal_with_sqlites_header_is_named_as_one_a_writing_command_applies(killed_capture):
    store, _first, _cid = _stray_journal(killed_capture, JOURNAL_MAGIC)
    before = store_state(store)

    line = _one_line(run_cli("list", store=store))

    assert str(store / "index.sqlite3-journal") in line, line
    assert "rollback journal" in line and "archiver reindex" in line, line
    assert "not a rollback journal" not in line, line
    assert store_state(store) == before


@pytest.mark.parametrize("head", [b"junk", JOURNAL_MAGIC], ids=["junk", "journal header"])
def test_reindex_then_reads_past_the_journal_and_keeps_the_killed_capture(killed_capture, head):
    store, first, cid = _stray_journal(killed_capture, head)

    assert run_cli("reindex", store=store).exit_code == 0

    assert not (store / "index.sqlite3-journal").exists()
    listed = run_cli("list", store=store)
    assert listed.exit_code == 0, listed.stderr
    assert first in listed.stdout and cid in listed.stdout
