"""A clause cut from after a denial in French, or after a denied claim noun (quote rules 28, red team q28).

Rules 14 read a denying verb before its "that" ("denied that", "bestritt, dass", "negó que").
Two wordings passed: the French perfect, whose auxiliary "a" was taken for the English article
that makes "a disputed city" a thing ("Le ministre a nié que", "a démenti que"), and a claim
noun between the verb and its "that" ("rejected claims that", "dismissed reports that"). Each
was ``exact``; each is ``altered``. An English "a" before a denying participle still names a
thing.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("l'entreprise a versé des pots-de-vin", "Le ministre a nié que l'entreprise a versé des pots-de-vin."),
    ("l'entreprise a versé des pots-de-vin", "Le ministre a démenti que l'entreprise a versé des pots-de-vin."),
    ("the firm paid bribes", "The company rejected claims that the firm paid bribes."),
    ("the firm paid bribes", "The company dismissed reports that the firm paid bribes."),
])
def test_a_clause_after_a_french_perfect_denial_or_a_denied_claim_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_denying_participle_after_an_english_article_names_a_thing():
    _exact("city was taken", "A contested city was taken.")
