"""A quote that starts after words calling it false or unconfirmed (quote rules 39).

Rules 25 read "falsely claimed (that)" before a quote as the source calling it false; red team
q39 found "Critics falsely claim that the vaccine causes autism" passing as "the vaccine causes
autism": "claim" in the present is no word of the reporting list, and neither was any verb
before "that" ("wrongly assume that", "affirment à tort que", "behaupten fälschlicherweise,
dass"). And an attribution to an unconfirmed source opening the sentence ("According to
unconfirmed reports, ", "Selon des sources non confirmées, ") states a rumour as a fact when cut
off; an attribution to a named source ("According to AFP, ") is how reporting is quoted.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import assert_named_claim as _named_claim


@pytest.mark.parametrize(("quote", "source"), [
    ("the vaccine causes autism", "Critics falsely claim that the vaccine causes autism."),
    ("the vaccine causes autism", "Critics falsely claim the vaccine causes autism."),
    ("the vaccine causes autism", "Critics wrongly assume that the vaccine causes autism."),
])
def test_an_english_claim_called_false_before_the_quote_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("der Impfstoff Autismus verursacht",
     "Kritiker behaupten fälschlicherweise, dass der Impfstoff Autismus verursacht."),
    ("le vaccin provoque l'autisme", "Les critiques affirment à tort que le vaccin provoque l'autisme."),
    ("la vacuna causa autismo", "Los críticos afirman falsamente que la vacuna causa autismo."),
    ("вакцина вызывает аутизм", "Критики ложно утверждают, что вакцина вызывает аутизм."),
])
def test_a_claim_called_false_before_that_is_altered_in_other_languages(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the vaccine causes autism", "Critics claim that the vaccine causes autism."),
    ("man walked free", "The falsely imprisoned man walked free."),
])
def test_a_claim_not_called_false_and_a_false_word_before_no_verb_of_saying_stay_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the minister lied", "According to unconfirmed reports, the minister lied."),
    ("le ministre a menti", "Selon des sources non confirmées, le ministre a menti."),
    ("el ministro mintió", "Según rumores, el ministro mintió."),
    ("министр брал взятки", "По неподтверждённым данным, министр брал взятки."),
])
def test_a_quote_after_an_opening_attribution_to_an_unconfirmed_source_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the minister lied", "According to AFP, the minister lied."),
    ("le pont sera fermé", "Selon la mairie, le pont sera fermé."),
    ("министр брал взятки", "По данным СМИ, министр брал взятки."),
])
def test_a_quote_after_an_opening_attribution_to_a_named_source_is_its_claim_not_a_rumour(quote, source):
    _named_claim(quote, source)  # exact until rules 44


def test_a_quote_after_an_opening_according_to_plan_stays_exact():
    _exact("the bridge opened on time", "According to plan, the bridge opened on time.")

