"""A writing command (``archive``, ``batch``) that finds the log ahead of the index (a capture killed between its log
append and its index rows) says so in one line, with the command that mends it, instead of
passing over it: its own captures are indexed, the killed one stays unindexed until
``archiver reindex``, and every reader refuses meanwhile (exit 3).

Before, ``archive`` exited 0 and said nothing while ``list`` and ``show`` of that store exited 3
naming the gap. The killed capture is a real ``archive`` process, held between its log append and
its index rows by the test's own write transaction on index.sqlite3, then SIGKILLed there: once a
module (:func:`killed`), each test that starts from it writing into a copy of its own.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import run_cli
from killed_writer import writer_held_on
from servers import Site
from stores import FERRY_PAGE, copy_store, one_capture_fixtures
from test_newcomer_frictions import page
from test_store41_reader_racing_writer import _hold_store, _logged_capture

template, captured = one_capture_fixtures("writer_index_behind", "/ferry", FERRY_PAGE)


def _killed_between_log_and_index(store: Path, site: Site, env: dict[str, str] | None = None) -> str:
    """The id of a capture logged by an ``archive`` killed before its index rows (``env`` added to
    its environment)."""
    url = page(site, "/killed", 3)
    # the writer's index rows wait for the test's transaction on the index
    with writer_held_on(store / "index.sqlite3", "archive", url, store=store, env=env) as writer:
        cid = _logged_capture(store, url, time.monotonic() + 60)
        assert writer.poll() is None  # logged, not indexed
    return cid


@pytest.fixture(scope="module")
def killed(template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Once a module: a copy of the template (``root/store``, key folder ``root/keys``) into which
    an ``archive`` was killed between its log append and its index rows: (root, its capture id)."""
    template_root, _first = template
    root = tmp_path_factory.mktemp("writer_index_behind_killed")
    copy_store(template_root, root / "store", root / "keys")
    site = Site()
    try:
        cid = _killed_between_log_and_index(root / "store", site, {"ARCHIVER_KEY_DIR": str(root / "keys")})
    finally:
        site.close()
    return root, cid


@pytest.fixture
def log_ahead(killed: tuple[Path, str], store: Path, key_dir: Path) -> tuple[Path, str]:
    """This test's own copy of :func:`killed`'s store and key folder: (store, the killed capture's id)."""
    root, cid = killed
    copy_store(root, store, key_dir)
    return store, cid


def test_an_archive_after_a_capture_killed_before_its_index_rows_names_it_and_reindex(log_ahead, site):
    store, cid = log_ahead

    proc = run_cli("archive", page(site, "/next", 2), store=store)

    assert proc.exit_code == 0, proc.stderr
    said = [line for line in proc.stderr.splitlines() if "the index lacks" in line]
    assert len(said) == 1 and said[0].startswith("warning: "), proc.stderr
    assert cid in said[0] and "archiver reindex" in said[0], said[0]
    assert run_cli("reindex", store=store).exit_code == 0
    again = run_cli("archive", page(site, "/after", 4), store=store)
    assert again.exit_code == 0 and "the index lacks" not in again.stderr, again.stderr


def test_a_batch_after_a_capture_killed_before_its_index_rows_names_it_and_reindex(log_ahead, site, tmp_path):
    store, cid = log_ahead
    urls = tmp_path / "urls.txt"
    urls.write_text(page(site, "/next", 2) + "\n")

    proc = run_cli("batch", str(urls), "--threads", "--delay", "0", store=store)

    assert proc.exit_code == 0, proc.stderr
    said = [line for line in proc.stderr.splitlines() if "the index lacks" in line]
    assert len(said) == 1 and cid in said[0] and "archiver reindex" in said[0], proc.stderr


def test_an_archive_of_a_store_whose_index_is_whole_says_nothing_of_it(captured, site):
    store, _first = captured
    proc = run_cli("archive", page(site, "/next", 2), store=store)
    assert proc.exit_code == 0 and "the index lacks" not in proc.stderr, proc.stderr


def test_an_archive_beside_a_writer_holding_the_store_does_not_name_its_captures(captured, site):
    store, first = captured
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        db.execute("DELETE FROM captures WHERE capture_id=?", (first,))  # (as if its rows were still coming)
    db.close()
    fd = _hold_store(store)
    try:
        proc = run_cli("archive", page(site, "/next", 2), store=store)
    finally:
        os.close(fd)
    assert proc.exit_code == 0 and "the index lacks" not in proc.stderr, proc.stderr
