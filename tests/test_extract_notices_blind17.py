"""notices-blind17's classes (bench/labels/README.md, "notices-blind17" and its "Where the misses ... came from"), each
in general form, with a neighbour that must stay as it is. Fixtures of our own.

Found now:
- a note that the page reproduces a press release ("This is a press release from ...", "Dies ist eine
  Pressemitteilung ...", "Ceci est un communiqué de presse ...", "Este es un comunicado de prensa ..."): a
  republication;
- "<This newsletter> is sponsored by" with the sponsor's name alone on the next line: a sponsorship disclosure;
- an AI picture generator named after a dash closing a caption ("“<prompt>” - ChatGPT Images", "- Midjourney",
  "— DALL-E 3"): the picture's credit.
No longer reported:
- a table's cells in a ``<figure>`` that holds no picture ("Limited design/customization" in WordPress's
  ``<figure class="wp-block-table">``): a table cell is no caption unless the figure is a picture's;
- a bare "Sponsored" slot label in the middle of the story's text (it labels the promoted card after it, not the page);
- a heading's "Country/region" (a shop footer's region picker in a caption-classed ``<h2>``): a heading is no
  "Name / Agency" credit.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

# ----------------------------------------------------------------------------- a table in a figure


def _table_figure(cells: list[str], picture: str = "") -> str:
    rows = "".join(f"<tr><td>{i}</td><td>Example Shop</td><td>{cell}</td></tr>" for i, cell in enumerate(cells, 1))
    return f"<figure class='wp-block-table'>{picture}<table><tbody>{rows}</tbody></table></figure>"


@pytest.mark.parametrize("cell", ["Limited design/customization", "Freelancers / side hustlers", "Red/Blue LEDs"])
def test_a_table_cell_in_a_figure_without_a_picture_is_no_credit(cell: str) -> None:
    assert _notices(_page(_table_figure([cell, "Easy setup"]))) == []


def test_a_credit_in_a_tables_figure_caption_is_still_read() -> None:
    html = _page(_table_figure(["Easy setup"]).replace("</figure>", "<figcaption>Photo: Jane Doe/Reuters</figcaption>"
                                                                     "</figure>"))
    assert _credits(html) == ["Photo: Jane Doe/Reuters"]


def test_a_pictures_layout_table_in_a_figure_keeps_its_caption() -> None:
    html = _page("<figure><table><tr><td><img src='harbour.jpg'></td></tr><tr><td>The harbour at dawn. "
                 "Jane Doe/Reuters</td></tr></table></figure>")
    assert _credits(html) == ["Jane Doe/Reuters"]


# ----------------------------------------------------------------------------- a bare slot label in the story


def test_a_bare_sponsored_label_in_the_middle_of_the_story_is_no_notice() -> None:
    card = ("<div class='box'><p><span style='color: grey'>Sponsored</span></p><div class='card'><p><a "
            "href='https://ads.example.com/' rel='sponsored'>Learn SEO with Example Academy</a></p></div></div>")
    html = _page(tail="".join(f"<p>More {i} of the story about the harbour, the ships and the people who sail them "
                              "along the northern coast, through the year.</p>" for i in range(4)))
    html = html.replace(b"<p>Paragraph 3", card.encode() + b"<p>Paragraph 3")
    assert _notices(html) == []


def test_a_sponsored_label_above_the_story_still_labels_the_page() -> None:
    html = _page().replace(b"<h1>Harbour story</h1>", b"<p>Sponsored Content</p><h1>Harbour story</h1>")
    assert _notices(html) == [("sponsored", "Sponsored Content")]


# ----------------------------------------------------------------------------- a heading's slash pair


def test_a_caption_classed_heading_with_a_slash_pair_is_no_credit() -> None:
    links = "".join(f"<li><a href='/pages/{i}'>Shop page {i}</a></li>" for i in range(40))
    footer = ("<div class='localization'><h2 class='caption-large text-body'>Country/region</h2>"
              f"<button>Canada (CAD $)</button></div><ul>{links}</ul><p>© 2026 Example Shop</p>")
    assert _credits(_page(footer=footer)) == []


def test_a_caption_classed_line_with_a_photographer_and_an_agency_is_still_a_credit() -> None:
    assert _credits(_page("<p class='caption'>Jane Doe/Reuters</p>")) == ["Jane Doe/Reuters"]


# ----------------------------------------------------------------------------- a press release reproduced


@pytest.mark.parametrize("note", [
    "This is a press release which we link to from Example News, our daily newsletter. We may make small edits.",
    "This is a press release from Example Corp.",
    "The following is a press release issued by the Example Foundation.",
    "Dies ist eine Pressemitteilung der Example GmbH.",
    "Bei diesem Text handelt es sich um eine Pressemitteilung des Hafenamts.",
    "Ceci est un communiqué de presse de la société Example.",
    "Este es un comunicado de prensa de Example S.A.",
    "Esta es una nota de prensa del ayuntamiento.",
    "Questo è un comunicato stampa di Example S.p.A.",
    "Este é um comunicado de imprensa da Example.",
    "Это пресс-релиз компании Example.",
])
def test_a_note_that_the_page_is_a_press_release_is_a_republication(note: str) -> None:
    assert _notices(_page(tail=f"<p><small>{note}</small></p>")) == [("republished_from", note)]


@pytest.mark.parametrize("sentence", [
    "The company issued a press release on Monday announcing the new ferry line to the islands.",
    "This is a press release from the ministry, the spokesman said, not a decision of the council.",
    "Dies ist keine Pressemitteilung, sondern ein Kommentar.",
])
def test_a_story_sentence_about_a_press_release_is_no_notice(sentence: str) -> None:
    assert _notices(_page(f"<p>{sentence}</p>")) == []


# ----------------------------------------------------------------------------- a sponsor named on the next line


@pytest.mark.parametrize(("line", "sponsor"), [
    ("This newsletter is sponsored by", "AG1"),
    ("This episode is brought to you by", "Example Boats"),
    ("Dieser Newsletter wird präsentiert von", "Example Reederei"),
    ("Cette newsletter est sponsorisée par", "Example"),
    ("Este boletín está patrocinado por", "Example Travel"),
])
def test_a_sponsor_line_over_the_sponsors_name_is_a_disclosure(line: str, sponsor: str) -> None:
    html = _page().replace(b"<h1>Harbour story</h1>", f"<h1>Harbour story</h1><p>{line}</p>"
                                                      f"<p><a href='https://sponsor.example.com/'>{sponsor}</a></p>".encode())
    assert _notices(html) == [("sponsored", f"{line}\n{sponsor}")]


def test_a_sponsor_line_over_a_sentence_is_left_to_the_reading_it_had() -> None:
    html = _page().replace(b"<h1>Harbour story</h1>", f"<h1>Harbour story</h1><p>The regatta was sponsored by</p>"
                                                      f"{PARAS[:200]}".encode())
    assert _notices(html) == []


# ----------------------------------------------------------------------------- an AI picture generator's credit


@pytest.mark.parametrize(("text", "credit"), [
    ("“Generate an image of someone reading his inbox in Vermeer style.” - ChatGPT Images", "ChatGPT Images"),
    ("A lighthouse in a storm, oil painting - Midjourney", "Midjourney"),
    ("Der Hafen im Nebel – DALL-E 3", "DALL-E 3"),
    ("Le port au lever du soleil — généré avec Midjourney", "généré avec Midjourney"),
    ("El puerto al amanecer - generada con DALL·E", "generada con DALL·E"),
    ("Il porto all'alba - generata con Stable Diffusion", "generata con Stable Diffusion"),
    ("O porto ao amanhecer - gerada com Adobe Firefly", "gerada com Adobe Firefly"),
    ("Порт на рассвете — сгенерировано Midjourney", "сгенерировано Midjourney"),
])
def test_an_ai_generator_closing_a_caption_after_a_dash_is_its_credit(text: str, credit: str) -> None:
    assert _credits(_page(_caption(text))) == [credit]


@pytest.mark.parametrize("text", [
    "The Midjourney office in San Francisco",
    "A screenshot of ChatGPT answering a question about tides",
])
def test_a_caption_naming_an_ai_tool_as_its_subject_is_no_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == []


# ----------------------------------------------------------------------------- the writer's update note


@pytest.mark.parametrize("note", [
    "In addition to showing the latest features of each builder, I’ve recently updated the recommendations to discuss "
    "how each one can support small businesses.",
    "We have revised this guide to add three new harbour tours.",
    "Wir haben diesen Ratgeber im Mai aktualisiert und zwei Anbieter ergänzt.",
    "J’ai mis à jour cet article avec les nouveaux horaires des ferries.",
    "Hemos actualizado esta guía con los nuevos horarios de los ferris.",
    "Abbiamo aggiornato questa guida con i nuovi orari dei traghetti.",
    "Atualizamos este guia com os novos horários das balsas.",
    "Мы обновили эту статью: добавили новое расписание паромов.",
])
def test_the_writers_note_that_they_updated_the_piece_is_a_correction(note: str) -> None:
    assert _notices(_page(f"<div class='accordion'><p>{note}</p></div>")) == [("correction", note)]


@pytest.mark.parametrize("sentence", [
    "We updated the app to fix the login bug that kept the harbour timetable from loading.",
    "We have updated our privacy policy to explain how the harbour app stores your tickets.",
    "The council has updated the plan for the harbour after the storm damaged the northern pier.",
])
def test_an_update_of_something_else_is_no_correction(sentence: str) -> None:
    assert _notices(_page(f"<p>{sentence}</p>")) == []


# ----------------------------------------------------------------------------- a site's name under its screenshot


def _attributed(credits: list[str]) -> bytes:
    """An article whose figures each hold a picture and a ``<cite class="attribution">`` credit in their caption,
    each followed by a section of story (a ranking of sites, each under its screenshot)."""
    sections = "".join(
        f"<figure class='image'><img src='/uploads/{i}.png' width='800' height='400'><figcaption>"
        f"<cite class='attribution'>{credit}</cite></figcaption></figure><h2>#{i}: the site</h2>"
        f"<p>Section {i} of the ranking: how the site did on our test routes along the northern coast, its filters "
        f"and its prices through the year.</p>" for i, credit in enumerate(credits, 1))
    return _page(sections)


def test_bare_names_in_the_credit_element_that_holds_a_librarys_credit_are_credits() -> None:
    names = ["Harbourfare", "Northern Flights", "Skyroute", "Fareboat", "Tidejet"]
    html = _attributed(["Jane Doe / Shutterstock", *names, "John Roe / Getty Images"])
    assert _credits(html) == ["Jane Doe / Shutterstock", *names, "John Roe / Getty Images"]


def test_bare_names_of_a_gallery_with_no_marked_credit_are_still_left_out() -> None:
    assert _credits(_attributed(["Harbourfare", "Northern Flights", "Skyroute", "Fareboat", "Tidejet"])) == []
