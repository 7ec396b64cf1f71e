"""Review of round left47's notice rules (rvn47): where each new rule reported a notice a reader would not cite, beside
the neighbour the rule was written for, which stays what it is.

- A live blog's entries that open on "UPDATE:" / "MISE À JOUR :" (three or more on the page) are news, each of its own:
  the capitals label made every one a correction. A story's one "UPDATE:" stays its writer's addendum.
- A picture label over a teaser's link of four words or more ("Photography" / <a>Annie Leibovitz Returns To Vogue</a>)
  is a section's kicker over a title, not a credit; over a linked name it stays the photographer's credit.
- A source's address captioning a table or a quoted post ("Source: https://...") credits no picture; under a
  figure's picture it still does.
- A story's paragraph that opens on its pictures ("Photos provided by the family show Jane as a child ...") is no
  credit (the provider sentence's 240 characters made it one); the footer's list of the site's providers still is.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

_PICTURE = "<figure><img src='harbour.jpg' alt='The harbour at dusk'></figure>"

_ENTRIES = {
    "en": ("UPDATE:", ["Police say the suspect has been taken into custody after a long standoff.",
                       "The mayor will hold a press conference later this afternoon at city hall.",
                       "Fire crews from three neighbouring towns have now arrived at the scene."]),
    "fr": ("MISE À JOUR :", ["La police annonce que le suspect a été interpellé après un long face-à-face.",
                             "Le maire tiendra une conférence de presse cet après-midi à la mairie.",
                             "Les pompiers de trois communes voisines sont arrivés sur place."]),
    "es": ("ACTUALIZACIÓN:", ["La policía confirma que el sospechoso ha sido detenido tras varias horas.",
                              "El alcalde dará una rueda de prensa esta tarde en el ayuntamiento.",
                              "Los bomberos de tres pueblos vecinos ya han llegado al lugar."]),
}


def _live_blog(lang: str) -> bytes:
    label, entries = _ENTRIES[lang]
    timeline = "".join(f"<div class='entry'><p><strong>{label}</strong> {text}</p></div>" for text in entries)
    return (f"<html lang='{lang}'><head><title>Live</title></head><body><nav><a href='/'>Home</a></nav><main><article>"
            f"<h1>Live</h1>{PARAS[:400]}{timeline}{PARAS[400:]}</article></main><footer><p>Impressum</p></footer>"
            "</body></html>").encode()


@pytest.mark.parametrize("lang", sorted(_ENTRIES))
def test_a_live_blogs_capitals_update_entries_are_not_each_a_correction(lang: str) -> None:
    reported = [text for kind, text in _notices(_live_blog(lang)) if kind == "correction"]
    assert len(reported) <= 1  # (the model's own reading of one entry, as before the capitals rule; never all three)


def test_a_storys_one_capitals_update_stays_its_writers_addendum() -> None:
    line = "UPDATE: A spokesperson for the company replied after publication and said the plant will stay open."
    assert _notices(_page(f"<p>{line}</p>")) == [("correction", line)]


def test_a_picture_label_over_a_teasers_linked_title_is_no_credit() -> None:
    html = _page("<div class='card'><p>Photography</p><p><a href='/annie'>Annie Leibovitz Returns To Vogue</a></p></div>")
    assert _credits(html) == []


def test_a_picture_label_over_a_linked_full_name_is_still_the_photographers_credit() -> None:
    html = _page(f"{_PICTURE}<div><p>Photography</p><p><a href='/photographers/anna-berg'>Anna Maria Berg</a></p></div>")
    assert _credits(html) == ["Photography\nAnna Maria Berg"]  # as the page text prints it (rvmod59)


@pytest.mark.parametrize("line", [
    ("Photos provided by the family show Jane as a child on the beach at Brighton, where she learned to swim. "
     "She went on to win three national titles before she turned twenty, her coach said."),
    ("Fotos fournies par la famille montrent Jeanne enfant sur la plage de Dieppe, où elle a appris à nager. "
     "Elle a ensuite remporté trois titres nationaux avant ses vingt ans, selon son entraîneur."),
])
def test_a_story_paragraph_opening_on_its_provided_photos_is_no_credit(line: str) -> None:
    assert _credits(_page(f"<p>{line}</p>")) == []


def test_a_provider_sentence_naming_the_sites_other_providers_is_still_a_credit() -> None:
    line = ("News images provided by Example Press Association and Example Photocall unless otherwise stated. Sport "
            "images provided by Example Sport Photography unless otherwise stated. Wire service provided by Example Press.")
    assert _credits(_page(footer=f"<p>{line}</p><p>© 2024 Example Media</p>")) == [line]


@pytest.mark.parametrize(("html", "lang"), [
    ("<table><caption>Quelle: https://www.example-statistik.de/hafen-2024</caption><tr><td>Fähren</td><td>12</td></tr>"
     "</table>", "de"),
    ("<figure><blockquote><p>The harbour is closed today.</p></blockquote>"
     "<figcaption>Source: https://social.example.com/harbourtown/status/123</figcaption></figure>", "en"),
])
def test_a_source_address_captioning_a_table_or_a_quoted_post_credits_no_picture(html: str, lang: str) -> None:
    assert _credits(_page(html, lang=lang)) == []


def test_a_source_address_captioning_a_figures_chart_still_credits_it() -> None:
    line = "Source: https://charts.example.org/harbour-traffic"
    html = _page(f"<figure><img src='traffic.png' alt='Ferries a year'><figcaption>{line}</figcaption></figure>")
    assert _credits(html) == [line]
