"""Authors: three credit forms that gave a wrong name (task auth50, issue 15), each beside a neighbour that keeps its
right name. A wrong author in a citation is worse than none.

1. "<Name> of <Organisation>" in a byline is the person, the organisation her affiliation (``organizations``);
2. a surname printed first keeps all its particles when a lead-like word ("Von", "De") opens it;
3. a place last on a post's meta line ("· Hong Kong") or alone over the story's date is no writer, though its first
   word is a given name.
"""

from __future__ import annotations

import pytest
from author_pages import URL, page

from archiver.extract import extract


def _read(byline: str) -> tuple[list[str], list[str]]:
    """(persons, organisations) the extractor reports for the story with ``byline`` under its headline."""
    out = extract(page(below_headline=byline), url=URL).to_dict()
    return list(out["authors"]), list(out["organizations"])


# --- 1. a writer "of" an organisation


def test_a_second_writer_of_an_agency_is_the_person_and_the_agency_her_affiliation() -> None:
    assert _read("<p>By Jane Roe and Tom Smith of Reuters</p>") == (["Jane Roe", "Tom Smith"], ["Reuters"])


def test_each_writer_of_her_own_outlet_is_a_person() -> None:
    persons, orgs = _read("<p>By Jane Roe of The Times and Tom Smith of Reuters</p>")
    assert persons == ["Jane Roe", "Tom Smith"]
    assert set(orgs) == {"The Times", "Reuters"}


def test_a_writer_from_an_agency_is_the_person() -> None:
    assert _read("<p>By Mary Lee from the Associated Press</p>")[0] == ["Mary Lee"]


def test_a_german_writer_von_der_outlet_is_the_person() -> None:
    assert _read("<p>Von Anna Berg von der FAZ</p>") == (["Anna Berg"], ["FAZ"])


def test_von_der_inside_a_name_is_still_the_name() -> None:
    assert _read("<p>Von Ursula von der Leyen</p>")[0] == ["Ursula von der Leyen"]


def test_a_title_of_a_place_is_no_writer_of_an_organisation() -> None:
    assert _read("<p>By Lord Smith of Kew</p>")[0] == []


# --- 2. a surname printed first with all its particles


def test_a_surname_opening_with_von_der_printed_first_keeps_von() -> None:
    assert _read("<p>By Von der Leyen Ursula</p>")[0] == ["Von der Leyen Ursula"]


def test_a_surname_opening_with_de_los_after_por_is_the_writer() -> None:
    assert _read("<p>Por De los Santos Juan</p>")[0] == ["De los Santos Juan"]


def test_de_los_inside_a_given_name_first_name_is_the_writer() -> None:
    assert _read("<p>By Juan de los Santos</p>")[0] == ["Juan de los Santos"]


def test_von_der_before_the_desk_is_still_the_desks_lead() -> None:
    assert _read("<p>Von der Redaktion</p>")[0] == []


def test_a_lead_like_particle_before_a_given_name_and_a_surname_is_still_the_lead() -> None:
    assert _read("<p>By Di Mario Rossi</p>")[0] == ["Mario Rossi"]


# --- 3. a place last on a meta line


def test_a_place_whose_first_word_is_a_given_name_on_a_meta_line_is_no_writer() -> None:
    assert _read("<p>December 15, 2025 · 3 min · Hong Kong</p>")[0] == []


def test_a_place_ending_in_a_place_word_on_a_meta_line_is_no_writer() -> None:
    assert _read("<p>December 15, 2025 · 3 min · Alice Springs</p>")[0] == []


def test_a_writer_last_on_a_meta_line_is_still_the_writer() -> None:
    assert _read("<p>December 15, 2025 · 3 min · Grace Kellerman</p>")[0] == ["Grace Kellerman"]


@pytest.mark.parametrize("place", ["Hong Kong", "Sri Lanka"])
def test_a_listed_place_whose_first_word_is_a_given_name_over_the_date_is_no_writer(place: str) -> None:
    assert _read(f"<p>A standfirst of the story, longer than a line of credits.</p><div>{place}</div>"
                 "<div>May 01, 2026</div>")[0] == []


def test_a_writer_whose_given_name_opens_a_listed_place_over_the_date_is_still_the_writer() -> None:
    assert _read("<p>A standfirst of the story, longer than a line of credits.</p><div>Hong Li</div>"
                 "<div>May 01, 2026</div>")[0] == ["Hong Li"]
