"""A claim cut before a deadline in the forms rules 39 did not read (quote rules 40).

Red team rvq39 found a present or future claim passing ``exact`` when the deadline cut off was
written "no later than", "before", "by Friday", "by the summer", "within a fortnight",
"spätestens", "au plus tard", "avant", "a más tardar", "antes de", "dentro de dos años", "al più
tardi", "prima di", "o mais tardar", "не позднее", or stood after a comma. A year names a
deadline only as a year (1800-2099): "para 1500 estudiantes" counts students.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The agency will publish its report", "The agency will publish its report no later than June 30."),
    ("The government will balance the budget", "The government will balance the budget before 2028."),
    ("The company will repay the loan", "The company will repay the loan by Friday."),
    ("The vaccine will be available to all adults", "The vaccine will be available to all adults by the summer."),
    ("The new line will open", "The new line will open within a fortnight."),
    ("Die Arbeiten sind beendet", "Die Arbeiten sind beendet spätestens im Juni."),
    ("Le rapport sera publié", "Le rapport sera publié au plus tard en juin."),
    ("Le tunnel sera achevé", "Le tunnel sera achevé avant 2030."),
    ("El informe se publicará", "El informe se publicará a más tardar en junio."),
    ("La planta cerrará", "La planta cerrará antes de 2030."),
    ("El metro estará listo", "El metro estará listo dentro de dos años."),
    ("Il rapporto sarà pubblicato", "Il rapporto sarà pubblicato al più tardi a giugno."),
    ("Il negozio non aprirà", "Il negozio non aprirà prima di lunedì."),
    ("O relatório será publicado", "O relatório será publicado o mais tardar em junho."),
    ("Доклад будет опубликован", "Доклад будет опубликован не позднее июня."),
])
def test_a_claim_cut_before_a_deadline_in_other_words_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Emissions will fall by half", "Emissions will fall by half, by 2050."),
    ("Les prix vont baisser", "Les prix vont baisser, d'ici à la fin de l'année."),
    ("El Gobierno reducirá el déficit", "El Gobierno reducirá el déficit, para 2027."),
])
def test_a_deadline_after_a_comma_still_bounds_the_claim(quote, source):
    _altered(quote, source, "trailing_word")


def test_an_until_after_a_comma_still_opens_a_new_event():
    _exact("The plant was operating normally", "The plant was operating normally, until the storm hit.")


def test_a_number_that_is_no_year_after_para_is_no_deadline():
    _exact("El programa ofrecerá becas", "El programa ofrecerá becas para 1500 estudiantes.")


@pytest.mark.parametrize(("quote", "source"), [
    ("He will be punished", "He will be punished by a fine."),
    ("The minister will testify", "The minister will testify before Congress."),
    ("The parade will march", "The parade will march through the old town."),
])
def test_by_before_and_through_before_no_date_bound_nothing(quote, source):
    _exact(quote, source)
