"""Authors: wrong or lost persons the last rounds left (task authleft54, issue 15). Each class beside a neighbour
that keeps its right name; a wrong author in a citation is worse than none, a right one lost the lesser harm.

1. Particles and affiliations: an organisation after German "von der" ("von der Deutschen Bank"), a surname printed
   first before a given name that is also a month ("Van der Berg Jan"), the Portuguese "do" ("Maria do Carmo"),
   Portuguese outlets after "da"/"do" ("João Silva da Folha"), a city after a Romance "de" ("de Paris").
2. Wrong persons: a street credited after "By" ("By Hope Street"), a cook's title before a given name ("By Chef
   Marco"), a newsroom after "de la" ("de la Redacción"), a book's author in a sentence ("By John Smith in his book").
3. The writer's verbs in the seven languages, a dateline only with a declaration, a standfirst right above the name.
"""

from __future__ import annotations

import pytest
from author_pages import PARAGRAPHS, URL, authors, declared_person, page

from archiver.extract import extract
from archiver.extract.byline_forms import byline_forms, name_line_credit
from archiver.extract.first_names import presents as _presents


def _read(byline: str, **kw: str) -> tuple[list[str], list[str]]:
    """(persons, organisations) the extractor reports for the story with ``byline`` under its headline."""
    out = extract(page(below_headline=byline, **kw), url=URL).to_dict()
    return list(out["authors"]), list(out["organizations"])


# --- 1. particles and affiliations


def test_an_organisation_in_the_dative_after_von_der_is_no_part_of_the_writer() -> None:
    assert _read("<p>Von Anna Berg von der Deutschen Bank</p>", lang="de")[0] == ["Anna Berg"]


@pytest.mark.parametrize("byline", ["Von Ursula von der Leyen", "Von Karl vom Stein", "Von Anna Berg von der Heide"])
def test_a_name_whose_particles_open_one_surname_is_kept_whole(byline: str) -> None:
    assert _read(f"<p>{byline}</p>", lang="de")[0] == [byline.split(" ", 1)[1]]


def test_a_surname_printed_first_keeps_a_given_name_that_is_also_a_month() -> None:
    assert _read("<p>Door Van der Berg Jan</p>", lang="nl")[0] == ["Van der Berg Jan"]


def test_a_month_with_its_day_after_a_surname_printed_first_is_still_the_date() -> None:
    assert _read("<p>By Van der Berg Jan 5, 2024</p>")[0] == ["Van der Berg"]


@pytest.mark.parametrize("name", ["Maria do Carmo", "Maria do Carmo Silva"])
def test_the_portuguese_particle_do_is_part_of_the_name(name: str) -> None:
    assert _read(f"<p>Por {name}</p>", lang="pt")[0] == [name]


@pytest.mark.parametrize(("byline", "outlet"), [("Por João Silva da Folha", "Folha"),
                                                ("Por João Silva do Público", "Público"),
                                                ("Por João Silva, do Público", "Público")])
def test_a_portuguese_outlet_after_the_writer_is_her_affiliation(byline: str, outlet: str) -> None:
    assert _read(f"<p>{byline}</p>", lang="pt") == (["João Silva"], [outlet])


def test_a_portuguese_surname_after_da_stays_the_name() -> None:
    assert _read("<p>Por Luiz Inácio Lula da Silva</p>", lang="pt")[0] == ["Luiz Inácio Lula da Silva"]


@pytest.mark.parametrize(("byline", "lang"), [("Par Jean Dupont de Paris", "fr"), ("Di Mario Rossi di Milano", "it")])
def test_a_city_after_a_romance_de_is_where_the_writer_files_from(byline: str, lang: str) -> None:
    assert _read(f"<p>{byline}</p>", lang=lang)[0] == [" ".join(byline.split()[1:3])]


@pytest.mark.parametrize("name", ["Gabriel García Márquez", "Carlos Ruiz-Zafón", "Charles de Gaulle",
                                  "Jean de La Fontaine", "Pedro López de la Torre"])
def test_a_double_or_particled_surname_is_kept_whole(name: str) -> None:
    assert _read(f"<p>Por {name}</p>", lang="es")[0] == [name]


# --- 2. wrong persons


@pytest.mark.parametrize("byline", ["By Hope Street", "By Victoria Street"])
def test_a_street_named_for_a_virtue_or_a_queen_is_no_writer(byline: str) -> None:
    assert _read(f"<p>{byline}</p>")[0] == []


def test_a_surname_like_place_word_after_such_a_given_name_stays_a_person() -> None:
    assert _read("<p>By Grace Park</p>")[0] == ["Grace Park"]


def test_a_cooks_title_before_a_given_name_is_dropped_and_the_cook_kept() -> None:
    assert _read("<p>By Chef Marco</p>")[0] == ["Marco"]


def test_a_cooks_title_before_no_given_name_is_a_brand() -> None:
    assert _read("<p>By Chef Boyardee</p>")[0] == []


@pytest.mark.parametrize("byline", ["Por Ana López, de la Redacción", "Por Ana López de la Redacción"])
def test_a_newsroom_after_de_la_is_the_organisation_without_its_preposition(byline: str) -> None:
    assert _read(f"<p>{byline}</p>", lang="es") == (["Ana López"], ["La Redacción"])


def test_a_surname_after_de_la_stays_the_name() -> None:
    assert _read("<p>Por Juan de la Cruz</p>", lang="es")[0] == ["Juan de la Cruz"]


@pytest.mark.parametrize(("line", "lang"), [("By John Smith in his book The Long Road", "en"),
                                            ("By Jane Roe in her new book, Tides", "en"),
                                            ("Von Anna Berg in ihrem Buch Die Stadt", "de"),
                                            ("Par Jean Dupont dans son livre La Ville", "fr"),
                                            ("Por Ana López en su novela La Casa", "es")])
def test_a_books_author_in_a_sentence_is_not_the_pages_writer(line: str, lang: str) -> None:
    assert _read(f"<p>{line}</p>", lang=lang)[0] == []


def test_a_place_the_writer_files_from_after_in_keeps_the_writer() -> None:
    assert _read("<p>By Sarah Lee in Hong Kong</p>")[0] == ["Sarah Lee"]


# --- 3. writer's verbs, datelines, the standfirst


@pytest.mark.parametrize("line", ["Anna Berg redigiert das Ressort Wirtschaft.", "Jean Dupont rédige la chronique.",
                                  "Mario Rossi si occupa di economia.", "João Silva trabalha como repórter.",
                                  "Анна Берг пишет об экономике.", "Ana López ha escrito sobre economía."])
def test_a_sentence_saying_what_the_writer_does_presents_her_in_each_language(line: str) -> None:
    name = " ".join(line.split()[:2])
    assert _presents(line, 0, len(name))


@pytest.mark.parametrize("line", ["Mario Rossi racconta la sua storia.", "Ana López informa que no habrá cambios.",
                                  "Jean Dupont rejoint le club cet été."])
def test_a_verb_a_mention_uses_as_often_presents_no_writer(line: str) -> None:
    assert not _presents(line, 0, len(" ".join(line.split()[:2])))


_DATELINE = "09 de febrero de 2017. 17:18h Francisco Velasco, Madrid."


def test_a_dateline_form_names_only_a_writer_the_page_declares() -> None:
    assert byline_forms([_DATELINE], ["Francisco Velasco"]) == ["Francisco Velasco"]
    assert byline_forms([_DATELINE], []) == []
    assert byline_forms([_DATELINE], ["Ana López"]) == []


def test_a_declared_writer_in_a_dateline_is_still_reported() -> None:
    html = page(declared_person("Francisco Velasco"), paragraphs=[*PARAGRAPHS[:3], _DATELINE], lang="es")
    assert authors(html) == ["Francisco Velasco"]


_LONG = "A sentence of the story that is well over forty characters long."
_BIO = "Mara Quill is a researcher at the Harbour Institute and writes on ports."


def test_a_name_line_under_the_storys_second_long_line_is_not_under_the_standfirst() -> None:
    lines = ["Headline", _LONG, _LONG, "Mara Quill", _LONG, _BIO]
    assert name_line_credit(lines, 3, 0, (1, 4)) == []


def test_a_name_line_right_under_the_standfirst_with_a_bio_is_the_writer() -> None:
    lines = ["Headline", _LONG, "Mara Quill", _LONG, _BIO]
    assert name_line_credit(lines, 2, 0, (1, 3)) == ["Mara Quill"]


def test_a_long_meta_line_above_the_text_does_not_push_the_standfirst_away() -> None:
    meta = "26 Febrero, 2015 • Artículos, Asuntos globales, Latinoamérica, Portada"
    lines = ["Headline", meta, _LONG, "Mara Quill", _LONG, _BIO]
    assert name_line_credit(lines, 3, 0, (2, 4)) == ["Mara Quill"]
