"""An ``extractions`` row whose ``text_sha256`` was UPDATEd to another valid digest is the index
disagreeing with the log: no verdict is logged on it.

The quote check verified the right text, and its ``quote_verification`` entry, signed into the
log, recorded the index's digest as the ``text_sha256`` of the text it was made on: a signed
statement the log's own ``extraction`` entry contradicts. The evidence check now holds the
row's digest to the logged one (one string comparison on the short path).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Tram works</title></head><body><article><h1>Tram works</h1>"
        b"<p>The tram line to the hospital closes for six weekends from 4 May, the city said.</p>"
        b"</article></body></html>")
QUOTE = "The tram line to the hospital closes for six weekends from 4 May"
OTHER = "sha256:" + "0" * 64

template, captured = one_capture_fixtures("index_log_text_digest", "/tram", PAGE)


def _set_digest(store: Path, cid: str) -> None:
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute("UPDATE extractions SET text_sha256=? WHERE capture_id=?", (OTHER, cid)).rowcount == 1
    db.close()


def test_a_verdict_on_an_index_whose_text_digest_was_changed_is_refused_and_not_logged(captured):
    store, cid = captured
    _set_digest(store, cid)
    log = store / "provenance" / "log.jsonl"
    before = log.read_bytes()
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    assert proc.exit_code == 1, proc.stderr
    assert f"the index says text_sha256 {OTHER}" in proc.stderr and "archiver reindex" in proc.stderr
    assert OTHER not in log.read_text()[len(before):]


def test_show_says_the_index_disagrees_with_the_log_on_the_text_digest(captured):
    store, cid = captured
    _set_digest(store, cid)
    proc = run_cli("show", cid, store=store)
    assert proc.exit_code == 1, proc.stderr
    assert f"the index says text_sha256 {OTHER}" in proc.stderr
