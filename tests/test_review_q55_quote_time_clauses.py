"""Quote rules 55 (task q55, the red team rvq54's leftovers): a clause of time after a future
claim, the clause quoted without its conjunction, "When in doubt" and Russian "после" before a
noun no list names.

A future claim a clause of time bounds holds only once the clause's event has come: cut off after
the claim ("Prices will rise" of "... once the elections are over") it holds now, and the clause
quoted without its "Once" states the event as a fact. "once" as an adverb ("once a year", "at
once"), "when" opening an indirect question and a past claim's clause are read as before.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Prices will rise", "Prices will rise once the elections are over."),
    ("Die Preise werden steigen", "Die Preise werden steigen, sobald die Wahl vorbei ist."),
    ("Les prix vont augmenter", "Les prix vont augmenter dès que les élections seront passées."),
])
def test_a_future_claim_cut_before_its_clause_of_time_is_altered(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Prices rose", "Prices rose once the elections were over."),
    ("Prices will rise", "Prices will rise once a year."),
    ("The mayor will decide", "The mayor will decide when the vote takes place."),
])
def test_a_past_claim_an_adverb_once_or_an_indirect_question_after_the_claim_bound_nothing(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the elections are over", "Once the elections are over, prices will rise."),
    ("the elections are over", "Prices will rise once the elections are over."),
    ("die Wahl vorbei ist", "Sobald die Wahl vorbei ist, werden die Preise steigen."),
])
def test_the_clause_of_a_future_claim_quoted_without_its_conjunction_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_the_clause_of_a_past_claim_quoted_without_its_conjunction_is_a_fact_told():
    assert_exact("the votes were counted", "Once the votes were counted, the mayor resigned.")


def test_when_in_doubt_conditions_a_future_claim():
    assert_altered("the court will rule for the tenant", "When in doubt, the court will rule for the tenant.",
                   "leading_qualifier")


def test_once_in_a_while_bounds_nothing():
    assert_exact("the bridge will stay closed", "Once in a while, the bridge will stay closed.")


@pytest.mark.parametrize("source", ["После обеда цены вырастут.", "После летнего отпуска цены вырастут."])
def test_a_russian_noun_in_the_genitive_after_posle_bounds_a_future_claim(source):
    assert_altered("цены вырастут", source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("цены выросли", "После обеда цены выросли."),
    ("цены вырастут", "После того цены вырастут."),
])
def test_posle_before_a_past_claim_or_a_pronoun_bounds_nothing(quote, source):
    assert_exact(quote, source)
