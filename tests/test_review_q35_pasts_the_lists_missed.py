"""Pasts the tense lists missed, after a past opener (review of quote rules 35).

Rules 35 pass a quote cut after "Formerly, ", "Früher", "Damals", "Einst", "Anticamente" when its
first verb is a past the word lists tell, and refuse one they cannot tell. Common pasts no
present is spelt as were missing: English "fled", "used (to)" (read as a mood, as "would" is:
"used to walk" keeps the past), German strong pasts ("schloss", "bekam", "begann", "verlor"),
Italian "c'era"; and a German weak past was told only after "Damals" and "Früher" in a short
source, not after "Einst". Each faithful quote was ``altered``; each is ``exact``. An infinitive
cut after "used to" is still ``altered`` (red team q28).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("people fled the area in winter", "Formerly, people fled the area in winter."),
    ("we used to walk to school", "Formerly, we used to walk to school."),
    ("schloss die Bäckerei um sechs", "Früher schloss die Bäckerei um sechs."),
    ("bekam man für eine Mark ein Brot", "Damals bekam man für eine Mark ein Brot."),
    ("begann die Schule um sieben", "Früher begann die Schule um sieben."),
    ("verlor der Verein fast jedes Spiel", "Damals verlor der Verein fast jedes Spiel."),
    ("c'era un porto qui", "Anticamente c'era un porto qui."),
    ("lebten hier 300 Menschen", "Einst lebten hier 300 Menschen."),
])
def test_a_past_the_lists_missed_after_a_past_opener_is_exact(quote, source):
    _exact(quote, source)


def test_an_infinitive_cut_after_used_to_is_still_altered():
    _altered("walk to school", "Formerly, we used to walk to school.", "leading_qualifier")
