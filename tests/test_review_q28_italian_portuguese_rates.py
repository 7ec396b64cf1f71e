"""A rate cut from after a quote's number in Italian and Portuguese (review of quote rules 28).

Rules 28 read "par mois", "al mes", "pro Monat" and "a month" after a quote's number as what
makes it a rate; the same rate in Italian ("5 euro al mese", "al giorno") and
Portuguese ("5 euros por mês", "ao ano", "por pessoa") passed as ``exact``: the number a reader
takes away is another. "al" before a word that is no unit ("500 copie al mercato") is no rate.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("L'abbonamento costa 5 euro", "L'abbonamento costa 5 euro al mese."),
    ("Il biglietto costa 3 euro", "Il biglietto costa 3 euro al giorno."),
    ("A assinatura custa 5 euros", "A assinatura custa 5 euros por mês."),
    ("A taxa é de 30 euros", "A taxa é de 30 euros ao ano."),
    ("O jantar custa 40 euros", "O jantar custa 40 euros por pessoa."),
])
def test_an_italian_or_portuguese_rate_after_the_quotes_number_is_altered(quote, source):
    _altered(quote, source, "number")


def test_al_before_a_word_that_is_no_unit_is_no_rate():
    _exact("Ha venduto 500 copie", "Ha venduto 500 copie al mercato.")
