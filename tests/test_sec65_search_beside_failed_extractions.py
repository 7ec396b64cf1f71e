"""A whole-archive ``verify-quote`` never states absence over captures whose text it never searched.

A capture whose extraction failed has no text in the text index, so a whole-archive search cannot see
what its page said. Until sec65 the search did not count it as a gap: the quote was ``not_found``, exit 1,
"absent" from an archive part of which was never read. sec61's rule (README, "One rule for a capture with
no text to use"): a check that needs a capture's text and has none to use is a check not completed. So a
search's ``not_found`` beside such captures says so ("Absence is not established: ...") and exits 3, as a
search that cannot see the whole index does; a quote verified elsewhere still exits 0, the gap named.
``--json`` names the captures in ``extraction_failed`` (``[]`` when there are none).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli import run_cli
from old_download import broken_extractor
from servers import Site, response

from archiver.archive import Archive

FIELDS = [("Content-Type", "text/html; charset=utf-8")]
WORDS = "The council met on Tuesday to discuss the harbour wall"
OTHER = "Residents asked the mayor to repair the old bridge before winter"


def _page(words: str) -> bytes:
    return f"<html><body><article><p>{words}.</p></article></body></html>".encode()




@pytest.fixture
def failed_beside_a_page(tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    """(store, id of the failed capture): one page of OTHER extracted, one of WORDS whose extraction failed."""
    store, site = tmp_path / "store", Site()
    site.routes["/other"] = lambda h: response("200 OK", FIELDS, _page(OTHER))
    site.routes["/council"] = lambda h: response("200 OK", FIELDS, _page(WORDS))
    try:
        with Archive.open(store) as arc:
            arc.capture(site.url("/other"))
        with Archive.open(store, extractor=broken_extractor) as arc:
            failed = str(arc.capture(site.url("/council")).capture_id)
    finally:
        site.close()
    return store, failed


def test_not_found_beside_a_failed_extraction_is_a_search_not_completed_exit_3(failed_beside_a_page):
    store, failed = failed_beside_a_page
    proc = run_cli("verify-quote", WORDS, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert (proc.exit_code, doc["verdict"]) == (3, "not_found"), proc.output
    assert "Absence is not established" in doc["explanation"], doc["explanation"]


def test_the_answer_names_the_captures_whose_extraction_failed(failed_beside_a_page):
    store, failed = failed_beside_a_page
    doc = json.loads(run_cli("verify-quote", WORDS, "--json", store=store).stdout)
    assert doc["extraction_failed"] == [failed], doc
    assert failed in doc["index_incomplete"] and f"archiver reextract {failed}" in doc["index_incomplete"], doc


def test_a_quote_verified_elsewhere_still_exits_0_and_names_the_gap(failed_beside_a_page):
    store, failed = failed_beside_a_page
    proc = run_cli("verify-quote", OTHER, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert (proc.exit_code, doc["verdict"]) == (0, "exact"), proc.output
    assert doc["extraction_failed"] == [failed], doc


def test_a_store_whose_only_capture_failed_extraction_is_not_concluded(tmp_path, key_dir):
    store, site = tmp_path / "store", Site()
    site.routes["/council"] = lambda h: response("200 OK", FIELDS, _page(WORDS))
    try:
        with Archive.open(store, extractor=broken_extractor) as arc:
            failed = str(arc.capture(site.url("/council")).capture_id)
    finally:
        site.close()
    proc = run_cli("verify-quote", WORDS, "--json", store=store)
    assert proc.exit_code == 3, proc.output
    assert json.loads(proc.stdout)["extraction_failed"] == [failed]


def test_a_failed_extraction_reextracted_since_is_no_gap(failed_beside_a_page):
    store, failed = failed_beside_a_page
    assert run_cli("reextract", failed, store=store).exit_code == 0
    proc = run_cli("verify-quote", WORDS, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert (proc.exit_code, doc["verdict"], doc["extraction_failed"]) == (0, "exact", []), proc.output


def test_a_store_without_failed_extractions_answers_as_before(tmp_path, key_dir):
    store, site = tmp_path / "store", Site()
    site.routes["/other"] = lambda h: response("200 OK", FIELDS, _page(OTHER))
    try:
        with Archive.open(store) as arc:
            arc.capture(site.url("/other"))
    finally:
        site.close()
    proc = run_cli("verify-quote", WORDS, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert (proc.exit_code, doc["verdict"], doc["extraction_failed"]) == (1, "not_found", []), proc.output
