"""An index that lacks a row the log lists exits 3, whether the row is a whole capture's or its
extraction's; an index that states something the log does not exits 1.

conventions.md: exit 1 is "the command ran and found a problem" (a verdict, tampering), exit 3
"could not complete a check". A ``captures`` row missing and an ``extractions`` row missing are
one state (a process stopped between its log append and its index rows, or a row deleted from a
derived cache, which ``reindex`` rebuilds): nothing the index says contradicts the log, it is
behind it, and nothing can be said until it is rebuilt. The first exited 3 ("the index lacks 1
capture(s)"), the second 1 ("evidence: altered"). An index row edited to say another URL than
the log's is the index stating what the evidence does not: still 1. The store is a real captured
one (tests/stores.py), its rows edited with sqlite3.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Library hours</title></head><body><article><h1>Library hours</h1>"
        b"<p>The central library stays open until nine on Thursdays from next month, the council said.</p>"
        b"</article></body></html>")
QUOTE = "The central library stays open until nine on Thursdays"

template, captured = one_capture_fixtures("index_lacks_exit_code", "/library", PAGE)


def _edit(store: Path, sql: str, cid: str) -> None:
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute(sql, (cid,)).rowcount == 1
    db.close()


COMMANDS = [("show", "{cid}"), ("verify-quote", QUOTE, "--capture", "{cid}"), ("cite", "{cid}")]


@pytest.mark.parametrize("command", COMMANDS)
def test_an_index_lacking_the_logged_extraction_exits_3(captured, command):
    store, cid = captured
    _edit(store, "DELETE FROM extractions WHERE capture_id=?", cid)
    proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    assert proc.exit_code == 3, proc.output
    assert "the index lacks the logged extraction of this capture" in proc.stderr
    assert "archiver reindex" in proc.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_an_index_lacking_the_whole_capture_exits_3(captured, command):
    store, cid = captured
    _edit(store, "DELETE FROM captures WHERE capture_id=?", cid)
    proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    assert proc.exit_code == 3, proc.output
    assert f"the index lacks 1 capture(s) the log lists ({cid};" in proc.stderr


def test_show_json_of_an_index_lacking_the_extraction_is_not_altered_evidence(captured):
    store, cid = captured
    _edit(store, "DELETE FROM extractions WHERE capture_id=?", cid)
    proc = run_cli("show", cid, "--json", store=store)
    assert proc.exit_code == 3, proc.output
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "missing" and doc["missing_file"] is None
    assert any("the index lacks the logged extraction" in p for p in doc["evidence_problems"])


@pytest.mark.parametrize("command", COMMANDS)
def test_an_index_stating_another_url_than_the_log_exits_1(captured, command):
    store, cid = captured
    _edit(store, "UPDATE captures SET url='https://example.org/forged' WHERE capture_id=?", cid)
    proc = run_cli(*(part.format(cid=cid) for part in command), store=store)
    assert proc.exit_code == 1, proc.output
    assert "the index disagrees with the log" in proc.stderr
