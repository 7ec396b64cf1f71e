"""Whole-archive ``verify-quote QUOTE`` never concludes from a partial view (review 15, D and I).

A store of many near-identical pages (a template with one number changed) is archived once for
the module from 127.0.0.1; every page shares most of the quote's words with the others, and
only one holds the quote verbatim. The search must find that one however many others share a
piece of the quote with it; when the texts it could not verify rank as high as those it did, or
the text index lacks archived texts, a verdict that is not verified says so and exits 3.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response
from stores import build_template, copy_store

from archiver.archive import Archive
from archiver.quotes.service import HOLDERS_LIMIT, QuoteRequest, QuoteService
from archiver.store.textindex import SqliteTextIndex

PAGES = 106  # more than the 100 rows a piece of the quote was once cut to
HOLDER = 105  # the one page holding the quote verbatim: older pages hold one piece of it


def bridge_page(n: int) -> bytes:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>Harbor Bridge {n} to close</title></head><body><article>"
            f"<h1>Harbor Bridge {n} to close for repairs</h1>"
            f"<p>The Harbor Bridge {n}, which carries 40,000 vehicles a day, will close on July 1 "
            "for six months while engineers replace its concrete deck, the city council said.</p>"
            "<p>Ferries will run every ten minutes during the closure, officials said.</p>"
            "</article></body></html>").encode()


QUOTE = f"The Harbor Bridge {HOLDER}, which carries 40,000 vehicles a day"


@pytest.fixture(scope="module")
def bridges_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, str]]:
    """The near-identical pages archived once for the module: (folder, page number -> capture id)."""
    root, site = tmp_path_factory.mktemp("bridges"), Site()
    for n in range(1, PAGES + 1):
        site.routes[f"/p{n}.html"] = (lambda body: lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], body))(bridge_page(n))
    try:
        def build(arc: Archive) -> dict[int, str]:
            results = arc.capture_many([site.url(f"/p{n}.html") for n in range(1, PAGES + 1)])
            return {n: r.capture_id for n, r in zip(range(1, PAGES + 1), results, strict=True)}
        ids = build_template(root, build)
    finally:
        site.close()
    return root, ids


@pytest.fixture
def bridges(bridges_once: tuple[Path, dict[int, str]], store: Path, key_dir: Path) -> dict[int, str]:
    root, ids = bridges_once
    copy_store(root, store, key_dir)
    return ids


def test_the_one_page_holding_the_quote_verbatim_is_found_among_many_sharing_a_piece_of_it(store, bridges):
    r = run_cli("verify-quote", QUOTE, "--json", store=store)
    assert r.exit_code == 0, r.stdout + r.stderr
    doc = json.loads(r.stdout)
    assert doc["verdict"] == "exact"
    assert doc["capture"] == bridges[HOLDER]
    assert doc["index_incomplete"] is None


def test_a_text_holding_rarer_pieces_of_the_quote_ranks_before_older_texts_holding_common_ones(store, bridges):
    with Archive.open(store) as arc:
        found = arc.text_index.candidates(f"The Harbor Bridge {HOLDER}, which carries 41,000 vehicles a day",
                                          limit=5)
    assert found[0] == bridges[HOLDER]


def test_texts_holding_every_piece_of_the_quote_are_all_shortlisted_past_the_cut(store, bridges):
    with Archive.open(store) as arc:
        shortlist = arc.text_index.shortlist(APART, limit=10)
    assert sorted(shortlist.ids) == sorted(bridges.values())
    assert shortlist.left_out == 0


def test_texts_holding_every_piece_past_the_bound_are_counted_as_left_out(store, bridges):
    with Archive.open(store) as arc:
        shortlist = arc.text_index.shortlist(APART, limit=10, bound=30)
    assert len(shortlist.ids) == 30
    assert shortlist.left_out == PAGES - 30


def test_texts_lacking_a_piece_are_cut_at_the_limit_though_they_tie(store, bridges):
    """None of them can hold the quote (a holder holds every piece): only near-copies, whose
    ties in a large archive would cost seconds to verify."""
    with Archive.open(store) as arc:
        shortlist = arc.text_index.shortlist(f"The Harbour Bridge {HOLDER}, which carries 40,000 vehicles "
                                             "a day, will close on July 1", limit=10)
    assert len(shortlist.ids) == 10 and shortlist.left_out == 0


#: Two phrases every page holds, but apart (the second paragraph's, then the first's): every
#: page holds every piece of it, so any may hold the quote, and none does.
APART = "Ferries will run every ten which carries 40,000 vehicles a"


def test_a_verdict_not_verified_from_possible_holders_too_many_to_verify_all_exits_3_and_says_so(store, bridges):
    with Archive.open(store) as arc:
        # the holders' list is never cut shorter than HOLDERS_LIMIT: that is the bound here
        report = QuoteService(arc, search_limit=5, search_bound=10).verify(QuoteRequest(quote=APART))
    assert not report.primary.result.verified
    assert report.exit_code == 3
    assert f"{PAGES - HOLDERS_LIMIT} more text(s) hold as much of the quote" in (report.incomplete or "")


def test_a_verdict_not_verified_from_a_text_index_lacking_texts_exits_3_and_names_the_gap(store, bridges):
    with Archive.open(store) as arc:
        arc.text_index.remove(bridges[HOLDER])
    r = run_cli("verify-quote", QUOTE, "--json", store=store)
    doc = json.loads(r.stdout)
    assert doc["verdict"] not in ("exact", "normalized")
    assert r.exit_code == 3
    assert "the text index lacks 1 archived text(s)" in doc["index_incomplete"]
    assert "archiver reindex" in doc["index_incomplete"]
    human = run_cli("verify-quote", QUOTE, store=store)
    assert "INCOMPLETE: " in human.stdout and "the text index lacks 1 archived text(s)" in human.stdout


def test_a_verified_quote_stands_though_the_text_index_lacks_other_texts(store, bridges):
    with Archive.open(store) as arc:
        arc.text_index.remove(bridges[1])
    r = run_cli("verify-quote", QUOTE, "--json", store=store)
    assert r.exit_code == 0
    assert json.loads(r.stdout)["verdict"] == "exact"


def test_a_search_while_the_text_index_holds_none_of_the_logged_texts_exits_3_with_the_reindex_hint(
        store, bridges):
    with SqliteTextIndex(store / "text-index.sqlite3") as idx:
        for cid in bridges.values():
            idx.remove(cid)
    r = run_cli("verify-quote", QUOTE, store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert "archiver reindex" in r.stderr
    assert "archive a page first" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_a_whole_archive_search_does_not_wait_behind_another_process_writing_the_text_index(store, bridges):
    """Review 17 F2: every command that may write opened the text index with BEGIN IMMEDIATE, so
    a whole-archive verify-quote waited for SQLite's 60 s behind a reindex's or batch's write
    transaction and failed with exit 1. A set-up index is read without the write lock."""
    import sqlite3

    writer = sqlite3.connect(store / "text-index.sqlite3", timeout=0)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another process writing texts, held across the search
        proc = run_cli("verify-quote", QUOTE, store=store)
    finally:
        writer.rollback()
        writer.close()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "verdict: exact" in proc.stdout
