"""Red team, third pass: a store whose own files or folders are symbolic links.

A command that writes followed any link among the store's files: with ``warcs/`` linked to
another folder a capture's WARC file was created there, a linked ``index.sqlite3`` or
``provenance/log.jsonl`` was written wherever it pointed (another store's log gained this
store's entries), and a dangling ``README.md`` link made ``archive`` create the file it named.
A writing command now refuses a store holding such a link, in one line, before writing a
byte; the store folder itself may still be a link (it is where the user keeps the store).
The same check turns a file where a store folder belongs (``warcs``, ``provenance``,
``batches``), which ended ``archive`` and ``batch`` in a traceback, into one line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page

PAGE = b"<html><head><title>T</title></head><body><p>Plain page for the store.</p></body></html>"


@pytest.fixture
def site():
    s = Site()
    s.routes["/"] = html_page(PAGE)
    yield s
    s.close()


@pytest.fixture
def store(tmp_path, site):
    """A store with one capture, and an empty folder outside it."""
    root = tmp_path / "store"
    assert run_cli("archive", site.url("/"), store=root).returncode == 0
    (tmp_path / "outside").mkdir()
    return root


def _link_away(store: Path, name: str) -> Path:
    """Move the store's ``name`` outside and leave a link to it in its place."""
    moved = store.parent / "outside" / Path(name).name
    shutil.move(str(store / name), moved)
    (store / name).symlink_to(moved)
    return moved


def _archive(store: Path, site: Site):
    proc = run_cli("archive", site.url("/"), store=store)
    assert "Traceback" not in proc.stderr
    return proc


def test_a_linked_warcs_folder_gets_no_new_warc_file(store, site):
    outside = store.parent / "outside" / "warcs"
    outside.mkdir()
    for f in (store / "warcs").iterdir():
        f.unlink()
    (store / "warcs").rmdir()
    (store / "warcs").symlink_to(outside)
    proc = _archive(store, site)
    assert proc.returncode == 1 and "symbolic link" in proc.stderr, proc.stderr
    assert list(outside.iterdir()) == []


def test_a_linked_log_is_not_appended_to(store, site):
    moved = _link_away(store, "provenance/log.jsonl")
    before = moved.read_bytes()
    proc = _archive(store, site)
    assert proc.returncode == 1 and "log.jsonl is a symbolic link" in proc.stderr, proc.stderr
    assert moved.read_bytes() == before


def test_a_linked_index_is_not_written(store, site):
    moved = _link_away(store, "index.sqlite3")
    before = moved.read_bytes()
    proc = _archive(store, site)
    assert proc.returncode == 1 and "index.sqlite3 is a symbolic link" in proc.stderr, proc.stderr
    assert moved.read_bytes() == before


def test_a_dangling_readme_link_creates_no_file_outside(tmp_path, site):
    root = tmp_path / "fresh"
    root.mkdir()
    planted = tmp_path / "planted.txt"
    (root / "README.md").symlink_to(planted)
    proc = _archive(root, site)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert not planted.exists()


def test_a_store_folder_that_is_a_link_still_works(tmp_path, store, site):
    link = tmp_path / "via-link"
    link.symlink_to(store)
    assert _archive(link, site).returncode == 0
    assert len(run_cli("list", "--json", store=link).stdout.split('"capture_id"')) == 3


def test_a_linked_cdxj_file_is_not_written(store):
    assert run_cli("cdxj", store=store).returncode == 0
    moved = _link_away(store, "indexes/index.cdxj")
    before = moved.read_bytes()
    proc = run_cli("cdxj", store=store)
    assert proc.returncode == 1 and "index.cdxj is a symbolic link" in proc.stderr, proc.stderr
    assert moved.read_bytes() == before


@pytest.mark.parametrize("name", ["warcs", "provenance"])
def test_a_file_where_a_store_folder_belongs_is_one_line(tmp_path, site, name):
    root = tmp_path / "odd"
    root.mkdir()
    (root / name).write_text("not a folder")
    proc = _archive(root, site)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert name in proc.stderr


def test_a_file_where_the_batch_folder_belongs_stops_a_batch_in_one_line(store, site):
    (store / "batches").write_text("not a folder")
    urls = store.parent / "urls.txt"
    urls.write_text(site.url("/") + "\n")
    proc = run_cli("batch", str(urls), store=store)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "batches should be a folder" in proc.stderr
