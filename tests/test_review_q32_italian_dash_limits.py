"""Italian "sui", "per" and "fino a" after a dash limit a claim (review of rules 32).

Rules 32 read "— nei topi" after a quote's end as a limit to a population, but not "— sui topi"
(on mice), "— per i giovani" (for the young) nor, after a claim in the present, "— fino
all'inizio dei lavori" (until the works begin): the same limits in other Italian words, so the
quote that drops them is ``altered``. "per" and a possessive (a reason), "per sempre" and a past
claim's "fino a" stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Il trattamento funziona", "Il trattamento funziona — sui topi."),
    ("Il bonus è disponibile", "Il bonus è disponibile — per i giovani sotto i 30 anni."),
    ("Il ponte resta aperto", "Il ponte resta aperto — fino all'inizio dei lavori."),
])
def test_an_italian_limit_after_a_dash_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Amo questa città", "Amo questa città — per la sua gente."),
    ("Il negozio ha chiuso", "Il negozio ha chiuso — per sempre."),
    ("Il fiume era pulito", "Il fiume era pulito — fino all'apertura della fabbrica."),
])
def test_a_reason_a_set_phrase_or_a_past_claims_end_is_exact(quote, source):
    _exact(quote, source)
