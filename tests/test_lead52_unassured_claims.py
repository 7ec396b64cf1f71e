"""A claim the source says nothing assures, or someone only believes, is not vouched for as a fact (quote rules 69):

- a negated guarantee before it ("Nothing guarantees that", "There is no guarantee that", "Rien ne garantit que",
  "Es gibt keine Garantie, dass", "No hay garantía de que", "Нет гарантии, что"): such quotes were ``exact`` in every
  language read; a guarantee the source makes ("The law guarantees that ...") is its claim, judged as any other;
- Russian verbs of belief, hope and fear ("Эксперты считают, что", "Никто не верит, что"), as the other languages'
  already were.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("quote,source", [
    ("the plan will cut emissions", "Nothing guarantees the plan will cut emissions."),
    ("the plan will cut emissions", "There is no guarantee that the plan will cut emissions."),
    ("der Plan die Emissionen senkt", "Es gibt keine Garantie, dass der Plan die Emissionen senkt."),
    ("der Plan die Emissionen senkt", "Nichts garantiert, dass der Plan die Emissionen senkt."),
    ("le plan réduira les émissions", "Rien ne garantit que le plan réduira les émissions."),
    ("el plan reducirá las emisiones", "No hay garantía de que el plan reducirá las emisiones."),
    ("il piano ridurrà le emissioni", "Niente garantisce che il piano ridurrà le emissioni."),
    ("o plano vai reduzir as emissões", "Não há garantia de que o plano vai reduzir as emissões."),
    ("план сократит выбросы", "Нет гарантии, что план сократит выбросы."),
])
def test_a_claim_after_a_negated_guarantee_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the product is safe", "The law guarantees that the product is safe."),
    ("every worker a pension", "The law guarantees every worker a pension."),
])
def test_a_guarantee_the_source_makes_is_its_claim(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize("source", ["Эксперты считают, что план сократит выбросы.",
                                    "Никто не верит, что план сократит выбросы.",
                                    "Министр надеется, что план сократит выбросы."])
def test_a_russian_belief_or_hope_is_not_stated_as_a_fact(source):
    assert verify_quote("план сократит выбросы", source).verdict == "altered"
