"""``archiver reextract`` at the command line: what it refuses, what a dry run leaves, its output shapes.

Each test works on its own copy of the store extractor 56 made (see tests/test_reextract.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import run_cli
from test_reextract import CAPTURE_ID, copy_old_store


@pytest.fixture
def old_store(tmp_path: Path, key_dir: Path) -> Path:
    return copy_old_store(tmp_path, key_dir)


def _tree(store: Path) -> dict[str, str | None]:
    """Every path under the store (folders too) and each file's sha256."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None
            for p in sorted(store.rglob("*"))}


def test_all_outdated_refuses_when_the_index_lacks_a_logged_capture(old_store):
    (old_store / "index.sqlite3").unlink()
    proc = run_cli("reextract", "--all-outdated", store=old_store)
    assert proc.exit_code == 3, proc.output
    assert f"the index lacks 1 capture(s) the log lists ({CAPTURE_ID}" in proc.stderr
    assert "archiver reindex" in proc.stderr


def test_a_dry_run_writes_nothing_not_even_an_index(old_store):
    (old_store / "index.sqlite3").unlink()
    before = _tree(old_store)
    proc = run_cli("reextract", "--all-outdated", "--dry-run", store=old_store)
    assert proc.exit_code == 3, proc.output  # the index lacks the capture: said, not passed over
    assert _tree(old_store) == before


def test_a_dry_run_leaves_the_store_byte_identical(old_store):
    before = _tree(old_store)
    proc = run_cli("reextract", CAPTURE_ID, "--dry-run", store=old_store)
    assert proc.exit_code == 0, proc.output
    assert f"{CAPTURE_ID}: would re-extract (extractor 56 -> " in proc.stdout
    assert _tree(old_store) == before
