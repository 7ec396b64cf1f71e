"""Authors: three small gaps round auth60 left (round auth61, issue 15), each at its class, beside a neighbour that
must keep its answer. Fixtures of our own; names invented.

1. A piece after the writer's that names the text's source reads so in every language the byline leads cover, not
   in English only: "Auszug aus", "extrait de", "tratto da", "extraído de", "extracto de", "отрывок из" <Title>.
2. A firm's word opening a name ("Studio Method", "Atelier Nord", "Büro Süd") names an organisation, as it does
   closing one ("Method Architecture").
3. Two words run together are found in every cased script ("Łukasz WąsikŚwiat", "Γιώργος ΠαπαδόπουλοςΕιδήσεις"), not
   in the Latin-1 and Cyrillic letters a hand-written class listed.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.name_letters import case_turns
from archiver.extract.signals import clean_authors, name_kind

# --- 1. a source piece after the writer, in the byline leads' languages


@pytest.mark.parametrize(("credit", "names"), [
    ("Jane Roe und Auszug aus Der Nachtzug", ["Jane Roe"]),
    ("Marie Dupont et extrait de Les Nuits", ["Marie Dupont"]),
    ("Marco Rossi e tratto da Il Mare", ["Marco Rossi"]),
    ("Ana Souza e extraído de O Mar", ["Ana Souza"]),
    ("Ana López y extracto de El Mar", ["Ana López"]),
    ("Анна Петрова и отрывок из Ночной поезд", ["Анна Петрова"]),
    ("Jane Roe, Auszug aus Der Nachtzug", ["Jane Roe"])])
def test_a_source_piece_after_the_writer_is_no_second_writer_in_any_lead_language(credit: str,
                                                                                  names: list[str]) -> None:
    assert clean_authors(credit) == names


@pytest.mark.parametrize(("credit", "names"), [
    ("Jane Roe und Max Aus", ["Jane Roe", "Max Aus"]),
    ("Marie Dupont et Paul Extrait", ["Marie Dupont", "Paul Extrait"]),
    ("Marco Rossi e Lucia Tratto", ["Marco Rossi", "Lucia Tratto"])])
def test_two_writers_whose_second_bears_a_source_word_stay_two(credit: str, names: list[str]) -> None:
    assert clean_authors(credit) == names


def test_a_meta_author_naming_the_excerpted_book_in_german_names_only_the_writer() -> None:
    credit = "Jane Roe und Auszug aus Der Nachtzug"
    html = page(f"<meta name='author' content='{credit}'>", below_headline=f"<p>{credit}</p><p>15.06.2022</p>",
                lang="de")
    assert authors(html) == ["Jane Roe"]


# --- 2. a firm's word opening a name


@pytest.mark.parametrize("firm", ["Studio Method", "Atelier Nord", "Büro Süd", "Agentur Nord", "Estudio Sur",
                                  "Agence Lumen", "Bureau Vogel"])
def test_a_firms_word_opening_a_name_names_an_organisation(firm: str) -> None:
    assert name_kind(firm) == "org"


@pytest.mark.parametrize("person", ["Ana Estudillo", "Anna Büroni", "Jane Marlow", "Studer Hans"])
def test_a_name_merely_beginning_like_a_firms_word_stays_a_person(person: str) -> None:
    assert name_kind(person) == "person"


def test_a_firm_opening_with_its_word_declared_as_meta_author_is_no_person() -> None:
    html = page("<meta name='author' content='Studio Method'>",
                below_headline="<p>Studio Method</p><p>June 15, 2022</p>")
    assert authors(html) == []


# --- 3. words run together, in every cased script


@pytest.mark.parametrize(("text", "turns"), [
    ("Isabel KeaneJournal", [12]), ("Łukasz WąsikŚwiat", [12]), ("ΠαπαδόπουλοςΕιδήσεις", [12]),
    ("ПетроваНовости", [7]), ("McDonald", [2]), ("HansG", []), ("JANE DOE", []), ("Jane Doe", [])])
def test_a_case_turn_is_a_small_letter_then_a_capitalised_word(text: str, turns: list[int]) -> None:
    assert case_turns(text) == turns


def test_a_decomposed_accent_before_the_turn_belongs_to_the_small_letter() -> None:
    assert case_turns("Nguye\u0302\u0303nReuters") == [8]


@pytest.mark.parametrize(("byline", "name"), [
    ("By Łukasz WąsikŚwiat", "Łukasz Wąsik"),
    ("By Γιώργος ΠαπαδόπουλοςΕιδήσεις", "Γιώργος Παπαδόπουλος"),
    ("By Isabel KeaneJournal New", "Isabel Keane")])
def test_a_surname_with_the_next_element_run_on_is_cut_in_any_cased_script(byline: str, name: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{byline}</p>")) == [name]


def test_a_name_with_an_inner_capital_after_a_short_head_stays_whole() -> None:
    assert authors(page(below_headline="<p class='byline'>By Łucja McDonald</p>")) == ["Łucja McDonald"]
