"""An ``extractions`` row deleted from the index by hand is the index disagreeing with the log,
not a capture without extracted text.

``sqlite3 index.sqlite3 "DELETE FROM extractions WHERE capture_id='...'"`` is a valid edit of a
derived cache: the log still holds the capture's signed ``extraction`` entry. ``verify-quote
--capture`` said "capture ... has no extracted text to verify against" (exit 2), ``show`` said
"evidence: present" with no article, ``cite`` cited the page by its URL, ``export`` published it,
``verify-quote --url`` said no capture of the URL has text, and a whole-archive search said
"not_found" of a quote the capture holds. Each now says the index lacks the logged extraction
and names ``reindex`` (exit 3, as for an index lacking the whole capture: the index is behind the
log, tests/test_store41_index_lacks_exit_code.py; it was exit 1, "altered", until store41; a
whole-archive "not found" that could not see the text is not established: exit 3). A capture whose extraction
failed, or that has no text (an image), logs no extraction entry and still has no text.

The edit is made with sqlite3 on the real index of a real captured store (tests/stores.py).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import run_cli
from stores import one_capture_fixtures
from test_reextract_failed import failed, failed_template  # noqa: F401 - fixtures
from test_smallfix_extraction_miss_damage import image_template  # noqa: F401 - fixture

PAGE = (b"<html><head><title>Harbour dredging</title></head><body><article><h1>Harbour dredging</h1>"
        b"<p>Dredging of the inner harbour will start in March and last eleven weeks, the port said.</p>"
        b"<p>Moorings on the east quay move for the duration.</p></article></body></html>")
QUOTE = "Dredging of the inner harbour will start in March and last eleven weeks"
LACKS = "the index lacks the logged extraction of this capture"

template, captured = one_capture_fixtures("index_log_extraction_deleted", "/dredging", PAGE)


def _delete_extraction(store: Path, cid: str) -> None:
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        assert db.execute("DELETE FROM extractions WHERE capture_id=?", (cid,)).rowcount == 1
    db.close()


def _logged_url(store: Path, cid: str) -> str:
    for line in (store / "provenance" / "log.jsonl").read_text().splitlines():
        entry = json.loads(line)
        if entry["type"] == "capture" and entry["data"]["capture_id"] == cid:
            return str(entry["data"]["url"])
    raise AssertionError(cid)


def test_verify_quote_against_the_capture_says_the_index_lacks_its_logged_extraction(captured):
    store, cid = captured
    _delete_extraction(store, cid)
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    assert proc.exit_code == 3, proc.stderr
    assert LACKS in proc.stderr and "archiver reindex" in proc.stderr
    assert "no extracted text" not in proc.stderr


def test_show_does_not_say_the_evidence_is_present(captured):
    store, cid = captured
    _delete_extraction(store, cid)
    proc = run_cli("show", cid, store=store)
    assert proc.exit_code == 3, proc.stderr
    assert LACKS in proc.stderr and "archiver reindex" in proc.stderr
    assert "evidence: present" not in proc.stdout


def test_cite_does_not_cite_the_page_by_its_url(captured):
    store, cid = captured
    _delete_extraction(store, cid)
    proc = run_cli("cite", cid, store=store)
    assert proc.exit_code == 3, proc.stderr
    assert LACKS in proc.stderr and proc.stdout == ""


def test_export_refuses_the_capture(captured, tmp_path):
    store, cid = captured
    _delete_extraction(store, cid)
    proc = run_cli("export", cid, "-o", str(tmp_path / "bundle.zip"), store=store)
    assert proc.exit_code == 3, proc.stderr
    assert LACKS in proc.stderr
    assert not (tmp_path / "bundle.zip").exists()


def test_verify_quote_against_the_url_does_not_pass_the_capture_over(captured):
    store, cid = captured
    _delete_extraction(store, cid)
    proc = run_cli("verify-quote", QUOTE, "--url", _logged_url(store, cid), store=store)
    assert proc.exit_code == 3, proc.stderr
    assert LACKS in proc.stderr and "has extracted text" not in proc.stderr


def test_a_whole_archive_search_that_could_not_read_the_text_does_not_establish_absence(captured):
    store, cid = captured
    _delete_extraction(store, cid)
    proc = run_cli("verify-quote", QUOTE, "--json", store=store)
    assert proc.exit_code == 3, proc.output
    explanation = json.loads(proc.stdout)["explanation"]
    assert "Absence is not established" in explanation
    assert f"the index lacks the logged extraction of 1 capture(s) ({cid})" in explanation
    assert "archiver reindex" in explanation


def test_reindex_brings_the_deleted_extraction_back(captured):
    store, cid = captured
    _delete_extraction(store, cid)
    assert run_cli("reindex", store=store).exit_code == 0
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    assert proc.exit_code == 0, proc.output
    assert "verdict: exact" in proc.stdout


def test_a_capture_whose_extraction_failed_still_has_no_extracted_text(store, failed):  # noqa: F811
    proc = run_cli("verify-quote", QUOTE, "--capture", failed, store=store)
    assert proc.exit_code == 2, proc.output
    assert f"capture {failed} has no extracted text to verify against" in proc.stderr
    assert run_cli("show", failed, store=store).exit_code == 0


def test_an_image_capture_still_has_no_extracted_text(image_template, tmp_path, key_dir):  # noqa: F811
    from stores import copy_store

    root, cid = image_template
    store = tmp_path / "store"
    copy_store(root, store, key_dir)
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    # (since sec60 one answer for a capture with no text a browser shows: not_found, exit 1, logged)
    assert proc.exit_code == 1, proc.output
    assert "no text a browser shows (not_shown" in proc.stdout
    shown = run_cli("show", cid, "--json", store=store)
    assert shown.exit_code == 0 and json.loads(shown.stdout)["evidence"] == "present"


def test_history_does_not_say_the_extracted_text_matches_the_log(captured):
    store, cid = captured
    _delete_extraction(store, cid)
    proc = run_cli("history", _logged_url(store, cid), store=store)
    assert proc.exit_code == 3, proc.stderr
    assert LACKS in proc.stderr and "evidence present" not in proc.stdout
