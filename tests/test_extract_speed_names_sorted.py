"""A page's credits are sorted into persons and organisations once per distinct credit
(``authors._persons_and_orgs`` keeps its answers): the answers are those of sorting anew, and a
caller that adds to the lists it got changes no later answer."""

from __future__ import annotations

from shipped_pages import PAGES

from archiver.extract import authors
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.signals import clean_authors
from archiver.extract.text import parse_html


def _anew(names: list[str], marks: set[str]) -> tuple[list[str], list[str]]:
    """The sorting itself, nothing kept (the function the answers are kept for)."""
    persons, orgs = authors._sorted_names.__wrapped__(tuple(names), frozenset(marks))
    return list(persons), list(orgs)


def _credits(lines: list[str]) -> list[list[str]]:
    """What a page's lines give as credits: the names of every short line, and of the lines
    opening with a byline's word, as the sources read them."""
    return [names for line in lines if len(line) <= 120 for names in [clean_authors(line)] if names]


def test_every_shipped_pages_credits_sort_as_sorting_anew_gives():
    checked = 0
    for page in PAGES:
        lines = visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))
        for marks in (set(), {"example", page.stem.split("-")[0]}):
            for names in _credits(lines):
                expected = _anew(names, marks)
                assert authors._persons_and_orgs(names, marks) == expected, (page.name, names)
                assert authors._persons_and_orgs(names, marks) == expected, (page.name, names)  # kept
                checked += 1
    assert checked > 200


def test_a_caller_adding_to_its_lists_changes_no_later_answer():
    names, marks = ["Jane Doe", "Reuters", "Example News"], {"examplenews"}
    persons, orgs = authors._persons_and_orgs(names, marks)
    expected = (list(persons), list(orgs))
    persons.append("Someone Else")
    orgs.append("Another Desk")
    assert authors._persons_and_orgs(names, marks) == expected == _anew(names, marks)


def test_the_same_names_for_another_site_are_sorted_for_that_site():
    """"KentHarbour" on its own site is the site's name, left whole; elsewhere two words run
    together, no person: the kept answer of one site is not another's. (It was "KentNews" until
    extractor 90, which makes a one-word credit ending in a news word an organisation on any site.)"""
    names = ["KentHarbour"]
    assert authors._persons_and_orgs(names, set()) == _anew(names, set()) == ([], [])
    assert authors._persons_and_orgs(names, {"kentharbour"}) == _anew(names, {"kentharbour"}) == (["KentHarbour"], [])
    assert authors._persons_and_orgs(names, set()) == ([], [])
