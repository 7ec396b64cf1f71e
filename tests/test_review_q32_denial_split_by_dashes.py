"""A denial split from its claim by an aside between dashes (review of rules 32).

Rules 32 read an English aside set off by commas between a denying verb and its "that" or claim
noun ("He denied, in a statement on Monday, that he had lied"). The same aside between dashes
("He has always denied — in court and outside it — that he took the money") was not read: the
quote that starts at "that" or after it states as fact what was denied, and is ``altered``. An
admission split the same way stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("he took the money", "He has always denied — in court and outside it — that he took the money."),
    ("that the firm had paid bribes", "The minister denied – in an interview on Monday – that the firm had paid bribes."),
])
def test_a_denial_split_by_an_aside_between_dashes_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_an_admission_split_by_an_aside_between_dashes_is_exact():
    _exact("that he took the money", "He has always admitted — in court and outside it — that he took the money.")
