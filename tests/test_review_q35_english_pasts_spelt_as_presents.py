"""An English past spelt as its present, after a singular subject, is a past (review of quote
rules 35).

Rules 35 pass a quote cut after "Formerly, " or "Previously, " when its first verb is a past the
word lists tell, and refuse one they cannot tell: "cut", "cost", "put", "set", "let", "spread"
are pasts and presents alike, so "the council cut the budget" of "Previously, the council cut
the budget." was ``altered``. After a singular subject the present takes an "-s" ("the council
cuts"), so the bare form is the past: ``exact``. After a plural subject it cannot be told
("the shops shut at six"): still ``altered``, as rules 35 refuse a tense they cannot tell.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the council cut the budget", "Previously, the council cut the budget."),
    ("a ticket cost $5", "Formerly, a ticket cost $5."),
    ("the town put its waste in the river", "Formerly, the town put its waste in the river."),
    ("the law let shops open on Sundays", "Previously, the law let shops open on Sundays."),
    ("it spread quickly", "Formerly, it spread quickly."),
])
def test_a_past_spelt_as_its_present_after_a_singular_subject_is_exact(quote, source):
    _exact(quote, source)


def test_a_past_spelt_as_its_present_after_a_plural_subject_is_still_altered():
    _altered("the shops shut at six", "Formerly, the shops shut at six.", "leading_qualifier")
