"""A field's or a topic's name where a byline stands is no person (issue 15, session 64): "HR Strategy".

A company blog prints its category in the byline's element; trafilatura's layout guess took "HR Strategy" for the
writer, and the person checks passed it (two capitalised words, no organisation's word): authors-blind26's page cited
it as a person. Two or three words ending on a field's word ("Strategy", "Science", "Management", "Security", ...)
with no listed given name first are no one's name; a given name first leaves the name to the other checks.
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, PARAGRAPHS, page, resolve_with_guess

from archiver.extract.signals import name_kind


@pytest.mark.parametrize("name", ["HR Strategy", "Content Strategy", "Data Science", "Sales Management",
                                  "Cloud Security", "Product Development", "Brand Strategy"])
def test_a_fields_name_is_no_person(name: str) -> None:
    assert name_kind(name) is None


@pytest.mark.parametrize("name", ["Grace Science", "Jane Doe", "Mark Strategy Roe"])
def test_a_given_name_first_or_another_last_word_is_still_judged_as_a_name(name: str) -> None:
    assert name_kind(name) == "person"


def test_a_layout_guess_of_a_category_under_the_headline_is_not_reported() -> None:
    lines = ["Harbor Daily", HEADLINE, "HR Strategy", *PARAGRAPHS, "About us"]
    assert resolve_with_guess(page(), guess="HR Strategy", lines=lines).authors == ()
