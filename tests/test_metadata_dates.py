"""Publication dates a citation can rest on: the date printed beside the headline, read before
htmldate's whole-page guess when no declaration confirms that guess; updates stay ``modified``.

The page is read by the real code (``read_head``, ``resolve``); htmldate's guess is given as
trafilatura reports it, so each test holds one class of disagreement fixed.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

from archiver.extract.head import read_head
from archiver.extract.metadata import Metadata, resolve
from archiver.extract.signals import headline_date
from archiver.extract.text import parse_html

URL = "https://harbordaily.example/news/council-budget"
H1 = "Council approves harbour budget"


def _resolve(head: str, lines: list[str], guess: str | None) -> Metadata:
    html = (f"<html lang='de'><head><title>{H1}</title>{head}</head><body><h1>{H1}</h1>"
            "<p>The harbour council met on Tuesday evening to settle the budget.</p></body></html>")
    tree = parse_html(html)
    assert tree is not None
    traf = SimpleNamespace(author=None, title=None, date=guess, sitename=None)
    return resolve(read_head(tree, URL), traf=traf, lines=lines, url=URL)


def test_date_beside_the_headline_beats_an_unconfirmed_whole_page_guess() -> None:
    lines = ["Harbor Daily", "12.12.2022 12:22", H1, "Der Hafenrat hat den Haushalt beschlossen.",
             "Mehr zum Thema", "Fähre fährt wieder (28.06.2022)"]
    meta = _resolve("", lines, guess="2022-06-28")
    assert (meta.published, meta.sources["published"]) == ("2022-12-12", "headline-date")


def test_declared_date_that_htmldate_confirms_stands_against_the_headline_date() -> None:
    jsonld = json.dumps({"@type": "NewsArticle", "headline": H1, "datePublished": "2022-06-28T09:00:00+02:00"})
    head = f"<script type='application/ld+json'>{jsonld}</script>"
    meta = _resolve(head, [H1, "am 20.09.2022"], guess="2022-06-28")
    assert (meta.published or "")[:10] == "2022-06-28"


def test_updated_line_beside_the_headline_is_no_publication_date() -> None:
    meta = _resolve("", [H1, "Aktualisiert am 15.12.2022", "Lead paragraph"], guess="2022-12-01")
    assert meta.published == "2022-12-01"


def test_headline_date_in_words_of_other_languages() -> None:
    assert headline_date([H1, "31. Oktober 2023. Dragqueens sind Kunstfiguren"], H1) == "2023-10-31"
    assert headline_date([H1, "Por Alberto Ávila 27 de agosto 2019"], H1) == "2019-08-27"


def test_slash_date_whose_order_cannot_be_told_is_no_date() -> None:
    assert headline_date([H1, "17/02/2022"], H1) == "2022-02-17"
    assert headline_date([H1, "05/03/2022"], H1) is None
