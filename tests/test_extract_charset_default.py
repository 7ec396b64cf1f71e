"""Issue 14: an undeclared, non-UTF-8 page is decoded as a browser would decode it."""

from __future__ import annotations

import pytest

from archiver.extract import extract
from archiver.extract.html import decode_html


@pytest.mark.parametrize("words", ["São Paulo", "Ångström", "Noël Çelik", "Zoë Façade"])
def test_a_short_western_page_without_charset_is_windows_1252(words: str) -> None:
    page = f"<html><body><p>Statement by {words}.</p></body></html>"
    decoded = decode_html(page.encode("cp1252"))
    assert decoded.text == page
    assert decoded.whatwg == "windows-1252"


def test_the_default_is_recorded_with_why_when_detection_shows_the_same_text() -> None:
    decoded = decode_html("<p>Ångström</p>".encode("cp1252"))
    assert decoded.encoding_source == "default"
    assert "browser default" in decoded.note and "same text" in decoded.note


def test_lone_accented_letters_are_never_read_as_a_script_of_letter_runs() -> None:
    """chardet reads "Noël Çelik" as windows-1256 (Arabic); Chromium 156 shows windows-1252 (enc60)."""
    decoded = decode_html("<html><body><p>Statement by Noël Çelik.</p></body></html>".encode("cp1252"))
    assert (decoded.whatwg, "Noël Çelik" in decoded.text) == ("windows-1252", True)
    assert "cannot be written in lone accented letters" in decoded.note


def test_a_short_cyrillic_word_is_detected_as_chromium_detects_it() -> None:
    """Chromium 156 shows this page in windows-1251 (enc60, measured); until extractor 144 its
    ``lang="ru"`` chose that, and without it the word was windows-1252 mojibake."""
    decoded = decode_html('<html lang="ru"><body><p>Привет</p></body></html>'.encode("cp1251"))
    assert "Привет" in decoded.text
    assert (decoded.whatwg, decoded.encoding_source) == ("windows-1251", "detected")


def test_a_long_undeclared_cyrillic_page_is_still_detected() -> None:
    text = "Это короткая страница о погоде в Москве сегодня. Завтра будет дождь и сильный ветер."
    decoded = decode_html(f"<html><body><p>{text}</p></body></html>".encode("cp1251"))
    assert text in decoded.text and decoded.encoding_source == "detected"


def test_extraction_records_the_decoding_of_a_short_western_page() -> None:
    body = "<html><body><article><p>Renée Façade, the mayor of Genève, said the Ångström "
    body += "bridge will reopen in May after repairs.</p></article></body></html>"
    article = extract(body.encode("cp1252"), url="https://example.org/x", content_type="text/html")
    assert "Ångström" in article.text
    assert dict(article.encoding)["encoding"] == "windows-1252"
