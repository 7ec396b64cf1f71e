"""A ``<cite>`` after a picture that is a quotation's source or a name in running text is no credit (review s40).

Extractor 65 reads a ``<cite>`` right after its picture, outside any figure, as the picture's credit ("<a><img></a>
<div><cite>Jane Doe/Icon SMI</cite>Caption ...</div>"). "Right after" was read as: the ``<cite>``'s previous
element, or its parent's, holds a picture; so a pull quote's source under a ``<blockquote>`` that follows a picture,
and a ``<cite>`` in the middle of the paragraph that follows one, were credits of that picture. A quotation cites its
speaker and running text names a source: neither is the picture's credit, picture or not before them.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS
from notice_articles import credits as _credits
from notice_articles import page as _page

_PARAGRAPHS = [p + "</p>" for p in PARAS.split("</p>") if p]


def _story(inside: str) -> bytes:
    """An article page with ``inside`` between its second and third whole paragraphs."""
    html = _page(lang="en").decode()
    return html.replace(PARAS, "".join(_PARAGRAPHS[:2]) + inside + "".join(_PARAGRAPHS[2:])).encode()


@pytest.mark.parametrize("inside", [
    "<p><img src='a.jpg'></p><blockquote><p>We will rebuild the harbour wall this year.</p>"
    "<cite>Jane Doe/Example Review</cite></blockquote>",
    "<div><img src='a.jpg'></div><blockquote>We will rebuild the harbour wall this year. "
    "<cite>Jane Doe/Example Review</cite></blockquote>",
])
def test_a_quotations_cite_after_a_picture_is_no_credit(inside: str) -> None:
    assert _credits(_story(inside)) == []


def test_a_cite_inside_the_running_text_after_a_picture_is_no_credit() -> None:
    html = _story("<img src='a.jpg'><p>As <cite>Jane Doe/Example Review</cite> wrote in her column, the harbour wall "
                  "is older than the town.</p>")
    assert _credits(html) == []


def test_a_cite_opening_the_box_right_after_its_picture_is_still_its_credit() -> None:
    html = _story("<div><a href='#'><img src='a.jpg'></a><div><cite>Cliff Welch/Icon SMI </cite>Maurkice Pouncey "
                  "denies that he took money from an agent.</div></div>")
    assert _credits(html) == ["Cliff Welch/Icon SMI"]
