"""A hedge set off by a dash or a bracket after the quote's end (quote rules 30).

Rules 25 read a hedge after a comma ("It works, at least in mice", ", probably."); rules 28 read
a limit after a dash or a bracket as after a comma, but not a hedge. A hedge set off by a dash or
a bracket hedges the claim as much ("It works — at least in mice", "– probably.",
"(supposedly)", "– zumindest kurzfristig", "— du moins en théorie", "— al menos en teoría"): a
quote ending before it drops the hedge. Each was ``exact`` under rules 29. A bound before a
number ("— at least 35 of them") and any other aside after a dash are still not read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works — at least in mice."),
    ("It works", "It works (at least in mice)."),
    ("It works", "It works [at least in mice]."),
    ("The plan will save money", "The plan will save money – probably."),
    ("The economy is recovering", "The economy is recovering (supposedly)."),
    ("The policy reduced crime", "The policy reduced crime — in theory."),
    ("Die Reform spart Geld", "Die Reform spart Geld – zumindest kurzfristig."),
    ("La réforme marche", "La réforme marche — du moins en théorie."),
    ("La reforma funciona", "La reforma funciona — al menos en teoría."),
])
def test_a_hedge_after_a_dash_or_bracket_at_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The plan will save money", "The plan will save money — a lot of it."),
    ("The bridge reopened", "The bridge reopened — to cheers from residents."),
    ("The firm hired new staff", "The firm hired new staff — at least 35 of them."),
])
def test_an_aside_after_a_dash_that_hedges_nothing_is_exact(quote, source):
    _exact(quote, source)
