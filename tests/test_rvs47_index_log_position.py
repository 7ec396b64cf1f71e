"""A writing command's check "the log lists captures the index lacks" reads only the log after
the place the index records it is current to (``meta`` row ``log_current``), not the whole log.

Review rvs47: the check (``archive``, ``batch``: tests/test_storeleft47_writer_says_index_behind_log.py)
cost each ``archive`` the log's whole proving pass (0.33 s on a 20,003-entry log). The index now
records, by writers only, the last log line up to which every capture the log lists is indexed;
the check reads that line again and the lines after it. These tests hold what it records, who
records it, that it stays before a gap until ``reindex``, and what happens when it does not
match the log.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

from conftest import run_cli
from stores import FERRY_PAGE, one_capture_fixtures
from test_newcomer_frictions import page
from test_store41_reader_racing_writer import _hold_store
from test_storeleft47_writer_says_index_behind_log import _killed_between_log_and_index

from archiver.store.index import SqliteIndex
from archiver.store.log_position import META_KEY

template, captured = one_capture_fixtures("index_log_position", "/ferry", FERRY_PAGE)


def _recorded(store: Path) -> dict[str, object] | None:
    db = sqlite3.connect(f"file:{store / 'index.sqlite3'}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT value FROM meta WHERE key=?", (META_KEY,)).fetchone()
    finally:
        db.close()
    return None if row is None else json.loads(row[0])


def _last_line(store: Path) -> tuple[int, bytes]:
    data = (store / "provenance" / "log.jsonl").read_bytes()
    start = data.rstrip(b"\n").rfind(b"\n") + 1
    return start, data[start:-1]


def _asked(monkeypatch) -> list[str]:  # noqa: ANN001
    asked: list[str] = []
    real = SqliteIndex.has_capture

    def has_capture(self: SqliteIndex, capture_id: str) -> bool:
        asked.append(capture_id)
        return real(self, capture_id)

    monkeypatch.setattr(SqliteIndex, "has_capture", has_capture)
    return asked


def test_an_archive_records_the_logs_last_line_as_where_the_index_is_current(captured, site):
    store, _first = captured
    assert run_cli("archive", page(site, "/next", 2), store=store).exit_code == 0

    start, line = _last_line(store)
    recorded = _recorded(store)
    assert recorded is not None
    assert recorded["start"] == start and recorded["end"] == start + len(line) + 1
    assert recorded["hash"] == "sha256:" + hashlib.sha256(line).hexdigest()
    assert recorded["seq"] == json.loads(line)["seq"]


def test_the_next_archive_asks_the_index_only_for_the_captures_logged_after_it(captured, site, monkeypatch):
    store, first = captured
    assert run_cli("archive", page(site, "/a", 2), store=store).exit_code == 0
    asked = _asked(monkeypatch)

    proc = run_cli("archive", page(site, "/b", 3), "--json", store=store)

    assert proc.exit_code == 0, proc.stderr
    new = json.loads(proc.stdout)["capture_id"]
    assert set(asked) <= {new} and first not in asked, asked


def test_a_reading_command_records_no_position(captured):
    store, _first = captured
    assert _recorded(store) is None  # (the template was made by the library: none yet)
    assert run_cli("list", store=store).exit_code == 0
    assert _recorded(store) is None


def test_a_capture_killed_before_its_index_rows_is_named_by_every_archive_until_reindex(captured, site):
    store, _first = captured
    assert run_cli("archive", page(site, "/a", 2), store=store).exit_code == 0
    cid = _killed_between_log_and_index(store, site)

    for n, path in enumerate(("/b", "/c")):
        proc = run_cli("archive", page(site, path, 3 + n), store=store)
        assert proc.exit_code == 0 and cid in proc.stderr and "archiver reindex" in proc.stderr, proc.stderr
    assert run_cli("reindex", store=store).exit_code == 0
    start, line = _last_line(store)
    assert _recorded(store) == {"seq": json.loads(line)["seq"], "start": start, "end": start + len(line) + 1,
                                "hash": "sha256:" + hashlib.sha256(line).hexdigest()}
    again = run_cli("archive", page(site, "/d", 5), store=store)
    assert again.exit_code == 0 and "the index lacks" not in again.stderr, again.stderr


def test_a_position_that_is_not_a_line_of_the_log_is_said_once_and_the_whole_log_read(captured, site):
    store, first = captured
    assert run_cli("archive", page(site, "/a", 2), store=store).exit_code == 0
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        recorded = json.loads(db.execute("SELECT value FROM meta WHERE key=?", (META_KEY,)).fetchone()[0])
        recorded["hash"] = "sha256:" + "0" * 64  # (another log's line)
        db.execute("UPDATE meta SET value=? WHERE key=?", (json.dumps(recorded), META_KEY))
        db.execute("DELETE FROM captures WHERE capture_id=?", (first,))  # before it: found only by a whole pass
    db.close()

    proc = run_cli("archive", page(site, "/b", 3), store=store)

    assert proc.exit_code == 0, proc.stderr
    said = [line for line in proc.stderr.splitlines() if "does not match the log" in line]
    assert len(said) == 1 and said[0].startswith("warning: "), proc.stderr
    assert first in proc.stderr and "archiver reindex" in proc.stderr, proc.stderr
    assert run_cli("reindex", store=store).exit_code == 0
    again = run_cli("archive", page(site, "/c", 4), store=store)
    assert again.exit_code == 0 and "does not match" not in again.stderr and "lacks" not in again.stderr, again.stderr


def test_an_archive_beside_a_process_holding_the_store_moves_no_position(captured, site):
    """Its transaction (a reindex's rebuild, another capture's rows) is not waited for."""
    store, _first = captured
    assert run_cli("archive", page(site, "/a", 2), store=store).exit_code == 0
    before = _recorded(store)
    fd = _hold_store(store)
    try:
        proc = run_cli("archive", page(site, "/b", 3), store=store)
    finally:
        os.close(fd)
    assert proc.exit_code == 0, proc.stderr
    assert _recorded(store) == before
