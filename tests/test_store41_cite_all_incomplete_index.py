"""``cite --all`` is refused (exit 3, naming the captures and ``reindex``) while the index lacks a
capture the log lists; it cited every capture the index held and left that one out, without a
word ("the store holds no captures to cite", exit 2, when it was the only one).

A bibliography of "every capture in the store" is a statement of completeness, as ``list`` and
``history`` are (they say the index lacks captures and exit 3). The store is a real captured one
(tests/stores.py), its ``captures`` row deleted with sqlite3.
"""

from __future__ import annotations

import sqlite3

from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Pool reopens</title></head><body><article><h1>Pool reopens</h1>"
        b"<p>The municipal pool reopens on Saturday after a two-year renovation, the mayor said.</p>"
        b"</article></body></html>")

template, captured = one_capture_fixtures("cite_all_incomplete_index", "/pool", PAGE)


def test_cite_all_is_refused_while_the_index_lacks_a_logged_capture(captured, tmp_path):
    store, cid = captured
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute("DELETE FROM captures WHERE capture_id=?", (cid,)).rowcount == 1
    db.close()
    proc = run_cli("cite", "--all", "-o", str(tmp_path / "refs.bib"), "--style", "bibtex", store=store)
    assert proc.exit_code == 3, proc.output
    assert f"the index lacks 1 capture(s) the log lists ({cid};" in proc.stderr and "archiver reindex" in proc.stderr
    assert not (tmp_path / "refs.bib").exists()


def test_cite_all_of_a_complete_index_cites_every_capture(captured):
    store, cid = captured
    proc = run_cli("cite", "--all", store=store)
    assert proc.exit_code == 0, proc.output
    assert cid in proc.stdout
