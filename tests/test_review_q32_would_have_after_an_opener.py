"""A counterfactual "would have" after "Back then, " is no past habit (review of rules 32).

Rules 32 read "Back in 1985, ", "Back then, ", "In those days, " before a quote that tells a habit
with "would" ("we would walk to school"), and refused the quote that drops them. "would have"
(and "would not have") is a counterfactual, never a habit ("Back then, I would not have believed
it"): the opener only dates it, and the quote is ``exact``. A habit's "would" stays ``altered``, "would have dinner" too.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("I would not have believed it", "Back then, I would not have believed it."),
    ("I would have laughed", "Back in 1985, I would have laughed."),
    ("nobody would ever have guessed it", "Years ago, nobody would ever have guessed it."),
])
def test_would_have_after_an_opener_of_the_past_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("we would walk to school", "Back then, we would walk to school."),
    ("we would have dinner at six", "Back then, we would have dinner at six."),
])
def test_a_habits_would_after_an_opener_stays_altered(quote, source):
    _altered(quote, source, "leading_qualifier")
