"""A past habit told without a comma (quote rules 30).

Rules 28 read a sentence-opening "Antes, " and "Autrefois, " with their comma, "used to" and
"solía"; rules 29 "Antigamente" before the quote. A sentence opened by "Antes" or Italian "Un
tempo" right before an imperfect ("Antes iba al trabajo a pie", "Un tempo andava al lavoro a
piedi", "Antes ia ao trabalho a pé") puts the habit in the past as much: a quote starting at the
imperfect states as present what the source says no longer holds. An English habit told with
"would" and dated by "back when" or "back then" after it ("He would walk to work back when he
lived in town") reads as a condition or a wish without them. Each was ``exact`` under rules 29;
each is ``altered``. "Antes de que" is "before"; a past tense dated by "back when" is a past
claim's date, no material change (the lead's standing decision), and stays ``exact``; so does a
"would" before the particle "back in".

Rules 35 read "Antes" and "Un tempo" before an imperfect as a past claim's date, the imperfect
keeping the past ("iba al trabajo en bicicleta" of "Antes iba al trabajo en bicicleta" is
``exact``: tests/test_quote_rules_35_past_openers.py); the "would" of a habit is no past tense
and stays read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("He would walk to work", "He would walk to work back when he lived in town."),
    ("He would walk to work", "He would walk to work, back when he lived in town."),
    ("She would call every Sunday", "She would call every Sunday back then."),
])
def test_a_would_habit_dated_by_back_when_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("llegaba tarde", "Antes de que llegara, él llegaba tarde."),
    ("He walked to work", "He walked to work back when he lived in town."),
    ("He would walk", "He would walk back in the rain."),
])
def test_no_past_habit_cut_is_exact(quote, source):
    _exact(quote, source)
