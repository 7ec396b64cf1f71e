"""Where a page's declarations name something else than its headline (dev pages of the metadata set, one
class each): a section's name as og:title or dc.title while the ``<h1>`` and ``<title>`` agree on the headline
(bdzv.de, caritas.de); the headline behind a kicker and a colon in og:title, the ``<h1>`` without it (caritas.de,
taz.de); the blog's name as every page's ``<h1>``, a link to its home page, the post's title first in
``<title>`` (der-erfolg-gibt-recht.de);
a CSS-in-JS page's rules written into the ``<h1>`` (be.ch)."""

from __future__ import annotations

from author_pages import HEADLINE, PARAGRAPHS, URL, page

from archiver.extract import extract


def _title(html: bytes) -> tuple[object, object]:
    doc = extract(html, url=URL).to_dict()
    return doc["title"], doc["sources"].get("title")  # type: ignore[union-attr]


def _raw(title: str, h1: str, head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<header><h1>{h1}</h1></header><main><article>{body}</article></main></body></html>").encode()


def test_a_sections_name_as_og_title_gives_way_to_the_h1_the_title_holds() -> None:
    html = _raw(f"BDZV: {HEADLINE}", HEADLINE, '<meta property="og:title" content="Pressemitteilungen">')
    assert _title(html) == (HEADLINE, "h1")


def test_a_sections_name_as_dublin_core_title_gives_way_to_an_h1_and_title_that_agree() -> None:
    html = page('<meta name="DC.title" content="Pressemeldungen des Deutschen Caritasverbandes">')
    assert _title(html) == (HEADLINE, "h1")


def test_a_declared_title_with_a_kicker_before_the_h1_gives_way_to_the_h1() -> None:
    html = page(f'<meta property="og:title" content="Wahl: {HEADLINE}">')
    assert _title(html) == (HEADLINE, "h1")


def test_an_h1_that_holds_the_kicker_too_keeps_it() -> None:
    kicked = f"Haushalt: {HEADLINE}"
    html = page(f'<meta property="og:title" content="{kicked}">', headline=kicked)
    assert _title(html)[0] == kicked


def test_a_blogs_name_linked_home_as_the_h1_gives_way_to_the_posts_title_the_title_tag_opens_with() -> None:
    html = _raw(f"{HEADLINE} | Liebe geht durch den Magen",
                "<a href='https://harbordaily.example' title='Home'>Liebe geht durch den Magen</a>")
    assert _title(html) == (HEADLINE, "title-tag")


def test_an_h1_linked_to_the_article_itself_is_still_its_headline() -> None:
    html = _raw(f"Harbor news | {HEADLINE}", f"<a href='{URL}'>{HEADLINE}</a>")
    assert _title(html) == (HEADLINE, "h1")


def test_style_rules_inside_the_h1_are_no_part_of_the_headline() -> None:
    html = _raw("Harbor Daily", f"<style>.css-umyvef{{font-size:16px;display:block;}}</style>{HEADLINE}")
    assert _title(html) == (HEADLINE, "h1")


def test_a_long_blog_name_linked_home_is_no_title_even_where_every_candidate_is_it() -> None:
    name = "Harbor Blog - Colours of the Soul and the Sea"
    html = _raw(name, f"<a href='https://harbordaily.example/'>{name}</a>")
    assert _title(html) == (None, None)
