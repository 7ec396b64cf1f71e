"""Issue 15 (blind22): a writer's name with her job title printed after it, the title's halves joined by "&" or
"and", is one person, not two.

authors-blind21's first run reported "Rasmus Barslund Founder" and "Lead Reviewer" for a byline printing "Rasmus
Barslund" and, in the same line, "Founder & Lead Reviewer": the "&" of the title split the line into two "persons",
the first with the title's first word glued on. A piece after a conjunction that is a title only (no given name
opens it, every word a role's or a title's opening word, one of them a role) continues the title of the piece before
it, and the title's words at the end of a name are cut off it.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.byline_titles import name_with_title, title_only, without_title
from archiver.extract.signals import clean_authors

DATE = "<p class='date'>Updated Feb 27, 2026</p>"


def _byline(name: str, role: str) -> str:
    return (f"<div class='byline'><a class='byline-name' href='/author/x'>{name}</a> "
            f"<span class='byline-role'>{role}</span></div>{DATE}")


def test_a_name_and_a_title_joined_by_an_ampersand_over_the_date_is_one_writer() -> None:
    assert authors(page(below_headline=_byline("Rasmus Barslund", "Founder &amp; Lead Reviewer"))) == \
        ["Rasmus Barslund"]


def test_a_name_and_a_chief_executives_title_is_one_writer() -> None:
    assert authors(page(below_headline=_byline("Jane Roberts", "CEO &amp; Co-Founder"))) == ["Jane Roberts"]


def test_a_german_name_and_title_joined_by_und_is_one_writer() -> None:
    assert authors(page(below_headline=_byline("Anna Berg", "Gründerin und Chefredakteurin"), lang="de")) == \
        ["Anna Berg"]


def test_two_writers_joined_by_an_ampersand_over_the_date_stay_two() -> None:
    line = f"<p class='byline'>Jane Roberts &amp; Thomas Miller</p>{DATE}"
    assert authors(page(below_headline=line)) == ["Jane Roberts", "Thomas Miller"]


def test_a_by_line_with_the_title_after_the_name_credits_the_name() -> None:
    assert clean_authors("Rasmus Barslund Founder & Lead Reviewer", led=True) == ["Rasmus Barslund"]


def test_a_layout_guess_split_on_its_ampersand_keeps_the_name_without_the_titles_first_half() -> None:
    assert clean_authors(["Rasmus Barslund Founder", "Lead Reviewer"]) == ["Rasmus Barslund"]


@pytest.mark.parametrize("title", ["Lead Reviewer", "CEO", "Co-Founder", "Senior Editor", "Chefredakteurin",
                                   "Fondatrice", "Directora"])
def test_a_title_alone_is_a_title(title: str) -> None:
    assert title_only(title)


@pytest.mark.parametrize("name", ["Thomas Miller", "Tom Head", "Sarah Lead", "Jane", "Anna Berg"])
def test_a_name_is_no_title(name: str) -> None:
    assert not title_only(name)


def test_surnames_that_are_title_words_stay_two_writers() -> None:
    assert name_with_title(["Mary Lead", "Tom Head"]) is None


def test_a_name_whose_last_word_is_no_role_keeps_its_words() -> None:
    assert without_title("Mary Ann Smith") == "Mary Ann Smith"
    assert without_title("Jane Founder") == "Jane Founder"  # two words are kept: a name, not a name and a title
