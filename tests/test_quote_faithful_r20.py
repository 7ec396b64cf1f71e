"""False alarms quote rules 20 raised on faithful quotes, each a class (quote rules 21).

"might" as a noun after an adjective ("Military might alone cannot win": a modal takes a bare
verb, and a finite verb after "might" is its clause's, the noun its subject); a "would" of habit
after a frame that puts its sentence in the past ("As a child, she would spend summers in
Maine": what she did, no condition); and a contrast whose negation opens a clause with its own
subject and predicate ("Viele kamen, aber nicht alle waren draußen", "Many came, but not all
stayed": a new claim beside the quote's, not a denial of it). Each was ``altered`` under rules
20; each is ``exact``. Beside each, the material change of the same shape stays ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

# -- "might" as a noun before its clause's verb ------------------------------------------------------

@pytest.mark.parametrize(("source", "quote"), [
    ("Military might alone cannot win the war.", "alone cannot win the war"),
    ("China's economic might is growing.", "is growing"),
    ("Russian military might has limits.", "has limits"),
])
def test_might_before_a_finite_verb_is_a_noun_not_a_modal(source, quote):
    _exact(quote, source)


@pytest.mark.parametrize(("source", "quote"), [
    ("The vaccine might reduce deaths by half.", "reduce deaths by half"),
    ("The vaccine might not have worked.", "not have worked"),
    ("The vaccine might also be safe.", "also be safe"),
])
def test_might_before_a_bare_verb_stays_a_possibility(source, quote):
    _altered(quote, source, "leading_qualifier")


# -- a "would" of habit in a sentence put in the past -------------------------------------------------

@pytest.mark.parametrize(("source", "quote"), [
    ("As a child, she would spend summers in Maine.", "spend summers in Maine"),
    ("When he was young, he would walk to school.", "walk to school"),
    ("Back then, the family would eat together every night.", "eat together every night"),
])
def test_a_would_of_habit_after_a_frame_in_the_past_is_no_condition(source, quote):
    _exact(quote, source)


def test_a_would_in_a_sentence_with_no_frame_in_the_past_stays_a_condition():
    _altered("spend summers in Maine", "With a bigger income, she would spend summers in Maine.", "leading_qualifier")


def test_would_like_stays_a_wish():
    # "I would like to see the report": a wish; "like to see" without "would" says one enjoys it
    _altered("like to see the report", "I would like to see the report.", "leading_qualifier")


# -- "but not" opening a clause with its own subject and predicate -------------------------------------

@pytest.mark.parametrize(("source", "quote"), [
    ("Viele kamen, aber nicht alle waren draußen.", "Viele kamen"),
    ("Many came, but not all of them stayed for dinner.", "Many came"),
    ("The children played in the yard, but not all were outside.", "The children played in the yard"),
])
def test_a_contrast_opening_a_clause_of_its_own_is_no_denial(source, quote):
    _exact(quote, source)


@pytest.mark.parametrize(("source", "quote"), [
    ("Patients recovered, but not all did.", "Patients recovered"),
    ("Die Patienten erholten sich, aber nicht alle.", "Die Patienten erholten sich"),
    ("The drug works, but not in all patients.", "The drug works"),
])
def test_a_contrast_that_takes_back_the_quotes_own_claim_stays_altered(source, quote):
    _altered(quote, source, "trailing_word")
