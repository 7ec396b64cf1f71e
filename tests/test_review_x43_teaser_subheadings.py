"""Review x43 of extractor 73's teaser headings (authors.py, ``_OTHER_STORIES_HEADING``): a subheading of the
article's own text that opens with a teaser heading's words and goes on as a phrase ("More in store for
residents", "Don't miss the festival") heads no list of other stories, so the writer credited under it is kept.
A teaser heading alone, or with a section or a title after a colon, still heads one
(tests/test_extract_authors_s43.py)."""

from __future__ import annotations

import pytest
from author_pages import PARAGRAPHS, authors, page


def _with_subheading(subheading: str) -> list[str]:
    return [*PARAGRAPHS[:2], f"{PARAGRAPHS[2]}</p><h2>{subheading}</h2><p>The works start in the spring."]


@pytest.mark.parametrize("subheading", ["More in store for residents", "Don't miss the harbour festival"])
def test_a_byline_after_a_subheading_that_opens_with_a_teaser_headings_words_is_the_writers(subheading: str) -> None:
    html = page(paragraphs=_with_subheading(subheading), below_body="<p class='byline'>By Jane Roe</p>")
    assert authors(html) == ["Jane Roe"]


@pytest.mark.parametrize("heading", ["Most read: Politics", "More in US News", "Most read stories",
                                     "Les plus lus de la semaine", "Lo más leído hoy"])
def test_a_teaser_heading_with_a_section_after_it_still_heads_other_stories(heading: str) -> None:
    teasers = (f"<section><h2>{heading}</h2><div><a href='/b'>Mayor opens new bridge over the river after years "
               f"of delay</a><p>By JANE ROE</p></div></section>")
    assert authors(page(above=teasers)) == []
