"""A byline's lead run on into what follows is no person's name (merged tree of rounds left46 and blind13).

"Skrevet af DAGENS | 20.09.18 | 14:15" (dagens.dk, authors-blind12) was read whole as the person
"Skrevet af DAGENS" once both rounds' changes met: the lead "Skrevet af" ("written by") alone was
refused (blind13), the lead with the outlet's name after it was not. A name whose first two words
are a verb of writing or publishing and its "by" ("Skrevet af", "Written by", "Geschrieben von",
"Écrit par", "Scritto da") is the lead, whatever follows; a writer after such a lead is still
read as the lead's credit, and a surname particle ("Da Costa", "Von Trier") is no lead.
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, authors, page, resolve_with_guess


@pytest.mark.parametrize("guess", ["Skrevet af DAGENS", "Written by Staff", "Geschrieben von REDAKTION",
                                   "Écrit par LA RÉDACTION", "Scritto da Redazione"])
def test_a_lead_run_on_into_what_follows_is_no_person(guess: str) -> None:
    meta = resolve_with_guess(page(below_headline=f"<p class='author'>{guess}</p>"), guess=guess,
                              lines=[HEADLINE, guess])
    assert list(meta.authors) == []


def test_a_lead_and_an_outlets_name_before_the_date_in_a_byline_is_no_person() -> None:
    byline = "<span class='article-byline'>Skrevet af DAGENS | 20.09.18 | 14:15</span>"
    assert authors(page(below_headline=byline, lang="da")) == []


@pytest.mark.parametrize("name", ["Lucas Da Costa", "Anna Von Trier", "Caio Lima"])
def test_a_name_with_a_particle_guessed_alone_is_still_read(name: str) -> None:
    meta = resolve_with_guess(page(below_headline=f"<p class='author'>{name}</p>"), guess=name, lines=[HEADLINE, name])
    assert list(meta.authors) == [name]
