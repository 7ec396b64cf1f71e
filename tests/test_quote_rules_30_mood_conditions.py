"""Portuguese "desde que" before a subjunctive, Spanish "de no haber" (quote rules 30).

Portuguese "desde que" is a condition ("provided that") before a subjunctive and a time
("since") before an indicative past. A quote ending before the condition drops what its claim
hangs on ("O acordo será assinado" of "... desde que o governo aprove", "desde que haja verba");
each was ``exact`` under rules 29, each is ``altered``. Before a past ("desde que se casou",
"desde que a fábrica abriu", "desde que era criança") it says since when, and stays ``exact``.
Spanish "de no haber" before a participle and "de no ser por" make the claim a counterfactual's
("El equipo habría ganado de no haber llovido": it did not win); the red team q28 left it
passing, it is ``altered``; "Trató de no hacer ruido" is no condition.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("O acordo será assinado", "O acordo será assinado desde que o governo aprove."),
    ("O projeto avança", "O projeto avança desde que haja financiamento."),
    ("A obra avança", "A obra avança, desde que haja verba."),
    ("A obra avança", "A obra avança desde que o acordo entre em vigor."),
])
def test_a_condition_desde_que_opens_before_a_subjunctive_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Ele mora em Lisboa", "Ele mora em Lisboa desde que se casou."),
    ("A cidade cresceu muito", "A cidade cresceu muito desde que a fábrica abriu."),
    ("Ele vive aqui", "Ele vive aqui desde que era criança."),
    ("Vive en Madrid", "Vive en Madrid desde que se casó."),
])
def test_desde_que_before_a_past_says_since_when_and_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("El equipo habría ganado", "El equipo habría ganado de no haber llovido."),
    ("El equipo habría ganado el partido", "El equipo habría ganado el partido de no haber sido por la lluvia."),
    ("La empresa habría quebrado", "La empresa habría quebrado, de no ser por el rescate."),
])
def test_a_spanish_counterfactual_de_no_haber_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_de_no_before_an_infinitive_of_another_verb_is_no_condition():
    _exact("Trató", "Trató de no hacer ruido.")
