"""Quote rules 51 (task q53): events and clauses of time cut from a future claim that rules 49-50
left unread.

An event no list names ("the World Cup", "dem Umzug", "la rentrée") after "after", "nach",
"après", "dopo", "después de" bounds a claim of the future as a listed one does, read by its
article or its capital; a clause of time ("Once the elections are over, ", "Sobald die Wahl
vorbei ist, ", "Une fois les élections passées, ") bounds it as well; and a bound after "said"
opens a reported clause without "that" ("said until March the bridge stays closed"). A past deed,
an adverb ("Once again", "After all"), an attribution ("Nach Angaben der Stadt") and a verb's
"after" ("named after") stay as they were.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact


@pytest.mark.parametrize(("quote", "source"), [
    ("prices will rise", "After the World Cup, prices will rise."),
    ("werden die Mieten steigen", "Nach dem Umzug werden die Mieten steigen."),
    ("les prix vont augmenter", "Après la rentrée, les prix vont augmenter."),
    ("i prezzi saliranno", "Dopo il Giubileo, i prezzi saliranno."),
    ("los precios subirán", "Después de la Copa América, los precios subirán."),
    ("prices will rise", "After Christmas, prices will rise."),
])
def test_an_unlisted_event_opening_the_sentence_bounds_a_future_claim(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("prices will rise", "Prices will rise after the World Cup."),
    ("les prix vont augmenter", "Les prix vont augmenter après la rentrée."),
    ("prices will rise", "Prices will rise after the mayor's speech."),
])
def test_an_unlisted_event_after_the_quote_bounds_a_future_claim(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("prices rose", "After the World Cup, prices rose."),
    ("prices will rise", "After all, prices will rise."),
    ("The school will be named", "The school will be named after the founder."),
])
def test_a_past_deed_an_adverb_or_a_verb_s_after_is_no_event_bound(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("prices will rise", "Once the elections are over, prices will rise."),
    ("werden die Preise steigen", "Sobald die Wahl vorbei ist, werden die Preise steigen."),
    ("les prix vont augmenter", "Une fois les élections passées, les prix vont augmenter."),
])
def test_a_clause_of_time_opening_the_sentence_bounds_a_future_claim(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("prices rose", "Once the elections were over, prices rose."),
    ("prices will rise", "Once again, prices will rise."),
])
def test_a_clause_of_time_before_a_past_deed_or_once_again_bounds_nothing(quote, source):
    assert_exact(quote, source)


def test_a_bound_after_said_without_that_limits_the_reported_claim():
    assert_altered("the bridge stays closed", "The mayor said until March the bridge stays closed.",
                   "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the bridge was built", "The mayor said in March the bridge was built."),
    ("the bridge stays closed", "The mayor said the bridge stays closed."),
])
def test_a_date_or_nothing_after_said_bounds_nothing(quote, source):
    assert_exact(quote, source)
