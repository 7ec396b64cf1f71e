"""Quote rules 68 (lead, session 51; q66's report): a German main clause opening with a perfect's or a past
passive's auxiliary ("hat der Rat entschieden", "wurde die Strecke eröffnet") tells a past, so the clause of time
before it, quoted alone, is a fact told: ``exact``. Rules 67 read the participle "entschieden" (no "ge-" after its
prefix) as a present, and the claim as a future the clause waits for: a false alarm. A present or future claim after
"Nachdem"/"Sobald" still makes the clause's quote ``altered``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("source", [
    "Nachdem die Linie eröffnet wurde, hat der Rat entschieden.",
    "Nachdem die Linie eröffnet wurde, hatten die Mieter beschlossen, zu bleiben.",
    "Nachdem die Linie eröffnet wurde, haben die Anwohner protestiert.",
    "Nachdem die Linie eröffnet wurde, wurde die Strecke erweitert.",
])
def test_a_clause_of_time_before_a_past_claim_is_a_fact_told(source):
    assert verify_quote("die Linie eröffnet wurde", source).verdict == "exact"


@pytest.mark.parametrize("source", [
    "Nachdem die Linie eröffnet wurde, entscheidet der Rat.",
    "Nachdem die Linie eröffnet wurde, wird der Rat entscheiden.",
])
def test_a_clause_of_time_before_a_present_or_future_claim_stays_altered(source):
    assert verify_quote("die Linie eröffnet wurde", source).verdict == "altered"


def test_a_present_claim_after_sobald_stays_altered():
    assert verify_quote("die Bahn fährt", "Sobald die Bahn fährt, sinken die Mieten.").verdict == "altered"
