"""A claim cut from after a word that puts it in a past now over (quote rules 28, red team q28).

"smoke in public places" of "People used to smoke in public places" states as a habit of now
what the source says held once and no longer; so do "fumar en lugares públicos" of "La gente
solía fumar ..." and a claim after a sentence-opening "Autrefois, ", "Antes, ", "Formerly, ",
or a German "Früher" or "Damals" before its verb ("Früher unterstützte der Bürgermeister den
Plan"). Each was ``exact``; each is ``altered``. "used to" after "is" or "commonly" is a
passive's purpose ("The drug is used to treat cancer"), no past habit, and "früher" in
mid-sentence a comparative ("kam früher nach Hause").

Rules 35 read the openers as a past claim's date when the quote keeps a past tense ("le maire
soutenait le projet" of "Autrefois, le maire soutenait le projet", "war alles besser" of "Damals
war alles besser": ``exact``, tests/test_quote_rules_35_past_openers.py); "used to" and "solía"
leave an infinitive, no past: still ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("smoke in public places", "People used to smoke in public places."),
    ("be so simple", "It used to be so simple."),
    ("fumar en lugares públicos", "La gente solía fumar en lugares públicos."),
    ("les gens vivent à la campagne", "Autrefois, les gens vivent à la campagne, raconte le guide."),
])
def test_a_claim_after_a_past_habit_or_a_past_opener_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("nach Hause", "Er kam früher nach Hause."),
    ("treat cancer", "The drug is used to treat cancer."),
    ("treat cancer", "It is commonly used to treat cancer."),
])
def test_used_to_of_a_passives_purpose_and_a_comparative_frueher_are_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Le ministre s'opposait à l'accord", "Le ministre s'opposait à l'accord au départ."),
    ("El ministro se opuso al acuerdo", "El ministro se opuso al acuerdo al principio."),
])
def test_initially_in_two_words_ending_the_clause_after_the_quote_is_altered(quote, source):
    """"au départ", "al principio" say "initially" as "at first" does (rules 18 read those)."""
    _altered(quote, source, "trailing_word")


def test_au_debut_before_what_it_begins_is_exact():
    _exact("Le ministre s'opposait à l'accord", "Le ministre s'opposait à l'accord au début de la crise.")
