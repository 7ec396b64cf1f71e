"""'charged with' before a duty's gerund is a task, not a charge (quote rules 32).

Rules 27 read every gerund after "was charged with" as the deed a charge alleges, so
"overseeing the budget" of "She was charged with overseeing the budget" was refused. A gerund of
a duty or an office ("overseeing", "managing", "reviewing") names a task given in any voice; a
deed ("defrauding", "stealing") and a charge's noun stay as they were.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("overseeing the budget", "She was charged with overseeing the budget."),
    ("managing the archive", "He was charged with managing the archive."),
    ("reviewing the rules", "The board charged him with reviewing the rules."),
    ("murder", "He was charged with murder."),
])
def test_a_duty_or_a_charges_noun_after_charged_with_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("defrauding investors", "He was charged with defrauding investors."),
    ("stealing the paintings", "He was charged with stealing the paintings."),
    ("setting fire to the barn", "She was charged with setting fire to the barn."),
])
def test_a_deed_after_charged_with_stays_altered(quote, source):
    _altered(quote, source, "leading_qualifier")
