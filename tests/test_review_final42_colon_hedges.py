"""A hedge after a colon or a semicolon that ends the sentence (review of quote rules 30).

Rules 25 read a hedge after a comma, rules 30 one after a dash or a bracket ("It works —
probably."); a colon left the same hedge unread: "It works" of "It works: probably." was
``exact``. A hedge word or phrase that is all the colon opens, to the clause's end ("It works:
probably.", "It works: in theory.", "Es wirkt; wahrscheinlich.") is a hedge of the claim before
it: ``altered``. A clause of its own after the colon ("The answer is simple: probably the weather
did it") is not read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works: probably."),
    ("It works", "It works: in theory."),
    ("Es wirkt", "Es wirkt; wahrscheinlich."),
    ("It helps", "It helps: at best."),
])
def test_a_hedge_that_is_all_a_colon_opens_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The answer is simple", "The answer is simple: probably the weather did it."),
    ("The list is long", "The list is long: at least ten names."),
])
def test_a_clause_or_a_bound_number_after_a_colon_is_exact(quote, source):
    _exact(quote, source)
