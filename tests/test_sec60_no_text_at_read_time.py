"""verify-quote never vouches for text a browser never showed, even before ``reextract`` (task sec60).

An extractor before 131 read a binary body sent as ``text/plain; charset=utf-8`` as text; Chromium
downloads it. sec59 made ``reextract`` log that such a capture has no text, but until it runs the old
extraction answered ``verify-quote`` ``exact`` (only ``log verify --deep`` flagged it). ``verify-quote``
now decides again from the capture's archived head and first bytes (``archiver.core.readable``) before a
verdict rests on a logged text, and when no browser shows one it answers ``not_found`` on no text (exit 1,
as for a capture ``reextract`` already brought up to date), says the extraction predates the reading and to
run ``reextract``, and logs why in its verdict entry (``no_text``, ``logged_text_not_shown``). Reading never
writes: no extraction is logged by it.

The store is made by the real commands with the older reading (``captures.archived_as_read_before``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from captures import archived_as_read_before, archived_served
from cli import run_cli
from old_download import BODY, FIELDS, WORDS, archived_failed, receipt_proves
from old_download import verdict as _verdict
from test_reextract import _extraction_entries

from archiver.archive import Archive
from archiver.core.digests import sha256_label

EMPTY = sha256_label(b"")


@pytest.fixture
def old(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """(store, capture id) of the body as extractor 127 read it: text, not yet re-extracted."""
    store = tmp_path / "store"
    return store, archived_as_read_before(store, FIELDS, BODY, monkeypatch)



def _quote_entries(store: Path) -> list[dict]:
    lines = (store / "provenance" / "log.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == "quote_verification"]


def test_verify_quote_before_reextract_finds_no_text_in_bytes_a_browser_downloads(old):
    store, cid = old
    code, doc = _verdict(store, "--capture", cid)
    assert (code, doc["verdict"], doc["page_state"], doc["no_text"]) == (1, "not_found", "download", "download")
    assert doc["logged_text_not_shown"] is True and doc["text_sha256"] == EMPTY


def test_the_verdict_says_the_extraction_predates_the_reading_and_to_run_reextract(old):
    store, cid = old
    proc = run_cli("verify-quote", WORDS, "--capture", cid, store=store)
    assert proc.exit_code == 1, proc.output
    said = " ".join(proc.stdout.split())
    assert "no text a browser shows (download" in said and f"archiver reextract {cid}" in said, said


def test_the_verdict_entry_records_why_and_reading_writes_no_extraction(old):
    """The entry names the logged (old) text as made on, the empty text as verified, and why."""
    store, cid = old
    [extraction] = _extraction_entries(store)
    _verdict(store, "--capture", cid)
    [entry] = _quote_entries(store)
    data = entry["data"]
    assert (data["verdict"], data["no_text"], data["logged_text_not_shown"]) == ("not_found", "download", True)
    assert data["text_sha256"] == extraction["data"]["text_sha256"] != EMPTY
    assert data["verified_text_sha256"] == EMPTY
    assert _extraction_entries(store) == [extraction]


def test_url_scope_finds_no_text_either(old):
    store, cid = old
    url = json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"]
    code, doc = _verdict(store, "--url", url)
    assert (code, doc["verdict"], doc["no_text"]) == (1, "not_found", "download")


def test_the_whole_archive_search_passes_over_it_and_says_so(old):
    store, cid = old
    code, doc = _verdict(store)
    assert (code, doc["verdict"]) == (1, "not_found"), doc
    assert "passed over" in doc["explanation"] and cid in doc["explanation"]


def test_a_text_body_still_verifies(tmp_path, key_dir):
    """The read-time reading takes nothing from a body a browser shows as text."""
    store = tmp_path / "store"
    cid = archived_served(store, FIELDS, f"{WORDS}.\n".encode())
    code, doc = _verdict(store, "--capture", cid)
    assert (code, doc["verdict"], doc["no_text"], doc["logged_text_not_shown"]) == (0, "exact", None, False)
    assert _quote_entries(store)[0]["data"]["no_text"] is None


def test_after_reextract_the_verdict_says_why_without_asking_for_reextract(old):
    store, cid = old
    assert run_cli("reextract", cid, store=store).exit_code == 0
    code, doc = _verdict(store, "--capture", cid)
    assert (code, doc["verdict"], doc["no_text"], doc["logged_text_not_shown"]) == (1, "not_found", "download", False)
    assert "no text a browser shows (download" in doc["explanation"] and "reextract" not in doc["explanation"]


def test_a_bundle_with_such_a_check_verifies_and_says_it_was_made_on_no_text(old, tmp_path):
    """A third party decides again from the bundle's bytes: no text a browser shows, so the logged
    not_found on the empty text is re-run there and holds (not "made on another text")."""
    store, cid = old
    _verdict(store, "--capture", cid)
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "--with-quotes", "all", "-o", str(out), store=store).exit_code == 0
    checked = run_cli("verify-bundle", str(out), "--json", store=store)
    doc = json.loads(checked.stdout)
    assert not doc["problems"], doc["problems"]
    [capture] = doc["captures"]
    [quote] = capture["quotes"]
    assert (quote["verdict"], quote["rechecked"], quote["rechecked_on"]) == ("not_found", True, "no_text")
    plain = " ".join(run_cli("verify-bundle", str(out), "-v", store=store).stdout.split())
    assert "no text a browser shows (download)" in plain, plain


def test_a_receipt_of_such_a_check_verifies(old, tmp_path):
    store, cid = old
    assert receipt_proves(store, cid, tmp_path) == (1, 0)


@pytest.fixture
def download(tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    """(store, capture id) of the body captured today: a download, no extraction logged."""
    store = tmp_path / "store"
    return store, archived_served(store, FIELDS, BODY)


def test_a_capture_with_no_extraction_because_a_browser_downloads_it_is_not_found_exit_1(download):
    """One answer for "this capture has no text a browser shows", whether no extraction was logged (a
    capture made today), ``reextract`` logged that it has none, or an older extractor's text is logged:
    ``not_found``, exit 1, logged with why. Why exit 1 and not 2 (conventions.md): 2 is input that is
    invalid and nothing done; the capture id is valid, the question is answered (the quote is not in what
    a reader was shown) and every verification is logged. A ``--batch`` of a manuscript citing such a
    source then gets the verdict on its row instead of refusing every row (exit 2 refused the batch)."""
    store, cid = download
    assert not _extraction_entries(store)
    code, doc = _verdict(store, "--capture", cid)
    assert (code, doc["verdict"], doc["no_text"], doc["logged_text_not_shown"]) == (1, "not_found", "download", False)
    assert "no text a browser shows (download" in doc["explanation"]
    [entry] = _quote_entries(store)
    assert (entry["data"]["extraction_seq"], entry["data"]["text_sha256"], entry["data"]["no_text"]) == (
        None, None, "download")


def test_a_batch_citing_such_a_capture_answers_its_row(download, tmp_path):
    store, cid = download
    batch = tmp_path / "q.csv"
    batch.write_text(f"quote,capture\n{WORDS},{cid}\n")
    proc = run_cli("verify-quote", "--batch", str(batch), "--json", store=store)
    assert proc.exit_code == 1, proc.output
    [row] = json.loads(proc.stdout)
    assert (row["verdict"], row["no_text"]) == ("not_found", "download")


def test_a_bundle_with_a_check_of_a_capture_with_no_extraction_verifies(download, tmp_path):
    store, cid = download
    _verdict(store, "--capture", cid)
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "--with-quotes", "all", "-o", str(out), store=store).exit_code == 0
    doc = json.loads(run_cli("verify-bundle", str(out), "--json", store=store).stdout)
    assert not doc["problems"], doc["problems"]
    [quote] = doc["captures"][0]["quotes"]
    assert (quote["verdict"], quote["rechecked"], quote["rechecked_on"]) == ("not_found", True, "no_text")


def test_a_capture_whose_extraction_failed_still_says_so(tmp_path, key_dir):
    """Not "no text": its bytes read as text today, its extraction failed: a check not completed (exit 3
    since sec61, exit 2 before: tests/test_sec61_what_a_browser_shows.py)."""
    store = tmp_path / "store"
    cid = archived_failed(store)
    proc = run_cli("verify-quote", WORDS, "--capture", cid, store=store)
    assert proc.exit_code == 3 and "has no extracted text" in proc.stderr, proc.output


def _verified_before_sec60(store: Path, cid: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quote logged ``exact`` on the old text, as verify-quote before sec60 answered."""
    with monkeypatch.context() as before_sec60:
        before_sec60.setattr(Archive, "shown_no_text", lambda self, capture_id: None)
        assert _verdict(store, "--capture", cid)[1]["verdict"] == "exact"


def _history(store: Path, cid: str, *, exit_code: int = 1) -> dict:
    """``history URL --json`` of the capture's URL (exit 1: a quote no longer verifies)."""
    url = json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"]
    proc = run_cli("history", url, "--json", store=store)
    assert proc.exit_code == exit_code, proc.output
    return dict(json.loads(proc.stdout))


def test_history_lists_a_quote_verified_on_an_extraction_reextract_superseded(old, monkeypatch):
    """One capture of the URL: the quote was verified on it, then ``reextract`` logged that it has no text.
    history rechecked only quotes of older captures, so it listed nothing (task sec60 item 5)."""
    store, cid = old
    _verified_before_sec60(store, cid, monkeypatch)
    assert run_cli("reextract", cid, store=store).exit_code == 0
    doc = _history(store, cid)
    [broken] = doc["broken_quotes"]
    assert (broken["capture_id"], broken["verdict_then"], broken["verdict_now"], broken["cause"]) == (
        cid, "exact", "not_found", "reextracted")
    assert doc["quotes_checked"] == 1


def test_history_lists_a_quote_verified_on_an_older_extractors_text_no_browser_shows(old, monkeypatch):
    """Before ``reextract`` too: today's reading of the newest capture's bytes shows no text."""
    store, cid = old
    _verified_before_sec60(store, cid, monkeypatch)
    [broken] = _history(store, cid)["broken_quotes"]
    assert (broken["verdict_now"], broken["cause"]) == ("not_found", "no_text")
    assert f"archiver reextract {cid}" in broken["explanation"]


def test_history_does_not_list_a_quote_that_still_holds_on_the_capture_it_was_verified_on(tmp_path, key_dir):
    store = tmp_path / "store"
    cid = archived_served(store, FIELDS, f"{WORDS}.\n".encode())
    _verdict(store, "--capture", cid)
    doc = _history(store, cid, exit_code=0)
    assert doc["broken_quotes"] == []


def test_reextract_failed_decides_no_text_for_a_browser_captures_response_too(download):
    """``reextract --failed`` of a browser capture reads its response through the browser branch
    (``_first_input``), which extracted it and failed on a download (sec59 decided no text only for an
    HTTP capture): a browser capture with no rendered DOM to offer gets the same no text."""
    from archiver.reextract import _first_input

    store, cid = download
    with Archive.open(store) as arc:
        row = arc.index.get(cid)
        data = {"capture_seq": row.log_seq, "capture_id": cid}
        article, label, dom_id = _first_input(arc, cid, data, {"browser": {"rendered_dom_record_id": None}})
    assert (article.page_state, article.text, label, dom_id) == ("download", "", "http-response", None)


def test_show_says_the_logged_text_is_no_text_a_browser_shows_and_to_run_reextract(old):
    """show states the logged extraction as logged (reading never writes), and says beside it that today's
    reading of the bytes shows no text (``no_text_now``); after ``reextract`` there is nothing to say."""
    store, cid = old
    doc = json.loads(run_cli("show", cid, "--json", store=store).stdout)
    assert doc["no_text_now"] == "download"
    plain = run_cli("show", cid, store=store)
    said = " ".join(plain.stdout.split())
    assert plain.exit_code == 0 and "NOTE: today's reading of the archived bytes shows no text" in said, said
    assert f"archiver reextract {cid}" in said
    assert run_cli("reextract", cid, store=store).exit_code == 0
    assert json.loads(run_cli("show", cid, "--json", store=store).stdout)["no_text_now"] is None


def test_a_receipt_of_a_check_of_a_capture_with_no_extraction_verifies(download, tmp_path):
    store, cid = download
    assert receipt_proves(store, cid, tmp_path) == (1, 0)


def test_the_log_with_such_a_check_verifies_deep(download):
    store, cid = download
    _verdict(store, "--capture", cid)
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 0, proc.output
