"""Authors: a role word is never a person's given name (round role47). A byline whose name opens with a trade's
role word ("By Editor Mason", "Von Redakteur Müller") or that holds only a role and its modifiers ("By Senior
Correspondent", "By Senior Editor at Large", "By Editor Emeritus") credits a post, not a person: no author is
reported from it. A role before a full name still gives the name ("By Editor Jane Roe" is Jane Roe)."""

from __future__ import annotations

import pytest
from author_pages import authors, declared_person, page

from archiver.extract.signals import name_kind


def byline(text: str, *, lang: str = "en") -> bytes:
    """The story with ``text`` as a plain paragraph under its headline (no byline class for a layout guess)."""
    return page(below_headline=f"<p>{text}</p>", lang=lang)


@pytest.mark.parametrize("credit", ["By Editor Mason", "By Reporter Smith", "By Writer Jones", "By Columnist Hale"])
def test_a_role_word_before_a_single_word_names_no_person(credit: str) -> None:
    assert authors(byline(credit)) == []


@pytest.mark.parametrize("credit", ["By Senior Correspondent", "By Chief Correspondent", "By Editor Emeritus",
                                    "By Senior Editor at Large", "By Editor-in-chief Emeritus"])
def test_a_byline_of_role_words_only_names_no_person(credit: str) -> None:
    assert authors(byline(credit)) == []


@pytest.mark.parametrize(("credit", "lang"), [("Von Redakteur Müller", "de"), ("Par Journaliste Martin", "fr"),
                                              ("Por Periodista García", "es")])
def test_a_role_word_in_another_language_before_a_surname_names_no_person(credit: str, lang: str) -> None:
    assert authors(byline(credit, lang=lang)) == []


def test_a_declared_author_that_is_a_role_names_no_person() -> None:
    html = page(declared_person("Senior Correspondent"), below_headline="<p>By Senior Correspondent</p>")
    assert authors(html) == []


@pytest.mark.parametrize("name", ["Editor Mason", "Senior Correspondent", "Editor Emeritus", "Redakteur Müller"])
def test_a_role_that_opens_a_name_makes_it_no_persons_kind(name: str) -> None:
    assert name_kind(name) is None


@pytest.mark.parametrize("credit", ["By Editor Jane Roe", "By Senior Correspondent Jane Roe",
                                    "By Chief Correspondent John Smith"])
def test_a_role_before_a_full_name_still_gives_the_name(credit: str) -> None:
    assert authors(byline(credit)) == [credit.split()[-2] + " " + credit.split()[-1]]


@pytest.mark.parametrize("name", ["Jane Writer", "Mason Chief", "Chief Keef", "Senior Jones"])
def test_a_role_word_that_is_no_trade_opening_a_name_or_a_surname_keeps_the_person(name: str) -> None:
    assert name_kind(name) == "person"
