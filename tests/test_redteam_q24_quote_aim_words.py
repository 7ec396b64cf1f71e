"""Red team q24: a design, a purpose, a potential or a duty before "to" is no fact.

"cut emissions by half" of "The plan is designed to cut emissions by half" was ``exact`` under
rules 23 (so were "meant to", "has the potential to", "in a bid to", "in an effort to", "an
attempt to", "ought to"); "expected to", "aims to", "tried to" were read already (rules 24 add
these to lead_word.EXPECTING_WORDS). "need to" is not read: "we needed to win this game" claims
nothing either way.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize("source", [
    "The plan is designed to cut emissions by half.",
    "The plan is meant to cut emissions by half.",
    "The plan has the potential to cut emissions by half.",
    "The city launched the plan in a bid to cut emissions by half.",
    "The city launched the plan in an effort to cut emissions by half.",
    "The city made no attempt to cut emissions by half.",
    "The city ought to cut emissions by half.",
])
def test_a_quote_starting_after_a_word_of_design_purpose_or_duty_and_to_is_altered(source):
    _altered("cut emissions by half", source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("win this game today", "Yes, we needed to win this game today."),
    ("the new design", "The team presented the new design to the board."),
])
def test_a_quote_after_need_to_or_a_noun_of_design_is_exact(quote, source):
    _exact(quote, source)
