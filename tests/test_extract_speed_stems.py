"""The per-page prefilters of the notice pass rule out only what cannot match.

``notices._candidates`` skips a cue stem when a run of three of its characters is in none of the
page's words (:func:`archiver.extract.notices.stem_grams`); these tests hold it to the plain scan
for every stem along the whole page, on every shipped page and on lines made to hold each stem.
"""

from __future__ import annotations

import pytest
from shipped_pages import PAGES

from archiver.extract import notices
from archiver.extract.html import decode_html
from archiver.extract.text import CTX_CAPTION, parse_html, visible_lines_with_context

STEMS = sorted({stem for stems in notices._KIND_STEMS.values() for stem in stems})
# the whitespace a page may set between a stem's words, and the text glued around a stem
SPACES = (" ", "\u00a0", "\t", "\u2009", "\n")


def _scan_every_stem(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn both prefilters off: the page itself as its "words", no runs of three required."""
    monkeypatch.setattr(notices, "_distinct_words", lambda text: text)
    monkeypatch.setattr(notices, "_STEM_GRAMS", {stem: frozenset() for stem in STEMS})


def _stem_lines() -> list[str]:
    """Lines holding each stem inside words, with each kind of whitespace between its words."""
    lines = []
    for stem in STEMS:
        for space in SPACES:
            lines.append(f"xx{stem.replace(' ', space)}yy and a caption's words")
            lines.append(f"The {stem.replace(' ', space).upper()} here")
    return lines


def test_every_stem_in_a_page_word_passes_its_runs_of_three():
    for line in _stem_lines():
        text = line.lower()
        words = notices._distinct_words(text)
        grams = set(zip(words, words[1:], words[2:], strict=False))
        for stem in STEMS:
            if stem in text:
                assert grams.issuperset(notices._STEM_GRAMS[stem]), (stem, line)


def test_stem_runs_of_three_stay_inside_its_words():
    assert notices.stem_grams("own research") == {("o", "w", "n"), *zip("research", "esearch", "search", strict=False)}
    assert notices.stem_grams("©") == frozenset()
    assert notices.stem_grams(" earn") == {("e", "a", "r"), ("a", "r", "n")}


def test_candidates_on_lines_made_to_hold_each_stem_are_those_of_the_full_scan(monkeypatch: pytest.MonkeyPatch):
    lines = _stem_lines()
    contexts = [CTX_CAPTION if i % 5 == 0 else 0 for i in range(len(lines))]
    filtered = notices._candidates(lines, contexts)
    assert filtered  # the stems were found
    _scan_every_stem(monkeypatch)
    assert filtered == notices._candidates(lines, contexts)


def test_candidates_on_every_shipped_page_are_those_of_the_full_scan(monkeypatch: pytest.MonkeyPatch):
    pages = [visible_lines_with_context(parse_html(decode_html(p.read_bytes(), "text/html").text)) for p in PAGES]
    assert len(pages) > 5
    variants = [(variant, contexts) for lines, contexts in pages
                for variant in (lines, [line.upper() for line in lines])]
    filtered = [notices._candidates(lines, contexts) for lines, contexts in variants]
    _scan_every_stem(monkeypatch)
    assert filtered == [notices._candidates(lines, contexts) for lines, contexts in variants]


def test_lines_are_read_without_invisible_characters_as_the_substitution_reads_them():
    """An ASCII line is taken as it is (no invisible character is ASCII); any other line goes
    through the substitution: on every shipped page's lines, and with each invisible character
    put into them."""
    invisible = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
    assert all(not c.isascii() and notices._INVISIBLE.search(c) for c in invisible)
    pages = [visible_lines_with_context(parse_html(decode_html(p.read_bytes(), "text/html").text))[0] for p in PAGES]
    lines = [line for page in pages for line in page]
    lines += [f"{line[:5]}{c}{line[5:]}" for line in lines[:200] for c in invisible]
    assert any(line.isascii() for line in lines) and any(not line.isascii() for line in lines)
    for line in lines:
        assert notices._visible(line) == notices._INVISIBLE.sub("", line), line
