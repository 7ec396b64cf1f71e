"""A SQLite database of someone else's where the store's index or text index belongs is never
taken as ours: a writing command refuses it in one line, and the file keeps every byte.

Red team rvcli54 (tests/data/cli/redteam-rvcli54.tsv, rows a24, j15): with a database holding a
table of the user's own at ``index.sqlite3``, ``archive`` and ``verify-quote`` created our
tables inside it, silently (exit 0, no word on stderr): the user's database was changed, and
``reindex`` would have rebuilt our index inside it too. An index that is ours but damaged is
still replaced as before (it is derived); one that holds none of our tables and others is
not ours to replace or merge into.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from cli import run_cli
from stores import copy_store

#: A store with one capture (and its key), as an older archiver left it.
OLD = Path(__file__).parent / "data/reextract/before_extractor_57"
CAPTURE = "01m8qrkr28bny4cbmt"
#: Writing commands that open each file: (file, what the command line asks).
CASES = [
    ("index.sqlite3", ["reindex"]),
    ("index.sqlite3", ["correct", CAPTURE, "--title", "Harbour works", "--reason", "the page's own title"]),
    ("index.sqlite3", ["verify-quote", "harbour", "--capture", CAPTURE]),
    ("text-index.sqlite3", ["reindex"]),
    ("text-index.sqlite3", ["verify-quote", "harbour"]),
]


def _foreign_database(path: Path) -> str:
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE expenses (day TEXT, amount REAL)")
    db.execute("INSERT INTO expenses VALUES ('2026-12-01', 12.5)")
    db.commit()
    db.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("name", "command"), CASES, ids=[f"{n}-{c[0]}" for n, c in CASES])
def test_a_writing_command_refuses_a_foreign_database_where_an_index_belongs_and_keeps_it(tmp_path, name, command):
    store, keys = tmp_path / "store", tmp_path / "keys"
    copy_store(OLD, store, keys)
    foreign = store / name
    digest = _foreign_database(foreign)
    log = (store / "provenance/log.jsonl").read_bytes()
    result = run_cli("--store", str(store), *command, env={"ARCHIVER_KEY_DIR": str(keys)})
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr and result.stdout == ""
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert str(foreign) in line and "not an archiver" in line
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == digest
    assert (store / "provenance/log.jsonl").read_bytes() == log


#: Commands that only read: they opened the index read-only and said it was "damaged ... run
#: 'archiver reindex'", which then refused it as another program's (red team rvcli54, l06 l07).
READING = [["list"], ["show", CAPTURE], ["cite", CAPTURE], ["diff", CAPTURE, CAPTURE],
           ["history", "http://127.0.0.1:44321/harbour"]]


@pytest.mark.parametrize("command", READING, ids=[c[0] for c in READING])
def test_a_reading_command_names_a_foreign_index_as_reindex_does_and_keeps_it(tmp_path, command):
    store, keys = tmp_path / "store", tmp_path / "keys"
    copy_store(OLD, store, keys)
    foreign = store / "index.sqlite3"
    digest = _foreign_database(foreign)
    refused = run_cli("--store", str(store), "reindex", env={"ARCHIVER_KEY_DIR": str(keys)})
    result = run_cli("--store", str(store), *command, env={"ARCHIVER_KEY_DIR": str(keys)})
    assert result.returncode == refused.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert str(foreign) in line and "not an archiver index" in line and "damaged" not in line
    assert line in refused.stderr  # (reindex's line goes on: the previous text index is kept)
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == digest


def test_the_text_index_opened_for_reading_names_a_foreign_database_and_keeps_it(tmp_path):
    from archiver.store.sqlite_foreign import ForeignDatabaseError
    from archiver.store.textindex import SqliteTextIndex

    path = tmp_path / "text-index.sqlite3"
    path.write_bytes(b"")
    digest = _foreign_database(path)
    with pytest.raises(ForeignDatabaseError, match="is not an archiver text index"):
        SqliteTextIndex(path, read_only=True)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("name", ["index.sqlite3", "text-index.sqlite3"])
def test_cdxj_refuses_a_store_holding_a_foreign_database_as_the_other_writing_commands_do(tmp_path, name):
    # (cdxj reads WARC files only, but writes into the store: it wrote indexes/index.cdxj beside
    # another program's database where every other writing command refused the store; task left58)
    store, keys = tmp_path / "store", tmp_path / "keys"
    copy_store(OLD, store, keys)
    foreign = store / name
    digest = _foreign_database(foreign)
    refused = run_cli("--store", str(store), "reindex", env={"ARCHIVER_KEY_DIR": str(keys)})
    result = run_cli("--store", str(store), "cdxj", env={"ARCHIVER_KEY_DIR": str(keys)})
    assert result.returncode == refused.returncode != 0 and result.stdout == "", result.stdout + result.stderr
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert str(foreign) in line and "not an archiver" in line and line in refused.stderr
    assert not (store / "indexes" / "index.cdxj").exists()
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == digest
