"""Quote rules 53 (review rvq54 of rules 51-52): events and clauses of time at the edges of rules
52's bounds.

A participle's clause of time ("Once elected, ", "Une fois élu, "), a "when" clause ("When the
bridge reopens, ", "Quand ...", "Cuando ...") and a clause a conjunction with "que" opens ("Assim
que ...") bound a future claim; Portuguese "Após" is "after". Set phrases of "once" ("Une fois de
plus", "Una volta per tutte", "As soon as possible") and nouns of a model or a rule ("Nach dem
Beispiel", "After the Dutch model", "Nach der Verfassung") bound nothing.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor will cut taxes", "Once elected, the mayor will cut taxes."),
    ("le maire baissera les impôts", "Une fois élu, le maire baissera les impôts."),
    ("el alcalde bajará los impuestos", "Una vez elegido, el alcalde bajará los impuestos."),
])
def test_a_participle_s_clause_of_time_bounds_a_future_claim(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("traffic will ease", "When the bridge reopens, traffic will ease."),
    ("la circulation sera plus fluide", "Quand le pont rouvrira, la circulation sera plus fluide."),
    ("el tráfico mejorará", "Cuando se reabra el puente, el tráfico mejorará."),
])
def test_a_when_clause_bounds_a_future_claim(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_a_when_clause_before_a_past_bounds_nothing():
    assert_exact("traffic eased", "When the bridge reopened, traffic eased.")


def test_a_time_conjunction_with_que_bounds_a_future_claim():
    assert_altered("os preços vão subir", "Assim que acabar a Copa, os preços vão subir.", "leading_qualifier")


def test_apos_names_an_event_a_future_claim_holds_after():
    assert_altered("os impostos vão subir", "Após as eleições, os impostos vão subir.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("les prix vont augmenter", "Une fois de plus, les prix vont augmenter."),
    ("il governo chiuderà la centrale", "Una volta per tutte, il governo chiuderà la centrale."),
    ("the city will repair the bridge", "As soon as possible, the city will repair the bridge."),
    ("we will support it", "When it comes to the budget, we will support it."),
])
def test_a_set_phrase_of_once_or_when_bounds_nothing(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("wird die Stadt Radwege bauen", "Nach dem Beispiel Dänemarks wird die Stadt Radwege bauen."),
    ("the city will build bike lanes", "After the Dutch model, the city will build bike lanes."),
    ("wird der Präsident für fünf Jahre gewählt", "Nach der Verfassung wird der Präsident für fünf Jahre gewählt."),
])
def test_a_model_or_a_rule_after_after_is_no_event(quote, source):
    assert_exact(quote, source)
