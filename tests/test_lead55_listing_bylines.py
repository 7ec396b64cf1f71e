"""A news site's list of its latest stories names no writer of its own (extractor 194).

A listing page whose ``og:type`` says article, with a "By <name>" line under each teaser, gave its first teaser's writer
as the page's author (blind set b21: "Logan Jones", 12 of 62 such lines naming 10 people). Names the page prints only on
"By" lines standing close together in such a list are not reported; an article's own byline, apart from a related-posts
list below it, its writer's own "more by" list, and a dated byline all keep their writer
(archiver/extract/authors.listing_bylines).
"""

from __future__ import annotations

from archiver.extract import extract

_NAMES = ["Logan Jones", "Mike Strayer", "Alex Vejar", "Olivia Bono", "Eric Chiu"]


def _teasers(names: list[str]) -> str:
    return "".join(f"<div class='teaser'><h3><a href='/s{i}'>Story number {i} about streaming prices and plans</a></h3>"
                   f"<p>By {name}</p><p>A short summary of story {i} for the list.</p></div>"
                   for i, name in enumerate(names))


def _authors(body: str) -> tuple[str, ...]:
    page = ("<!doctype html><html><head><title>Latest news</title><meta property='og:type' content='article'></head>"
            f"<body>{body}</body></html>").encode()
    return extract(page, url="http://127.0.0.1:8000/news/", content_type="text/html").authors


def test_a_list_of_stories_gives_none_of_its_teasers_writers_as_the_pages_author():
    body = "<main><h1>Our latest industry news articles</h1>" + _teasers(_NAMES * 3) + "</main>"
    assert _authors(body) == ()


def test_an_articles_own_byline_apart_from_a_related_list_keeps_its_writer():
    text = "".join(f"<p>Paragraph {i} of the story explains where people find cash and valuables in old houses, "
                   "from coat pockets to the backs of drawers.</p>" for i in range(8))
    body = (f"<article><h1>Seven places you could find cash</h1><p>By Steve Gillman</p>{text}</article>"
            f"<aside><h2>Related</h2>{_teasers(['Steve Gillman', *_NAMES, *_NAMES])}</aside>")
    assert _authors(body) == ("Steve Gillman",)


def test_a_writers_own_list_of_more_stories_keeps_the_writer():
    text = "".join(f"<p>Paragraph {i} of the review weighs the tool boxes against each other, price and size.</p>"
                   for i in range(8))
    body = (f"<article><h1>The best tool box deals right now</h1><p>By Andrew P. Collins</p>{text}</article>"
            f"<aside><h2>More by Andrew</h2>{_teasers(['Andrew P. Collins'] * 8 + ['Jerry Perez', 'Byron Hurd'])}</aside>")
    assert _authors(body) == ("Andrew P. Collins",)
