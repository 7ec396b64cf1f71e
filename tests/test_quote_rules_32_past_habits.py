"""Past habits opened by 'Una volta' or dated by 'back in' a year (quote rules 32).

Rules 30 read "Un tempo" and "Antes" before a Romance imperfect and "back when", "back then"
after a habit's "would"; Italian "Una volta" (once: used to), a first person's imperfect
("andavo", "andavamo") and "back in 1985" were left. A quote that drops them states the habit
as a present or a condition. A past tense dated the same way stays ``exact`` (a past claim's
date), as do "Una volta" before a passato prossimo and "back in the rain".

Rules 35 read "Una volta" and "Un tempo" before an imperfect the same way: the imperfect keeps
the past ("lavorava in fabbrica" of "Una volta lavorava in fabbrica" is ``exact``:
tests/test_quote_rules_35_past_openers.py); a habit's "would" stays read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("we would walk to school", "Back in 1985, we would walk to school."),
    ("they would fight", "In those days, they would fight every night."),
])
def test_a_habit_opener_before_the_quote_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_back_in_a_decade_after_a_habits_would_is_altered():
    _altered("We would swim in the river", "We would swim in the river back in the 1970s.", "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("the factory closed", "Back in 1985, the factory closed."),
    ("è andato a Roma", "Una volta è andato a Roma."),
    ("we would walk back", "In winter we would walk back in the rain."),
])
def test_a_dated_past_a_single_event_or_a_particle_is_exact(quote, source):
    _exact(quote, source)
