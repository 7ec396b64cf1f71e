"""Round notice71: what notices-blind21's round left (bench/labels/README.md, "notice71"), at its class, with
fixtures of our own and the neighbours that keep their answer:

- a caption set in a classed ``<span>`` and closing on a bracketed "(Name | Outlet)" after its sentence, glued to its
  sibling byline ``<span>`` with no space between them: the caption's part of the line is read apart
  (:func:`archiver.extract.page_lines.visible_lines_with_credits`), the bracketed closing of any caption block is a
  bare credit (:func:`archiver.extract.notice_bare_credits.dom_credits`), also inside the article's own embedded
  media box named a widget, and a part's closing text is read as a line's (``notices._bare_credit``);
- a bracketed slash pair closing on a recording's version word ("(G-Eazy/Jane Doe Remix)") is a track's title, no
  picture's credit.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS, body_page
from notice_articles import credits as _credits
from notice_articles import page as _page

from archiver.extract.page_lines import CTX_CAPTION, visible_lines_with_credits
from archiver.extract.text import parse_html

CAPTION = "Two children open a gift after the choir left on Sunday in the harbour town."
CREDIT = "(Jane Doe | The Harbour Times)"


def _photo(caption: str = f"{CAPTION} {CREDIT}", byline: str = "<span class='byline'>Jane Doe</span>",
           box: str = "photo-box") -> str:
    """A picture in a box of ``box``'s class, its caption and byline spans glued with no space between them."""
    return (f"<div class='{box}'><span class='photo-large'><a class='popup' href='harbour-full.jpg'>"
            f"<img src='harbour.jpg' alt='Gift'></a><span class='photo-data'><span class='caption'>{caption}</span>"
            f"{byline}</span></span></div>")


def test_a_bracketed_name_and_outlet_closing_a_caption_span_glued_to_its_byline_is_the_credit() -> None:
    assert _credits(_page(_photo())) == [CREDIT]


def test_the_same_caption_without_its_byline_keeps_its_credit() -> None:
    assert _credits(_page(_photo(byline=""))) == [CREDIT]


def test_a_figcaption_closing_on_a_bracketed_name_keeps_its_credit() -> None:
    figure = f"<figure><img src='harbour.jpg'><figcaption>{CAPTION} (Jane Doe)</figcaption></figure>"
    assert _credits(_page(figure)) == ["(Jane Doe)"]


def test_a_caption_closing_on_one_bracketed_word_has_no_credit() -> None:
    assert _credits(_page(_photo(caption=f"{CAPTION} (Archive)"))) == []


def test_a_caption_closing_on_a_bracketed_sentence_has_no_credit() -> None:
    assert _credits(_page(_photo(caption=f"{CAPTION} (the choir sang for an hour.)"))) == []


def _entry(box: str) -> bytes:
    """A page with no article element whose story sits in an "entry-content" block holding the picture's box."""
    return body_page(f"<div class='post'><h1>Harbour story</h1><div class='entry-content'>{PARAS[:400]}"
                     f"{_photo(box=box)}{PARAS[400:]}</div></div>").encode()


def test_a_picture_box_named_a_widget_inside_the_articles_text_is_the_articles_picture() -> None:
    assert _credits(_entry("embeddedMedia entry_widget_large")) == [CREDIT]


def test_a_related_stories_widget_inside_the_articles_text_is_still_furniture() -> None:
    assert _credits(_entry("related-widget")) == []


def test_a_bylines_credit_classed_agency_glued_to_the_writers_name_is_no_picture_credit() -> None:
    byline = ("<div class='article__byline'><span class='article__author-by'>By </span><span class='article__author'>"
              "<span class='article__author-name'>Jane Doe</span><span class='article__author-credit'>The Associated "
              "Press</span></span></div>")
    assert _credits(_page(byline)) == []


def test_a_footers_credit_classed_copyright_glued_to_its_next_words_is_no_picture_credit() -> None:
    footer = ("<span class='credit'>&#xA9; Jane Doe. </span><span>If you like this, you may like "
              "<a href='https://example.org/'>Harbour Notes</a>.</span>")
    assert _credits(_page(footer=footer)) == []


def test_the_caption_part_of_a_glued_line_is_read_apart_with_the_caption_bit() -> None:
    tree = parse_html(f"<html><body><p>Story.</p>{_photo()}</body></html>")
    assert tree is not None
    lines, contexts, parts = visible_lines_with_credits(tree)
    i = next(i for i, line in enumerate(lines) if line.startswith("Two children"))
    assert lines[i].endswith(f"{CREDIT}Jane Doe")
    assert not contexts[i] & CTX_CAPTION
    part, bits = parts[i]
    assert part == f"{CAPTION} {CREDIT}" and bits & CTX_CAPTION


def test_a_credit_elements_part_still_wins_over_the_captions() -> None:
    html = ("<html><body><figure><img src='a.jpg'><figcaption><span class='caption'>The pier at dawn.</span>"
            "<span class='photo-credit'>Jane Doe/Harbour Agency</span></figcaption></figure></body></html>")
    tree = parse_html(html)
    assert tree is not None
    lines, _, parts = visible_lines_with_credits(tree)
    i = next(i for i, line in enumerate(lines) if line.startswith("The pier"))
    assert parts[i][0] == "Jane Doe/Harbour Agency"


def _rail(title: str) -> bytes:
    """A page whose video rail (a menu of teasers among the story's paragraphs, as wn.com's sat inside the main
    text's span) holds a video titled ``title`` in a caption-classed block."""
    rail = (f"<nav class='video-rail'><div class='slider-item'><img src='thumb.jpg'><div class='caption'>"
            f"<h3><a href='#' class='playvideo'>{title}</a></h3></div></div></nav>")
    return _page(rail)


@pytest.mark.parametrize("version", ["Remix", "Radio Edit", "Bootleg", "Extended Mix", "Version", "Rework", "Dub"])
def test_a_tracks_title_naming_its_artists_and_version_is_no_credit(version: str) -> None:
    assert _credits(_rail(f"Ivan B - Marilyn (G-Eazy/Christoph Anderson {version})")) == []


def test_a_tracks_title_in_a_figures_caption_is_no_credit() -> None:
    figure = ("<figure><img src='cover.jpg'><figcaption>Ivan B - Marilyn (G-Eazy/Christoph Anderson Remix)"
              "</figcaption></figure>")
    assert _credits(_page(figure)) == []


def test_a_bracketed_name_and_agency_in_a_caption_is_still_a_credit() -> None:
    figure = "<figure><img src='harbour.jpg'><figcaption>The pier at dawn (Jane Doe/Reuters)</figcaption></figure>"
    assert _credits(_page(figure)) != []
