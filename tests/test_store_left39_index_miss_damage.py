"""A look-up that finds nothing in a damaged index says the index is damaged, not that the
capture does not exist.

An index's b-tree page can be corrupt in a way no statement trips over: an entry of the id or URL
index whose key bytes changed still sorts in place, so the look-up simply finds nothing, and the
whole table reads fine. ``show <id>`` then said "the index lacks 1 capture(s) the log lists (as
when a process stopped between logging and indexing them)" and ``history <url>`` "no capture of
<url> in this store": a capture that is there, said to be missing. Now a miss is followed by
SQLite's integrity check of the captures table and its indexes (``PRAGMA integrity_check``, only
on that path, once per state of the index); a damaged index is one line naming the file and
``reindex``. A miss on a healthy index says what it said.

Damage is a real byte edit of one capture's store: a key in an index's page changed.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")
QUOTE = "The harbour handled 41,000 containers in March"

template, captured = one_capture_fixtures("index_miss_damage", "/news", PAGE)


def _url(store: Path, cid: str) -> str:
    for line in (store / "provenance" / "log.jsonl").read_text().splitlines():
        entry = json.loads(line)
        if entry["type"] == "capture" and entry["data"]["capture_id"] == cid:
            return str(entry["data"]["url"])
    raise AssertionError(cid)


def _change_key(store: Path, index: str, key: str) -> None:
    """Change the last byte of ``key`` where the page of the index ``index`` holds it (one byte
    of the file; the entry still sorts in place, so no statement trips over it)."""
    path = store / "index.sqlite3"
    db = sqlite3.connect(path)
    try:
        pages = [r[0] for r in db.execute("SELECT pageno FROM dbstat WHERE name = ?", (index,))]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        db.close()
    data = bytearray(path.read_bytes())
    found = [at for at in (data.find(key.encode(), (p - 1) * size, p * size) for p in pages) if at >= 0]
    assert len(found) == 1, (index, found)
    last = found[0] + len(key) - 1
    data[last] = data[last] + 1 if data[last] != ord("z") else data[last] - 1
    path.write_bytes(bytes(data))


def _damage_line(result, store: Path) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert f"the index {store / 'index.sqlite3'} is damaged" in lines[0], lines[0]
    assert "run 'archiver reindex'" in lines[0], lines[0]
    return lines[0]


def test_an_id_the_damaged_id_index_hides_is_said_to_be_damage_not_missing(captured):
    store, cid = captured
    _change_key(store, "sqlite_autoindex_captures_1", cid)
    line = _damage_line(run_cli("show", cid, store=store), store)
    assert "lacks" not in line and "no capture" not in line, line


def test_a_url_the_damaged_url_indexes_hide_is_said_to_be_damage_not_missing(captured):
    store, cid = captured
    url = _url(store, cid)
    for index in ("captures_url_key", "captures_final_url_key"):
        _change_key(store, index, url)
    line = _damage_line(run_cli("history", url, store=store), store)
    assert "no capture" not in line, line


def test_verify_quote_of_a_url_the_damaged_index_hides_says_damage(captured):
    store, cid = captured
    url = _url(store, cid)
    for index in ("captures_url_key", "captures_final_url_key"):
        _change_key(store, index, url)
    _damage_line(run_cli("verify-quote", QUOTE, "--url", url, store=store), store)


def test_an_unknown_id_on_a_healthy_index_is_still_no_capture_with_that_id(captured):
    store, _ = captured
    proc = run_cli("show", "0000000000", store=store)
    assert proc.returncode == 2, proc.stderr
    assert "no capture with id '0000000000'" in proc.stderr


def test_an_unknown_url_on_a_healthy_index_is_still_no_capture_of_it(captured):
    store, _ = captured
    proc = run_cli("history", "http://127.0.0.1:9/elsewhere", store=store)
    assert proc.returncode == 2, proc.stderr
    assert "no capture of http://127.0.0.1:9/elsewhere in this store" in proc.stderr


def test_reindex_brings_back_the_capture_the_damaged_index_hid(captured):
    store, cid = captured
    _change_key(store, "sqlite_autoindex_captures_1", cid)
    assert run_cli("reindex", store=store).returncode == 0
    proc = run_cli("show", cid, store=store)
    assert proc.returncode == 0, proc.stderr
