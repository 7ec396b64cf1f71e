"""Issue 15 (auth71): the wrong persons the rounds before left, at their class.

1. One place test for every reader of a name (:mod:`archiver.extract.place_names`): a place credited as the writer
   ("By New York City", "Por Ciudad de México", a JSON-LD Person "Fort Worth") is no person, whatever source names
   it; a person named like a place ("Jenny Park", "Margaret Court") stays a person, and a credit keeps even "Victoria
   Park" one, where the same two words alone over the date are a place.
"""

from __future__ import annotations

import pytest
from author_pages import authors, declared_person, page

from archiver.extract.place_names import place_name

DATE = "<p>June 3, 2024</p>"

# --- 1. one place test


@pytest.mark.parametrize(("credit", "lang"), [
    ("By New York City", "en"), ("Por Ciudad de México", "es"), ("By Fort Worth", "en"), ("By Mount Vernon", "en"),
    ("Von Frankfurt am Main", "de"), ("Von Freiburg im Breisgau", "de"), ("By Kingston upon Thames", "en"),
    ("Par Boulogne-sur-Mer", "fr"), ("Par Aix-en-Provence", "fr")])
def test_a_place_credited_as_the_writer_is_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang=lang)) == []


@pytest.mark.parametrize("place", ["New York City", "Fort Worth"])
def test_a_place_declared_a_person_and_printed_as_the_byline_is_no_person(place: str) -> None:
    assert authors(page(declared_person(place), below_headline=f"<p>By {place}</p>")) == []


@pytest.mark.parametrize("name", ["Jenny Park", "Min-ji Park", "Margaret Court", "Grace Park", "Victoria Park",
                                  "Anna von der Goltz", "Juan de la Cruz"])
def test_a_person_named_like_a_place_and_credited_stays_a_person(name: str) -> None:
    assert authors(page(below_headline=f"<p>By {name}</p>")) == [name]


def test_a_person_named_like_a_place_declared_and_printed_stays_a_person() -> None:
    assert authors(page(declared_person("Jenny Park"), below_headline="<p>By Jenny Park</p>")) == ["Jenny Park"]


def test_a_given_name_and_a_family_name_that_is_a_place_word_over_the_date_is_the_writer() -> None:
    assert authors(page(below_headline=f"<p>Tom Lake</p>{DATE}")) == ["Tom Lake"]


@pytest.mark.parametrize("place", ["Victoria Park", "Hyde Park", "Alice Springs"])
def test_a_place_alone_over_the_date_is_no_writer(place: str) -> None:
    assert authors(page(below_headline=f"<p>{place}</p>{DATE}")) == []


@pytest.mark.parametrize(("name", "credited", "place"), [
    ("Jenny Park", False, False), ("Jenny Park", True, False), ("Victoria Park", False, True),
    ("Victoria Park", True, False), ("Hyde Park", True, True), ("Elizabeth City", True, True),
    ("Ciudad de México", True, True), ("Halle an der Saale", True, True), ("Stratford-upon-Avon", True, True),
    ("Anna Rivlin-Nadler", True, False), ("Omar al-Hassan", True, False), ("Santa Ono", True, False),
    ("Lake Bell", True, False)])
def test_one_place_test_answers_both_kinds_of_reader(name: str, credited: bool, place: bool) -> None:
    assert place_name(name, credited=credited) is place
