"""Italian "Le" and "I" before a plural noun and a plural verb open events of many (quote rules 38).

Rules 36 read a Romance plural article opening a quote ("Les écoles", "Gli ospedali") as events
of many, whose place after a dash is their share; "le" and "i" were left out of that list, since
French "le" is singular and English "I" a pronoun. So "Le scuole hanno chiuso — in Lombardia"
passed as "Le scuole hanno chiuso" though "Gli ospedali hanno chiuso — a Milano" did not. Read
as plural only when an Italian plural verb follows the noun ("hanno", "sono", a past in
"-arono"/"-erono"/"-irono"): French "Le film a été présenté" stays one event.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Le scuole hanno chiuso", "Le scuole hanno chiuso — in Lombardia."),
    ("Le scuole hanno chiuso", "Le scuole hanno chiuso — a Milano."),
    ("I negozi hanno chiuso", "I negozi hanno chiuso — a Torino."),
    ("Le fabbriche chiusero", "Le fabbriche chiusero — in Piemonte."),
])
def test_italian_le_or_i_with_a_plural_noun_and_verb_before_a_dash_and_a_place_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Le film a été présenté", "Le film a été présenté — à Cannes."),
    ("Il film è stato presentato", "Il film è stato presentato — a Venezia."),
    ("I was born", "I was born — in Milano."),
])
def test_french_le_an_italian_singular_or_english_i_before_a_dash_and_a_place_stays_exact(quote, source):
    _exact(quote, source)
