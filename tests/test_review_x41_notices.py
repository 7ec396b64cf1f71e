"""Review x41 of extractor 69's notice rules, read adversarially: notices the new guards must not lose.

- A trip, a stay or a tour *to* an event paid by a sponsor ("Her trip to the festival was sponsored by Example
  Tourism.") is the writer's disclosure: the event exemption reads an event that is the sentence's subject only.
- A line the page labels its disclosure ("Disclosure: the conference was sponsored by Example ...") is one.
- "Please note ... they may change" / "we may change": the information (or the terms) may change, a disclaimer; only
  the reader's own "you can change" is advice.
- The site naming itself an affiliate of a retailer ("This website is an affiliate of Amazon") discloses.
- A caption that says who is pictured, then credits the picture ("Im Bild: Jane Doe (links). Foto: dpa"), keeps
  its credit.
- Media "courtesy of" someone in the story's sentence, then handed out, shared or released ("Maps courtesy of the
  county were handed out at the meeting ..."), is the story's news, as "... showed the ship" is: no credit.
- A credit-classed element right after the writer's avatar (an author box's "By Jane Doe") credits no picture.
- A Japanese caption closing on how the picture was taken ("、ドローン撮影", "、夜間撮影": by drone, at night) names no
  photographer, as "、上空から撮影" does not.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page


@pytest.mark.parametrize("line", ["Her trip to the festival was sponsored by Example Tourism.",
                                  "Disclosure: the author's trip to the conference was sponsored by Example."])
def test_a_trip_to_an_event_paid_by_a_sponsor_is_still_disclosed(line: str) -> None:
    assert _notices(_page(tail=f"<div class='box'><p>{line}</p></div>")) == [("sponsored", line)]


def test_a_line_labelled_disclosure_naming_an_events_sponsor_is_still_disclosed() -> None:
    line = "Disclosure: the conference was sponsored by Example, which also paid for this article."
    assert _notices(_page(tail=f"<div class='box'><p>{line}</p></div>")) == [("sponsored", line)]


@pytest.mark.parametrize("line", ["Please note: figures are estimates and they may change.",
                                  "Please note that we may change these prices at any time."])
def test_information_or_terms_that_may_change_are_still_a_disclaimer(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("disclaimer", line)]


def test_the_site_naming_itself_an_affiliate_of_a_retailer_still_discloses() -> None:
    line = "This website is an affiliate of Amazon and other retailers."
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]


def test_a_caption_saying_who_is_pictured_keeps_the_credit_after_it() -> None:
    assert _credits(_page(_caption("Im Bild: Jane Doe (links) mit ihrem Hund. Foto: dpa"), lang="de")) == ["Foto: dpa"]


@pytest.mark.parametrize("line", [
    "Maps courtesy of the county were handed out at the meeting on Tuesday evening to all residents.",
    "Video courtesy of a neighbour was shared thousands of times before the police asked for it to be removed.",
])
def test_media_courtesy_of_someone_handed_out_or_shared_in_a_story_sentence_is_no_credit(line: str) -> None:
    assert _credits(_page(f"<p>{line}</p>")) == []


@pytest.mark.parametrize("html", [
    "<div class='post-meta'><img src='avatar.jpg' alt=''><span class='credit'>By Jane Doe</span></div>",
    "<div class='post-meta'><img class='avatar' src='jane.jpg' alt=''><span class='author-credit'>Jane Doe</span></div>",
    "<div class='post-meta'><img src='jane.jpg' alt='Jane Doe avatar'><span class='credits'>Jane Doe</span></div>",
])
def test_a_credit_classed_byline_after_the_writers_avatar_is_no_picture_credit(html: str) -> None:
    assert _credits(_page(html)) == []


@pytest.mark.parametrize("text", ["花火大会の様子＝3日夜、東京都墨田区、ドローン撮影", "花火大会の様子＝3日夜、東京都墨田区、夜間撮影",
                                  "花火大会の様子＝3日夜、東京都墨田区、長時間露光撮影"])
def test_a_japanese_caption_closing_on_how_it_was_taken_is_no_credit(text: str) -> None:
    assert _credits(_page(_caption(text), lang="ja")) == []
