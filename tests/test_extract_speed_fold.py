"""The author checks' folding, made cheaper, folds every text as the plain per-character pass did.

``authors._fold`` asks each distinct character whether it is a combining mark (not each
character of the line) and skips the whitespace regex on a line that is single-spaced already;
these tests hold it to the plain definition on every character and on every shipped page's lines.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from shipped_pages import PAGES
from sweeps import code_points

from archiver.extract import authors
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

_WS = re.compile(r"\s+")


def _plain_fold(text: str) -> str:
    """The fold as first written: NFKD, every combining character dropped, whitespace runs one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    return _WS.sub(" ", "".join(c for c in decomposed if not unicodedata.combining(c))).casefold()


def test_every_whitespace_character_but_the_space_is_unprintable():
    """What lets a printable line without two spaces in a row skip the whitespace regex. On
    :func:`sweeps.code_points` (the whole BMP, where every ``\\s`` character is, and every 31st
    code point above it; every code point under ``ARCHIVER_FULL_SWEEPS=1``)."""
    spaces = [chr(i) for i in code_points(sys.maxunicode) if _WS.match(chr(i))]
    assert " " in spaces and "\u00a0" in spaces and "\u3000" in spaces
    assert [c for c in spaces if c != " " and c.isprintable()] == []


def test_one_spaced_makes_each_whitespace_run_one_space():
    for text in ("a b", "a  b", "a\u00a0b", " a\tb\n", "a\u2009\u2009b", "¨ x", ""):
        assert authors._one_spaced(text) == _WS.sub(" ", text)


@pytest.mark.parametrize("text", [
    "Gàbor Muniér", "GÀBOR  MUNIÉR", "Ǆemal Ḯ\u0301", "ﬁnance ¨ Straße", "Jane\u00a0Doe", "Ёлка й", "안녕 하세요",
    "काग़ज़", "e\u0301\u0301\u0327", " lead\tand trail ", "ſ İ ı", "",
])
def test_fold_of_hard_texts_is_the_plain_fold(text: str):
    authors._fold.cache_clear()
    assert authors._fold(text) == _plain_fold(text)


def test_fold_of_every_character_is_the_plain_fold():
    """On :func:`sweeps.code_points` (the whole BMP, every 31st code point above it, and the
    last one; every code point under ``ARCHIVER_FULL_SWEEPS=1``), 512 to a text."""
    authors._fold.cache_clear()
    chars = "".join(chr(i) for i in code_points(sys.maxunicode) if not 0xD800 <= i <= 0xDFFF)
    for at in range(0, len(chars), 512):
        block = chars[at:at + 512]
        assert authors._fold(block) == _plain_fold(block), hex(at)
    authors._fold.cache_clear()


def test_fold_of_every_shipped_page_line_is_the_plain_fold():
    authors._fold.cache_clear()
    lines = [line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    assert len(lines) > 100
    for line in lines:
        for variant in (line, line.upper(), f" {line}  x\u00a0"):
            assert authors._fold(variant) == _plain_fold(variant), variant
    authors._fold.cache_clear()


def test_folds_to_answers_as_folding_and_comparing_on_every_shipped_line():
    """The headline search's length test rules out only ASCII lines whose fold cannot be the key."""
    lines = [line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    keys = sorted({authors._fold(line) for line in lines[::7]} | {"", "a b", "jane doe"})
    texts = [*lines[::3], "Jane  Doe", "JANE\tDOE", "Jane Doe", "jane doe ", "Jane\u00a0Doe", "a\x1fb", "a b"]
    for key in keys:
        for text in texts:
            assert authors._folds_to(text, key) is (authors._fold(text) == key), (text, key)
