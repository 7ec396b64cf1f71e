"""The lines printing the headline are looked for once per distinct key: an <h1> that is the title
(most pages) reads the page's lines once, and the lines found are those of reading them per key."""

from __future__ import annotations

from shipped_pages import PAGES
from sweeps import code_points

from archiver.extract import authors
from archiver.extract.head import read_head
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html


def _per_key(lines: list[str], title: str | None, h1: str | None, marks: set[str]) -> list[int]:
    """_headlines as it was: every key read, a repeated one too."""
    keys = [authors._fold(v.strip()) for v in (h1 if h1 and not authors.names_site(h1, marks) else None, title)
            if v and v.strip()]
    out = [i for key in keys for i, line in enumerate(lines) if authors._folds_to(line.strip(), key)][:3]
    if title and not out:
        folded = authors._fold(title)
        out = [i for i, line in enumerate(lines) if len(line.split()) >= 3 and authors._fold(line.strip()) in folded][:3]
    return list(dict.fromkeys(out))


def test_headline_lines_are_those_of_reading_every_key_on_every_shipped_page():
    for page in PAGES:
        tree = parse_html(decode_html(page.read_bytes(), "text/html").text)
        head = read_head(tree, None)
        lines = visible_lines(tree)
        for title, h1 in ((head.title_tag, head.h1), (head.h1, head.h1), (head.title_tag, None), (None, head.h1)):
            assert authors._headlines(lines, title, h1, set()) == _per_key(lines, title, h1, set()), page.name


def test_a_headline_printed_several_times_is_found_as_before_when_h1_is_the_title():
    lines = ["Menu", "Bridge closes", "By Jane Doe", "Bridge  closes", "Text", "BRIDGE CLOSES", "bridge closes"]
    for title, h1 in (("Bridge closes", "Bridge closes"), ("Bridge closes", "Other"), ("Other", "Bridge closes")):
        assert authors._headlines(lines, title, h1, set()) == _per_key(lines, title, h1, set())
    assert authors._headlines(lines, "Bridge closes", "Bridge closes", set()) == [1, 3, 5]


def test_a_string_of_letters_and_digits_is_its_own_alnum_as_removing_non_word_characters_gives():
    """Every letter and digit a word character: on :func:`sweeps.code_points` (the whole BMP, every
    31st code point above it, and the last one; every code point under ``ARCHIVER_FULL_SWEEPS=1``)."""
    import re

    word = re.compile(r"\w")
    assert all(word.match(c) for c in map(chr, code_points(0x10FFFF)) if c.isalnum())
    for value in ("GlobalResearch", "Global Research", "bbc.co.uk", "Ünïcödé", "東京新聞", "x_y", "", None, "ﬁne"):
        assert authors.alnum(value) == re.sub(r"\W", "", (value or "").lower())
