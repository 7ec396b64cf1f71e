"""MIME Sniffing's "text or binary" rule, as the standard writes it (task sec56).

https://mimesniff.spec.whatwg.org/: a browser checks a body for binary bytes only when its
Content-Type is *exactly* one of four strings (the "check-for-apache-bug flag": Apache sent them for
every file it could not type); then a byte order mark or no "binary data byte" (0x00-0x08, 0x0B,
0x0E-0x1A, 0x1C-0x1F) in the first 1445 bytes is text, anything else is downloaded
(application/octet-stream: a PDF file, if it is one). Any other text/plain value is shown as text.
Before, every text type was checked, for a NUL alone, in 1024 bytes. (Since rvsec58 every text/plain
value is checked, as Chromium checks it: tests/test_rvsec58_text_or_binary.py.)

Since sec57 the rule is read from the response's head (``core/mime.effective_content_type``, which
also sees ``nosniff``), and extraction follows the type it gives: each case reads a body sent with
one Content-Type field that way, as every reader of a capture does.
"""

from __future__ import annotations

import pytest

from archiver.core.mime import effective_content_type
from archiver.extract import Article, extract, is_extractable

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
TEXT = b"The council met on Tuesday to discuss the harbour wall.\n"


def _readable(declared: str, body: bytes, *, text: bool = True) -> bool:
    """Whether a body sent with the one Content-Type field ``declared`` is extracted."""
    return is_extractable(effective_content_type([("Content-Type", declared)], body), body, text=text)


def _extracted(declared: str, body: bytes) -> Article:
    return extract(body, url="http://127.0.0.1/doc", content_type=effective_content_type([("Content-Type", declared)], body))


#: the standard's table of Content-Type values that set the check-for-apache-bug flag, one row each
APACHE_ROWS = ["text/plain", "text/plain; charset=ISO-8859-1", "text/plain; charset=iso-8859-1",
               "text/plain; charset=UTF-8"]
#: text/plain values not in that table, byte for byte: the standard does not check them, Chromium does
#: (review rvsec58: each downloaded a binary body), and so does the archiver since extractor 131
OTHER_PLAIN = ["text/plain; charset=utf-8", "text/plain;charset=UTF-8", "Text/Plain", "text/plain; charset=windows-1252"]
#: text types no browser checks for binary bytes
OTHER_TEXT = ["text/markdown", "text/x-markdown"]
#: the standard's binary data bytes, one from each row of its definition (and each row's ends)
BINARY_BYTES = [0x00, 0x08, 0x0B, 0x0E, 0x1A, 0x1C, 0x1F]
#: bytes below 0x20 the definition leaves out: tab, line feed, form feed, carriage return, escape
NOT_BINARY = [0x09, 0x0A, 0x0C, 0x0D, 0x1B]


@pytest.mark.parametrize("declared", APACHE_ROWS)
def test_a_binary_pdf_sent_with_an_apache_default_type_is_downloaded_as_a_pdf(declared):
    assert _readable(declared, PDF + b"\x01", text=False)


@pytest.mark.parametrize("declared", OTHER_PLAIN)
def test_a_binary_pdf_sent_with_any_other_text_plain_value_is_downloaded_as_a_pdf(declared):
    assert _readable(declared, PDF + b"\x01", text=False)
    assert not _readable(declared, TEXT + b"\x01")


@pytest.mark.parametrize("declared", OTHER_TEXT)
def test_a_pdf_sent_with_another_text_type_is_shown_as_text_whatever_bytes_it_holds(declared):
    body = PDF.replace(b"%\xe2\xe3\xcf\xd3", b"%") + b"\x00\x01 " + TEXT
    text = _extracted(declared, body).text
    assert text.startswith("%PDF-1.7") and TEXT.decode().strip() in text


@pytest.mark.parametrize("byte", BINARY_BYTES, ids=hex)
def test_each_binary_data_byte_makes_an_apache_default_body_binary(byte):
    assert _readable("text/plain", PDF + bytes([byte]), text=False)
    assert not _readable("text/plain", TEXT + bytes([byte]))


@pytest.mark.parametrize("byte", NOT_BINARY, ids=hex)
def test_the_bytes_the_table_leaves_out_keep_an_apache_default_body_text(byte):
    body = b"%PDF-1.7\n" + TEXT + bytes([byte]) + TEXT
    assert _extracted("text/plain", body).text.startswith("%PDF-1.7")


@pytest.mark.parametrize("bom", [b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf"], ids=["utf-16be", "utf-16le", "utf-8"])
def test_a_byte_order_mark_keeps_an_apache_default_body_text(bom):
    assert _readable("text/plain", bom + TEXT + b"\x01")


def test_a_binary_byte_past_the_resource_header_is_not_looked_at():
    body = TEXT * (1445 // len(TEXT) + 1)
    assert _readable("text/plain", body + b"\x00")
    assert not _readable("text/plain", body[:1444] + b"\x00")
