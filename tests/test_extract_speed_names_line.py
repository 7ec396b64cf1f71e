"""A line of names only (a picture label's credit under it) is ruled out by its length before
its words are read; the answers are those of reading the words first."""

from __future__ import annotations

from shipped_pages import PAGES

from archiver.extract import notice_label_joins as joins
from archiver.extract.html import decode_html
from archiver.extract.notice_credits import _NAME_TOKEN
from archiver.extract.notice_features import _TERMINAL
from archiver.extract.notice_label_joins import _NAMES_LINE, _names_line
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html


def _words_first(line: str) -> bool:
    """_names_line as it was: the words read first, the length asked with the rest."""
    tokens = _NAME_TOKEN.findall(line)
    if not 2 <= len(tokens) <= 6 or len(line) > 80 or _TERMINAL.search(line.rstrip(".")) and "." not in line[-4:]:
        return False
    return all(t[0].isupper() or t.casefold() in joins._NAME_PARTICLES or "." in t for t in tokens)


def test_names_line_answers_as_reading_the_words_first_on_every_shipped_page_line():
    lines = {line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))}
    assert len(lines) > 100
    for line in lines:
        assert _names_line(line) == _words_first(line), line


def test_names_line_answers_as_reading_the_words_first_at_and_around_the_longest_line():
    name = "Peter Middel / FLVW"
    for width in range(_NAMES_LINE - 3, _NAMES_LINE + 4):
        for line in (name + " " * (width - len(name)), name.ljust(width, "x"), ("Jane " + "D" * width)[:width],
                     "Jane Doe / " + "Agency" * 20):
            assert _names_line(line) == _words_first(line), (width, line)
    assert _names_line("Peter Middel / FLVW") and not _names_line("Peter Middel / " + "F" * _NAMES_LINE)
