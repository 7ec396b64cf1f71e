"""A phrase a closing "only" ends after a comma or a dash limits the claim (quote rules 34).

Rules 24 read "The treatment is safe" of "... safe for children under supervision only." (the
phrase right after the quote); a comma or a dash before the phrase left it unread, so "The offer
is open" of "The offer is open, to students only" passed. "reserved for", "réservée aux",
"riservato ai" set off after the quote reserve the claim for some in the same way.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The offer is open", "The offer is open, to students only."),
    ("The offer is open", "The offer is open — to students only."),
    ("La salle est accessible", "La salle est accessible, aux adhérents uniquement."),
    ("La piscina está abierta", "La piscina está abierta, para socios solamente."),
])
def test_a_phrase_closed_by_only_after_a_comma_or_a_dash_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The parking is free", "The parking is free, reserved for customers."),
    ("L'offre est ouverte", "L'offre est ouverte — réservée aux membres."),
    ("Il parcheggio è gratuito", "Il parcheggio è gratuito, riservato ai clienti."),
])
def test_reserved_for_set_off_after_the_quote_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_reserved_as_the_quotes_own_verb_is_exact():
    _exact("The seats are reserved", "The seats are reserved for guests.")
