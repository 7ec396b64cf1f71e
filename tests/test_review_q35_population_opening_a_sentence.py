"""A sentence-opening phrase of a population limits the claim after it (review of quote rules 35).

A population after the claim was read ("It works — in mice", "It works: in mice.", rules 32 to
35), and a sentence-opening "Initially, " or "Antes, " before it; a population before it was
not: "the drug works" of "In mice, the drug works." passed as ``exact``, the claim stated of
everyone. A sentence-opening phrase of a population before its comma ("In mice, ", "In older
patients, ", "Chez la souris, ", "En ratones, ", "Nei bambini, ", "Em crianças, ") is read:
``altered``. A place there is not ("In Paris, the mayor said ...": ``exact``), nor a quote that
keeps the phrase.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the drug works", "In mice, the drug works."),
    ("the drug lowered blood pressure", "In older patients, the drug lowered blood pressure."),
    ("le traitement fonctionne", "Chez la souris, le traitement fonctionne."),
    ("el fármaco funciona", "En ratones, el fármaco funciona."),
    ("il farmaco funziona", "Nei bambini, il farmaco funziona."),
    ("o remédio funciona", "Em crianças, o remédio funciona."),
])
def test_a_quote_cut_after_a_sentence_opening_population_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor said the plan would go ahead", "In Paris, the mayor said the plan would go ahead."),
    ("In mice, the drug works", "In mice, the drug works."),
])
def test_a_sentence_opening_place_or_a_kept_population_is_exact(quote, source):
    _exact(quote, source)
