"""Authors, round 18: the classes of authors-blind6's first run fixed in general form (issue 15).

Each class has a failing case (the wrong name a first run reported, in a fixture of our own) and a
keep case (a real name of the same shape that must stay reported): two words run together ("Isabel
KeaneJournal New"), a writer's credit lead kept with the name ("Recueilli par Patrick ANGEVIN"), an
organisation named by several capitalised words ("Deutsches Rotes Kreuz"), and a declared credit of a
name and its outlet ("Jane Doe - Harbor Tides").
"""

from __future__ import annotations

import pytest
from author_pages import URL, authors, declared_person, page

from archiver.extract import extract


def _byline_page(credit: str, head: str | None = None) -> bytes:
    """A page declaring ``credit`` as its JSON-LD author and printing it under the headline as is."""
    return page(declared_person(credit) if head is None else head,
                below_headline=f"<p class='byline'>{credit}</p>")


def _organisations(html: bytes) -> list[str]:
    return list(extract(html, url=URL).to_dict()["organizations"])


# ---------------------------------------------------------------- two words run together


def test_an_outlet_glued_to_the_name_is_cut_off() -> None:
    assert authors(_byline_page("Isabel KeaneJournal New")) == ["Isabel Keane"]


def test_an_outlet_glued_to_the_second_of_two_names_leaves_both_names() -> None:
    assert authors(_byline_page("Robert Brum and Isabel KeaneJournal New")) == ["Robert Brum", "Isabel Keane"]


def test_two_words_run_together_without_a_full_name_left_are_not_reported() -> None:
    assert authors(_byline_page("JaneDoe")) == []


@pytest.mark.parametrize("name", ["Ron DeSantis", "Ronald McDonald", "Anne LeBlanc", "Douglas MacArthur",
                                  "Jeff VanderMeer", "Shaquille O'Neal", "JoAnn Carter", "Ursula von der Leyen",
                                  "Sofía de la Cruz", "Jean-Pierre Martin"])
def test_a_name_with_inner_capitals_particles_or_hyphens_is_kept(name: str) -> None:
    assert authors(_byline_page(name)) == [name]


def test_a_pen_name_ending_in_an_initial_is_not_taken_for_two_words() -> None:
    assert authors(_byline_page("HansG Berger")) == ["HansG Berger"]


# ---------------------------------------------------------------- a writer's credit lead kept with the name


@pytest.mark.parametrize(("credit", "name"), [
    ("Recueilli par Patrick ANGEVIN.", "Patrick ANGEVIN"),
    ("Propos recueillis par Anne Berre", "Anne Berre"),
    ("Entretien réalisé par Anne Berre", "Anne Berre"),
    ("Aufgezeichnet von Petra Kurz", "Petra Kurz"),
    ("Interviewed by Jane Doe", "Jane Doe"),
    ("Entrevista de Ana Ruiz", "Ana Ruiz"),
    ("Opgetekend door Anke de Vries", "Anke de Vries"),
])
def test_a_writers_credit_lead_is_cut_and_the_name_kept(credit: str, name: str) -> None:
    assert authors(_byline_page(credit)) == [name]


def test_a_lead_crediting_the_pictures_drops_the_name() -> None:
    assert authors(_byline_page("Photos taken by Tom Berg")) == []


def test_an_all_caps_surname_without_a_lead_is_kept() -> None:
    assert authors(_byline_page("Patrick ANGEVIN")) == ["Patrick ANGEVIN"]


# ---------------------------------------------------------------- organisations by their head noun


@pytest.mark.parametrize("credit", ["Deutsches Rotes Kreuz", "Croix-Rouge française", "Landratsamt Harbor",
                                    "Ministerie van Harbor", "Kirche Harbor", "Harbor Senate"])
def test_an_organisation_of_several_capitalised_words_is_no_person(credit: str) -> None:
    html = _byline_page(credit, head=f"<meta name='author' content='{credit}'>")
    assert authors(html) == []


def test_an_organisation_by_its_head_noun_is_credited_as_an_organisation() -> None:
    html = _byline_page("Deutsches Rotes Kreuz", head="<meta name='author' content='Deutsches Rotes Kreuz'>")
    assert _organisations(html) == ["Deutsches Rotes Kreuz"]


@pytest.mark.parametrize("name", ["Jane Cross", "Federico Chiesa", "Murat Kaya"])
def test_a_surname_that_is_also_a_word_of_an_organisation_elsewhere_is_kept(name: str) -> None:
    assert authors(_byline_page(name)) == [name]


# ---------------------------------------------------------------- "Name - Outlet", "Name | Outlet"


def test_the_sites_name_after_a_dash_is_cut_from_a_declared_credit() -> None:
    head = "<meta property='og:site_name' content='Harbor Tides'><meta name='author' content='Jane Doe - Harbor Tides'>"
    assert authors(_byline_page("Jane Doe - Harbor Tides", head=head)) == ["Jane Doe"]


def test_an_organisation_before_a_bar_is_cut_from_a_declared_credit() -> None:
    head = "<meta name='author' content='Harbor Tides Media | Jane Doe'>"
    assert authors(_byline_page("Harbor Tides Media | Jane Doe", head=head)) == ["Jane Doe"]


def test_two_names_joined_by_a_dash_stay_unreported() -> None:
    head = "<meta name='author' content='Jane Doe - John Roe'>"
    assert authors(_byline_page("Jane Doe - John Roe", head=head)) == []
