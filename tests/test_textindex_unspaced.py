"""The unspaced-script check of the text index (issue 13): ``_spaced`` answers as the pattern
did, without compiling the pattern for a text that holds none of its characters.

"For every code point" checks take the Basic Multilingual Plane whole, every 31st code point
above it and the class's boundaries; all 1,114,112 under ``ARCHIVER_FULL_SWEEPS=1``
(tests/sweeps.py ``code_points``).
"""

from __future__ import annotations

import re

from sweeps import code_points

from archiver.core import lazy_re
from archiver.store import textindex

#: The pattern as it was written before the ranges became a table.
_OLD = re.compile(
    "([\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\U00020000-\U0002fa1f])")


def test_unspaced_pattern_text_is_unchanged() -> None:
    assert textindex._UNSPACED.pattern == _OLD.pattern


def test_holds_unspaced_agrees_with_the_pattern_on_every_code_point() -> None:
    wrong = [c for c in code_points(0x1FFFF, 0x20000, 0x2FA1F, 0x2FA20)
             if textindex._holds_unspaced(chr(c)) != (_OLD.search(chr(c)) is not None)]
    assert wrong == []


def test_holds_unspaced_finds_one_character_in_a_long_latin_text() -> None:
    latin = "Ein “Zitat” über Café – naïve façade. " * 200
    assert not textindex._holds_unspaced(latin)
    for c in ("\u0e01", "\u4e00", "\u9fff", "\u30a2", "\U00020000", "\U0002fa1f", "\uf900"):
        assert textindex._holds_unspaced(latin + c + latin)


def test_spaced_is_the_old_substitution_on_mixed_texts() -> None:
    texts = ["plain ascii", "“curly” — dash", "日本語のテキスト", "ภาษาไทย and English", "mixed 北京 text’s",
             "", "\U00020001x", "Ελληνικά и русский", "한국어 텍스트 기자"]
    for text in texts:
        assert textindex._spaced(text) == (_OLD.sub(r" \1 ", text) if not text.isascii() else text)


def test_a_latin_text_with_curly_quotes_does_not_compile_the_unspaced_pattern() -> None:
    fresh = lazy_re.LazyPattern(textindex._UNSPACED.pattern)
    saved = textindex._UNSPACED
    textindex._UNSPACED = fresh
    try:
        assert textindex._spaced("It’s a “quoted” café.") == "It’s a “quoted” café."
        assert not fresh.is_compiled
        assert textindex._spaced("記者 王小明") == _OLD.sub(r" \1 ", "記者 王小明")
        assert fresh.is_compiled
    finally:
        textindex._UNSPACED = saved


def test_holds_unspaced_agrees_with_the_pattern_on_mixed_texts() -> None:
    """Texts of Latin words with the characters around each range's edges and the punctuation a
    Latin page holds above the lowest range (curly quotes, dashes, an ellipsis), one character
    of a range or none: the answer is the old pattern's. Seeded; 2,000 texts (20,000 under
    ARCHIVER_FULL_SWEEPS=1)."""
    import random

    from sweeps import sized

    edges = sorted({c for lo, hi in textindex._UNSPACED_RANGES
                    for c in (ord(lo) - 1, ord(lo), ord(lo) + 1, ord(hi) - 1, ord(hi), ord(hi) + 1)})
    latin = "Ein Zitat über Café, naïve façade. "
    pool = [chr(c) for c in edges] + list("“”‘’–—…€\u00a0\u0dff\u0e00")
    rnd = random.Random(13)
    for _ in range(sized(2000, 20000)):
        text = "".join(rnd.choice((latin, rnd.choice(pool))) for _ in range(rnd.randint(1, 12)))
        assert textindex._holds_unspaced(text) == (_OLD.search(text) is not None), repr(text)


def test_holds_unspaced_reads_a_latin_page_without_the_unspaced_pattern() -> None:
    """The characters above the lowest range of a Latin page's text are few (its quotes and
    dashes): it holds none of the unspaced scripts, and the class of the unspaced scripts is
    not compiled to say so."""
    fresh = lazy_re.LazyPattern(textindex._UNSPACED.pattern)
    saved = textindex._UNSPACED
    textindex._UNSPACED = fresh
    try:
        page = ("He said “no” — and left… It’s over. " * 300) + "Café"
        assert not textindex._holds_unspaced(page)
        assert textindex._spaced(page) == page
        assert not fresh.is_compiled
    finally:
        textindex._UNSPACED = saved
