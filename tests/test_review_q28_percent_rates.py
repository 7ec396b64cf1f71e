"""A rate cut from after a quote's percentage written with its sign (review of quote rules 28).

Rules 28 read "Fees rose 5 percent" of "Fees rose 5 percent a year" as a rate cut off; with the
sign ("Fees rose 5%" of "Fees rose 5% a year") the quote's end was no letter nor digit and was
not read, so it passed as ``exact``: a yearly rise reads as a single one. A percentage followed by
anything else ("5% of the vote") reads as before.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Fees rose 5%", "Fees rose 5% a year."),
    ("Die Mieten stiegen um 3%", "Die Mieten stiegen um 3% pro Jahr."),
    ("Les loyers ont augmenté de 4%", "Les loyers ont augmenté de 4% par an."),
])
def test_a_rate_after_the_quotes_percentage_sign_is_altered(quote, source):
    _altered(quote, source, "number")


def test_a_percentage_before_other_words_is_exact():
    _exact("The party won 5%", "The party won 5% of the vote.")
