"""A browser capture keeps the text its rendered page showed, and ``verify-quote`` holds quotes to it.

One page, captured once with the shared Chromium of this process: a visible sentence, one a
linked stylesheet hides (``.aside {display: none}`` in ``/harbour.css``: the markup alone does not
say so, so the article text, extracted from markup, still holds it; a rule of the page's own
``<style>`` is read since extractor 60, tests/test_extract_style_hidden.py) and one an inline style
hides (which extraction already leaves out). The capture's ``urn:rendered-text:`` record holds what Chromium laid out
(the body's ``innerText``), its digest is in the ``capture`` log entry, and a quote of words the
page did not show is ``altered``, never ``exact``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from servers import Site, html_page, response
from stores import copy_store

from archiver.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

VISIBLE = "The harbour handled forty one thousand containers in March, the port authority said on Tuesday."
STYLED_AWAY = "The minister quietly approved the dredging contract without any public tender at all."
INLINE_AWAY = "An unpublished annex lists every payment made to the consultancy in the last decade."
FILLER = ("Dock workers said the new cranes had shortened the time each ship spent at the quay, and the "
          "authority expects the figures for April to be higher still as the summer season begins. ")

PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Harbour report</title>"
    "<link rel='stylesheet' href='/harbour.css'></head><body><article><h1>Harbour report</h1>"
    f"<p>{VISIBLE} {FILLER}</p><p class='aside'>{STYLED_AWAY}</p>"
    f"<p style='display:none'>{INLINE_AWAY}</p><p>{FILLER * 2}</p></article></body></html>"
).encode()


def _invoke(store: Path, keys: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--store", str(store), *args], env={"ARCHIVER_KEY_DIR": str(keys)})


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One ``archive --browser`` of the page (and one plain HTTP capture of it), in one store;
    the site stays up for the module (a later capture of the same URL)."""
    root = tmp_path_factory.mktemp("rendered-text")
    store, keys = root / "store", root / "keys"
    site = Site()
    site.routes["/harbour"] = html_page(PAGE)
    site.routes["/harbour.css"] = lambda h: response("200 OK", [("Content-Type", "text/css")],
                                                      b".aside { display: none; }")
    try:
        browser = _invoke(store, keys, "archive", site.url("/harbour"), "--browser", "--json")
        http = _invoke(store, keys, "archive", site.url("/harbour"), "--json")
        assert browser.exit_code == 0, browser.output
        assert http.exit_code == 0, http.output
        yield {"root": root, "store": store, "keys": keys, "doc": json.loads(browser.stdout),
               "http": json.loads(http.stdout), "url": site.url("/harbour")}
    finally:
        site.close()


def _rendered_text(store: Path, capture_id: str) -> str | None:
    from archiver.archive import Archive

    archive = Archive.open(store, mode="read")
    try:
        return archive.rendered_text(capture_id)
    finally:
        archive.close(sign=False)


def test_the_rendered_text_record_holds_what_the_page_showed_and_not_what_it_hid(shown: dict[str, Any]) -> None:
    browser = shown["doc"]["browser"]
    assert browser["rendered_text_record_id"] and browser["rendered_text_sha256"].startswith("sha256:")
    text = _rendered_text(shown["store"], shown["doc"]["capture_id"])
    assert text is not None
    assert VISIBLE in text
    assert STYLED_AWAY not in text and INLINE_AWAY not in text


def test_the_capture_log_entry_states_the_rendered_text_record_and_digest(shown: dict[str, Any]) -> None:
    proc = _invoke(shown["store"], shown["keys"], "log", "show", "--type", "capture", "--json")
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    entries = doc if isinstance(doc, list) else doc.get("entries", [])
    logged = next(e["data"]["browser"] for e in entries if e["data"]["capture_id"] == shown["doc"]["capture_id"])
    assert logged["rendered_text_record_id"] == shown["doc"]["browser"]["rendered_text_record_id"]
    assert logged["rendered_text_sha256"] == shown["doc"]["browser"]["rendered_text_sha256"]


def test_show_lists_the_rendered_text_record(shown: dict[str, Any]) -> None:
    proc = _invoke(shown["store"], shown["keys"], "show", shown["doc"]["capture_id"])
    assert proc.exit_code == 0, proc.output
    assert f"rendered text: {shown['doc']['browser']['rendered_text_record_id']}" in proc.stdout


def test_an_index_edited_to_name_another_rendered_text_digest_is_refused_by_show(shown: dict[str, Any],
                                                                                 tmp_path: Path) -> None:
    shown = _copy(shown, tmp_path)
    store = shown["store"]
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute("UPDATE captures SET detail = json_set(detail, '$.browser.rendered_text_sha256', ?) "
                   "WHERE capture_id = ?", ("sha256:" + "0" * 64, shown["doc"]["capture_id"]))
    db.close()
    proc = _invoke(store, shown["keys"], "show", shown["doc"]["capture_id"], "--json")
    assert proc.exit_code == 1
    assert "browser rendered_text_sha256" in proc.output


def _copy(shown: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    """A copy of the module's store with its own key folder (a store copied and written to
    without it would be an "older copy" to the original's key folder), as tests/stores.py
    copies a template: the key folder's record names the copy."""
    copy_store(shown["root"], tmp_path / "store", tmp_path / "keys")
    return {**shown, "store": tmp_path / "store", "keys": tmp_path / "keys"}


def _verify(shown: dict[str, Any], quote: str, capture: str | None = None, store: Path | None = None) -> Any:
    return _invoke(store or shown["store"], shown["keys"], "verify-quote", quote, "--capture",
                   capture or shown["doc"]["capture_id"], "--json")


def test_a_quote_of_a_visible_sentence_is_exact_and_says_it_was_held_to_the_rendered_text(shown: dict[str, Any]) -> None:
    proc = _verify(shown, VISIBLE)
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "exact"
    assert doc["texts_compared"] == ["text", "rendered_text"]
    assert doc["rendered_text_sha256"] == shown["doc"]["browser"]["rendered_text_sha256"]


def test_a_quote_of_a_sentence_a_stylesheet_hid_is_altered_as_not_shown(shown: dict[str, Any]) -> None:
    proc = _verify(shown, STYLED_AWAY)
    assert proc.exit_code == 1, proc.output
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "altered"
    assert [d["kind"] for d in doc["differences"]] == ["not_shown"]
    assert "rendered page did not show" in doc["explanation"]


def test_a_quote_of_a_sentence_an_inline_style_hid_is_not_verified(shown: dict[str, Any]) -> None:
    proc = _verify(shown, INLINE_AWAY)
    assert proc.exit_code == 1, proc.output
    assert json.loads(proc.stdout)["verdict"] in ("not_found", "altered")


def test_the_http_capture_of_the_same_page_is_judged_without_a_rendered_text(shown: dict[str, Any]) -> None:
    proc = _verify(shown, STYLED_AWAY, capture=shown["http"]["capture_id"])
    assert proc.exit_code == 0, proc.output  # (markup alone cannot tell a linked stylesheet's display:none)
    doc = json.loads(proc.stdout)
    assert doc["texts_compared"] == ["text"] and doc["rendered_text_sha256"] is None


def test_the_verification_log_entry_names_the_rendered_text_it_was_held_to(shown: dict[str, Any]) -> None:
    proc = _verify(shown, STYLED_AWAY)
    seq = json.loads(proc.stdout)["log_seq"]
    logged = _invoke(shown["store"], shown["keys"], "log", "show", "--type", "quote_verification", "--json")
    doc = json.loads(logged.stdout)
    entries = doc if isinstance(doc, list) else doc.get("entries", [])
    entry = next(e for e in entries if e["seq"] == seq)
    assert entry["data"]["rendered_text_sha256"] == shown["doc"]["browser"]["rendered_text_sha256"]
    assert entry["data"]["verdict"] == "altered"


def test_a_rendered_text_record_changed_in_the_warc_gives_no_verdict(shown: dict[str, Any], tmp_path: Path) -> None:
    """The rendered-text record rewritten (same length, so every place still reads) to show the
    hidden sentence's first word: refused before any verdict, the log stating its digest."""
    import gzip

    from archiver.archive import Archive

    shown = _copy(shown, tmp_path)
    store = shown["store"]
    archive = Archive.open(store, mode="read")
    try:
        rec = next(r for r in archive.index.records(shown["doc"]["capture_id"])
                   if r["record_id"] == shown["doc"]["browser"]["rendered_text_record_id"])
    finally:
        archive.close(sign=False)
    warc = next(store.rglob(rec["warc"]))
    data = warc.read_bytes()
    member = gzip.decompress(data[rec["offset"]:rec["offset"] + rec["length"]])
    assert b"Harbour report" in member
    forged = gzip.compress(member.replace(b"Harbour report", b"Minister quiet", 1))
    warc.write_bytes(data[:rec["offset"]] + forged + data[rec["offset"] + rec["length"]:])
    proc = _verify(shown, VISIBLE, store=store)
    assert proc.exit_code == 1
    doc = json.loads(proc.stdout)
    assert doc["verdict"] is None
    assert shown["doc"]["browser"]["rendered_text_record_id"] in doc["evidence_error"]


def test_an_index_edited_to_drop_the_rendered_text_gives_no_verdict(shown: dict[str, Any], tmp_path: Path) -> None:
    """An index row that no longer names the rendered text (so the hidden sentence would be
    ``exact``) disagrees with the capture's log entry: refused, nothing verified."""
    shown = _copy(shown, tmp_path)
    store = shown["store"]
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute("UPDATE captures SET detail = json_set(detail, '$.browser.rendered_text_record_id', json('null')) "
                   "WHERE capture_id = ?", (shown["doc"]["capture_id"],))
    db.close()
    proc = _verify(shown, STYLED_AWAY, store=store)
    assert proc.exit_code == 1
    doc = json.loads(proc.stdout)
    assert doc["verdict"] is None
    assert "rendered_text_record_id" in doc["evidence_error"]


@pytest.fixture(scope="module")
def bundled(shown: dict[str, Any]) -> dict[str, Any]:
    """The browser capture exported with its quote verifications (one of a hidden sentence)."""
    assert _verify(shown, STYLED_AWAY).exit_code == 1
    assert _verify(shown, VISIBLE).exit_code == 0
    bundle = shown["root"] / "harbour.wacz"
    proc = _invoke(shown["store"], shown["keys"], "export", shown["doc"]["capture_id"], "--with-quotes", "all",
                   "-o", str(bundle), "--json")
    assert proc.exit_code == 0, proc.output
    return {"bundle": bundle}


def _verify_bundle(shown: dict[str, Any], bundle: Path) -> Any:
    return _invoke(shown["store"], shown["keys"], "verify-bundle", str(bundle), "--json")


def test_the_bundle_carries_the_rendered_text_record_and_re_runs_its_verdicts_against_it(
        shown: dict[str, Any], bundled: dict[str, Any]) -> None:
    import zipfile

    with zipfile.ZipFile(bundled["bundle"]) as zf:
        warcs = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("archive/"))
    assert shown["doc"]["browser"]["rendered_text_record_id"].encode() in gzip_text(warcs)
    proc = _verify_bundle(shown, bundled["bundle"])
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert doc["quotes_checked"] >= 2 and not doc["problems"]


def test_a_bundle_whose_rendered_text_record_was_changed_fails(shown: dict[str, Any], bundled: dict[str, Any],
                                                               tmp_path: Path) -> None:
    import gzip
    import zipfile

    forged = tmp_path / "forged.wacz"
    rid = shown["doc"]["browser"]["rendered_text_record_id"].encode()
    with zipfile.ZipFile(bundled["bundle"]) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("archive/") and rid in gzip_text(data):
                members = _members(data)
                data = b"".join(gzip.compress(m.replace(b"Harbour report", b"Minister quiet", 1)) if rid in m
                                else gzip.compress(m) for m in members)
            dst.writestr(info, data)
    proc = _verify_bundle(shown, forged)
    assert proc.exit_code != 0
    assert shown["doc"]["browser"]["rendered_text_record_id"] in proc.output


def gzip_text(data: bytes) -> bytes:
    """The uncompressed bytes of a file of gzip members (a WARC.gz)."""
    return b"".join(_members(data))


def _members(data: bytes) -> list[bytes]:
    import zlib

    out = []
    while data:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out.append(d.decompress(data))
        data = d.unused_data
    return out


def test_history_rechecks_a_quote_verified_on_markup_against_a_newer_browser_captures_rendered_text(
        shown: dict[str, Any], tmp_path: Path) -> None:
    shown = _copy(shown, tmp_path)
    store = shown["store"]
    assert _verify(shown, STYLED_AWAY, capture=shown["http"]["capture_id"], store=store).exit_code == 0
    again = _invoke(store, shown["keys"], "archive", shown["url"], "--browser", "--json")
    assert again.exit_code == 0, again.output
    proc = _invoke(store, shown["keys"], "history", shown["url"], "--json")
    doc = json.loads(proc.stdout)
    broken = {b["quote"]: b for b in doc["broken_quotes"]}
    assert broken[STYLED_AWAY]["verdict_now"] == "altered"
    assert broken[STYLED_AWAY]["cause"] == "page"


def test_a_rendered_text_over_max_body_is_not_kept_and_the_capture_says_so(shown: dict[str, Any]) -> None:
    """A few bytes of script write 6 kB of text; --max-body 4000 keeps neither DOM nor text."""
    site = Site()
    site.routes["/grows"] = html_page(b"<!doctype html><html><body><p>Short.</p><script>"
                                      b"document.body.append('The minister resigned. '.repeat(300));</script>"
                                      b"</body></html>")
    try:
        proc = _invoke(shown["root"] / "grows", shown["keys"], "archive", site.url("/grows"), "--browser",
                       "--max-body", "4000", "--json")
    finally:
        site.close()
    assert proc.exit_code == 0, proc.output
    browser = json.loads(proc.stdout)["browser"]
    assert "rendered_text_over_max_body" in browser["incomplete"]
    assert browser["rendered_text_record_id"] is None and browser["rendered_text_sha256"] is None


def test_reindex_keeps_the_rendered_text_and_its_verdicts(shown: dict[str, Any], tmp_path: Path) -> None:
    shown = _copy(shown, tmp_path)
    store = shown["store"]
    (store / "index.sqlite3").unlink()
    assert _invoke(store, shown["keys"], "reindex").exit_code == 0
    proc = _verify(shown, STYLED_AWAY, store=store)
    assert proc.exit_code == 1, proc.output
    assert json.loads(proc.stdout)["verdict"] == "altered"


def test_a_document_that_is_not_html_keeps_no_rendered_text_and_its_quotes_are_judged_as_before(
        shown: dict[str, Any]) -> None:
    """What a browser shows of plain text (or a PDF) is no rendered page of the article text."""
    site = Site()
    site.routes["/notes.txt"] = lambda h: response("200 OK", [("Content-Type", "text/plain; charset=utf-8")],
                                                   (VISIBLE + "\n\n" + FILLER).encode())
    store = shown["root"] / "plain"
    try:
        proc = _invoke(store, shown["keys"], "archive", site.url("/notes.txt"), "--browser", "--json")
    finally:
        site.close()
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert doc["browser"]["rendered_text_record_id"] is None
    verdict = _invoke(store, shown["keys"], "verify-quote", VISIBLE, "--capture", doc["capture_id"], "--json")
    assert json.loads(verdict.stdout)["verdict"] == "exact"
