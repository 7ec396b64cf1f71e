"""A sentence-opening "In the first trial, " limits the claim after it (review of quote rules 35).

The lead's standing decision: a past opener dates a past claim (rules 35), but an opener that is
a limit ("in the first trial") is not a date. "the drug worked" of "In the first trial, the drug
worked." passed as ``exact`` under every rules version: the claim of one trial stated of the
drug. A sentence-opening first, early or preliminary trial, test, study or stage before its
comma ("In early tests, ", "Dans le premier essai, ", "En el primer ensayo, ", "Nel primo
studio, ", "No primeiro ensaio, ") is read: ``altered``. A first period of time is a date ("In
the first quarter, sales rose 5%": ``exact``).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the drug worked", "In the first trial, the drug worked."),
    ("the treatment was effective", "In early tests, the treatment was effective."),
    ("le médicament était efficace", "Dans le premier essai, le médicament était efficace."),
    ("el fármaco funcionó", "En el primer ensayo, el fármaco funcionó."),
    ("il farmaco ha funzionato", "Nel primo studio, il farmaco ha funzionato."),
    ("o remédio funcionou", "No primeiro ensaio, o remédio funcionou."),
])
def test_a_quote_cut_after_a_sentence_opening_first_trial_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_cut_after_a_sentence_opening_first_period_is_exact():
    _exact("sales rose 5%", "In the first quarter, sales rose 5%.")
