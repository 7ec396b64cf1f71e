"""Faithful quotes quote rules 23 refused, each a class (quote rules 24).

"until" after a quote is read as a limit in time of a claim in the present when the quote holds
a verb in "-s" where English puts one (rules 21: "The plant operates until May"). A word in "-s"
after a noun is a verb only where that noun is a subject, and a subject stands at its clause's
start: "the car parks" of "The council closed the car parks until May." is the object of a verb
the quote leaves out, a noun and the plural of a compound, and claims nothing "until May"
limits. Such a quote is ``exact``; the same words where a subject stands stay ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the car parks", "The council closed the car parks until May."),
    ("the car parks", "Residents may use the car parks until May."),
    ("the sales figures", "The firm withheld the sales figures until March."),
    ("the bus stops", "Crews will repair the bus stops until the end of June."),
])
def test_a_noun_and_a_plural_after_a_word_of_their_clause_before_until_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The plant operates", "The plant operates until May."),
    ("the plant operates", "Officials said the plant operates until May."),
    ("the plant operates", "The council confirmed that the plant operates until May."),
    ("the plant operates", "The plant is old, but the plant operates until May."),
])
def test_a_noun_and_a_verb_where_a_subject_stands_before_until_is_altered(quote, source):
    _altered(quote, source, "trailing_word")
