"""A reindex that fails midway keeps the previous text index (it dropped it first).

``reindex`` rebuilds the capture index in one transaction (readers see the old one until the
new one is whole) but deleted ``text-index.sqlite3`` before it began: a reindex refused by a
damaged WARC record, or interrupted, left the store with no text index, and a whole-archive
``verify-quote`` then exited 3 asking for the reindex that had just failed. The new text index
is built beside the old one and put in its place only when the rebuild is complete.

The reindex stopped by a file-size limit is a real process (the limit is set in it), run once a
module (:func:`stopped`); each test that writes reads a copy of its own of the store it left.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import copy_store
from test_file_size_limit import _limited

PAGE = (b"<html><head><title>Quay notes</title></head><body><article><p>The quay was rebuilt in 1911 "
        b"after the great storm, the museum's guide says.</p></article></body></html>")
QUOTE = "The quay was rebuilt in 1911 after the great storm"


@pytest.fixture
def stored(store: Path, site: Site, key_dir: Path) -> Path:
    """A store of one capture whose text is searchable."""
    site.routes["/quay"] = html_page(PAGE)
    assert run_cli("archive", site.url("/quay"), store=store).returncode == 0
    return store


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Once a module: a store of one searchable capture (``root/store``, its key folder
    ``root/keys``) whose ``reindex`` was stopped midway by a file-size limit: (root, that reindex)."""
    root = tmp_path_factory.mktemp("reindex-stopped")
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site = Site()
    try:
        site.routes["/quay"] = html_page(PAGE)
        assert run_cli("archive", site.url("/quay"), store=root / "store", env=env).returncode == 0
    finally:
        site.close()
    return root, _limited(root / "store", "reindex", env=env)


@pytest.fixture
def left(stopped: tuple[Path, subprocess.CompletedProcess[str]], store: Path, key_dir: Path) -> Path:
    """This test's own copy of the store :func:`stopped`'s reindex left, and its key folder."""
    copy_store(stopped[0], store, key_dir)
    return store


def test_a_reindex_stopped_by_a_file_size_limit_keeps_the_text_index_searchable(stopped, left: Path) -> None:
    assert stopped[1].returncode == 3, stopped[1].stderr
    found = run_cli("verify-quote", QUOTE, store=left)
    assert found.returncode == 0, found.stdout + found.stderr
    assert "verdict: exact" in found.stdout


def test_a_reindex_stopped_midway_says_the_previous_text_index_is_kept(stopped) -> None:
    said = stopped[1].stderr
    assert said.count("\n") == 1, said
    assert "the previous text index" in said and "is kept as it was" in said


def test_a_reindex_stopped_midway_leaves_no_half_built_text_index(stopped) -> None:
    root, proc = stopped
    assert proc.returncode == 3
    assert not list((root / "store").glob("text-index.sqlite3.rebuilding*"))


def test_a_completed_reindex_replaces_the_text_index_and_leaves_no_rebuilding_file(stored: Path) -> None:
    assert run_cli("reindex", store=stored).returncode == 0
    assert not list(stored.glob("text-index.sqlite3.rebuilding*"))
    found = run_cli("verify-quote", QUOTE, store=stored)
    assert found.returncode == 0 and "verdict: exact" in found.stdout, found.stdout + found.stderr
