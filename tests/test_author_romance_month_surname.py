"""A surname that is a month of French, Spanish, Italian or Portuguese (issue 15, session 64): "Alyssa Maio".

Every reading of authors-blind32's studiobinder.com page named her (JSON-LD, "By Alyssa Maio on January 21, 2023"
beside the headline, trafilatura's guess), and every one was refused: "Maio" is Portuguese for May, and a month is
never part of a name, since bylines glue their dateline's words to the name ("Regan September"). Those four languages
print their months in lower case after the day ("21 de maio de 2023"), so a capitalised one closing a two-word name
is a surname. English and German months (capitalised in their dates) stay date words, as does a third word.
"""

from __future__ import annotations

import pytest
from author_pages import authors, declared_person, page

from archiver.extract.signals import byline_authors, name_kind


@pytest.mark.parametrize("name", ["Alyssa Maio", "Luca Marzo", "Ana Mayo", "Rosa Agosto", "Bruno Mars", "Inês Junho"])
def test_a_capitalised_romance_month_closing_a_two_word_name_is_a_surname(name: str) -> None:
    assert name_kind(name) == "person"


@pytest.mark.parametrize("name", ["Regan September", "Anna Mai", "Stefan Juli", "Jane Doe Marzo", "Desde Mayo",
                                  "Hasta Junio", "Alyssa maio", "Mayo Maio"])
def test_an_english_or_german_month_a_third_word_or_a_lower_case_month_is_still_a_date_word(name: str) -> None:
    assert name_kind(name) is None


def test_a_byline_naming_a_writer_with_such_a_surname_reads_her_whole() -> None:
    assert byline_authors(["By Alyssa Maio"]) == ["Alyssa Maio"]


def test_a_month_glued_before_a_date_is_still_cut_from_a_one_word_credit() -> None:
    assert byline_authors(["Por Ana Mayo 3, 2024"]) == ["Ana"]


def test_a_page_declaring_and_printing_such_a_writer_reports_her() -> None:
    html = page(declared_person("Alyssa Maio"),
                below_headline="<p class='byline'>By Alyssa Maio on January 21, 2023</p>")
    assert authors(html) == ["Alyssa Maio"]


def test_an_undeclared_such_name_printed_only_before_a_year_is_not_reported() -> None:
    # "By Brian Mars 2024": "Mars" may be the date's month, as "May" is in "By Theresa May 3, 2024"
    assert authors(page(below_headline="<p class='byline'>By Brian Mars 2024</p>")) == []


def test_a_declared_such_name_printed_before_a_year_is_reported() -> None:
    html = page(declared_person("Brian Mars"), below_headline="<p class='byline'>By Brian Mars 2024</p>")
    assert authors(html) == ["Brian Mars"]
