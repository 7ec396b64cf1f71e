"""Text a browser would not show is never quotable (review rvsec58 of sec57's text-or-binary rule).

sec56/sec57 followed the MIME Sniffing standard alone: only a body sent with one of four Content-Type
values, byte for byte, was checked for binary bytes; any other ``text/plain`` value (``text/plain;
charset=utf-8``, ``TEXT/PLAIN``, a quoted charset) was shown as text whatever it held. Chromium checks
every ``text/plain`` body it may sniff, whatever the value's case and parameters. Measured with
Debian's Chromium 156 headless against a 127.0.0.1 server (each body holds one binary data byte
0x01, or is UTF-16 without a byte order mark): every value below was downloaded, and ``archive``
made its bytes quotable text (``verify-quote``: exact). A text/plain body is now checked whatever
its parameters (the standard's four values are among them, so a body either browser downloads is no
text); ``nosniff`` still shows it as text (Chromium did), and Markdown is never checked (Chromium
showed it). A Content-Type that does not parse ("text/plain" followed by a no-break space,
Chromium: "no enabled plugin supports this MIME type", nothing shown) was read as text/plain by
extraction, which trimmed it as Python trims; it is now no type extraction reads (the capture's head
reader, ``capture/warc.py``, still trims field values so before extraction sees them: not covered here).

The cases go through ``core/mime.effective_content_type`` as every reader of a response does; one
goes through ``archive`` and ``verify-quote`` end to end, one through ``import``.
"""

from __future__ import annotations

import io
import json

import pytest
from captures import archived_served
from cli import run_cli

from archiver.core.mime import effective_content_type
from archiver.extract import extract, is_extractable

WORDS = "The council met on Tuesday to discuss the harbour wall"
#: text with one binary data byte in its first line
BINARY_TEXT = f"{WORDS}.\x01\nThe repairs begin in March.\n".encode()
NOSNIFF = ("X-Content-Type-Options", "nosniff")


def _shown_as_text(fields: list[tuple[str, str]], body: bytes) -> bool:
    """Whether a response with these head fields and body is read as text (quotable)."""
    return is_extractable(effective_content_type(fields, body), body)


#: one Content-Type field each, outside the standard's four values: Chromium downloaded each body
CHROMIUM_CHECKS = ["text/plain; charset=utf-8", "TEXT/PLAIN", 'text/plain; charset="UTF-8"', "text/plain ; charset=UTF-8",
                   "text/plain; charset=windows-1252", "text/plain;charset=", "text/plain;"]


@pytest.mark.parametrize("declared", CHROMIUM_CHECKS)
def test_a_binary_body_sent_as_any_text_plain_value_is_downloaded_not_text(declared):
    assert not _shown_as_text([("Content-Type", declared)], BINARY_TEXT)


@pytest.mark.parametrize("declared", CHROMIUM_CHECKS)
def test_the_same_value_with_a_text_body_is_text(declared):
    text = WORDS.encode() + b".\n"
    assert extract(text, url=None, content_type=effective_content_type([("Content-Type", declared)], text)).text == text.decode()


@pytest.mark.parametrize("fields", [
    [("Content-Type", "text/plain"), ("Content-Type", "text/plain; charset=utf-8")],
    [("Content-Type", "text/plain; charset=utf-8"), ("Content-Type", "*/*")],
    [("Content-Type", "text/markdown, text/plain;")],
], ids=["plain-then-charset", "charset-then-any", "markdown-then-plain-joined"])
def test_several_fields_choosing_a_text_plain_type_check_its_body(fields):
    assert not _shown_as_text(fields, BINARY_TEXT)


def test_utf16_without_a_byte_order_mark_declared_as_text_plain_is_downloaded():
    """Its every other byte is NUL: Chromium downloaded it; archive had quoted it."""
    body = f"{WORDS}.\n".encode("utf-16-le")
    assert not _shown_as_text([("Content-Type", "text/plain; charset=utf-16le")], body)


def test_a_byte_order_mark_keeps_a_text_plain_body_text_whatever_its_charset():
    body = b"\xfe\xff" + f"{WORDS}.\n".encode("utf-16-be")
    assert _shown_as_text([("Content-Type", "text/plain; charset=utf-8")], body)


@pytest.mark.parametrize("declared", ["text/plain; charset=utf-8", "TEXT/PLAIN"])
def test_nosniff_still_shows_a_text_plain_body_as_text_whatever_its_bytes(declared):
    assert _shown_as_text([("Content-Type", declared), NOSNIFF], BINARY_TEXT)


@pytest.mark.parametrize("options", ["nosniff, foo", "NOSNIFF", "nosniff,"])
def test_nosniff_is_the_first_value_of_the_field_in_any_case(options):
    assert _shown_as_text([("Content-Type", "text/plain; charset=utf-8"), ("X-Content-Type-Options", options)],
                          BINARY_TEXT)


@pytest.mark.parametrize("options", ["foo, nosniff", "nosniff; mode=block", ""])
def test_a_field_whose_first_value_is_not_nosniff_lets_the_body_be_checked(options):
    assert not _shown_as_text([("Content-Type", "text/plain; charset=utf-8"), ("X-Content-Type-Options", options)],
                              BINARY_TEXT)


@pytest.mark.parametrize("declared", ["text/markdown", "text/x-markdown"])
def test_markdown_is_shown_as_text_whatever_bytes_it_holds(declared):
    assert _shown_as_text([("Content-Type", declared)], BINARY_TEXT)


def test_a_content_type_that_does_not_parse_is_no_type_extraction_reads():
    """Python's ``str.strip`` trims a no-break space and other characters HTTP does not: the type
    was then read as text/plain (or HTML), which Chromium does not show."""
    page = f"<html><body><article><p>{WORDS}.</p></article></body></html>".encode()
    assert not _shown_as_text([("Content-Type", "text/plain\xa0")], page)


@pytest.mark.parametrize("declared", ["text/html\x0b", "text/plain\x1c"])
def test_a_text_type_closed_by_a_control_character_is_shown_as_text(declared):
    """Measured by ext62 (``bench/markup_structure_chromium.py``): Chromium 156 shows these pages'
    source as text; until extractor 151 they were read as no type, as the no-break space is."""
    page = f"<html><body><article><p>{WORDS}.</p></article></body></html>".encode()
    assert _shown_as_text([("Content-Type", declared)], page)


def test_archive_of_a_binary_body_sent_as_text_plain_utf8_gives_nothing_to_quote(tmp_path):
    store = tmp_path / "store"
    capture_id = archived_served(store, [("Content-Type", "text/plain; charset=utf-8")], BINARY_TEXT)
    shown = json.loads(run_cli("show", capture_id, "--json", store=store).stdout)
    assert shown["article"] is None and shown["content_type"] == "text/plain; charset=utf-8"
    quoted = run_cli("verify-quote", WORDS, "--capture", capture_id, "--json", store=store)
    assert quoted.returncode != 0 and "exact" not in quoted.stdout


def test_an_import_of_a_binary_body_sent_as_text_plain_utf8_makes_no_capture(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "other.warc.gz"
    page = f"<html><body><p>{WORDS}.</p></body></html>\x01".encode()
    with open(warc, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8"),
                                           ("Content-Length", str(len(page)))], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/harbour", "response", payload=io.BytesIO(page),
                                            http_headers=http))
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["captures"] == []
