"""A bound cut from before an amount that opens with an article, or "as many as" (quote rules 28, red team q28).

Rules 18 read a bound or a rounding word right before a quote that opens with a number or a
rough quantity ("Nearly half", "Up to 40%"). Two wordings passed: "as many as 200 people died"
(the bound is three words), and an amount that opens with its article, as French and Spanish
write a share or a percentage ("la moitié des voix" of "presque la moitié des voix", "el 40 % de
los pacientes" of "Hasta el 40 % de los pacientes", "la mitad" of "casi la mitad"; "a $250,000
fine" of "up to a $250,000 fine"). Each was ``exact``; each is ``altered``. A figure that names a
thing after "the" ("the 75kb limit" of "stay under the 75kb limit", "las 21:00") is no amount a
bound before it limits.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("200 people died", "As many as 200 people died."),
    ("50 patients", "The trial enrolled as few as 50 patients."),
    ("la moitié des voix", "Le parti a obtenu presque la moitié des voix."),
    ("la mitad de los votos", "El partido obtuvo casi la mitad de los votos."),
    ("el 40 % de los pacientes", "Hasta el 40 % de los pacientes responde."),
    ("a $250,000 fine", "He faces up to a $250,000 fine."),
])
def test_a_bound_before_an_amount_or_its_article_is_altered(quote, source):
    _altered(quote, source, "number")


@pytest.mark.parametrize(("quote", "source"), [
    ("the 75kb limit", "We are writing to stay under the 75kb limit."),
    ("las 21:00 en la avenida", "Habrá cortes desde las 6:00 hasta las 21:00 en la avenida."),
])
def test_a_figure_that_names_a_thing_after_the_is_exact(quote, source):
    _exact(quote, source)
