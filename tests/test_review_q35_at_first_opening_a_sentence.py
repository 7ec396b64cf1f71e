"""A sentence-opening "Initially, " or "At first, " limits the claim in time (review of quote rules
35).

The lead's standing decision: a past opener dates a past claim (rules 35), but an opener that is a
limit rather than a date ("at first") is not a date. "Zunächst wirkte das Mittel" was read
("initially" before a predicate: rules 28); "Initially, the drug worked", "At first, ", "Au
début, ", "Al principio, ", "All'inizio, ", "No início, " before a subject were not, so "the drug
worked" passed as ``exact`` of "At first, the drug worked." (it held at first, and no longer).
Each is ``altered``. A quote that keeps the opener is ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the drug worked", "Initially, the drug worked."),
    ("the drug worked", "At first, the drug worked."),
    ("le traitement fonctionnait", "Au début, le traitement fonctionnait."),
    ("el fármaco funcionaba", "Al principio, el fármaco funcionaba."),
    ("il farmaco funzionava", "All'inizio, il farmaco funzionava."),
    ("o remédio funcionava", "No início, o remédio funcionava."),
])
def test_a_quote_cut_after_a_sentence_opening_at_first_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_that_keeps_its_at_first_is_exact():
    _exact("At first, the drug worked", "At first, the drug worked. Then it failed.")
