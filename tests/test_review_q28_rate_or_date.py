"""A unit of time after a quote's number that dates it, not a rate (review of quote rules 28).

Rules 28 read "a year", "im Jahr", "al año" after a quote's number as what makes it a rate
("$5 a month", "19,90 Euro im Jahr"). The same words before a year's number or a word placing
the time ("500 Euro im Jahr 2019", "5% a year earlier", "3 a day later", "al año siguiente")
date the figure or the event: the quote keeps its number, and was refused as ``altered``. It is
``exact``; a rate stays a rate ("19,90 Euro im Jahr").
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Er zahlte 500 Euro", "Er zahlte 500 Euro im Jahr 2019."),
    ("Er zahlte 500 Euro", "Er zahlte 500 Euro im Jahr darauf."),
    ("Sales rose 5%", "Sales rose 5% a year earlier."),
    ("He won 3", "He won 3 a day later."),
    ("Pagó 500 euros", "Pagó 500 euros al año siguiente."),
])
def test_a_unit_of_time_that_dates_the_quotes_number_is_exact(quote, source):
    _exact(quote, source)


def test_a_unit_of_time_that_makes_a_rate_is_still_altered():
    _altered("Das Abo kostet 19,90 Euro", "Das Abo kostet 19,90 Euro im Jahr.", "number")
