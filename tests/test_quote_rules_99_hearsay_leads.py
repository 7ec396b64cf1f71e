"""Quote rules 99 (red teams q99, q99-held): the Romance press's conditional of reported facts, German hearsay "soll
... haben" and a modal two words back make the words after them hearsay or a possibility, not a fact.

"reçu des pots-de-vin" was ``exact`` of "Le ministre aurait reçu des pots-de-vin.", "recibido sobornos" of "El ministro
habría recibido sobornos.", "Bestechungsgeld angenommen" of "Der Minister soll Bestechungsgeld angenommen haben.", "set
deliberately" of "The fire may have been set deliberately." (``quotes/hearsay_lead.py``). Red team q99 (17 pairs
written before running) 7 wrong on rules 98, 0 after; held out q99-held (13) 7 wrong on rules 94, 0 after; the
faithful survey unchanged.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_99_get_the_verdict_a_reader_expects = redteam_test("redteam-q99.tsv", "redteam-q99-held.tsv")


@pytest.mark.parametrize(("quote", "source"), [
    ("die Kennzeichnungspflicht für weitere Tierarten", "Später soll die Kennzeichnungspflicht für weitere Tierarten folgen."),
    ("die Banane nicht", "Grundsätzlich sollte die Banane nicht mit Äpfeln aufbewahrt werden."),
    ("in Grenzregionen die Beseitigung von Hindernissen zu erleichtern",
     "Beide Regierungen beabsichtigen, in Grenzregionen die Beseitigung von Hindernissen zu erleichtern."),
])
def test_a_plan_or_a_should_is_not_read_as_hearsay(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"
