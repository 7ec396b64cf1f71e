"""The persons reported are written as a citation gives them (extractor version 20): a name the
page sets in capitals with its first letters capital, an honorific in front dropped. What the
policy reports is unchanged; only the form of the name is."""

from __future__ import annotations

import pytest
from author_pages import URL, page
from author_pages import authors as _authors

from archiver.extract import extract
from archiver.extract.signals import citable_name


def test_a_byline_set_in_capitals_is_reported_with_capital_initials() -> None:
    assert _authors(page(below_headline="<p>By MORITZ PAPPERT</p>")) == ["Moritz Pappert"]


def test_an_honorific_before_a_credited_name_is_dropped() -> None:
    assert _authors(page(below_headline="<p>By Dr. Jane Roe</p>")) == ["Jane Roe"]


@pytest.mark.parametrize(("printed", "cited"), [
    ("DANIEL O'MAHONY", "Daniel O'Mahony"),
    ("JEAN-PIERRE DUPONT", "Jean-Pierre Dupont"),
    ("URSULA VON DER LEYEN", "Ursula von der Leyen"),
    ("J. R. R. TOLKIEN", "J. R. R. Tolkien"),
    ("ИВАН ПЕТРОВ", "Иван Петров"),
])
def test_a_name_in_capitals_keeps_its_apostrophes_hyphens_initials_and_particles(printed: str, cited: str) -> None:
    assert citable_name(printed) == cited


@pytest.mark.parametrize("name", ["Jane McDonald", "Jeff VanderMeer", "DJ Koze", "李明"])
def test_a_name_with_lower_case_letters_is_kept_as_printed(name: str) -> None:
    assert citable_name(name) == name


@pytest.mark.parametrize(("printed", "cited"), [
    ("Prof. Dr. Jane Roe", "Jane Roe"), ("Mrs Jane Roe", "Jane Roe"), ("Dott.ssa Maria Rossi", "Maria Rossi"),
])
def test_honorifics_in_front_are_dropped(printed: str, cited: str) -> None:
    assert citable_name(printed) == cited


def test_an_honorific_that_would_leave_one_word_is_kept() -> None:
    """"Dr. Oetker" is a brand or a pen name; one word would be no better a citation."""
    assert citable_name("Dr. Oetker") == "Dr. Oetker"


@pytest.mark.parametrize("credit", ["BBNTEAM", "Redaktionsteam", "NewsTeam"])
def test_a_team_written_as_one_word_is_credited_as_an_organisation(credit: str) -> None:
    """A desk's handle ending in "team" is no person (was reported as one, in capitals)."""
    html = page(below_headline=f"<p>By {credit}</p>")
    assert _authors(html) == []
    assert credit in extract(html, url=URL).to_dict()["organizations"]
