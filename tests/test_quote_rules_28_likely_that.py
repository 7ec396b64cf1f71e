"""A clause cut from after a word of likelihood and its "that" (quote rules 28, red team q28).

Rules 14 read "likely" right before a quote ("likely to pass"); "the vote will pass" of "It is
likely that the vote will pass", "Es ist wahrscheinlich, dass", "Il est probable que", "Es probable
que", "Gut möglich, dass" states as fact what the source calls likely or possible. Each was
``exact``; each is ``altered``. "that" after a word of no likelihood stays a plain clause.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the vote will pass", "It is likely that the vote will pass."),
    ("the vote will pass", "It is possible that the vote will pass."),
    ("die Abstimmung scheitert", "Es ist wahrscheinlich, dass die Abstimmung scheitert."),
    ("die Insel das nächste Gabun wird", "Gut möglich, dass die Insel das nächste Gabun wird."),
    ("le vote passera", "Il est probable que le vote passera."),
    ("la votación fracasará", "Es probable que la votación fracasará."),
])
def test_a_clause_after_a_word_of_likelihood_and_its_that_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_clause_after_a_plain_statement_and_that_is_exact():
    _exact("the vote will pass", "It is clear to everyone that the vote will pass.")
