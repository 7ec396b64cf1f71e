"""A colon's bare phrase that a comma and a hedge close still limits (quote rules 35).

Rules 34 read a phrase of place or population that a colon opens and the sentence ends ("It
works: in mice."), and stopped at a comma: "It works" of "It works: in mice, at least." passed,
though the hedge after the comma narrows the claim further. A comma before a hedge or a limit in
time of one or two words that ends the sentence ("at least", "for now", "zumindest", "du moins",
"por ahora") is read as the sentence's end; a comma before a clause is not.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works: in mice, at least."),
    ("It works", "It works: in mice, for now."),
    ("Es wirkt", "Es wirkt: bei Mäusen, zumindest."),
    ("Le traitement marche", "Le traitement marche : chez la souris, du moins."),
    ("El fármaco funciona", "El fármaco funciona: en ratones, por ahora."),
])
def test_a_colons_phrase_closed_by_a_comma_and_a_hedge_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_colons_phrase_before_a_comma_and_a_clause_is_exact():
    _exact("The plan is simple", "The plan is simple: in the morning, we leave early.")
