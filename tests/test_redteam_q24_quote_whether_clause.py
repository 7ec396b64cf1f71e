"""Red team q24: a whole clause after "whether" keeps its doubt though a verb follows the quote.

"the plan cuts emissions" of "Whether the plan cuts emissions is unclear." was ``exact`` under
rules 23: the quote ends right before "is", and a quote ending before its clause's auxiliary
was read as that clause's subject ("a crewed moon mission" of "whether a crewed moon mission is
feasible"). A quote that holds a verb after its subject is a clause, not a subject (rules 24).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the plan cuts emissions", "Whether the plan cuts emissions is unclear."),
    ("the plan worked", "Whether the plan worked is unclear."),
    ("the patients recover", "Whether the patients recover is not known."),
])
def test_a_clause_after_whether_ending_before_the_main_verb_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_subject_after_whether_ending_before_its_own_verb_is_exact():
    _exact("a crewed moon mission", "It is unclear whether a crewed moon mission is feasible.")
