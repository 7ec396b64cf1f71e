"""A capture's "no text a browser shows" decided only when an answer needs it, on what was read (task sec62).

sec61 made a capture with no text to use (its extraction failed, or bytes that inflate past the limit, so
whether a browser shows its logged text cannot be decided) a check not completed, exit 3. What it left:
one such candidate stopped a whole-archive search that another capture answered; ``history`` decided it for
a URL with no verified quote to recheck; the decision inflated the whole body to read its first 64 KiB;
``cite`` of a download still cited the old extraction's title, authors and date; ``diff`` of a failed
extraction said "only one side has extracted text" (exit 1).

The stores are made by the real commands (``captures.archived_as_read_before``: an older extractor's
reading of a binary body sent as ``text/plain; charset=utf-8``, which Chromium downloads).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from captures import archived_as_read_before, archived_served
from cli import run_cli
from old_download import broken_extractor
from servers import Site, response
from test_sec61_what_a_browser_shows import BODY, FIELDS, SMALL_LIMIT, WORDS

from archiver.archive import Archive

GZIPPED = [*FIELDS, ("Content-Encoding", "gzip")]


def _quote_entries(store: Path) -> list[dict]:
    lines = (store / "provenance" / "log.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == "quote_verification"]


def _url(store: Path, cid: str) -> str:
    return str(json.loads(run_cli("show", cid, "--json", store=store).stdout)["url"])


# ------------------------------------------------------------- a whole-archive search (item 1)

@pytest.fixture
def undecided_beside_a_page(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str]:
    """(store, undecided capture, page capture): an older extractor's text of gzipped bytes that inflate
    past :data:`SMALL_LIMIT`, and a plain text page a browser shows, both holding WORDS."""
    store = tmp_path / "store"
    undecided = archived_as_read_before(store, GZIPPED, gzip.compress(BODY), monkeypatch)
    page = archived_served(store, FIELDS, f"{WORDS}.\n".encode())
    return store, undecided, page


def test_a_search_answers_from_a_capture_that_verifies_beside_an_undecided_one(undecided_beside_a_page):
    """conventions.md: 0 is verified. The page verifies the quote; the capture that could not be decided
    does not stop the search (it was exit 3), and the answer names it."""
    store, undecided, page = undecided_beside_a_page
    proc = run_cli("verify-quote", WORDS, "--json", env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert (doc["verdict"], doc["capture"]) == ("exact", page)
    assert doc["undecided"] == [undecided]
    assert undecided in doc["index_incomplete"] and "could not decide" in doc["index_incomplete"]


def test_a_search_says_on_stderr_which_candidate_it_could_not_decide(undecided_beside_a_page):
    store, undecided, _ = undecided_beside_a_page
    proc = run_cli("verify-quote", WORDS, env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 0, proc.output
    assert undecided in " ".join(proc.output.split()) and "Traceback" not in proc.output


def test_a_search_whose_only_holder_is_undecided_is_not_concluded_exit_3(tmp_path, key_dir, monkeypatch):
    """No verified answer: "not found" cannot be said of an archive part of which could not be read
    (README exit 3: a whole-archive verdict not verified while the search could not see the whole archive)."""
    store = tmp_path / "store"
    undecided = archived_as_read_before(store, GZIPPED, gzip.compress(BODY), monkeypatch)
    proc = run_cli("verify-quote", WORDS, "--json", env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 3, proc.output
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "not_found" and doc["undecided"] == [undecided]
    assert undecided in doc["explanation"] and "Absence is not established" in doc["explanation"]


def test_a_search_with_every_candidate_decided_lists_none_undecided(undecided_beside_a_page):
    store, _, page = undecided_beside_a_page
    doc = json.loads(run_cli("verify-quote", WORDS, "--json", store=store).stdout)
    assert (doc["capture"], doc["undecided"], doc["index_incomplete"]) == (page, [], None)


# ---------------------------------------------------------------------------- history (item 2)

@pytest.fixture
def gzipped_old(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    store = tmp_path / "store"
    return store, archived_as_read_before(store, GZIPPED, gzip.compress(BODY), monkeypatch)


def test_history_with_no_verified_quote_does_not_decide_what_it_does_not_need(gzipped_old):
    """No quote to recheck: whether a browser shows the newest capture's text is asked of nothing."""
    store, cid = gzipped_old
    proc = run_cli("history", _url(store, cid), "--json", env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert (doc["newest_capture_id"], doc["quotes_checked"]) == (cid, 0)


def test_history_with_a_quote_an_old_archiver_verified_still_cannot_decide_exit_3(gzipped_old, monkeypatch):
    """The quote an older archiver logged ``exact`` on the old text needs the decision: undecided, exit 3."""
    store, cid = gzipped_old
    with monkeypatch.context() as before_sec60:  # (an archiver that did not ask what a browser shows)
        before_sec60.setattr(Archive, "shown_no_text", lambda self, capture_id: None)
        assert run_cli("verify-quote", WORDS, "--capture", cid, store=store).exit_code == 0
    proc = run_cli("history", _url(store, cid), env=SMALL_LIMIT, store=store)
    assert proc.exit_code == 3 and "could not decide whether a browser shows any text" in proc.stderr, proc.output


# ------------------------------------------------- the decision reads a prefix of the body (item 3)

#: a body that inflates to ~200 KB, its binary byte in the first line
LARGE = BODY + b"The repairs begin in March. " * 7000
#: an inflate limit past the 64 KiB the decision reads but short of the whole body
LARGE_LIMIT = {"ARCHIVER_LIMIT_MAX_INFLATED_BYTES": str(100_000)}


def test_a_body_past_the_inflate_limit_is_decided_from_the_prefix_it_reads(tmp_path, key_dir, monkeypatch):
    """The decision reads the first 64 KiB: a body inflating past the limit is decided when those bytes
    are within it (a download: ``not_found`` on no text, exit 1), where it was undecided (exit 3)."""
    store = tmp_path / "store"
    cid = archived_as_read_before(store, GZIPPED, gzip.compress(LARGE), monkeypatch)
    proc = run_cli("verify-quote", WORDS, "--capture", cid, "--json", env=LARGE_LIMIT, store=store)
    assert proc.exit_code == 1, proc.output
    assert json.loads(proc.stdout)["no_text"] == "download"


def test_a_body_past_a_limit_under_the_prefix_stays_undecided(tmp_path, key_dir, monkeypatch):
    """A limit smaller than what the decision reads still bounds it: no byte past the limit is inflated."""
    store = tmp_path / "store"
    cid = archived_as_read_before(store, GZIPPED, gzip.compress(LARGE), monkeypatch)
    proc = run_cli("verify-quote", WORDS, "--capture", cid, env={"ARCHIVER_LIMIT_MAX_INFLATED_BYTES": "1000"},
                   store=store)
    assert proc.exit_code == 3 and "could not decide" in proc.stderr, proc.output


# ------------------------------------------------------------------------------ cite (item 4)

#: an HTML page with a title, an author and a date, one binary byte in it, sent as text/plain: Chromium
#: downloads it (MIME Sniffing's check-for-apache-bug flag); an extractor that read it as HTML cited them
PAGE = (b"<html><head><title>Harbour wall repairs</title><meta name=\"author\" content=\"Ada Lovelace\">"
        b"<meta property=\"article:published_time\" content=\"2024-03-05\"></head><body><article><h1>Harbour "
        b"wall repairs</h1><p>" + WORDS.encode() + b".\x01</p><p>The repairs begin in March, the council "
        b"said on Tuesday evening after a long meeting.</p></article></body></html>")


@pytest.fixture
def downloaded_page(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, dict]:
    """(store, capture id, its logged article) of PAGE as an extractor that read it as HTML logged it."""
    import archiver.core.mime as mime
    from archiver.extract import extract

    def as_html(body, *, url, content_type):
        return extract(body, url=url, content_type="text/html; charset=utf-8")

    store, site = tmp_path / "store", Site()
    site.routes["/s"] = lambda h: response("200 OK", FIELDS, PAGE)
    try:
        with monkeypatch.context() as patched, Archive.open(store, extractor=as_html) as arc:
            patched.setattr(mime, "is_binary", lambda _body: False)
            cid = str(arc.capture(site.url("/s")).capture_id)
    finally:
        site.close()
    article = json.loads(run_cli("show", cid, "--json", store=store).stdout)["article"]
    return store, cid, article


def test_a_citation_of_a_download_cites_no_metadata_the_old_extraction_read(downloaded_page):
    """A browser shows no page of these bytes: no title, authors or date of one; the URL and capture time."""
    store, cid, article = downloaded_page
    assert article["title"] == "Harbour wall repairs" and article["published"]  # (what the old reading held)
    proc = run_cli("cite", cid, "--style", "csl-json", store=store)
    assert proc.exit_code == 0, proc.output
    [item] = json.loads(proc.stdout)
    assert item["title"] == item["URL"] and "author" not in item and "issued" not in item, item
    assert "Harbour" not in proc.stdout and "Lovelace" not in proc.stdout


def test_a_citation_of_a_download_says_a_browser_downloads_it_and_the_type_served(downloaded_page):
    store, cid, _ = downloaded_page
    for style in ("csl-json", "bibtex", "ris", "text"):
        said = " ".join(run_cli("cite", cid, "--style", style, store=store).stdout.split())
        assert "a file a browser downloads, not a page" in said.lower() and "text/plain" in said, (style, said)


def test_a_users_correction_of_a_downloads_title_is_still_cited(downloaded_page):
    """A correction is the user's word, not a reading of the bytes: it is cited, and said to be one."""
    store, cid, _ = downloaded_page
    assert run_cli("correct", cid, "--title", "Council minutes (file)", "--reason", "the file's name",
                   store=store).exit_code == 0
    [item] = json.loads(run_cli("cite", cid, "--style", "csl-json", store=store).stdout)
    assert item["title"] == "Council minutes (file)" and "corrected" in item["note"]


# ------------------------------------------------------------------------------- diff (item 5)

def test_diff_of_a_failed_extraction_is_a_check_not_completed_exit_3(tmp_path, key_dir):
    """sec61's rule for a capture with no text to use: exit 3, the capture named, 'archiver reextract ID'."""

    store, site = tmp_path / "store", Site()
    site.routes["/s"] = lambda h: response("200 OK", FIELDS, f"{WORDS}.\n".encode())
    try:
        with Archive.open(store, extractor=broken_extractor) as arc:
            failed = str(arc.capture(site.url("/s")).capture_id)
        with Archive.open(store) as arc:
            good = str(arc.capture(site.url("/s")).capture_id)
    finally:
        site.close()
    proc = run_cli("diff", failed, good, store=store)
    assert proc.exit_code == 3, proc.output
    said = " ".join(proc.stderr.split())
    assert f"capture {failed} has no extracted text" in said and f"archiver reextract {failed}" in said, said
    assert "only one side" not in proc.output


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "gzip, gzip", "br, gzip"])
def test_decode_body_decodes_only_the_prefix_asked_for_within_the_limit(coding):
    """Every coding: the first ``prefix`` bytes of a body that inflates past the limit, no error. (A list holding
    "identity" is decoded by none of its codings since session 51, as Chromium decodes none:
    tests/test_lead51_content_coding_lists.py.)"""
    import zlib

    import brotli

    from archiver.capture.warc import decode_body

    body = LARGE
    coders = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress, "identity": lambda b: b}
    for step in (s.strip() for s in coding.split(",")):
        body = coders[step](body)
    decoded = decode_body([("Content-Encoding", coding)], body, limit=100_000, prefix=65536)
    assert decoded.body == LARGE[:65536]


# ------------------------------------------------------- history over a failed extraction (item 5)

@pytest.fixture
def verified_then_failed(tmp_path: Path, key_dir: Path) -> tuple[Path, str, str, str]:
    """(store, url, older capture, newest capture): WORDS verified on the older; the newest's extraction failed."""

    store, site = tmp_path / "store", Site()
    site.routes["/s"] = lambda h: response("200 OK", FIELDS, f"{WORDS}.\n".encode())
    try:
        with Archive.open(store) as arc:
            older = str(arc.capture(site.url("/s")).capture_id)
        with Archive.open(store, extractor=broken_extractor) as arc:
            newest = str(arc.capture(site.url("/s")).capture_id)
        url = site.url("/s")
    finally:
        site.close()
    assert run_cli("verify-quote", WORDS, "--capture", older, store=store).exit_code == 0
    return store, url, older, newest


def test_history_does_not_call_a_quote_broken_on_a_newest_capture_whose_extraction_failed(verified_then_failed):
    """The recheck needs the newest capture's text and there is none to use: exit 3 and reextract, not
    "no longer verifies" (exit 1, the page blamed) on an empty text."""
    store, url, _, newest = verified_then_failed
    proc = run_cli("history", url, store=store)
    assert proc.exit_code == 3, proc.output
    said = " ".join(proc.stderr.split())
    assert f"capture {newest} has no extracted text" in said and f"archiver reextract {newest}" in said, said
    assert "NO LONGER VERIFIES" not in proc.output


def test_history_with_no_quote_names_a_failed_extraction_in_its_list(tmp_path, key_dir):
    """No quote to recheck: the list is made (exit 0), and its row says the extraction failed."""

    store, site = tmp_path / "store", Site()
    site.routes["/s"] = lambda h: response("200 OK", FIELDS, f"{WORDS}.\n".encode())
    try:
        with Archive.open(store) as arc:
            arc.capture(site.url("/s"))
        with Archive.open(store, extractor=broken_extractor) as arc:
            newest = str(arc.capture(site.url("/s")).capture_id)
        url = site.url("/s")
    finally:
        site.close()
    proc = run_cli("history", url, store=store)
    assert proc.exit_code == 0, proc.output
    [row] = [line for line in proc.stdout.splitlines() if line.startswith(newest)]
    assert "extraction failed" in row and f"archiver reextract {newest}" in row, row
    assert "only one side has extracted text" not in row
    doc = json.loads(run_cli("history", url, "--json", store=store).stdout)
    assert "the extractor broke" in doc["captures"][-1]["extraction_error"]
