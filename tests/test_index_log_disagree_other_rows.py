"""Index rows edited by hand to point elsewhere, or deleted from the text index, are named, never
answered from (these held before the rows above were fixed: kept so they stay held).

Two real captures in one store (tests/stores.py); each edit made with sqlite3 on the real file.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from stores import capture_template, copy_store

ALPHA = (b"<html><head><title>Lighthouse</title></head><body><article><h1>Lighthouse</h1><p>The harbour board "
         b"voted to repaint the old lighthouse in red and white stripes next spring.</p></article></body></html>")
BETA = (b"<html><head><title>Pool</title></head><body><article><h1>Pool</h1><p>The leisure centre will close "
        b"its swimming pool for roof repairs until the end of June.</p></article></body></html>")
QUOTE = "The harbour board voted to repaint the old lighthouse"


@pytest.fixture(scope="module")
def two_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("index_log_other_rows")
    return root, [r.capture_id for r in capture_template(root, {"/alpha": ALPHA, "/beta": BETA})]


@pytest.fixture
def two(two_template, tmp_path: Path, key_dir: Path) -> tuple[Path, str, dict]:
    """This test's store, the first capture's id and the second capture's extractions row."""
    root, (alpha, beta) = two_template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    db = sqlite3.connect(store / "index.sqlite3")
    db.row_factory = sqlite3.Row
    row = dict(db.execute("SELECT * FROM extractions WHERE capture_id=?", (beta,)).fetchone())
    db.close()
    return store, alpha, row


def _update(store: Path, sql: str, *args: object) -> None:
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute(sql, args).rowcount == 1
    db.close()


def test_an_extraction_row_pointing_at_another_captures_entry_is_refused(two):
    store, alpha, beta = two
    _update(store, "UPDATE extractions SET log_seq=?, log_offset=?, log_length=? WHERE capture_id=?",
            beta["log_seq"], beta["log_offset"], beta["log_length"], alpha)
    proc = run_cli("verify-quote", QUOTE, "--capture", alpha, store=store)
    assert proc.exit_code == 1, proc.stderr
    assert f"log entry {beta['log_seq']} is not the extraction of this capture" in proc.stderr
    assert "archiver reindex" in proc.stderr


def test_an_extraction_row_pointing_at_another_captures_record_is_refused(two):
    store, alpha, beta = two
    _update(store, "UPDATE extractions SET record_id=? WHERE capture_id=?", beta["record_id"], alpha)
    proc = run_cli("show", alpha, store=store)
    assert proc.exit_code == 1, proc.stderr
    assert "the index disagrees with the log" in proc.stderr and "archiver reindex" in proc.stderr


def test_a_text_deleted_from_the_text_index_leaves_a_whole_archive_not_found_unestablished(two):
    store, alpha, _ = two
    db = sqlite3.connect(store / "text-index.sqlite3")
    with db:
        assert db.execute("DELETE FROM docs WHERE doc_id=?", (alpha,)).rowcount == 1
    db.close()
    proc = run_cli("verify-quote", QUOTE, "--json", store=store)
    assert proc.exit_code == 3, proc.stderr
    assert "archiver reindex" in json.loads(proc.stdout)["explanation"]
