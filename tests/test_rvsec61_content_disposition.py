"""A response Chromium downloads because of its ``Content-Disposition`` has no text a browser shows (review
rvsec61 of sec59-sec61).

sec59-sec61 made every statement about a capture's text follow the one decision of what a browser shows
(``archiver/core/readable.py``), from the type it reads the body as (``core/mime.effective_content_type``).
That type never looked at ``Content-Disposition``: a page sent ``text/html`` or ``text/plain`` with
``Content-Disposition: attachment`` was extracted, and ``verify-quote`` answered ``exact`` for words Chromium
never showed: it downloads such a response (``archive --browser`` of it fails, "Download is starting").

Measured with Debian's Chromium 156 through ``archive --browser`` (review rvsec61): downloaded for
``attachment``, ``ATTACHMENT; filename=a.html``, `` attachment `` and any other disposition type that is a
token (``foo``), and ``attachment, attachment`` (one value twice); shown for ``inline``, an empty value,
``filename=a.html`` (no type), ``"attachment"`` (quoted: no token) and ``attach ment``. That is Chromium's ``net::HttpContentDisposition``: the value up to its first ``;``,
trimmed of spaces and tabs, is the type when it is a token, and any type but ``inline`` is an attachment
(``download_utils::MustDownload``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from captures import archived_served
from cli import run_cli
from servers import Site, response
from test_reextract import _extraction_entries

from archiver.core.mime import DOWNLOADED, effective_content_type

WORDS = "The council met on Tuesday to discuss the harbour wall"
HTML = (f"<html><head><title>Minutes</title></head><body><article><p>{WORDS}. The repairs begin in March "
        "after a long vote by the members of the council.</p></article></body></html>").encode()
TEXT = f"{WORDS}.\nThe repairs begin in March.\n".encode()
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")


@pytest.mark.parametrize("value", ["attachment", "ATTACHMENT; filename=a.html", " attachment ", "\tattachment\t;x=1",
                                   "foo", "attachment; filename=\"a;b.html\"", "attachment, attachment"])
def test_a_disposition_chromium_downloads_is_read_as_a_download(value):
    assert effective_content_type([HTML_TYPE, ("Content-Disposition", value)], HTML) == DOWNLOADED


@pytest.mark.parametrize("value", ["inline", "INLINE; filename=a.html", "", "filename=a.html", '"attachment"',
                                   "attach ment",
                                   'inline; filename="a, attachment"'])
def test_a_disposition_chromium_shows_keeps_the_declared_type(value):
    """The neighbours that must stay: no type, a quoted one or one with a space is no token, so inline,
    as Chromium reads them; a comma inside quotes splits no value."""
    assert effective_content_type([HTML_TYPE, ("Content-Disposition", value)], HTML) == HTML_TYPE[1]


def test_a_pdf_sent_as_an_attachment_is_still_the_pdf_a_reader_opens():
    """A downloaded PDF is the file a reader opens (as an octet-stream PDF is: core/readable.py); its
    declared type stands, so a PDF with a few bytes before its signature is read as it was."""
    fields = [("Content-Type", "application/pdf"), ("Content-Disposition", "attachment; filename=r.pdf")]
    assert effective_content_type(fields, b"\n%PDF-1.4\n") == "application/pdf"


def _verdict(store: Path, cid: str) -> tuple[int, dict]:
    proc = run_cli("verify-quote", WORDS, "--capture", cid, "--json", store=store)
    return proc.exit_code, json.loads(proc.stdout)


@pytest.mark.parametrize("fields,body", [
    ([HTML_TYPE, ("Content-Disposition", "attachment; filename=minutes.html")], HTML),
    ([("Content-Type", "text/plain; charset=utf-8"), ("Content-Disposition", "attachment")], TEXT),
], ids=["html", "text"])
def test_a_page_sent_as_an_attachment_has_no_text_to_quote(tmp_path, key_dir, fields, body):
    store = tmp_path / "store"
    cid = archived_served(store, fields, body)
    assert _extraction_entries(store) == []
    code, doc = _verdict(store, cid)
    assert (code, doc["verdict"], doc["page_state"]) == (1, "not_found", "download"), doc


def test_a_page_sent_inline_still_verifies(tmp_path, key_dir):
    store = tmp_path / "store"
    cid = archived_served(store, [HTML_TYPE, ("Content-Disposition", "inline; filename=minutes.html")], HTML)
    code, doc = _verdict(store, cid)
    assert (code, doc["verdict"]) == (0, "exact"), doc


@pytest.fixture
def read_before(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """(store, capture id) of an attachment page as extractor 145 read it (text): the store an archiver
    before this review left."""
    import archiver.core.mime as mime
    import archiver.extract as extract

    store = tmp_path / "store"
    then = tuple(sorted({**dict(extract._versions()), "archiver-extract": "145"}.items()))
    with monkeypatch.context() as patched:
        patched.setattr(mime, "_attachment", lambda _fields: False)
        patched.setattr(extract, "_versions", lambda: then)
        cid = archived_served(store, [HTML_TYPE, ("Content-Disposition", "attachment")], HTML)
    assert len(_extraction_entries(store)) == 1
    return store, cid


def test_an_older_extractors_text_of_an_attachment_is_not_vouched_for(read_before):
    """The read-time decision (sec60) follows the same reading: the logged text is not quoted from."""
    store, cid = read_before
    code, doc = _verdict(store, cid)
    assert (code, doc["verdict"], doc["no_text"], doc["logged_text_not_shown"]) == (1, "not_found", "download", True)


def test_a_citation_of_an_older_extractors_text_of_an_attachment_cites_no_text(read_before):
    store, cid = read_before
    doc = json.loads(run_cli("cite", cid, "--json", store=store).stdout)
    assert (doc["no_text_now"], doc["text_sha256"]) == ("download", None), doc


def test_reextract_logs_that_an_older_extractors_attachment_text_is_no_text(read_before):
    """``log verify --deep`` decides again from the bytes (a problem until then), ``reextract`` logs no text,
    and the log verifies deep after it."""
    store, cid = read_before
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 1
    proc = run_cli("reextract", cid, "--json", store=store)
    assert proc.exit_code == 0, proc.output
    assert _extraction_entries(store)[-1]["data"]["no_text"] == "download"
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 0


def _archived(tmp_path: Path, dispositions: list[str]) -> dict:
    site = Site()
    site.routes["/statement"] = lambda h: response(
        "200 OK", [HTML_TYPE, *(("Content-Disposition", v) for v in dispositions)], HTML)
    try:
        proc = run_cli("archive", site.url("/statement"), "--json", store=tmp_path / "store")
    finally:
        site.close()
    return {"exit": proc.exit_code, **json.loads(proc.stdout)}


@pytest.mark.parametrize("dispositions", [["inline, attachment"], ["inline", "attachment"],
                                          ["attachment", "ATTACHMENT"], ['attachment; filename="a.html"', "inline"]])
def test_differing_dispositions_fail_the_capture_as_chromium_refuses_them(tmp_path, key_dir, dispositions):
    """As two different Locations do (ambiguous_redirect): exit 1, no capture, each value named."""
    doc = _archived(tmp_path, dispositions)
    assert (doc["exit"], doc["ok"], doc["capture_id"], doc["error_kind"]) == (1, False, None, "ambiguous_disposition")
    assert "different Content-Disposition values" in doc["error"], doc["error"]


@pytest.mark.parametrize("dispositions", [["attachment", "attachment"], ['inline; filename="a, attachment"']])
def test_one_disposition_value_given_twice_or_a_quoted_comma_is_captured(tmp_path, key_dir, dispositions):
    """The same value twice is one value (Chromium downloads it); a comma inside quotes splits nothing."""
    doc = _archived(tmp_path, dispositions)
    assert (doc["exit"], doc["ok"]) == (0, True), doc


def test_a_page_chromium_refuses_for_differing_dispositions_is_not_vouched_for(tmp_path, key_dir):
    """A capture that fails (as ``ambiguous_redirect`` does) or a verdict on no text would each pass."""
    store = tmp_path / "store"
    site = Site()
    site.routes["/statement"] = lambda h: response("200 OK", [HTML_TYPE, ("Content-Disposition", "inline"),
                                                              ("Content-Disposition", "attachment")], HTML)
    try:
        proc = run_cli("archive", site.url("/statement"), "--json", store=store)
    finally:
        site.close()
    if proc.exit_code == 0:
        code, doc = _verdict(store, json.loads(proc.stdout)["capture_id"])
        assert doc["verdict"] not in ("exact", "normalized"), doc
