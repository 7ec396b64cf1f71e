"""Review rvx49 of round authleft48 (extractor 100): fixtures of our own that tried to break each new rule.

- A capitalised particle opening a surname printed before the given name keeps the whole surname, of any length
  ("By De La Cruz Maria", "By Van der Berg Piet"), where the round kept three words only ("La Cruz Maria" was cited);
  "By Di Mario Rossi" is Italian's "by" before a given name and a surname, "Mario Rossi", as before the round.
- A "Name - Publication" pair over the date credits the name when the page declares the publication as its site
  (og:site_name), as when its masthead prints it: a newsletter whose masthead is a logo lost its writer.
- A surname that is a role word, a place's or a body's word, or a placeholder's after a given name stays a person
  where a writer's lead stands before it (the lists ask a name's first word, or a line with no lead over the date).
"""

from __future__ import annotations

import pytest
from author_pages import authors, page


@pytest.mark.parametrize(("credit", "lang", "name"), [
    ("By De La Cruz Maria", "es", "De La Cruz Maria"),
    ("Por De La Cruz María", "es", "De La Cruz María"),
    ("By Van der Berg Piet", "nl", "Van der Berg Piet"),
    ("By Da Silva Ana Maria", "pt", "Da Silva Ana Maria"),
    ("By De Luca Marco", "it", "De Luca Marco"),
])
def test_a_particle_opening_a_surname_printed_first_keeps_the_whole_surname(credit: str, lang: str, name: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang=lang)) == [name]


@pytest.mark.parametrize("credit", ["By Di Mario Rossi", "By di Mario Rossi"])
def test_an_italian_lead_before_a_given_name_and_a_surname_is_still_taken_off(credit: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang="it")) == ["Mario Rossi"]


@pytest.mark.parametrize("name", [
    "Jane Marshal", "John Chancellor", "Tom Reader", "Mary Critic", "Tom Producer", "Anna Moderator",
    "Sarah Church", "Tom Chapel", "John Kirk", "Sarah Parish", "Mike Unknown", "Anna Anon",
])
def test_a_surname_that_is_a_role_place_or_placeholder_word_after_a_lead_stays_a_person(name: str) -> None:
    assert authors(page(below_headline=f"<p>By {name}</p>")) == [name]


def test_a_name_and_the_newsletter_the_page_declares_only_in_og_site_name_is_still_the_writer() -> None:
    html = page("<meta property='og:site_name' content='Remote Jobs'>",
                below_headline="<p>Andrea Valdez - Remote Jobs</p><p>Dec 17, 2025</p>")
    assert authors(html) == ["Andrea Valdez"]


def test_a_person_and_a_club_over_the_date_is_still_no_byline_when_the_site_declares_another_name() -> None:
    html = page("<meta property='og:site_name' content='Harbor Daily'>",
                below_headline="<p>Marcus Rashford - Manchester United</p><p>Dec 17, 2025</p>")
    assert authors(html) == []
