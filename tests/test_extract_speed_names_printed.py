"""The lines that print a name are found by one search along the page's folded lines joined,
not one search a line; the answers are those of searching each line."""

from __future__ import annotations

import re

from shipped_pages import PAGES

from archiver.extract import authors
from archiver.extract.authors import _fold, _name_re, _page_spelling, _printing
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html


def _each_line(name: str, lines: list[str]) -> list[int]:
    """_printing as it was: the name's pattern searched along each folded line."""
    pattern = _name_re(_fold(name))
    return [i for i, line in enumerate(lines) if pattern.search(_fold(line))]


def _names(lines: list[str]) -> list[str]:
    """Names to look for: every run of two or three capitalised words of the lines, each word
    also as an initial with and without its stop."""
    out: list[str] = []
    for line in lines:
        words = re.findall(r"[A-ZÀ-ÖØ-Þ][\w'’-]+", line)
        for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False):
            out += [f"{a} {b}", f"{a[0]}. {b}", f"{a[0]} {b}", f"{a} {b} {c}".strip()]
    return list(dict.fromkeys(out))


def test_lines_printing_a_name_are_those_found_line_by_line_on_every_shipped_page():
    checked = 0
    for page in PAGES:
        lines = visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))
        for name in _names(lines)[:150]:
            assert _printing(name, lines) == _each_line(name, lines), (page.name, name)
            checked += 1
    assert checked > 500


def test_a_name_is_not_found_across_two_lines_nor_found_twice_on_one():
    lines = ["By Jane", "Doe and Jane  Doe", "jane doe, JANE DOE", "Jàne Dœ", "x", "Jane\tDoe"]
    assert _printing("Jane Doe", lines) == _each_line("Jane Doe", lines) == [1, 2, 5]
    assert _printing("Jane Doe", ("Jane Doe",)) == [0]
    assert _printing("Jane Doe", []) == []


def test_an_empty_name_is_found_as_line_by_line_finds_it():
    for lines in ([], [""], ["a", "", "b c"]):
        for name in ("", " "):
            assert _printing(name, lines) == _each_line(name, lines), (name, lines)


def test_a_name_holding_the_line_separator_is_looked_for_line_by_line():
    lines = ["Jane\x00Doe", "Jane Doe"]
    assert authors._LINE_BREAK in "Jane\x00Doe"
    assert _printing("Jane\x00Doe", lines) == _each_line("Jane\x00Doe", lines) == [0]


def test_the_pages_spelling_of_a_name_is_read_from_the_lines_that_print_it():
    lines = ["Home", "Von Gàbor Muniér, 3. Mai", "Gabor Munier wrote this"]
    assert _page_spelling("Gabor Munier", lines) == "Gàbor Muniér"
    assert _page_spelling("Trevor J Mitchell", ["By Trevor J. Mitchell"]) == "Trevor J. Mitchell"


def test_another_pages_lines_are_folded_anew():
    assert _printing("Jane Doe", ["Jane Doe"]) == [0]
    assert _printing("Jane Doe", ["x", "Jane Doe"]) == [1]
    assert _printing("Jane Doe", ["Jane Doe"]) == [0]


def test_a_name_asked_again_on_a_page_gets_the_first_answer_which_its_caller_cannot_change():
    """The lines found for a name are kept for the page (a page's credit is weighed by several
    rules); each caller gets its own list."""
    lines = ["By Jane Doe", "x", "Jane Doe, editor"]
    first = _printing("Jane Doe", lines)
    first.append(99)
    assert _printing("Jane Doe", lines) == _each_line("Jane Doe", lines) == [0, 2]
    assert _printing("jane doe", list(lines)) == [0, 2]  # an equal page, the same folded name


def test_kept_answers_are_the_pages_own_when_pages_alternate():
    a, b = ["Jane Doe", "x"], ["x", "y", "Jane Doe"]
    for _ in range(2):
        assert _printing("Jane Doe", a) == [0]
        assert _printing("Jane Doe", b) == [2]
        assert _printing("J. Doe", b) == _each_line("J. Doe", b)


def test_every_shipped_pages_names_asked_twice_are_found_as_line_by_line_finds_them():
    for page in PAGES:
        lines = visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))
        names = _names(lines)[:60]
        for name in [*names, *reversed(names)]:
            assert _printing(name, lines) == _each_line(name, lines), (page.name, name)
