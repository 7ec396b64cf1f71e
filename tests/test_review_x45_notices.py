"""Review x45 of extractor 79 (notices-blind12's rules), read as an adversary: the wrong notices those rules gave on
pages they were not written from, each fixed in general form.

- "Images from <source> <verb> ...": a story's sentence in a paragraph of its own, whatever its verb, is no credit
  ("Image from <source>." on a line of its own still is).
- A caption opening "Image from <source>." and going on with a sentence is not one credit of both sentences.
- "affiliate marketing links" are the page's own links: a disclosure, as "affiliate links" are.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

_PICTURE = "<p><img src='satellite.jpg' alt='The coast from above'></p>"


@pytest.mark.parametrize("line", ["Images from the satellite indicate severe flooding.",
                                  "Photos from the scene circulated on social media."])
def test_a_story_sentence_opening_on_pictures_from_a_source_is_no_credit(line: str) -> None:
    assert _credits(_page(f"{_PICTURE}<p>{line}</p>")) == []


def test_a_line_naming_where_the_picture_came_from_is_still_a_credit_beside_the_rule() -> None:
    assert _credits(_page(f"{_PICTURE}<p>Image from Wikimedia Commons.</p>")) == ["Image from Wikimedia Commons."]


def test_a_caption_opening_on_image_from_and_a_sentence_after_it_is_not_one_credit_of_both() -> None:
    assert "Image from NASA. The rover landed in 2021." not in _credits(
        _page(_caption("Image from NASA. The rover landed in 2021.")))


@pytest.mark.parametrize("line", ["This post contains affiliate marketing links.",
                                  "We use affiliate marketing links on this page."])
def test_the_pages_own_affiliate_marketing_links_are_sponsored(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]
