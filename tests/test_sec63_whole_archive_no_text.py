"""A whole-archive ``verify-quote`` in a store whose captures hold no text is a question with an answer.

Until sec63 it was a usage error ("no archived texts in this store to search yet", exit 2) as soon as
the text index held no text, also when the store held captures: a file a browser downloads, an image, an
extraction that failed. The question is valid (conventions.md: exit 2 is invalid input, nothing done);
the archive holds no text the quote is in: ``not_found``, exit 1, logged, and the explanation says the
store's captures hold no text to search. A store with no capture at all stays a usage error
(tests/test_quoting.py).
"""

from __future__ import annotations

import json

from captures import archived_served
from cli import run_cli

WORDS = "The council met on Tuesday to discuss the harbour wall"
DOWNLOAD = [("Content-Type", "text/html; charset=utf-8"), ("Content-Disposition", "attachment")]
PAGE = f"<html><body><article><p>{WORDS}.</p></article></body></html>".encode()


def test_a_store_whose_only_capture_is_a_download_answers_not_found(tmp_path, key_dir):
    store = tmp_path / "store"
    archived_served(store, DOWNLOAD, PAGE)
    proc = run_cli("verify-quote", WORDS, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert (proc.exit_code, doc["verdict"]) == (1, "not_found"), proc.output
    assert "None of the store's 1 capture(s) holds a text to search" in doc["explanation"], doc


def test_the_answer_is_logged_as_every_verification_is(tmp_path, key_dir):
    store = tmp_path / "store"
    archived_served(store, DOWNLOAD, PAGE)
    run_cli("verify-quote", WORDS, store=store)
    shown = json.loads(run_cli("log", "show", "--type", "quote_verification", "--json", store=store).stdout)
    assert [e["data"]["verdict"] for e in shown] == ["not_found"], shown
