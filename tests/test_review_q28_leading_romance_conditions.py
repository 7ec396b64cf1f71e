"""A condition that opens the sentence before a quote's start, in its Romance wordings (review of quote rules 28).

Rules 28 read "à condition que", "pourvu que", "tant que", "siempre que", "con tal de que" after
a quote's end as a condition cut off; the same clause opening the sentence before the quote
("Siempre que lo soliciten, los inquilinos recibirán un reembolso") passed as ``exact``, and so
did Spanish "Si no se encuentra un comprador, " in a one-sentence source whose language the
marker words cannot tell ("si" alone is read only in a known French or Spanish passage: it is
"so" and "yes" too). "si" before a word that opens its clause (as after a quote's end, rules 28)
is "if" in any passage. A sentence opened by "Sí, " or "Si, " (yes) stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("la fusion aura lieu", "À condition que les autorités l'approuvent, la fusion aura lieu."),
    ("les locataires seront remboursés", "Pourvu qu'ils le demandent avant mai, les locataires seront remboursés."),
    ("le pont reste ouvert", "Tant que le vent reste faible, le pont reste ouvert."),
    ("los inquilinos recibirán un reembolso", "Siempre que lo soliciten, los inquilinos recibirán un reembolso."),
    ("la fusión se hará", "Con tal de que las autoridades la aprueben, la fusión se hará."),
    ("la fusione avverrà", "A condizione che le autorità la approvino, la fusione avverrà."),
    ("the vaccine is free", "On condition that patients register, the vaccine is free."),
])
def test_a_romance_condition_phrase_opening_the_sentence_before_the_quote_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_si_before_its_clauses_opener_in_a_short_source_is_altered():
    _altered("la planta cerrará", "Si no se encuentra un comprador, la planta cerrará.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("es verdad", "Sí, es verdad."),
    ("c'est vrai", "Si, c'est vrai."),
])
def test_si_as_yes_opening_the_sentence_is_exact(quote, source):
    _exact(quote, source)
