"""A capture whose body a browser downloads never verifies a quote, whenever it was extracted (task sec59).

Since extractor 131 (review rvsec58) a binary body sent as ``text/plain; charset=utf-8`` is a download,
as Debian's Chromium takes it: a capture made now gets no text. A capture an older extractor read kept its
logged text, so ``verify-quote`` said ``exact`` for words no browser showed, and ``reextract`` failed on
it: a re-extraction could log a new text, never none. It now logs a superseding ``extraction`` entry whose
text is empty and whose ``no_text`` says why (``download``; its ``extractor`` the versions that decided),
and every reader follows it: verify-quote, show, cite, ``log verify --deep`` (which decides again from the
bytes), reindex, export, verify-bundle and import.

The store is made by the real commands with the older reading (``captures.archived_as_read_before``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from captures import archived_as_read_before, archived_served
from cli import run_cli
from old_download import BODY, FIELDS, WORDS, broken_extractor
from old_download import verdict as _verdict
from servers import Site, response
from test_reextract import _extraction_entries

import archiver.core.mime as mime
from archiver.archive import Archive
from archiver.core.digests import sha256_label

EMPTY = sha256_label(b"")


@pytest.fixture
def old(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """(store, capture id) of the body as extractor 127 read it: text."""
    store = tmp_path / "store"
    return store, archived_as_read_before(store, FIELDS, BODY, monkeypatch)



def _reextracted(store: Path, cid: str) -> dict:
    proc = run_cli("reextract", cid, "--json", store=store)
    assert proc.exit_code == 0, proc.output
    return dict(json.loads(proc.stdout))  # (one id: its object)


def test_the_old_extraction_logs_words_a_browser_never_showed_which_verify_quote_no_longer_vouches_for(old):
    """Before sec60 verify-quote answered ``exact`` here until ``reextract`` ran; it now decides again from
    the bytes (tests/test_sec60_no_text_at_read_time.py)."""
    store, cid = old
    [entry] = _extraction_entries(store)
    assert entry["data"]["text_sha256"] != EMPTY
    code, doc = _verdict(store, "--capture", cid)
    assert (code, doc["verdict"], doc["logged_text_not_shown"]) == (1, "not_found", True)


def test_reextract_logs_a_superseding_extraction_saying_the_capture_has_no_text(old):
    store, cid = old
    [before] = _extraction_entries(store)
    item = _reextracted(store, cid)
    assert item["status"] == "reextracted" and item["new_text_sha256"] == EMPTY and item["no_text"] == "download"
    first, now = _extraction_entries(store)
    assert first == before
    assert now["data"]["no_text"] == "download" and now["data"]["text_sha256"] == EMPTY
    assert now["data"]["supersedes_seq"] == before["seq"]
    assert now["data"]["extractor"]["archiver-extract"] != "127"


def test_after_reextract_verify_quote_finds_nothing_and_says_a_browser_downloads_the_body(old):
    store, cid = old
    _reextracted(store, cid)
    code, doc = _verdict(store, "--capture", cid)
    assert (code, doc["verdict"], doc["page_state"]) == (1, "not_found", "download")
    said = run_cli("verify-quote", WORDS, "--capture", cid, store=store)
    assert said.exit_code == 1 and "page state is download" in said.stdout and "downloads" in said.stdout


def test_reextract_says_the_capture_now_has_no_text_and_why(old):
    store, cid = old
    proc = run_cli("reextract", cid, store=store)
    assert proc.exit_code == 0 and "-> no text (download: a browser downloads this body" in proc.stdout, proc.output


def test_after_reextract_the_whole_archive_search_finds_nothing(old):
    """The text index holds the empty text in the old one's place: no candidate at all."""
    store, cid = old
    _reextracted(store, cid)
    code, doc = _verdict(store)
    assert code == 1 and doc["verdict"] == "not_found" and "(0 candidate text(s) checked" in doc["explanation"]


def test_show_and_cite_read_the_no_text_extraction(old):
    store, cid = old
    _reextracted(store, cid)
    shown = run_cli("show", cid, "--json", "--text", store=store)
    assert shown.exit_code == 0, shown.output
    doc = json.loads(shown.stdout)
    assert WORDS not in shown.stdout and doc["article"]["page_state"] == "download"
    plain = run_cli("show", cid, store=store)
    assert "page state is download: a browser downloads this body" in plain.stdout, plain.output
    cited = run_cli("cite", cid, "--style", "csl-json", store=store)
    assert cited.exit_code == 0, cited.output


def test_log_verify_deep_decides_again_and_accepts_the_no_text_entry(old):
    store, cid = old
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 1  # (the old text: not today's reading)
    _reextracted(store, cid)
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 0, proc.output


def test_log_verify_deep_fails_a_no_text_entry_whose_bytes_are_text(tmp_path, key_dir, monkeypatch):
    """A capture logged as having no text whose bytes today's reading makes text: the entry is
    re-decided from the bytes, not taken on its word."""
    store = tmp_path / "store"
    cid = archived_served(store, FIELDS, f"{WORDS}.\n".encode())
    with monkeypatch.context() as patched:  # a reading that took the text for binary
        patched.setattr(mime, "is_binary", lambda _body: True)
        import archiver.extract as extract
        then = tuple(sorted({**dict(extract._versions()), "archiver-extract": "999"}.items()))
        patched.setattr(extract, "_versions", lambda: then)
        assert _reextracted(store, cid)["status"] == "reextracted"
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 1 and "no text" in proc.output, proc.output


def test_a_second_reextract_changes_nothing(old):
    store, cid = old
    _reextracted(store, cid)
    assert _reextracted(store, cid)["status"] == "unchanged"
    assert len(_extraction_entries(store)) == 2
    proc = run_cli("reextract", "--all-outdated", "--json", store=store)
    assert proc.exit_code == 0 and json.loads(proc.stdout) == []


def test_a_dry_run_writes_nothing(old):
    store, cid = old
    proc = run_cli("reextract", cid, "--dry-run", "--json", store=store)
    assert proc.exit_code == 0 and json.loads(proc.stdout)["status"] == "would_reextract"
    assert len(_extraction_entries(store)) == 1


def test_reindex_keeps_the_capture_without_text(old):
    store, cid = old
    _reextracted(store, cid)
    assert run_cli("reindex", store=store).exit_code == 0
    code, doc = _verdict(store)
    assert code == 1 and doc["verdict"] == "not_found" and "(0 candidate text(s) checked" in doc["explanation"]
    assert _verdict(store, "--capture", cid)[1]["verdict"] == "not_found"


def test_a_bundle_says_the_old_quote_does_not_hold_on_the_current_text_and_verifies(old, tmp_path, monkeypatch):
    store, cid = old
    with monkeypatch.context() as before_sec60:  # (verify-quote before sec60 answered from the old text)
        before_sec60.setattr(Archive, "shown_no_text", lambda self, capture_id: None)
        assert _verdict(store, "--capture", cid)[1]["verdict"] == "exact"  # logged on the old text
    _reextracted(store, cid)
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "--with-quotes", "all", "-o", str(out), store=store).exit_code == 0
    checked = run_cli("verify-bundle", str(out), "--json", store=store)
    doc = json.loads(checked.stdout)
    assert not doc["problems"], doc["problems"]
    assert not [w for w in doc["warnings"] if "failed here" in json.dumps(w)], doc["warnings"]
    assert doc["extractions_checked"] >= 1  # (the no-text entry, decided again from the bundle's bytes)
    [capture] = doc["captures"]
    [quote] = capture["quotes"]
    assert quote["verdict"] == "exact" and quote["holds_on_current_text"] is False
    assert quote["current_verdict"] == "not_found"


def test_an_imported_bundle_has_no_text_there_either(old, tmp_path):
    """``import`` extracts what it imports with the installed extractor: a download, no text, as a
    capture made today (no extraction: verify-quote finds nothing, exit 1, and says why: sec60)."""
    store, cid = old
    _reextracted(store, cid)
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(out), store=store).exit_code == 0
    other = tmp_path / "other"  # (the same user: their own key, trusted)
    imported = run_cli("import", str(out), store=other)
    assert imported.exit_code == 0, imported.stderr
    proc = run_cli("verify-quote", WORDS, "--capture", cid, store=other)  # (its original id names it)
    assert proc.exit_code == 1 and "no text a browser shows (download" in proc.stdout, proc.output
    shown = run_cli("show", cid, "--text", store=other)
    assert shown.exit_code == 0 and WORDS not in shown.stdout, shown.output


def test_reextract_failed_logs_no_text_for_a_download_whose_extraction_failed_when_captured(tmp_path, key_dir,
                                                                                            monkeypatch):
    """A capture whose extraction failed (an extractor that broke) while the body was text to it: today a
    download, it gets its first extraction saying so, and ``--failed`` passes it over from then on (it
    failed again on every run, exit 1)."""

    store, site = tmp_path / "store", Site()
    site.routes["/s"] = lambda h: response("200 OK", FIELDS, BODY)
    try:
        with monkeypatch.context() as patched, Archive.open(store, extractor=broken_extractor) as arc:
            patched.setattr(mime, "is_binary", lambda _body: False)
            cid = str(arc.capture(site.url("/s")).capture_id)
    finally:
        site.close()
    proc = run_cli("reextract", "--failed", "--json", store=store)
    assert proc.exit_code == 0, proc.output
    [item] = json.loads(proc.stdout)
    assert (item["capture_id"], item["status"], item["no_text"]) == (cid, "reextracted", "download")
    assert json.loads(run_cli("reextract", "--failed", "--json", store=store).stdout) == []
    assert _verdict(store, "--capture", cid)[0] == 1
