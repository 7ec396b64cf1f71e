"""A corrupt page of the index met while a statement's rows are read names the file.

Damage is named per statement and fetch (``archiver.store.sqlite_damage``), not per row (a
``__next__`` override cost 60% of an iteration), so a corrupt page reached mid-iteration, after
``execute`` returned its first row, came to the CLI's catch site as SQLite's bare error and was
said without the file: "the index or text index (..., ...) is damaged". The sites that iterate
rows now hold their loop in ``rows_named`` (one ``with`` per statement, nothing per row), and the
line names the one file that is damaged.

The store holds 30 captures, so the index's ``extractions`` table spans several leaf pages; the
last of them is damaged by a real byte edit (its cell count set past what a page holds), which a
whole-archive ``verify-quote`` meets while it reads every extraction's text digest.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from stores import capture_template, copy_store

QUOTE = "The council approved plan number 7 on Tuesday"


def _page(i: int) -> bytes:
    return (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>"
            f"<p>The council approved plan number {i} on Tuesday, officials said.</p>"
            f"<p>{'Filler words about the harbour. ' * 30}</p></article></body></html>").encode()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mid_iteration")
    capture_template(root, {f"/p{i}": _page(i) for i in range(30)})
    return root


@pytest.fixture
def store(template: Path, tmp_path: Path, key_dir: Path) -> Path:
    copy_store(template, tmp_path / "store", key_dir)
    return tmp_path / "store"


def _corrupt_last_leaf(path: Path, table: str) -> None:
    """Set the cell count of ``table``'s last leaf page past what a page holds (a real byte edit;
    SQLite says "database disk image is malformed" when it reads that page)."""
    db = sqlite3.connect(path)
    try:
        pages = [r[0] for r in db.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,))]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        db.close()
    assert len(pages) > 1, pages  # else the first row's read, in execute, meets it
    data = bytearray(path.read_bytes())
    at = (pages[-1] - 1) * size
    data[at + 3:at + 5] = b"\xff\xff"
    path.write_bytes(bytes(data))


def test_a_corrupt_index_page_met_mid_iteration_is_one_line_naming_the_index(store):
    _corrupt_last_leaf(store / "index.sqlite3", "extractions")
    proc = run_cli("verify-quote", QUOTE, store=store)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert f"the index {store / 'index.sqlite3'} is damaged" in lines[0], lines[0]
    assert "malformed" in lines[0] and "run 'archiver reindex'" in lines[0], lines[0]
    assert "text-index.sqlite3" not in lines[0], lines[0]


def test_the_same_quote_on_the_undamaged_store_is_exact(store):
    proc = run_cli("verify-quote", QUOTE, "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert '"exact"' in proc.stdout
