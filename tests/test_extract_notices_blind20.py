"""Round b20notice: notices-blind20's misses and wrong reports, each at its class (bench/labels/README.md,
"notices-blind20", "Where the misses and wrong reports came from"), with fixtures of our own in the languages where
the class exists and the neighbour that must keep its answer:

- the story's edge counted after its headline and byline lines when the main text holds them (a one-line affiliate
  note under the byline was the story's third paragraph there, read as its middle).
"""

from __future__ import annotations

import pytest
from notice_articles import notices as _notices
from notice_articles import page as _page


def _top(fragment: str, lang: str = "en") -> bytes:
    """A page with ``fragment`` under its headline and byline, before the story's paragraphs."""
    return _page(lang=lang).replace(b"<h1>Harbour story</h1>",
                                    f"<h1>Harbour story</h1><p>By Jane Doe</p>{fragment}".encode())


# ----------------------------------------------------------------------------- the story's edge after its byline


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Für Käufe über Links auf dieser Seite erhalten wir eventuell eine Provision."),
    ("en", "We may earn a commission on purchases made through links on this page."),
    ("fr", "Nous pouvons percevoir une commission sur les achats effectués via les liens de cette page."),
])
def test_an_affiliate_line_right_under_the_byline_is_at_the_storys_edge(lang: str, line: str) -> None:
    assert _notices(_top(f"<p>{line}</p>", lang)) == [("sponsored", line)]


def test_a_story_sentence_after_the_storys_opening_paragraphs_stays_the_storys() -> None:
    opening = "".join(f"<p>Opening paragraph {i} of the story about the harbour and the ships along the coast.</p>"
                      for i in (1, 2))
    para = "<p>She was sponsored by a local bakery when she ran her first marathon along the harbour in 2019.</p>"
    assert _notices(_top(opening + para)) == []


def test_the_byline_moves_the_edge_as_far_as_it_moves_the_story() -> None:
    line = "<p>Für Käufe über Links auf dieser Seite erhalten wir eventuell eine Provision.</p>"
    without = _page(lang="de").replace(b"<h1>Harbour story</h1>", f"<h1>Harbour story</h1>{line}".encode())
    assert _notices(_top(line, "de")) == _notices(without)
