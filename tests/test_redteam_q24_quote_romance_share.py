"""Red team q24: a share cut from before a French, Spanish, Italian or Portuguese subject and its verb.

"la plantilla fue despedida" of "La mitad de la plantilla fue despedida" was ``exact`` under
rules 23: after a share, a claim was read only by an English or German auxiliary, a past in
"-ed" or an English present. Rules 24 read the Romance auxiliaries and copulas too ("fue",
"sont", "è", "foi"), but not one right after a relative pronoun ("las cartas diarias que serán":
a relative clause names the letters, no claim a share limits).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("la plantilla fue despedida", "La mitad de la plantilla fue despedida."),
    ("los empleados están en paro", "La mayoría de los empleados están en paro."),
    ("les salariés sont partis", "La moitié des salariés sont partis."),
])
def test_a_romance_subject_and_its_auxiliary_after_a_share_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("la plantilla", "La mitad de la plantilla fue despedida."),
    ("las cartas diarias que serán", "Se seleccionarán algunas de las cartas diarias que serán publicadas."),
])
def test_a_romance_noun_phrase_or_relative_clause_after_a_share_is_exact(quote, source):
    _exact(quote, source)
