"""Decoding HTML bytes: BOM, then HTTP charset, then <meta charset>, then UTF-8, then detection."""

from __future__ import annotations

import codecs

from archiver.extract.html import decode_html, looks_like_html

PAGE = "<html><head>{meta}</head><body><p>Zürich, café, naïve — “quoted”</p></body></html>"


def test_bom_wins_over_header_and_meta() -> None:
    body = codecs.BOM_UTF8 + PAGE.format(meta='<meta charset="windows-1251">').encode("utf-8")
    decoded = decode_html(body, "text/html; charset=iso-8859-2")
    assert decoded.encoding_source == "bom" and "Zürich" in decoded.text
    assert not decoded.text.startswith("\ufeff")


def test_http_charset_wins_over_meta() -> None:
    body = PAGE.format(meta='<meta charset="utf-8">').encode("cp1252")
    decoded = decode_html(body, 'text/html; charset="windows-1252"')
    assert (decoded.encoding, decoded.encoding_source) == ("cp1252", "http")
    assert "“quoted”" in decoded.text


def test_meta_charset_used_without_header() -> None:
    body = PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode("cp1252")
    decoded = decode_html(body)
    assert decoded.encoding_source == "meta" and "naïve" in decoded.text


def test_iso_8859_1_label_decodes_as_windows_1252_like_browsers() -> None:
    body = PAGE.format(meta='<meta charset="ISO-8859-1">').encode("cp1252")  # “ ” are 0x93/0x94
    assert "“quoted”" in decode_html(body).text


def test_undeclared_utf8_is_utf8() -> None:
    decoded = decode_html(PAGE.format(meta="").encode("utf-8"))
    assert decoded.encoding_source == "utf-8" and "Zürich" in decoded.text


def test_a_wrong_declaration_is_used_as_browsers_use_it() -> None:
    """A browser decodes with the declared encoding whatever the bytes (Chromium 156 shows
    "Z\ufffdrich" for this page, sec58); until extractor 134 it fell back to detection ("Zürich")."""
    body = PAGE.format(meta='<meta charset="utf-8">').encode("cp1252") * 20
    decoded = decode_html(body)
    assert decoded.encoding_source == "meta" and "Z\ufffdrich" in decoded.text and "Zürich" not in decoded.text


def test_sniffing_finds_html_after_a_long_inline_style() -> None:
    assert looks_like_html(b"<style>" + b"a{color:red}" * 2000 + b"</style><meta charset=utf-8><p>x")
    assert not looks_like_html(b"%PDF-1.7 ...")
    assert not looks_like_html(b"\x00\x00binary<html>")
