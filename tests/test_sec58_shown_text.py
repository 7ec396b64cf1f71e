"""Text we vouch for is the text a browser shows (sec58, what review rvsec58 left).

Each case was measured with Debian's Chromium 156 headless (Playwright, ``executable_path``)
against a 127.0.0.1 server, and each was quotable (``verify-quote``: exact) before sec58:

- a field value is trimmed of spaces and tabs only (HTTP's OWS): ``text/html`` and a no-break
  space showed nothing; ``nosniff`` and a no-break space, or a form feed before ``nosniff``, is no
  nosniff, so a ``text/plain`` body holding a binary byte was downloaded (Python's ``strip`` had
  trimmed both, and the page was read as HTML, or as text under nosniff);
- a Content-Type's charset is MIME Sniffing's parameter: ``charset =koi8-r``, ``xcharset=koi8-r``,
  ``charset='koi8-r'`` and a no-break space before the label are no charset to Chromium;
- a declared charset is used whatever the bytes: ``charset=UTF-8`` with four bad bytes showed four
  U+FFFD (extraction dropped it for detection and quoted "âãÏÓ");
- a NUL in a text body is shown as U+FFFD.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from captures import archived_served
from cli import run_cli

from archiver.capture.warc import parse_http_head
from archiver.extract import extract
from archiver.extract.html import charset_from_content_type, decode_html

WORDS = "The council met on Tuesday to discuss the harbour wall"
PAGE = f"<html><body><article><p>{WORDS}.</p><p>The repairs begin in March.</p></article></body></html>".encode()
#: a text body with one binary data byte in its first line: a browser allowed to sniff downloads it
BINARY_TEXT = f"{WORDS}.\x01\nThe repairs begin in March.\n".encode()


def _archive(tmp_path: Path, fields: list[tuple[str, str]], body: bytes) -> tuple[Path, str]:
    """Archive one page served by a 127.0.0.1 server with these head fields; (store, capture id)."""
    store = tmp_path / "store"
    return store, archived_served(store, fields, body)


def _exact(store: Path, capture_id: str, quote: str) -> bool:
    proc = run_cli("verify-quote", quote, "--capture", capture_id, "--json", store=store)
    return proc.returncode == 0 and json.loads(proc.stdout).get("verdict") == "exact"


def test_a_head_reader_trims_spaces_and_tabs_from_a_field_value_and_nothing_else():
    _, fields = parse_http_head(b"HTTP/1.1 200 OK\r\nContent-Type: \t text/html \t\r\n"
                                b"X-Content-Type-Options: \x0cnosniff\xa0\r\n\r\n")
    assert fields == [("Content-Type", "text/html"), ("X-Content-Type-Options", "\x0cnosniff\xa0")]


@pytest.mark.parametrize("fields, body", [
    ([("Content-Type", "text/html\xa0")], PAGE),
    ([("Content-Type", "text/plain"), ("X-Content-Type-Options", "nosniff\xa0")], BINARY_TEXT),
    ([("Content-Type", "text/plain"), ("X-Content-Type-Options", "\x0cnosniff")], BINARY_TEXT),
], ids=["html-nbsp", "nosniff-nbsp", "formfeed-nosniff"])
def test_a_page_whose_field_is_trimmed_only_by_python_gives_nothing_to_quote(tmp_path, fields, body):
    store, capture_id = _archive(tmp_path, fields, body)
    assert not _exact(store, capture_id, WORDS)


def test_nosniff_trimmed_of_spaces_and_tabs_still_shows_a_text_body(tmp_path):
    store, capture_id = _archive(tmp_path, [("Content-Type", "text/plain"), ("X-Content-Type-Options", " nosniff\t")],
                                 BINARY_TEXT)
    assert _exact(store, capture_id, "The repairs begin in March.")


@pytest.mark.parametrize("value", ["text/html; charset =koi8-r", "text/html; xcharset=koi8-r",
                                   "text/html; charset='koi8-r'", "text/html; charset=\xa0koi8-r"])
def test_a_charset_chromium_does_not_parse_is_no_charset(value):
    assert charset_from_content_type(value) in (None, "'koi8-r'", "\xa0koi8-r")
    assert decode_html(b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", value).encoding_source != "http"


@pytest.mark.parametrize("value", ["text/html; charset=koi8-r", 'text/html; Charset="KOI8-R"', "text/html;charset=koi8-r "])
def test_a_charset_chromium_parses_is_used(value):
    assert decode_html(b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", value).text == "<p>\u043e\u041f\u0425\u0411\u0415\u0420</p>"


def test_a_declared_utf8_page_with_many_bad_bytes_shows_each_as_a_replacement_character(tmp_path):
    body = f"<html><body><article><p>{WORDS} \xe2\xe3\xcf\xd3 end.</p></article></body></html>".encode("latin-1")
    store, capture_id = _archive(tmp_path, [("Content-Type", "text/html; charset=UTF-8")], body)
    shown = json.loads(run_cli("show", capture_id, "--json", store=store).stdout)
    assert f"{WORDS} \ufffd\ufffd\ufffd\ufffd end." in shown["article"]["text"]
    assert not _exact(store, capture_id, f"{WORDS} \xe2\xe3\xcf\xd3 end.")


def test_a_declared_charset_in_a_meta_is_used_whatever_its_bad_bytes():
    body = b'<html><head><meta charset="utf-8"></head><body><p>a \xe2\xe3\xcf\xd3 b</p></body></html>'
    decoded = decode_html(body, "text/html")
    assert decoded.encoding_source == "meta" and "a \ufffd\ufffd\ufffd\ufffd b" in decoded.text


def test_a_nul_in_a_text_body_is_a_replacement_character():
    body = f"A\x00B {WORDS}\n".encode()
    assert extract(body, url=None, content_type="text/plain").text == f"A\ufffdB {WORDS}\n"


def test_a_nul_in_a_nosniff_text_page_is_not_quotable_as_served(tmp_path):
    store, capture_id = _archive(tmp_path, [("Content-Type", "text/plain"), ("X-Content-Type-Options", "nosniff")],
                                 f"Said: A\x00B {WORDS}\n".encode())
    assert _exact(store, capture_id, f"A\ufffdB {WORDS}")
    assert not _exact(store, capture_id, f"A\x00B {WORDS}")
