"""A clause cut from after a Portuguese claim noun and "segundo a qual" (quote rules 28).

Rules 27 read "selon lesquelles", "según los cuales", "secondo cui" after a claim noun as its
"that"; Portuguese writes "segundo o qual", "segundo a qual", "segundo os quais", "de acordo com
a qual", "conforme as quais" there ("rumores segundo os quais o ministro renunciou"). A quote of
the clause alone states as fact what the source only reports. Each was ``exact`` under rules 27;
a noun that claims nothing ("o princípio segundo o qual") keeps its clause ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize("source", [
    "Há rumores segundo os quais o ministro renunciou.",
    "Circula a versão segundo a qual o ministro renunciou.",
    "Há a hipótese de acordo com a qual o ministro renunciou.",
    "Ele nega as informações segundo as quais o ministro renunciou.",
    "Ele nega as notícias conforme as quais o ministro renunciou.",
])
def test_a_clause_after_a_portuguese_claim_noun_and_according_to_which_is_altered(source):
    _altered("o ministro renunciou", source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("cada voto conta", "Ele defende o princípio segundo o qual cada voto conta."),
    ("rumores segundo os quais o ministro renunciou", "Há rumores segundo os quais o ministro renunciou."),
])
def test_according_to_which_after_no_claim_or_inside_the_quote_is_exact_in_portuguese(quote, source):
    _exact(quote, source)
