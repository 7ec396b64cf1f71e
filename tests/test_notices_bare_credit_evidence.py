"""The DOM evidence a bare picture credit needs (archiver/extract/notice_bare_credits.py, version 42),
held where review found it weaker or narrower than its docstring says:

- "beside its own picture": a picture elsewhere on the page (a tracking pixel at the end of
  ``<body>``) is none near a credit element;
- a lightbox link is read as the browser reads its address (ASCII tab and newline removed, WHATWG
  URL parsing), so a line break inside it does not make the picture another page's teaser (the same
  expression ran in time quadratic in such an address's length: a 40 KB ``href`` cost 1.4 CPU-s);
- every element the visible lines mark a picture's credit (``page_lines._CREDIT_NAME``: "image-rights",
  "bildrechte") is asked, not only those whose class holds one of a shorter word list;
- "not after the main text" is asked of the credit's own line: another line that merely ends with
  the same text (the writer's byline "By Jane Doe") does not report it;
- each teaser and furniture guard holds on its own: a picture wrapped in a link to another page with
  its credit outside the link (no linked headline near), and a sidebar-classed box before the main
  text (no furniture tag, no position after the main text).
"""

from __future__ import annotations

import pytest
from test_notices_round42_bare_credits import _credits, _figure, _page

_PIXEL = b"<noscript><img height='1' width='1' src='https://tracker.example.net/tr?id=1'></noscript></body>"


def test_a_credit_element_with_no_picture_near_is_none_though_the_page_ends_on_a_tracking_pixel() -> None:
    box = "<div class='fdn-caption-block'><div class='photo-credit'>Jane Doe</div></div>"
    assert _credits(_page(box)) == []
    assert _credits(_page(box).replace(b"</body>", _PIXEL)) == []


def test_a_lightbox_link_whose_address_a_line_break_splits_is_the_picture_itself() -> None:
    box = ("<div class='content-image'><a href='https://media.example.org/big/harbour.jpg?w=1200\n&amp;h=800'>"
           "<img src='harbour.jpg'></a><div class='caption-block'><div class='image-credit'>Jane Doe</div>"
           "<div class='image-caption'>The harbour at dusk.</div></div></div>")
    assert _credits(_page(box)) == ["Jane Doe"]


@pytest.mark.parametrize("cls", ["image-rights", "photo_rights", "bildrechte"])
def test_every_class_the_visible_lines_read_as_a_pictures_credit_is_asked_for_a_bare_credit(cls: str) -> None:
    assert _credits(_page(_figure("Jane Doe", cls=cls))) == ["Jane Doe"]


def test_a_credit_after_the_main_text_is_none_though_the_writers_byline_ends_with_the_same_name() -> None:
    fig = _figure("Jane Doe")
    assert _credits(_page("", after=fig)) == []
    assert _credits(_page("<p class='byline'>By Jane Doe</p>", after=fig)) == []


def test_a_credit_outside_the_link_that_wraps_its_picture_to_another_page_is_none() -> None:
    box = ("<div class='content-image'><a href='https://news.example.org/another-story'><img src='harbour.jpg'></a>"
           "<div class='caption-block'><div class='image-credit'>Jane Doe</div></div></div>")
    assert _credits(_page(box)) == []


def test_a_credit_in_a_sidebar_classed_box_before_the_main_text_is_none() -> None:
    box = f"<div class='sidebar-box'>{_figure('Jane Doe')}</div>"
    assert _credits(_page("").replace(b"<main>", box.encode() + b"<main>")) == []
