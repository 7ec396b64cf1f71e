"""notices-blind16's classes (bench/labels/README.md, "notices-blind16" and its "Where the misses ... came from"), each
in general form, with a neighbour that must stay as it is. Fixtures of our own.

Found now:
- a stock library's picture credit with no "by" and no colon ("Photo Jane Doe on https://unsplash.com/...",
  "Foto Jane Doe auf Unsplash", in the seven languages);
- a news wire's name alone closing a caption after a slash or a bar ("... Barcelona./ ACN");
- a story's closing "Fuente: <outlet>" (a republication), not a wire's or an office's;
- the disclosure that a text was made with automation and edited by a person (a disclaimer, as the kinds table reads
  an AI disclosure), "The information provided is based on the published date." and "Below is the original
  announcement from <date>".
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

# ----------------------------------------------------------------------------- a stock library's credit, no "by"


@pytest.mark.parametrize("credit", [
    "Photo Jane Doe on https://unsplash.com/photos/a-harbour-at-dawn-uHzf13WevGc",
    "Photo Jane Doe https://www.pexels.com/photo/people-on-a-pier-2774556",
    "Photo Jane van der Doe on https://unsplash.com/de/fotos/ein-hafen-x_X6-3mNb58",
    "Photo JaneDoeStudio on Unsplash",
    "Foto Jane Doe auf Unsplash",
    "Photo Jane Doe sur Pexels",
    "Imagen Juan Pérez en Pixabay",
    "Foto João Silva no Unsplash",
    "Immagine Marco Rossi su Pexels",
    "Фото Иван Петров на Unsplash",
])
def test_a_picture_word_a_name_and_a_stock_library_closing_the_line_is_a_credit(credit: str) -> None:
    assert _credits(_page(f"<p><sub>{credit}</sub></p>")) == [credit]


@pytest.mark.parametrize("line", [
    "Photo gallery on https://unsplash.com/collections/12345/harbour",
    "Photos of the harbour are on Unsplash",
    "Photo Jane Doe took at the harbour is on https://unsplash.com/photos/abc",
])
def test_a_sentence_about_a_stock_library_is_no_credit(line: str) -> None:
    assert _credits(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- a wire's name closing a caption


@pytest.mark.parametrize(("text", "credit"), [
    ("Radar on a gantry of the A-2 towards Barcelona./ ACN", "ACN"),
    ("Radar situat a un pòrtic de l'A-2 Sud en direcció Barcelona./ ACN", "ACN"),
    ("Los manifestantes, ayer en el centro de Lisboa./ Lusa", "Lusa"),
])
def test_a_wires_name_after_a_slash_closing_a_caption_is_its_credit(text: str, credit: str) -> None:
    assert _credits(_page(_caption(text))) == [credit]


def test_the_same_closing_in_a_paragraph_is_no_credit() -> None:
    assert _credits(_page("<p>The radar sits on a gantry of the A-2 towards Barcelona./ ACN</p>")) == []


# ----------------------------------------------------------------------------- a story's closing source line

_STORY_END = ("<p>The harbour master said the new pier would open in the spring, once the last of the pilings had been "
              "driven and the deck had been laid from one end to the other.</p>")


@pytest.mark.parametrize("line", ["Fuente: Caraota digital", "Fonte: Jornal do Porto", "Source : Le Petit Journal",
                                  "Источник: Вечерний город"])
def test_an_outlet_named_as_the_source_after_the_story_is_a_republication(line: str) -> None:
    assert _notices(_page(tail=f"{_STORY_END}<p>{line}</p>")) == [("republished_from", line)]


@pytest.mark.parametrize("line", ["Quelle: sid/dpa", "Fuente: EFE", "Fuente: Agencia Ejemplo",
                                  "Fuente: Instituto Nacional de Estadística",
                                  "Quelle: Pressemitteilung Example Verband", "Source: Example News"])
def test_a_wire_or_an_office_named_as_the_source_after_the_story_is_no_republication(line: str) -> None:
    assert [kind for kind, _ in _notices(_page(tail=f"{_STORY_END}<p>{line}</p>"))] != ["republished_from"]


def test_a_source_line_under_a_picture_is_no_republication() -> None:
    assert [kind for kind, _ in _notices(_page(tail=f"{_STORY_END}{_caption('Fuente: Caraota digital')}"))] != [
        "republished_from"]


# ----------------------------------------------------------------------------- statements about the piece


@pytest.mark.parametrize(("line", "kind"), [
    ("This article was created using automation technology and thoroughly fact-checked and edited by Example "
     "Editor Jane Doe.", "disclaimer"),
    ("Dieser Artikel wurde mit Hilfe von künstlicher Intelligenz erstellt und von der Redakteurin Jane Doe geprüft.",
     "disclaimer"),
    ("The information provided is based on the published date.", "disclaimer"),
    ("Below is the original announcement from 12/16/25", "editors_note"),
    ("A continuación, el anuncio original del 16/12/25", "editors_note"),
])
def test_a_statement_about_the_piece_is_its_notice(line: str, kind: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == [(kind, line)]


@pytest.mark.parametrize("line", [
    "The information provided by the harbour master is based on the tide tables of the year.",
    "Below is the original map of the harbour, drawn in 1850 by the town's surveyor.",
    "The robot was created using automation technology from the shipyard and tested by its engineers.",
])
def test_a_story_sentence_of_the_same_words_is_no_notice(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- a wire's name alone in its element


def test_a_wires_name_in_the_caption_providers_element_is_the_pictures_credit() -> None:
    html = ("<figure><img src='harbour.jpg'><p><span class='article-media__caption-description'>The harbour master, "
            "Jane Doe.</span> <span class='article-media__caption-provider'>Efe</span></p></figure>")
    assert _credits(_page(html)) == ["Efe"]


def test_a_wires_name_signed_under_a_pie_de_foto_caption_is_the_pictures_credit() -> None:
    html = ("<div class='recorte'><div><img src='harbour.jpg'></div><div class='CutlineFulltext'>"
            "<div class='PieFotoFulltext'>El capitán del puerto, ayer, a su salida del juzgado.</div>"
            "<div class='FirmaFotoFulltext'>Efe</div></div></div>")
    assert _credits(_page(html)) == ["Efe"]


def test_a_provider_with_no_picture_beside_it_and_a_pie_chart_are_no_credit() -> None:
    html = ("<div class='media-provider'>Jane Doe</div><div class='pie-chart'><p>Example Research</p></div>")
    assert _credits(_page(html)) == []
