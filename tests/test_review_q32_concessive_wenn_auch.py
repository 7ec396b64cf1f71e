"""German ", wenn auch" after a main clause quoted whole is a concession, no condition (review of rules 32).

Rules 32 read ", wenn" after a German main clause quoted whole as the condition its claim hangs
on ("Es wirkt" of "Es wirkt, wenn man es früh nimmt"). "wenn auch" before a phrase with no verb
of its own ("ein Erfolg, wenn auch ein teurer", "voll, wenn auch nicht überfüllt") is "albeit":
it concedes a point and leaves the claim whole, so the quote is ``exact``. A "wenn" clause with
"auch" in it ("wenn auch die Dosis stimmt") still states a condition.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Das Projekt ist ein Erfolg", "Das Projekt ist ein Erfolg, wenn auch ein teurer."),
    ("Das Museum war voll", "Das Museum war voll, wenn auch nicht überfüllt."),
    ("Die Wirtschaft wächst", "Die Wirtschaft wächst, wenn auch langsam."),
    ("Der Zug kam an", "Der Zug kam an, wenn auch mit Verspätung."),
])
def test_a_concession_after_wenn_auch_is_exact(quote, source):
    _exact(quote, source)


def test_a_condition_with_auch_in_its_clause_stays_altered():
    _altered("Das Mittel wirkt", "Das Mittel wirkt, wenn auch die Dosis stimmt.", "trailing_word")
