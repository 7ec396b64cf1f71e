"""A short Romance verb after a share (quote rules 32).

Rules 28 read a Romance singular subject and its verb after a share by the verb's infinitive,
for verbs of four letters or more: "la population vit dans la pauvreté" of "La moitié de la
population vit ..." was ``exact``, and so was "habitants vit ..." after "La moitié des". Short
and irregular singular verbs ("vit", "dort", "va") are read now; a noun phrase that names no
claim stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("la population vit dans la pauvreté", "La moitié de la population vit dans la pauvreté."),
    ("habitants vit sous le seuil de pauvreté", "La moitié des habitants vit sous le seuil de pauvreté."),
    ("la ville dort la nuit", "La moitié de la ville dort la nuit."),
    ("la ville vit du tourisme", "La moitié de la ville vit du tourisme."),
    ("los vecinos va a votar", "La mitad de los vecinos va a votar."),
])
def test_a_short_verb_after_a_share_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_noun_phrase_after_a_share_is_exact():
    _exact("la moitié de la population", "Il a parlé à la moitié de la population.")
