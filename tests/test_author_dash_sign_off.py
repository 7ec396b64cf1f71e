"""A newspaper's dash sign-off under the story names its writer (issue 15, extractor 231).

"The incident drew several curious onlookers." / "– David Dunkley" / "Latest News" (authors-blind3's
jamaicaobserver.com): some newspapers sign a story with a dash and the writer's full name under its last paragraph.
Read by the sign-off reader (the story's close only, and reported only where no other credit names a person), when
the name is a person's full name opening with a listed given name.
"""

from __future__ import annotations

from author_pages import authors, page

from archiver.extract.signals import _signed_without_lead


def test_a_dash_and_a_full_name_under_the_story_name_its_writer() -> None:
    assert authors(page(below_body="<p>– David Dunkley</p>", after="<h2>Latest News</h2>")) == ["David Dunkley"]


def test_a_dash_and_an_organisation_under_the_story_name_no_writer() -> None:
    assert authors(page(below_body="<p>– Harbour Council</p>", after="<h2>Latest News</h2>")) == []


def test_a_byline_beside_the_headline_wins_over_a_dash_name_under_the_story() -> None:
    html = page(below_headline="<p class='byline'>By Jane Roe</p>", below_body="<p>– David Dunkley</p>")
    assert authors(html) == ["Jane Roe"]


def test_a_hyphen_a_name_with_more_after_it_or_one_word_are_no_dash_sign_off() -> None:
    assert [_signed_without_lead(x) for x in ("- David Dunkley", "– David Dunkley, staff", "– Dunkley")] == [[], [], []]
