"""Faithful quotes quote rules 24 refused, each a class (quote rules 25).

A share before a noun ("10 per cent of the total") makes a rule of the quote only when the quote
goes on to claim something of that noun: a verb after it (rules 21, 24). A verb after a personal
pronoun inside the quote is the verb of a clause of its own, whose subject that pronoun is ("the
total they can get", "the money they have"): the quote names a thing and claims nothing the share
could limit. Such a quote is ``exact``; a quote whose noun has its own verb after it stays
``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

SOURCE = ("Small investors will be allotted the maximum 10 per cent of the total they can get, "
          "Reuters reported.")


@pytest.mark.parametrize(("quote", "source"), [
    ("total they can get, Reuters", SOURCE),
    ("the total they can get", SOURCE),
    ("the money they have", "Half the money they have is gone."),
])
def test_a_noun_and_a_clause_of_its_own_after_a_share_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the money they have is gone", "Half the money they have is gone."),
    ("the total was spent", "Ten per cent of the total was spent."),
])
def test_a_noun_and_its_own_verb_after_a_share_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")
