"""A limit set off by a dash after the quote's end (quote rules 28).

A dash (em, en, a spaced hyphen or "--") or an opening bracket sets off what follows as a comma
does. Rules 26 read a contrast there ("works — but only in mice"); a word or phrase of exception,
condition or restriction after the dash limits the claim just as much ("It works — only in mice",
"– except in humans", "-- unless the dose is high", "— nur bei Mäusen", "– sauf chez l'homme",
"— solo en ratones"): a quote ending before it drops the limit. Each was ``exact`` under rules 27.
Any other aside after a dash was still not read; rules 32 read a phrase of place, population or
time there too ("It works — in mice, at least": `tests/test_quote_rules_32_dash_phrases.py`).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works — only in mice."),
    ("It works", "It works – only in mice."),
    ("It works", "It works - only in mice."),
    ("It works", "It works -- only in mice."),
    ("It works", "It works — except in mice."),
    ("It works", "It works — unless the dose is high."),
    ("It works", "It works — if the dose is low."),
    ("It works", "It works — provided that the dose is low."),
    ("It works", "It works (only in mice)."),
    ("Es wirkt", "Es wirkt — nur bei Mäusen."),
    ("Es wirkt", "Es wirkt – außer bei Menschen."),
    ("Ça marche", "Ça marche — seulement chez la souris."),
    ("Ça marche", "Ça marche – sauf chez l'homme."),
    ("Funciona", "Funciona — solo en ratones."),
    ("Funciona", "Funciona – excepto en humanos."),
])
def test_a_limit_after_a_dash_at_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The drug works", "The drug works — a result few expected."),
])
def test_an_aside_after_a_dash_that_limits_nothing_is_exact(quote, source):
    _exact(quote, source)
