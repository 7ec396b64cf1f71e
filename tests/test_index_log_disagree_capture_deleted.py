"""A ``captures`` row deleted from the index by hand (its extraction and text left) makes a
whole-archive search say the index lacks a capture the log lists, not "no capture with id".

The text index still shortlisted the capture's text; looking the capture up then failed with
"no capture with id ..." (exit 2, a usage error of a command given no id). The search now passes
the text over and says its answer is incomplete, naming the capture and ``reindex`` (exit 3).
"""

from __future__ import annotations

import json
import sqlite3

from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Bridge inspection</title></head><body><article><h1>Bridge inspection</h1>"
        b"<p>The old swing bridge passed its inspection and reopens to cyclists on Friday, engineers said.</p>"
        b"</article></body></html>")
QUOTE = "The old swing bridge passed its inspection and reopens to cyclists on Friday"

template, captured = one_capture_fixtures("index_log_capture_deleted", "/bridge", PAGE)


def test_a_whole_archive_search_names_the_capture_the_index_lacks(captured):
    store, cid = captured
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute("DELETE FROM captures WHERE capture_id=?", (cid,)).rowcount == 1
    db.close()
    proc = run_cli("verify-quote", QUOTE, "--json", store=store)
    assert proc.exit_code == 3, proc.output
    assert "no capture with id" not in proc.stderr
    explanation = json.loads(proc.stdout)["explanation"]
    assert f"the index lacks 1 capture(s) the log lists ({cid};" in explanation
    assert "archiver reindex" in explanation
