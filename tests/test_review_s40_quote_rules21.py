"""False passes the take-backs of quote rules 21 opened, found in review (s40).

Rules 21 read a "would" after a frame in the past as one of habit ("As a child, she would spend
summers in Maine") and a "but not all" whose quantifier is followed by a verb as a clause of its
own ("Many came, but not all of them stayed for dinner"). Each reading was wider than its class:
a frame's words inside a noun phrase ("Children growing up today would benefit", "Treating him
as a child would be a mistake") frame nothing; "would have" and a participle after a frame is a
counterfactual ("As a child, she would have loved the park"), no habit; and a participle after
a noun ("but not all adults tested in the trial") opens no clause, it narrows the denied domain.
Each was ``altered`` under rules 20 and stays so; the faithful neighbours stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("source", "quote"), [
    ("Children growing up today would benefit from free school meals.", "benefit from free school meals"),
    ("Treating him as a child would be a mistake.", "be a mistake"),
])
def test_a_frames_words_inside_a_noun_phrase_make_no_would_a_habit(source, quote):
    _altered(quote, source, "leading_qualifier")


def test_a_would_have_with_a_participle_after_a_frame_in_the_past_is_a_counterfactual():
    _altered("have loved the new park", "As a child, she would have loved the new park.", "leading_qualifier")


@pytest.mark.parametrize(("source", "quote"), [
    ("Growing up in Ohio, she would spend summers in Maine.", "spend summers in Maine"),
    ("In 1990, when she was a student, she would walk to school.", "walk to school"),
    ("As a child, she would have to walk to school.", "have to walk to school"),
    ("As a child, she would have nightmares about the river.", "have nightmares about the river"),
    ("As a child, she would have children from the street over for tea.", "have children from the street over for tea"),
])
def test_a_would_of_habit_after_a_frame_opening_its_sentence_or_clause_stays_exact(source, quote):
    _exact(quote, source)


@pytest.mark.parametrize(("source", "quote"), [
    ("The vaccine protected adults, but not all adults tested in the trial.", "The vaccine protected adults"),
    ("The drug helped patients, but not all those infected in the first wave.", "The drug helped patients"),
])
def test_a_participle_after_the_quantifiers_noun_opens_no_clause_of_its_own(source, quote):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("source", "quote"), [
    ("Many came, but not all of them stayed for dinner.", "Many came"),
    ("Many came, but not all stayed for dinner.", "Many came"),
    ("Many came, but not all patients were treated in time.", "Many came"),
])
def test_a_past_after_the_quantifier_or_its_pronoun_or_an_auxiliary_still_opens_a_clause(source, quote):
    _exact(quote, source)


def test_a_would_have_been_after_a_frame_in_the_past_is_a_counterfactual():
    _altered("have been proud of her", "As a child, she would have been proud of her.", "leading_qualifier")
