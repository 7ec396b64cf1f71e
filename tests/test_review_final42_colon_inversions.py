"""A clause of its own after a colon, its verb inverted after "only" and a phrase (review of
quote rules 30).

Rules 30 read "only" + a preposition after a colon as a limit when the clause ends within six
words ("It works: only in mice"). English inverts a clause opened by "only" + a phrase ("only in
crises do we learn", "only through unity can we win"): the auxiliary before its subject shows a
clause with a verb of its own, which restates the point and limits nothing of what came before
the colon. A quote ending before the colon is faithful; a limit with a relative clause ("only
in mice that are young") is still read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The lesson is clear", "The lesson is clear: only in crises do we learn."),
    ("The message was simple", "The message was simple: only with unity can we win."),
    ("The record shows it", "The record shows it: only after the vote did the price fall."),
])
def test_an_inverted_clause_after_only_and_a_phrase_after_a_colon_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works: only in mice that are young."),
    ("The offer is valid", "The offer is valid: only for members who have paid."),
])
def test_a_limit_after_a_colon_with_a_relative_clause_is_still_altered(quote, source):
    _altered(quote, source, "trailing_word")
