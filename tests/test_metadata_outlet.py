"""The outlet when the page declares no name (extractor version 20): the site's name as the
``<title>`` prints it at one end, when those words spell the domain's name, before the bare domain."""

from __future__ import annotations

from author_pages import PARAGRAPHS

from archiver.extract import extract

HEADLINE = "Council approves harbour budget after long debate"


def _outlet(title: str, url: str = "https://www.harbor-daily.example/news/budget", head: str = "") -> str | None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><main><article><h1>{HEADLINE}</h1>{body}</article></main></body></html>").encode()
    return extract(html, url=url).to_dict()["outlet"]


def test_the_title_s_spelling_of_the_domain_names_the_outlet() -> None:
    assert _outlet(f"Harbor Daily Tech Blog | {HEADLINE}") == "Harbor Daily"
    assert _outlet(f"{HEADLINE} – HARBOR DAILY®") == "HARBOR DAILY"


def test_a_declared_site_name_still_comes_first() -> None:
    head = "<meta property='og:site_name' content='The Harbor Daily News'>"
    assert _outlet(f"{HEADLINE} | Harbor Daily", head=head) == "The Harbor Daily News"


def test_a_title_that_does_not_spell_the_domain_leaves_the_domain() -> None:
    assert _outlet(f"{HEADLINE} | Quayside Times") == "harbor-daily.example"


def test_a_title_of_one_part_is_the_headline_not_the_outlet() -> None:
    """The domain's words in the headline itself ("Harbor Daily ..." with no separator) are no
    site name printed apart from it."""
    assert _outlet("Harbor Daily reports on the budget") == "harbor-daily.example"
