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
