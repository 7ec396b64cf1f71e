"""Small article pages for the author tests: one story of our own with a headline and three
paragraphs, and the places a credit can stand on a real page (the head's declarations, above
the article, beside the headline, under the last paragraph, after the article, the footer).

Shared by the author test modules so that each states only the credit it is about.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

from archiver.extract import extract
from archiver.extract.head import read_head
from archiver.extract.metadata import Metadata, resolve

URL = "https://harbordaily.example/news/council-budget"
HEADLINE = "Council approves harbour budget after long debate"
PARAGRAPHS = [
    "The harbour council met on Tuesday evening to settle the budget for the coming year, after three "
    "sessions that ended without a vote and a public hearing that ran late into the night.",
    "Members agreed to repair the north pier first, to widen the cycle path along the quay and to "
    "postpone the new ferry terminal until the regional grant is confirmed in the spring.",
    "Residents who spoke at the hearing asked for more benches, better lighting near the fish market "
    "and a clear timetable for the works, which the council promised to publish next month.",
]


def page(head: str = "", *, above: str = "", below_headline: str = "", below_body: str = "", after: str = "",
         footer: str = "About us", lang: str = "en", paragraphs: list[str] | None = None,
         headline: str = HEADLINE) -> bytes:
    """The story as HTML: ``head`` in ``<head>``, ``above`` before ``<main>``, ``below_headline``
    between the ``<h1>`` and the first paragraph, ``below_body`` after the last paragraph inside
    the article, ``after`` after the article inside ``<main>``."""
    body = "".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title>{head}"
            f"</head><body><header><a href='/'>Harbor Daily</a></header>{above}<main><article><h1>{headline}</h1>"
            f"{below_headline}{body}{below_body}</article>{after}</main><footer>{footer}</footer></body></html>"
            ).encode()


def declared_person(name: str) -> str:
    """JSON-LD declaring one ``Person`` as the article's author (an object, as most sites write it)."""
    return _json_ld({"@type": "Person", "name": name})


def declared_persons(*names: str) -> str:
    """JSON-LD declaring the article's authors as a list of ``Person`` objects."""
    return _json_ld([{"@type": "Person", "name": n} for n in names])


def _json_ld(author: object) -> str:
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, "author": author}
    return f"<script type='application/ld+json'>{json.dumps(doc)}</script>"


def authors(html: bytes, url: str = URL) -> list[str]:
    """The persons the whole extractor reports for ``html``."""
    return list(extract(html, url=url).to_dict()["authors"])


def resolve_with_guess(html: bytes, *, guess: str, lines: list[str], paragraphs: list[str] | None = None) -> Metadata:
    """``resolve`` with trafilatura's guess given as it reports it, and the article's paragraphs."""
    from archiver.extract.text import parse_html

    tree = parse_html(html.decode())
    assert tree is not None
    traf = SimpleNamespace(author=guess, title=None, date=None, sitename=None)
    return resolve(read_head(tree, URL), traf=traf, lines=lines, url=URL, paragraphs=paragraphs or PARAGRAPHS)
