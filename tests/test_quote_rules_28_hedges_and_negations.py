"""Red team q28's second batch: a hedging tag, "de momento", a negation before an auxiliary (quote rules 28).

"Le plan fonctionne" of "Le plan fonctionne, semble-t-il." drops the hedge as ", apparemment"
would; "La frontera está abierta" of "... abierta de momento." drops "for now"; "aprobado el
fármaco" of "La agencia no ha aprobado el fármaco" starts after the auxiliary the negation stands
before, as "approved the drug" of "has not approved" does after "not". Each was ``exact``; each
is ``altered``. A noun phrase after a negated full verb ("a palavra final" of "não tem a palavra
final") and "de momento" before what it begins stay as they were.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Le plan fonctionne", "Le plan fonctionne, semble-t-il."),
    ("Le plan fonctionne", "Le plan fonctionne, paraît-il, très bien."),
    ("La frontera está abierta", "La frontera está abierta de momento."),
])
def test_a_hedging_tag_or_for_now_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("aprobado el fármaco", "La agencia no ha aprobado el fármaco."),
    ("aprobado el fármaco", "La agencia todavía no ha aprobado el fármaco."),
    ("approvato il farmaco", "L'agenzia non ha approvato il farmaco."),
])
def test_a_participle_after_a_negated_auxiliary_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("a palavra final em matéria", "O Judiciário não tem a palavra final em matéria de justiça."),
    ("El informe", "El informe de momento no está listo."),
])
def test_a_noun_phrase_after_a_negated_full_verb_or_before_de_momento_is_exact(quote, source):
    _exact(quote, source)
