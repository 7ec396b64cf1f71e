"""'charged with keeping the peace' is a duty; 'keeping a disorderly house' a crime (quote
rules 34).

"keeping" is a duty only with the words after it ("the peace", "order"); any other thing kept
stays the deed a charge alleges.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("keeping the peace", "Constables were charged with keeping the peace."),
    ("keeping order", "The guards were charged with keeping order."),
    ("rewriting the code", "A panel was charged with rewriting the code."),
])
def test_keeping_the_peace_or_a_listed_task_after_charged_with_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("keeping a disorderly house", "He was charged with keeping a disorderly house."),
    ("keeping stolen goods", "He was charged with keeping stolen goods."),
])
def test_keeping_anything_else_after_charged_with_stays_altered(quote, source):
    _altered(quote, source, "leading_qualifier")
