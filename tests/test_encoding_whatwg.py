"""Decoded text is what Chromium shows, byte for byte: the WHATWG Encoding Standard's decoders (enc59).

sec58 (extractor 134) made a declared charset decode with replacement, but with Python's codecs,
which are not the standard's: Python's cp1252 lacks 0x81/0x8D/0x8F/0x90/0x9D (a browser shows
U+0081.. controls), its Shift_JIS gives private-use characters for 0xA0 and 0xFD-0xFF, its GBK
has no euro at 0x80, its EUC-JP and ISO-2022-JP lack the NEC rows (①, ｱ), and its multi-byte
decoders answer a bad pair with two U+FFFD where the standard gives one and re-reads the second
byte only when it is ASCII. Each row of ``SHOWN`` is a byte sequence served from 127.0.0.1 with
``Content-Type: text/html; charset=<label>`` and read back from Debian's Chromium 156 headless
(Playwright, ``executable_path=/usr/bin/chromium``; ``document.body.textContent``), where our
extraction gave other text before extractor 141: every difference measured over 191 pages (every
high byte of each single-byte encoding; 141 hostile sequences for the multi-byte ones, the UTF-8
labels, BOMs, ``x-user-defined`` and the replacement labels: `bench/encodings_chromium.py`).
"""

from __future__ import annotations

import json

import pytest
import webencodings.labels
from captures import archived_served
from cli import run_cli

from archiver.extract import extract
from archiver.extract.html import _LABELS, decode_html

#: (label, bytes, what Chromium 156 shows): each row decoded otherwise before extractor 141.
SHOWN = [
    ('windows-1252', b'\x81\x8d\x8f\x90\x9d', "\x81\x8d\x8f\x90\x9d"),
    ('latin1', b'\x81\x8d\x8f\x90\x9d', "\x81\x8d\x8f\x90\x9d"),
    ('iso-8859-1', b'\x81\x8d\x8f\x90\x9d', "\x81\x8d\x8f\x90\x9d"),
    ('ascii', b'\x81\x8d\x8f\x90\x9d', "\x81\x8d\x8f\x90\x9d"),
    ('us-ascii', b'\x81\x8d\x8f\x90\x9d', "\x81\x8d\x8f\x90\x9d"),
    ('koi8-u', b'\xae\xbe', "\u045e\u040e"),
    ('windows-874', b'\x81\x82\x83\x84\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f', "\x81\x82\x83\x84\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"),
    ('windows-1250', b'\x81\x83\x88\x90\x98', "\x81\x83\x88\x90\x98"),
    ('windows-1251', b'\x98', "\x98"),
    ('windows-1253', b'\x81\x88\x8a\x8c\x8d\x8e\x8f\x90\x98\x9a\x9c\x9d\x9e\x9f', "\x81\x88\x8a\x8c\x8d\x8e\x8f\x90\x98\x9a\x9c\x9d\x9e\x9f"),
    ('windows-1254', b'\x81\x8d\x8e\x8f\x90\x9d\x9e', "\x81\x8d\x8e\x8f\x90\x9d\x9e"),
    ('windows-1255', b'\x81\x8a\x8c\x8d\x8e\x8f\x90\x9a\x9c\x9d\x9e\x9f\xca', "\x81\x8a\x8c\x8d\x8e\x8f\x90\x9a\x9c\x9d\x9e\x9f\u05ba"),
    ('windows-1257', b'\x81\x83\x88\x8a\x8c\x90\x98\x9a\x9c\x9f', "\x81\x83\x88\x8a\x8c\x90\x98\x9a\x9c\x9f"),
    ('windows-1258', b'\x81\x8a\x8d\x8e\x8f\x90\x9a\x9d\x9e', "\x81\x8a\x8d\x8e\x8f\x90\x9a\x9d\x9e"),
    ('shift_jis', b'\xa0', "\ufffd"),
    ('shift_jis', b'\xfd\xfe\xff', "\ufffd\ufffd\ufffd"),
    ('shift_jis', b'\x81\xff', "\ufffd"),
    ('x-sjis', b'\x80\xa0', "\x80\ufffd"),
    ('euc-jp', b'\x8e\xe0', "\ufffd"),
    ('euc-jp', b'\x8f\xa1\xa1', "\ufffd"),
    ('euc-jp', b'\x8f\xa1A', "\ufffdA"),
    ('euc-jp', b'\xad\xa1', "\u2460"),
    ('euc-jp', b'\xfc\xfe', "\uff02"),
    ('euc-jp', b'\xf5\xa1', "\ufffd"),
    ('euc-jp', b'\xa9\xa1', "\ufffd"),
    ('euc-jp', b'\x8f\xa2\xb7', "\uff5e"),
    ('euc-jp', b'\x8f\xf3\xf3', "\ufffd"),
    ('euc-jp', b'\x8f\xa2\xb7\x8f', "\uff5e\ufffd"),
    ('gbk', b'\x80', "\u20ac"),
    ('gbk', b'\x841\xa50', "\ufffd"),
    ('gbk', b'\xa6\xd9', "\ufe10"),
    ('gbk', b'\xa8\xbc', "\u1e3f"),
    ('gbk', b'\x81\xff', "\ufffd"),
    ('gb2312', b'\x80', "\u20ac"),
    ('gb2312', b'\xa6\xd9', "\ufe10"),
    ('gb18030', b'\x80', "\u20ac"),
    ('gb18030', b'\xa6\xd9', "\ufe10"),
    ('gb18030', b'\xe32\x9a6', "\ufffd"),
    ('gb18030', b'\xa8\xbc', "\u1e3f"),
    ('big5', b'\xa3\xe1', "\u20ac"),
    ('big5', b'\xa1\xff', "\ufffd"),
    ('big5', b'\xa1E', "\u2027"),
    ('big5', b'\xa1\x80', "\ufffd"),
    ('euc-kr', b'\xc9\xa1', "\ufffd"),
    ('euc-kr', b'\xfe\xfe', "\ufffd"),
    ('euc-kr', b'\xa2\xe8', "\ufffd"),
    ('euc-kr', b'\xfe\xa1', "\ufffd"),
    ('iso-2022-jp', b'\x1b(I1\x1b(B', "\uff71"),
    ('iso-2022-jp', b'\x1b$Z', "\ufffd$Z"),
    ('iso-2022-jp', b'\x0e', "\ufffd"),
    ('iso-2022-jp', b'\x1b$B\x1b(B', "\ufffd"),
    ('iso-2022-jp', b'\x1b$B0!\n0!\x1b(B', "\u4e9c\ufffd\u4e9c"),
    ('iso-2022-jp', b'\x1b$B!\x1b(B', "\ufffd"),
    ('iso-2022-jp', b'\x1b(B\x1b(B', "\ufffd"),
    ('iso-2022-jp', b'\x1b', "\ufffd"),
    ('iso-2022-jp', b'\x1b$BA\x1b(B', "\ufffd"),
    ('iso-2022-jp', b'\x1b$B-!\x1b(B', "\u2460"),
    ('iso-2022-jp', b'\x1b(I`\x1b(B', "\ufffd"),
    ('iso-2022-jp', b'\x1b$B\x7f!\x1b(B', "\ufffd\ufffd"),
]


@pytest.mark.parametrize("label, payload, shown", SHOWN, ids=[f"{r[0]}-{r[1].hex()}" for r in SHOWN])
def test_a_declared_page_decodes_to_the_text_chromium_shows(label, payload, shown):
    decoded = decode_html(b"<p>" + payload + b"</p>", f"text/html; charset={label}")
    assert decoded.text == f"<p>{shown}</p>"


@pytest.mark.parametrize("label", ["latin1", "iso-8859-1", "us-ascii", "windows-1252"])
def test_a_meta_label_for_windows_1252_shows_its_undefined_bytes_as_controls(label):
    body = f'<meta charset="{label}"><p>a\x81b\x9dc</p>'.encode("latin-1")
    assert decode_html(body, "text/html").text.endswith("<p>a\x81b\x9dc</p>")


def test_x_user_defined_in_a_meta_is_windows_1252_with_its_controls():
    decoded = decode_html(b'<meta charset="x-user-defined"><p>\x8d\xe9</p>', "text/html")
    assert decoded.whatwg == "windows-1252" and decoded.text.endswith("<p>\x8d\xe9</p>")


@pytest.mark.parametrize("bom, encoding, tail", [
    (b"\xff\xfe", "utf-16-le", b"B"), (b"\xfe\xff", "utf-16-be", b"\x00"),
    (b"\xff\xfe", "utf-16-le", b"\x00\xd8"), (b"\xfe\xff", "utf-16-be", b"\xd8\x00"),
    (b"\xff\xfe", "utf-16-le", b"\x00\xd8\x41"),
], ids=["le-odd-byte", "be-odd-byte", "le-high-surrogate", "be-high-surrogate", "le-surrogate-and-odd-byte"])
def test_a_utf16_page_cut_inside_a_character_ends_where_chromium_ends_it(bom, encoding, tail):
    """The standard gives U+FFFD for a code unit left open at the end; Chromium 156 shows nothing."""
    assert decode_html(bom + "<p>[A".encode(encoding) + tail).text == "<p>[A"


def test_a_lone_surrogate_inside_a_utf16_page_is_one_replacement_character():
    body = b"\xff\xfe" + "<p>[".encode("utf-16-le") + b"\x00\xd8" + "A]</p>".encode("utf-16-le")
    assert decode_html(body).text == "<p>[\ufffdA]</p>"


@pytest.mark.parametrize("label", ["utf-8", "shift_jis", "euc-jp", "gbk", "big5", "euc-kr"])
def test_a_multibyte_page_cut_inside_a_character_ends_in_one_replacement_character(label):
    cut = {"utf-8": b"\xe2\x82", "shift_jis": b"\x81", "euc-jp": b"\x8f\xa1", "gbk": b"\x81\x30\x81",
           "big5": b"\xa1", "euc-kr": b"\xb0"}[label]
    assert decode_html(b"<p>[A" + cut, f"text/html; charset={label}").text == "<p>[A\ufffd"


def test_the_big5_pointers_of_two_code_points_decode_as_the_standard_says():
    """Ê̄ Ê̌ ê̄ ê̌: the standard's two code points each. Chromium 156 shows a C1 control and a lone
    surrogate for them (U+0093 U+DF04 for 0x88 0x62), text no quote can hold: we keep the standard's."""
    decoded = decode_html(b"<p>\x88\x62\x88\x64\x88\xa3\x88\xa5</p>", "text/html; charset=big5")
    assert decoded.text == "<p>\u00ca\u0304\u00ca\u030c\u00ea\u0304\u00ea\u030c</p>"


@pytest.mark.parametrize("label", ["iso-2022-kr", "hz-gb-2312", "iso-2022-cn", "csiso2022kr", "iso-2022-cn-ext"])
def test_a_replacement_label_decodes_the_whole_page_to_one_replacement_character(label):
    assert decode_html(b"<p>hello</p>", f"text/html; charset={label}").text == "\ufffd"


def test_our_label_table_is_the_encoding_standards_as_webencodings_has_it():
    assert {label: name.lower() for label, name in _LABELS.items()} == webencodings.labels.LABELS


def test_extraction_keeps_the_euro_a_gbk_page_shows_at_byte_0x80():
    body = "<html><body><article><p>The ticket costs 5\x80 and the council pays the rest.</p></article></body></html>"
    article = extract(body.encode("latin-1"), url="https://example.org/x", content_type="text/html; charset=gb2312")
    assert "The ticket costs 5€ and the council pays the rest." in article.text


def test_a_quote_of_the_circled_digit_an_euc_jp_page_shows_is_exact(tmp_path):
    words = "The council approved the harbour plan in three steps"
    body = f"<html><body><article><p>{words}: ".encode() + b"\xad\xa1 survey, \xad\xa2 repair.</p></article></body></html>"
    store = tmp_path / "store"
    capture_id = archived_served(store, [("Content-Type", "text/html; charset=EUC-JP")], body)
    proc = run_cli("verify-quote", f"{words}: ① survey, ② repair.", "--capture", capture_id, "--json", store=store)
    assert proc.returncode == 0 and json.loads(proc.stdout)["verdict"] == "exact"
