"""A limit after a colon or a semicolon at the quote's end (quote rules 30).

Rules 28 read a limit set off by a dash or a bracket; the review of rules 28 left a colon
unread, "only" after one opening a clause of its own as often. The narrow shape read now can
only limit: a word of restriction or exception right after the mark, a preposition, and the
clause ending within six words ("It works: only in mice", "Es wirkt; nur bei Mäusen", "Le
produit est sûr : seulement pour les adultes", "El fármaco funciona; solo en ratones"). Each was
``exact`` under rules 29; each is ``altered``. "only" before a clause's subject ("The rule is
simple: only members may vote", "Nur wenige haben gewählt") and a long clause stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works: only in mice."),
    ("The treatment works", "The treatment works: only in mice, though."),
    ("Es wirkt", "Es wirkt; nur bei Mäusen."),
    ("Le produit est sûr", "Le produit est sûr : seulement pour les adultes."),
    ("El fármaco funciona", "El fármaco funciona; solo en ratones."),
    ("The offer is valid", "The offer is valid: except in Quebec."),
])
def test_a_limit_after_a_colon_or_semicolon_at_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The results are clear", "The results are clear: only one candidate won."),
    ("The rule is simple", "The rule is simple: only members may vote."),
    ("Die Lage ist klar", "Die Lage ist klar: Nur wenige haben gewählt."),
    ("The menu is short", "The menu is short: only in summer do they serve the fish soup."),
])
def test_a_clause_of_its_own_after_a_colon_is_exact(quote, source):
    _exact(quote, source)
