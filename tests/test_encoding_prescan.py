"""Which encoding a page is read in, as Chromium 156 picks it (enc60).

Every row was served from 127.0.0.1 and read back from Debian's Chromium headless (Playwright,
``executable_path=/usr/bin/chromium``): ``document.characterSet`` is the row's answer
(``bench/encodings_chromium.py --choice``, cases in ``bench/encoding_choice_cases.py``). Until
extractor 144 one regex read the first ``<meta ... charset=`` of the first 4096 bytes: it took a
``<meta>`` in a comment, a script's string, a title or a textarea, the ``content`` of a ``<meta>``
without ``http-equiv``, and missed one after an unknown label or a quoted ``>``.
"""

from __future__ import annotations

import pytest

from archiver.extract.html import decode_html
from archiver.extract.meta_charset import extract_charset

#: 0xA4 0xBD: "€œ" in ISO-8859-15 (the label the rows declare), "¤½" in windows-1252, "¤Ѕ" in windows-1251.
BODY = b"<body><p>It costs 5\xa4 and \xbd more.</p></body></html>"
SHOWN = {"ISO-8859-15": "€ and œ", "windows-1252": "¤ and ½", "windows-1251": "¤ and Ѕ"}
PAD = "x" * 1100

#: (what the head holds, the encoding Chromium 156 read the page in)
HEADS = [
    ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', "ISO-8859-15"),
    ('<meta content="text/html; charset=iso-8859-15" http-equiv="content-type">', "ISO-8859-15"),
    ('<meta content="text/html; charset=iso-8859-15">', "windows-1252"),
    ("<meta http-equiv=content-type content='text/html;charset=\"iso-8859-15\"'>", "ISO-8859-15"),
    ('<meta http-equiv="content-type" content="text/html; charset = iso-8859-15;x=1">', "ISO-8859-15"),
    ("<META CHARSET=ISO-8859-15>", "ISO-8859-15"),
    ('<meta/charset="iso-8859-15">', "ISO-8859-15"),
    ('<meta name="a>b" charset="iso-8859-15">', "ISO-8859-15"),
    ('<!-- <meta charset="iso-8859-15"> --><meta charset="windows-1251">', "windows-1251"),
    ('<!--><meta charset="iso-8859-15">', "ISO-8859-15"),
    ("<script>document.write('<meta charset=\"windows-1251\">')</script><meta charset=\"iso-8859-15\">", "ISO-8859-15"),
    ('<title><meta charset="windows-1251"></title><meta charset="iso-8859-15">', "ISO-8859-15"),
    ('<style>/* <meta charset="windows-1251"> */</style><meta charset="iso-8859-15">', "ISO-8859-15"),
    ('<noscript><meta charset="iso-8859-15"></noscript>', "ISO-8859-15"),
    ('<meta charset="bogus"><meta charset="iso-8859-15">', "ISO-8859-15"),
    ('<meta charset="bogus" http-equiv="content-type" content="text/html; charset=iso-8859-15">', "windows-1252"),
    ('<meta charset="iso-8859-15" charset="windows-1251">', "windows-1251"),
    ('<meta charset="windows-1251" charset="iso-8859-15">', "ISO-8859-15"),
    ('<meta charset=""><meta charset="iso-8859-15">', "ISO-8859-15"),
    (f'<title>{PAD}</title><meta charset="iso-8859-15">', "ISO-8859-15"),
    (f'<!-- {PAD} --><meta charset="iso-8859-15">', "ISO-8859-15"),
    ('<meta charset="x-user-defined">', "windows-1252"),
]


@pytest.mark.parametrize("head, chromium", HEADS, ids=[h[:60] for h, _ in HEADS])
def test_a_meta_declaration_is_read_as_chromium_reads_it(head, chromium):
    decoded = decode_html(b"<!DOCTYPE html><html><head>" + head.encode() + b"</head>" + BODY, "text/html")
    assert (decoded.whatwg, SHOWN[chromium] in decoded.text) == (chromium, True)


def test_a_meta_in_the_body_counts_within_the_first_1024_bytes():
    body = BODY.replace(b"</p>", b"</p><meta charset=iso-8859-15>")
    assert decode_html(b"<html><head></head>" + body, "text/html").whatwg == "ISO-8859-15"


def test_a_meta_in_the_body_past_1024_bytes_is_not_read():
    body = BODY.replace(b"</p>", f"</p><p>{PAD}</p><meta charset=iso-8859-15>".encode())
    assert decode_html(b"<html><head></head>" + body, "text/html").whatwg == "windows-1252"


def test_a_meta_written_in_a_textarea_is_text_not_a_declaration():
    body = BODY.replace(b"<p>", b"<textarea><meta charset=windows-1251></textarea><p>").replace(
        b"</p>", b"</p><meta charset=iso-8859-15>")
    assert decode_html(b"<html><head></head>" + body, "text/html").whatwg == "ISO-8859-15"


def test_an_xml_declaration_opening_the_page_declares_its_encoding():
    body = b'<?xml version="1.0" encoding="iso-8859-15"?><html><head></head>' + BODY
    assert decode_html(body, "text/html").whatwg == "ISO-8859-15"


def test_a_meta_declaring_utf16_in_ascii_bytes_means_utf8():
    body = '<html><head><meta charset="utf-16"></head><body><p>Привет</p></body></html>'.encode()
    decoded = decode_html(body, "text/html")
    assert decoded.whatwg == "UTF-8" and "Привет" in decoded.text


def test_an_unknown_meta_label_is_noted_and_passed_over():
    decoded = decode_html(b'<html><head><meta charset="bogus"><meta charset="iso-8859-15"></head>' + BODY)
    assert decoded.whatwg == "ISO-8859-15" and "'bogus'" in decoded.note


@pytest.mark.parametrize("value, charset", [
    ("text/html; charset=koi8-r", "koi8-r"), ("text/html;CHARSET = 'koi8-r'", "koi8-r"),
    ('charset="koi8-r', ""), ("text/html; charset=koi8-r;x", "koi8-r"), ("charsetx; charset=utf-8", "utf-8"),
])
def test_the_charset_of_a_content_attribute_is_extracted_as_blink_extracts_it(value, charset):
    assert extract_charset(value) == charset


# The order the HTML standard's encoding sniffing sets, and Chromium 156 keeps: BOM > HTTP > <meta>.
RU = "Привет, мир"


def test_a_byte_order_mark_beats_the_http_charset_and_the_meta():
    body = b"\xef\xbb\xbf<html><head><meta charset=windows-1251></head><body><p>" + RU.encode() + b"</p></body></html>"
    decoded = decode_html(body, "text/html; charset=koi8-r")
    assert (decoded.whatwg, decoded.encoding_source, RU in decoded.text) == ("UTF-8", "bom", True)


def test_a_utf16_byte_order_mark_beats_an_http_utf8():
    body = b"\xff\xfe" + f"<html><body><p>{RU}</p></body></html>".encode("utf-16-le")
    decoded = decode_html(body, "text/html; charset=utf-8")
    assert (decoded.whatwg, RU in decoded.text) == ("UTF-16LE", True)


def test_the_http_charset_beats_the_meta():
    decoded = decode_html(b"<html><head><meta charset=windows-1251></head>" + BODY, "text/html; charset=iso-8859-15")
    assert (decoded.whatwg, decoded.encoding_source, SHOWN["ISO-8859-15"] in decoded.text) == ("ISO-8859-15", "http", True)


def test_an_unknown_http_label_leaves_the_choice_to_the_meta():
    decoded = decode_html(b"<html><head><meta charset=iso-8859-15></head>" + BODY, "text/html; charset=bogus")
    assert (decoded.whatwg, decoded.encoding_source) == ("ISO-8859-15", "meta")


def test_an_http_utf8_holds_for_bytes_that_are_not_utf8_whatever_the_meta_says():
    decoded = decode_html(b"<html><head><meta charset=iso-8859-15></head>" + BODY, "text/html; charset=utf-8")
    assert (decoded.whatwg, "5\ufffd and \ufffd more" in decoded.text) == ("UTF-8", True)
