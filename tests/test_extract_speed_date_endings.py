"""A name is asked whether it may end in a date by the endings sharing its last character only: the same
answer as asking every ending."""

from __future__ import annotations

from shipped_pages import PAGES

from archiver.extract import signals
from archiver.extract.cue_match import cue_fold
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html


def _every_ending(name: str) -> bool:
    end = name.rstrip()
    if not end:
        return False
    return end[-1].isdecimal() or end[-1] in ".:/," or cue_fold(end).endswith(signals._DATE_ENDINGS)


def test_may_end_in_date_answers_as_asking_every_ending():
    names = {"Jane Doe", "Jane Doe March", "JANE DOE MÄRZ ", "Jane Doe 12.03.2020", "Jane Doe, Monday", "Stand:", "", " ",
             "Ana Ruiz (martes)", "Jean Dupont le 3 mai", "Иван Петров, 3 марта", "Jane Doe ſeptember", "x"}
    names |= {w for w in signals._DATE_ENDINGS} | {"Jane " + w.upper() for w in signals._DATE_ENDINGS}
    for page in PAGES:
        names.update(visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text)))
    for name in names:
        assert signals._may_end_in_date(name) == _every_ending(name), name
