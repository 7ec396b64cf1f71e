"""A dateline's month glued to the credited name (issue 15, review x41): "By John Smith May 3, 2024".

A byline is cut where its date's first digit stands, so a month that opens the date ("May", "Mar.",
"Mai", "Juni", "Avril") is left at the end of the name. The rule: a month word (the ones that are also
given names or words too) ending a credited name and followed on the line by a day, an ordinal or a year
belongs to the date. A month that is the name itself stays: "Anna May Wong", "Laura June Topolsky", a
writer called "Theresa May" with no date after her, or with a date that names its own month.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.signals import (
    byline_authors,
    clean_authors,
    headline_credit,
    persons_and_orgs,
)


@pytest.mark.parametrize("line", ["By John Smith May 3, 2024", "By John Smith May 2024", "By John Smith May 3rd, 2024",
                                  "By John Smith Mar. 3, 2024", "By John Smith June 3, 2024",
                                  "By John Smith April 3rd, 2024", "By John Smith August 2024"])
def test_a_month_opening_the_date_after_an_english_byline_is_not_part_of_the_name(line: str) -> None:
    assert byline_authors([line]) == ["John Smith"]


@pytest.mark.parametrize("line", ["Von Hans Müller Mai 2024", "Von Hans Müller Juni 2024", "Von Hans Müller Mai 3, 2024"])
def test_a_month_opening_the_date_after_a_german_byline_is_not_part_of_the_name(line: str) -> None:
    assert byline_authors([line]) == ["Hans Müller"]


@pytest.mark.parametrize("line", ["Par Jean Dupont Mai 2024", "Par Jean Dupont Avril 2024", "Par Jean Dupont Mai 3, 2024"])
def test_a_month_opening_the_date_after_a_french_byline_is_not_part_of_the_name(line: str) -> None:
    assert byline_authors([line]) == ["Jean Dupont"]


def test_a_credit_beside_the_headline_loses_the_month_of_its_date() -> None:
    lines = ["Council approves harbour budget", "Written by John Smith May 3, 2024 at 5:00 PM", "The council met."]
    assert headline_credit(lines, 0) == ["John Smith"]


@pytest.mark.parametrize("credit", ["John Smith May 3, 2024", "John Smith May 3rd", "John Smith May 2024"])
def test_a_declared_author_with_the_date_glued_to_it_loses_the_month(credit: str) -> None:
    assert clean_authors(credit) == ["John Smith"]


def test_a_credited_name_with_its_dated_month_is_one_person() -> None:
    assert persons_and_orgs(["John Smith May 3, 2024"]) == (["John Smith"], [])


def test_a_page_whose_byline_runs_into_a_may_date_reports_the_writer_alone() -> None:
    html = page(below_headline="<p class='byline'>By John Smith May 3, 2024</p>")
    assert authors(html) == ["John Smith"]


def test_a_german_page_whose_byline_runs_into_a_mai_date_reports_the_writer_alone() -> None:
    html = page(below_headline="<p class='byline'>Von Hans Müller Mai 2024</p>", lang="de")
    assert authors(html) == ["Hans Müller"]


@pytest.mark.parametrize("name", ["Anna May Wong", "Laura June Topolsky", "Theresa May", "Brian May"])
def test_a_month_given_name_or_surname_with_no_date_after_it_stays(name: str) -> None:
    assert byline_authors([f"By {name}"]) == [name]


def test_a_middle_name_month_stays_when_the_dated_month_follows_the_surname() -> None:
    assert byline_authors(["By Anna May Wong May 3, 2024"]) == ["Anna May Wong"]


def test_a_surname_month_stays_when_the_date_after_it_names_its_own_month() -> None:
    assert byline_authors(["By Theresa May 3 March 2024"]) == ["Theresa May"]


def test_a_surname_month_stays_before_a_numeric_date() -> None:
    assert byline_authors(["By Theresa May 12.03.2024"]) == ["Theresa May"]


def test_a_surname_month_stays_before_a_separated_date() -> None:
    assert byline_authors(["By Theresa May | 3 March 2024"]) == ["Theresa May"]


@pytest.mark.parametrize("line", ["By Brian May 3 min read", "By Brian May 2 hours ago"])
def test_a_surname_month_stays_before_a_number_that_is_no_date(line: str) -> None:
    assert byline_authors([line]) == ["Brian May"]


def test_a_month_opening_a_date_with_its_time_after_the_day_is_the_dates() -> None:
    lines = ["Council approves harbour budget", "By John Smith May 3 at 5:00 PM", "The council met."]
    assert headline_credit(lines, 0) == ["John Smith"]
