"""A table of the index or text index damaged by hand or by another program: every command says
so in one line naming the file and ``reindex``, and ``reindex`` rebuilds it.

Found at the start of session 39: the openings checked that each file is a database of a
schema we read, not every table's columns, so a table dropped or made again with other columns
surfaced as a traceback from whichever query met it (``show``, ``cite``, ``list``), and
``reindex``, which emptied the tables instead of making them again, failed the same way and
told the user to run ``reindex``. Worse, two false statements: opening the index for writing
made a lost ``extractions`` table again, empty, so ``verify-quote --url`` said "no capture ...
has extracted text"; a lost FTS table read as "no candidate text", verdict not found.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli import Result
from conftest import run_cli
from stores import one_capture_fixtures

from archiver.store.index import SqliteIndex
from archiver.store.sqlite_damage import DamagedIndexError

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")
QUOTE = "The harbour handled 41,000 containers in March"

template, captured = one_capture_fixtures("damaged_tables", "/news", PAGE)


def _damage(store: Path, name: str, script: str) -> None:
    db = sqlite3.connect(store / name)
    try:
        db.executescript(script)
    finally:
        db.close()


def _one_line_damage(result: Result, name: str) -> str:
    returncode, stderr = result.returncode, result.stderr
    assert returncode == 1, (returncode, stderr)
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    assert f"{name} is damaged" in lines[0] and "archiver reindex" in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("command", [("show", "{cid}"), ("cite", "{cid}"), ("show", "{cid}", "--json")])
def test_a_records_table_with_other_columns_is_named_as_damage_by_each_reader(captured, command):
    store, cid = captured
    _damage(store, "index.sqlite3", "DROP TABLE records; CREATE TABLE records(x)")
    line = _one_line_damage(run_cli(*(part.format(cid=cid) for part in command), store=store), "index.sqlite3")
    assert "no such column" in line


def test_a_captures_table_with_other_columns_is_named_as_damage_by_list(captured):
    store, _ = captured
    _damage(store, "index.sqlite3", "DROP TABLE captures; CREATE TABLE captures(x)")
    _one_line_damage(run_cli("list", store=store), "index.sqlite3")


def test_a_lost_extractions_table_is_damage_not_a_capture_without_text(captured):
    store, cid = captured
    _damage(store, "index.sqlite3", "DROP TABLE extractions")
    result = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    line = _one_line_damage(result, "index.sqlite3")
    assert "no such table: extractions" in line and "has no extracted text" not in line


def test_opening_for_writing_does_not_make_a_lost_extractions_table_again(captured):
    store, cid = captured
    _damage(store, "index.sqlite3", "DROP TABLE extractions")
    run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    db = sqlite3.connect(store / "index.sqlite3")
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        db.close()
    assert "extractions" not in tables


def test_a_lost_full_text_table_is_damage_not_a_quote_not_found(captured):
    store, _ = captured
    _damage(store, "text-index.sqlite3", "DROP TABLE fts")
    line = _one_line_damage(run_cli("verify-quote", QUOTE, store=store), "text-index.sqlite3")
    assert "no such table: fts" in line


def test_a_text_index_whose_meta_table_is_lost_is_damage_not_a_missing_fts5(captured):
    store, _ = captured
    _damage(store, "text-index.sqlite3", "DROP TABLE meta")
    line = _one_line_damage(run_cli("verify-quote", QUOTE, store=store), "text-index.sqlite3")
    assert "has no FTS5" not in line


@pytest.mark.parametrize("script", ["DROP TABLE records; CREATE TABLE records(x)",
                                    "DROP TABLE captures; CREATE TABLE captures(x)",
                                    "DROP TABLE extractions; CREATE TABLE extractions(x)",
                                    "DROP TABLE extractions"])
def test_reindex_rebuilds_an_index_whose_table_was_damaged(captured, script):
    store, cid = captured
    _damage(store, "index.sqlite3", script)
    rebuilt = run_cli("reindex", store=store)
    assert rebuilt.returncode == 0, rebuilt.stderr
    shown = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    assert shown.returncode == 0 and "verdict: exact" in shown.stdout, shown.stdout + shown.stderr


def test_reindex_rebuilds_a_text_index_whose_full_text_table_was_lost(captured):
    store, _ = captured
    _damage(store, "text-index.sqlite3", "DROP TABLE fts")
    assert run_cli("reindex", store=store).returncode == 0
    found = run_cli("verify-quote", QUOTE, store=store)
    assert found.returncode == 0 and "verdict: exact" in found.stdout, found.stdout + found.stderr


def test_an_index_another_process_is_still_setting_up_is_no_damage(tmp_path):
    # its tables are made one by one, each committed: meta first, its schema row last
    path = tmp_path / "index.sqlite3"
    _damage(tmp_path, "index.sqlite3", "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    index = SqliteIndex(path)
    try:
        assert index.list() == []
    finally:
        index.close()


def test_an_index_whose_schema_row_is_written_but_a_first_table_is_lost_is_damage(tmp_path):
    path = tmp_path / "index.sqlite3"
    SqliteIndex(path).close()
    _damage(tmp_path, "index.sqlite3", "DROP TABLE records")
    with pytest.raises(DamagedIndexError, match="no such table: records"):
        SqliteIndex(path)


@pytest.mark.parametrize("script", ["", "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); "
                                    "CREATE TABLE captures (capture_id TEXT PRIMARY KEY)"])
def test_a_reader_of_an_index_another_process_is_making_reads_it_empty(tmp_path, script):
    path = tmp_path / "index.sqlite3"
    _damage(tmp_path, "index.sqlite3", script or "PRAGMA user_version = 0")
    before = path.read_bytes()
    index = SqliteIndex(path, read_only=True)
    try:
        assert index.list() == []
    finally:
        index.close()
    assert path.read_bytes() == before
