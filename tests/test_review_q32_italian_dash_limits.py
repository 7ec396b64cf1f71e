"""Italian "sui" and "fino a" after a dash limit a claim (review of rules 32).

Rules 32 read "— nei topi" after a quote's end as a limit to a population, but not "— sui topi"
(on mice) nor, after a claim in the present, "— fino all'inizio dei lavori" (until the works
begin): the same limits in other Italian words, so the quote that drops them is ``altered``.
"per" is not read: a cause as often as for whom ("— per un guasto", "— per lavori"); a past
claim's "fino a" stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Il trattamento funziona", "Il trattamento funziona — sui topi."),
    ("Il ponte resta aperto", "Il ponte resta aperto — fino all'inizio dei lavori."),
])
def test_an_italian_limit_after_a_dash_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Il treno è in ritardo", "Il treno è in ritardo — per un guasto."),
    ("Lo stadio è chiuso", "Lo stadio è chiuso — per lavori."),
    ("Il fiume era pulito", "Il fiume era pulito — fino all'apertura della fabbrica."),
])
def test_a_cause_after_per_or_a_past_claims_end_is_exact(quote, source):
    _exact(quote, source)
