"""A sentence-opening "Antes, " before an instruction means "first", not "formerly" (quote rules 37).

Rules 28 read "Antes, " as a past now over, and rules 35 keep a quote after it ``exact`` when its
verb keeps the past ("la gente iba a pie"), ``altered`` when it reads as a present ("la gente va
a pie": a present read as a habit). Before an obligation or an infinitive, "Antes, " is "first"
(before doing this, do that): "Antes, hay que lavar las verduras" states no habit and no past,
and "hay que lavar las verduras" of it was refused. An obligation in the quote's first words or
an infinitive opening it is read as an instruction: ``exact``; a present that is no instruction
stays ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("hay que lavar las verduras", "Antes, hay que lavar las verduras."),
    ("é preciso lavar as mãos", "Antes, é preciso lavar as mãos."),
    ("es necesario lavar las manos", "Antes, es necesario lavar las manos."),
    ("tem de lavar as mãos", "Antes, tem de lavar as mãos."),
    ("el paciente debe ayunar", "Antes, el paciente debe ayunar."),
    ("lavar las manos con jabón", "Antes, lavar las manos con jabón."),
])
def test_an_instruction_after_antes_meaning_first_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("la gente va a pie", "Antes, la gente va a pie."),
    ("hay mucho tráfico", "Antes, hay mucho tráfico."),
    ("el alcalde debe dinero al banco", "Antes, el alcalde debe dinero al banco."),
])
def test_a_present_that_is_no_instruction_after_antes_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_past_after_antes_stays_exact():
    _exact("la gente iba a pie", "Antes, la gente iba a pie.")
