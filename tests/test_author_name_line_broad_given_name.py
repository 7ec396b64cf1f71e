"""A name printed with no lead word is read when a given name of any language opens it (issue 15, extractor 225).

The readers of a name line without "By" (a name over the story's date, a name and the date on one line under the
headline, a name closing a list of credits) ask that a listed given name open it, the evidence that the line names a
person. The hand-written list lacked many ("Haki Benita", "Horea Matei", "Cory Dransfeldt" on the blind sets); those
readers now ask the given names of Faker's 79 locales too (archiver/extract/byline_titles.opens_with_given_name), and
refuse a line ending on a post's word, which a longer list lets through ("Forum Moderator": "Forum" is a given name
in Gujarati). Whether a word is ONLY a given name (no surname after it) is still asked of the hand-written list.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.byline_titles import opens_with_given_name


def test_a_name_over_the_date_is_read_when_its_given_name_is_listed_in_any_language() -> None:
    assert authors(page(below_headline="<p>Haki Benita</p><p>May 01, 2026</p>")) == ["Haki Benita"]


def test_a_name_and_the_date_on_one_line_are_read_when_its_given_name_is_listed_in_any_language() -> None:
    assert authors(page(below_headline="<p>Horea Matei December 15, 2022</p>")) == ["Horea Matei"]


def test_a_forum_role_over_the_date_is_no_writer() -> None:
    assert authors(page(below_headline="<p>Forum Moderator</p><p>May 01, 2026</p>")) == []


def test_two_words_no_list_holds_as_a_given_name_over_the_date_are_no_writer() -> None:
    assert authors(page(below_headline="<p>Harborcat Benita</p><p>May 01, 2026</p>")) == []


def test_a_credit_closed_by_a_month_after_a_given_name_no_hand_list_holds_keeps_its_surname() -> None:
    # "Jacques" is a given name in Faker's lists; read as one, "Renee Jacques" would be given names only and cut at
    # "March" as "By Theresa May 3, 2024" is (authors-blind11's theklog.co writer, lost in the first try)
    assert authors(page(below_headline="<p class='byline'>By Renee Jacques March 16, 2017</p>")) == ["Renee Jacques"]


@pytest.mark.parametrize(("name", "opens"), [("Haki Benita", True), ("Ogechi Chibueze", True), ("Emily Harper", True),
                                             ("Forum Moderator", False), ("Grace Producer", False),
                                             ("Harborcat Benita", False), ("", False)])
def test_opens_with_given_name(name: str, opens: bool) -> None:
    assert opens_with_given_name(name) is opens
