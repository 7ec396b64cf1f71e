"""'Years ago, ' and 'When I was a child, ' before a habit's "would" (review of rules 32).

Rules 32 read "Back in 1985, ", "Back then" and "In those days, " before a quote that tells a
habit with "would" ("we would walk to school"): without them "would" reads as a condition or a
wish. "Years ago, ", "Long ago, " and "When I was a child, " date the habit the same way and were
not read: the quote is ``altered``. A simple past after them stays ``exact`` (a past claim's date).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("we would walk to school", "Years ago, we would walk to school."),
    ("people would leave their doors unlocked", "Long ago, people would leave their doors unlocked."),
    ("we would swim in the lake", "When I was a child, we would swim in the lake."),
])
def test_an_opener_of_the_past_before_a_habits_would_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_simple_past_after_years_ago_is_exact():
    _exact("we moved to Leeds", "Years ago, we moved to Leeds.")
