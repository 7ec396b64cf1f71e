"""A line ending on a word that needs a name after it ("Sponsored by") is found by searching from just
before the line's last word, a timestamp behind a look-ahead for its first digit, and a line's date
words are read only when it holds a timestamp: the answers are those of the whole line's search, of the
pattern without its look-ahead and of reading every line's words."""

from __future__ import annotations

import re

from shipped_pages import PAGES
from sweeps import code_points

from archiver.extract import notice_features
from archiver.extract.html import decode_html
from archiver.extract.notice_features import _DANGLING, _DANGLING_WORD, _TIMESTAMP, dangling
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

MADE = [
    "Sponsored by", "Sponsored by:", "Sponsored by :  ", "Sponsored by：", "Präsentiert von\n", "Mit freundlicher Unterstützung durch",
    "Présenté par :", "by", "by:", ":", "", " ", "a.by", "x-by", "standby", "Sponsored by::", "Sponsored by: Example", "Written BY",
    "Offert PAR\u00a0:\u00a0", "Sponsored by\u2003", "wİth", "Spon\u017fored by", "Подготовлено от", "de", "Ende", "Jane Doe, Agence de",
    "Sponsored by\n\n", "Sponsored by :\n", "durch  :  ", "DURCH", "the end of", "end-of", "(of)",
]


def _shipped_lines() -> set[str]:
    return {line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))}


def test_dangling_answers_as_searching_the_whole_line():
    lines = _shipped_lines() | set(MADE) | {x + tail for x in MADE for tail in (" ", ":", " : ", "\n", "\u3000")}
    assert len(lines) > 100
    for line in lines:
        assert dangling(line) == (_DANGLING.search(line) is not None), repr(line)


def test_the_search_starts_before_the_longest_word_the_pattern_ends_on():
    words = re.search(r"\(([^()]*)\)\\s", _DANGLING.pattern)
    assert words is not None
    assert max(len(w) for w in words.group(1).split("|")) == _DANGLING_WORD


def test_whitespace_the_pattern_skips_is_what_rstrip_strips():
    """On :func:`sweeps.code_points` (the whole BMP, where every whitespace character is, every
    31st code point above it, and the last one; every code point under ``ARCHIVER_FULL_SWEEPS=1``)."""
    space = re.compile(r"\s")
    assert all((space.match(c) is not None) == c.isspace() for c in map(chr, code_points(0x10FFFF)))


def test_a_timestamp_line_is_read_for_its_words_as_before():
    def before(line: str) -> bool:
        words = notice_features._LETTER_WORD.findall(line)
        dated = sum(1 for w in words if w.casefold() not in notice_features._DATE_WORDS)
        return bool(_TIMESTAMP.search(line)) and (len(words) <= 6 or dated <= 3) and not notice_features._ISSUE.search(line)

    made = ["Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", "14/03/2020 13h41", "Ausgabe 12 | 2022",
            "In 2019 the company reported its results for the first time in a long while", "March 16, 2020"]
    for line in _shipped_lines() | set(made):
        assert bool(notice_features._common(line, 0, None)["timestamp"]) == before(line), line


def test_a_timestamp_is_found_where_the_pattern_without_its_look_ahead_finds_it():
    before = re.compile(r"\d{1,4}[.:/-]\d{1,2}|\b(19|20)\d{2}\b|\d{1,2}:\d{2}")
    made = ["Updated 8:21 am", "14/03/2020", "in 2019.", "a2019", "x 1999-2000", "١٤/٠٣", "No digits here", "12:30", "v1.2", "²³"]
    for line in _shipped_lines() | set(made):
        old, new = before.search(line), _TIMESTAMP.search(line)
        assert (old and old.span(), old and old.groups()) == (new and new.span(), new and new.groups()), line
