"""A Romance singular subject and its full verb cut from after a share (quote rules 28).

Rules 24 read a Romance auxiliary after a share ("la plantilla fue despedida" of "La mitad de
la plantilla fue despedida") and rules 26 a plural full verb ("los médicos dicen"); a singular
subject and its full verb ("la plantilla trabaja desde casa" of "La mitad de la plantilla trabaja
desde casa") makes a rule of what holds for half just the same. Its verb is told by its
infinitive: the singular ending put back ("trabaja" -> "trabajar", "travaille" -> "travailler")
is a word of the language's list. Each was ``exact`` under rules 27. A noun phrase that ends the
quote or goes on with "de" claims nothing and stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("la plantilla trabaja desde casa", "La mitad de la plantilla trabaja desde casa."),
    ("la plantilla trabajó desde casa", "La mitad de la plantilla trabajó desde casa."),
    ("la población vive en ciudades", "La mayoría de la población vive en ciudades."),
    ("la population travaille à domicile", "La moitié de la population travaille à domicile."),
])
def test_a_singular_subject_and_its_full_verb_after_a_romance_share_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("la población mundial", "Vive aquí la mitad de la población mundial."),
    ("la plantilla completa", "Se fue la mitad de la plantilla completa."),
    ("la población activa de España", "Trabaja la mitad de la población activa de España."),
])
def test_a_noun_phrase_after_a_romance_share_is_exact(quote, source):
    _exact(quote, source)
