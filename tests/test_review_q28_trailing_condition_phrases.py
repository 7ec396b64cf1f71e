"""Italian "a condizione che" and Spanish "siempre y cuando" cut from a quote's end (review of quote rules 28).

Rules 28 read "à condition que", "a condición de que", "siempre que" after a quote's end as a
condition cut off; Italian "a condizione che" and Spanish "siempre y cuando" (provided that)
passed as ``exact``. Each is ``altered``; "siempre y" before anything else ("always and
everywhere") is no condition.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("La fusione avverrà", "La fusione avverrà a condizione che le autorità la approvino."),
    ("La fusión se hará", "La fusión se hará siempre y cuando las autoridades la aprueben."),
])
def test_a_condizione_che_or_siempre_y_cuando_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_siempre_y_before_another_word_is_exact():
    _exact("El sistema funciona", "El sistema funciona siempre y en todas partes.")
