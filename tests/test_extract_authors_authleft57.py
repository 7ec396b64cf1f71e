"""Authors: round authleft57 (issue 15), the items authleft54, rva55 and b17auth left; each wrong person beside a
neighbour that keeps its answer. A wrong author in a citation is worse than none.

1. A party or a public body after a writer's "von"/"de"/"du"/"del"/"do" ("von den Grünen", "de la Generalitat", "du
   Parti socialiste", "del Partito Democratico", and elided: "de l'Assemblée nationale", "dell'ANSA") is her
   affiliation, not her surname's particle; a surname of the same shape ("von den Steinen") stays hers.
2. Given names alone before "de" and a listed city ("María José de Madrid"): no surname stands before the particle, so
   the words after it are her surname, not where she files from; a full name before it keeps the city cut off.
3. An organisation credited with the sentence's lower-case article ("By the Associated Press", "Par l'AFP", "Von der
   Redaktion") is named without it, as the labels print an organisation; a capitalised "The" is the name's, as printed.
4. A sentence saying what a person writes or where she works ("Jane Doe joined the paper in 2010.") fills a byline's
   lone first name only where a writer is presented (under the article, beside the headline), never from the
   story's running text.
"""

from __future__ import annotations

import pytest
from author_pages import PARAGRAPHS, URL, page

from archiver.extract import extract


def _read(byline: str, lang: str) -> tuple[list[str], list[str]]:
    """(persons, organisations) the extractor reports for the story with ``byline`` under its headline."""
    out = extract(page(below_headline=f"<p>{byline}</p>", lang=lang), url=URL).to_dict()
    return list(out["authors"]), list(out["organizations"])


# --- 1. a party or a public body after the particle


@pytest.mark.parametrize(("byline", "lang", "person"), [
    ("Von Anna Berg von den Grünen", "de", "Anna Berg"),
    ("Von Anna Berg von der Linken", "de", "Anna Berg"),
    ("Von Max Müller von der Piratenpartei", "de", "Max Müller"),
    ("Por Joan Puig de la Generalitat", "es", "Joan Puig"),
    ("Por Ana López del Partido Popular", "es", "Ana López"),
    ("Par Jean Dupont du Parti socialiste", "fr", "Jean Dupont"),
    ("Di Mario Rossi del Partito Democratico", "it", "Mario Rossi"),
    ("Por João Silva do Partido dos Trabalhadores", "pt", "João Silva"),
])
def test_a_party_or_public_body_after_the_particle_is_cut_off_the_writer(byline: str, lang: str, person: str) -> None:
    assert _read(byline, lang)[0] == [person]


@pytest.mark.parametrize(("byline", "lang", "org"), [
    ("Von Anna Berg von den Grünen", "de", "Die Grünen"),
    ("Par Jean Dupont du Parti socialiste", "fr", "Parti socialiste"),
    ("Di Mario Rossi del Partito Democratico", "it", "Partito Democratico"),
])
def test_the_party_after_the_particle_is_the_writers_organisation(byline: str, lang: str, org: str) -> None:
    assert _read(byline, lang)[1] == [org]


@pytest.mark.parametrize(("byline", "lang", "person", "org"), [
    ("Par Jean Dupont de l'Assemblée nationale", "fr", "Jean Dupont", "Assemblée nationale"),
    ("Par Claire Dubois de l'AFP", "fr", "Claire Dubois", "AFP"),
    ("Di Mario Rossi dell'ANSA", "it", "Mario Rossi", "ANSA"),
])
def test_an_organisation_after_an_elided_article_is_cut_off_the_writer(byline: str, lang: str, person: str,
                                                                       org: str) -> None:
    assert _read(byline, lang) == ([person], [org])


@pytest.mark.parametrize(("byline", "lang", "person"), [
    ("Von Karl von den Steinen", "de", "Karl von den Steinen"),
    ("Von Thomas Linke", "de", "Thomas Linke"),
    ("Par Jean d'Ormesson", "fr", "Jean d'Ormesson"),
])
def test_a_surname_of_the_same_shape_stays_the_writers(byline: str, lang: str, person: str) -> None:
    assert _read(byline, lang)[0] == [person]


# --- 2. given names alone before "de" and a city


@pytest.mark.parametrize(("byline", "lang"), [("Por María José de Madrid", "es"), ("Di Anna Maria di Milano", "it"),
                                              ("Por José Luis de Barcelona", "es")])
def test_given_names_alone_keep_a_city_after_de_as_their_surname(byline: str, lang: str) -> None:
    assert _read(byline, lang)[0] == [byline.split(" ", 1)[1]]


@pytest.mark.parametrize(("byline", "lang", "person"), [("Por Ana López de Madrid", "es", "Ana López"),
                                                        ("Di Mario Rossi di Milano", "it", "Mario Rossi")])
def test_a_full_name_before_de_and_a_city_still_drops_the_city(byline: str, lang: str, person: str) -> None:
    assert _read(byline, lang)[0] == [person]


# --- 3. an organisation without the sentence's article


@pytest.mark.parametrize(("byline", "lang", "org"), [
    ("By the Associated Press", "en", "Associated Press"),
    ("By the BBC", "en", "BBC"),
    ("Von der Redaktion", "de", "Redaktion"),
    ("Von der Deutschen Presse-Agentur", "de", "Deutsche Presse-Agentur"),
    ("Par la rédaction", "fr", "rédaction"),
    ("Por la Redacción", "es", "Redacción"),
    ("Par l'AFP", "fr", "AFP"),
])
def test_an_organisation_credited_with_a_lower_case_article_is_named_without_it(byline: str, lang: str,
                                                                                 org: str) -> None:
    assert _read(byline, lang) == ([], [org])


def test_a_capitalised_article_is_the_organisations_name_as_printed() -> None:
    assert _read("By The Associated Press", "en") == ([], ["The Associated Press"])


# --- 4. a writer's sentence fills a first name only where a writer is presented


_MENTIONS = [("en", "By Jane", "Jane Doe joined the paper in 2010."),
             ("en", "By Jane", "Jane Doe reports from the harbour."),
             ("de", "Von Anna", "Anna Berg schreibt über den Hafen."),
             ("fr", "Par Claire", "Claire Martin écrit sur le port."),
             ("it", "Di Mario", "Mario Rossi scrive di economia.")]


@pytest.mark.parametrize(("lang", "byline", "sentence"), _MENTIONS)
def test_a_writers_sentence_in_the_running_text_does_not_fill_the_first_name(lang: str, byline: str,
                                                                            sentence: str) -> None:
    story = [PARAGRAPHS[0], sentence, PARAGRAPHS[1], PARAGRAPHS[2]]
    out = extract(page(below_headline=f"<p>{byline}</p>", paragraphs=story, lang=lang), url=URL).to_dict()
    assert " ".join(sentence.split()[:2]) not in out["authors"]


@pytest.mark.parametrize(("lang", "byline", "sentence"), _MENTIONS)
def test_the_same_sentence_in_the_author_box_fills_it(lang: str, byline: str, sentence: str) -> None:
    box = f"<aside class='author-box'><p>{sentence}</p></aside>"
    out = extract(page(below_headline=f"<p>{byline}</p>", after=box, lang=lang), url=URL).to_dict()
    assert out["authors"] == [" ".join(sentence.split()[:2])]
