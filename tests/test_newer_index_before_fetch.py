"""A store whose index or text index was made by a newer archiver is refused when it is opened
to add captures: before any request is made, in the same words for both indexes.

``archive URL`` on an index of a newer schema fetched the page before the index refused (nothing
written or logged, but the site was asked); and a text index of a schema this version does not
know advised ``reindex``, which would have rebuilt it at our older schema.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import capture_template, copy_store

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p></article></body></html>")

INDEXES = ["index.sqlite3", "text-index.sqlite3"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("newer-index")
    capture_template(root, {"/news": PAGE})
    return root


@pytest.fixture
def site():
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    s.routes["/other"] = html_page(PAGE.replace(b"March", b"April"))
    yield s
    s.close()


def _newer(template: Path, tmp_path: Path, key_dir: Path, name: str) -> Path:
    """The template store copied, its ``name`` index marked as of schema 99."""
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    with contextlib.closing(sqlite3.connect(store / name)) as db, db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    return store


def _one_line(proc, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in proc.stderr, proc.stderr
    return str(lines[0])


@pytest.mark.parametrize("name", INDEXES)
@pytest.mark.parametrize("command", [("archive", "URL"), ("recapture", "URL"), ("batch", "-")])
def test_a_newer_index_is_refused_before_any_request(template, tmp_path, key_dir, site, name, command):
    store = _newer(template, tmp_path, key_dir, name)
    args = [site.url("/other") if a == "URL" else a for a in command]
    line = _one_line(run_cli(*args, store=store, input=site.url("/other") + "\n"), 2)
    assert "made by a newer archiver" in line and name in line, line
    assert "/other" not in site.requests


def test_a_text_index_of_a_newer_schema_read_says_it_was_made_by_a_newer_archiver(template, tmp_path, key_dir):
    store = _newer(template, tmp_path, key_dir, "text-index.sqlite3")
    line = _one_line(run_cli("verify-quote", "41,000 containers", store=store), 2)
    assert "made by a newer archiver" in line and "text-index.sqlite3" in line, line
