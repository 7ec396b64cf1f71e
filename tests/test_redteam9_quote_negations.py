"""Red team, ninth pass (F5): a negation hides behind an ellipsis or a bracket in every covered language.

The negation list held English, French and German only, so an ellipsis, a bracket or a dropped
bracketed aside hid an Italian "non", a Portuguese "não", a Spanish "nunca" or a Russian "не":
"Il sindaco ha detto che il porto ... chiuderà" for "non chiuderà" was ``normalized``. Each
covered language now has its negations; the few words that negate in one language and mean
something else in another ("mai": Italian "never", French "May"; "no": Portuguese "in the")
are read by the language of the passage around them.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "Il sindaco ha detto che il porto non chiuderà durante i lavori di riparazione del muro.\n\n"
    "O prefeito disse que o porto não vai fechar durante as obras de reparação do muro.\n\n"
    "El alcalde dijo que el puerto nunca cerrará durante las obras de reparación del muro.\n\n"
    "Мэр сказал, что порт не закроется во время работ по ремонту старой стены.\n\n"
    "Der Bürgermeister sagte, der Hafen werde nicht geschlossen während der Arbeiten an der Mauer.\n\n"
    "Le maire a dit que le port ne fermera jamais pendant les travaux sur le vieux mur.\n\n"
    "The mayor said the harbour would not close during the works on the old wall.\n\n"
    "«Il governo (non) ha aumentato le tasse quest'anno», ha detto il ministro alla stampa.\n\n"
    "«O governo (não) aumentou os impostos este ano», disse o ministro aos jornalistas.\n\n"
    "«Правительство (не) повышало налоги в этом году», сказал министр журналистам.\n\n"
    "«Правительство никогда не повышало налоги», сказал министр на пресс-конференции.\n\n"
    "«Il governo non ha mai aumentato le tasse», ha detto il ministro durante la conferenza.\n\n"
    "«El gobierno nunca subió los impuestos este año», dijo el ministro a la prensa.\n\n"
)


def _kinds(result) -> set[str]:
    return {d.kind for d in result.differences if d.material}


@pytest.mark.parametrize(("quote", "left_out"), [
    ("Il sindaco ha detto che il porto ... chiuderà durante i lavori", "non"),
    ("O prefeito disse que o porto ... vai fechar durante as obras", "não"),
    ("El alcalde dijo que el puerto ... cerrará durante las obras", "nunca"),
    ("Мэр сказал, что порт ... закроется во время работ", "не"),
    ("Der Bürgermeister sagte, der Hafen werde ... geschlossen während der Arbeiten", "nicht"),
    ("Le maire a dit que le port ... fermera ... pendant les travaux", "ne"),
    ("The mayor said the harbour would ... close during the works", "not"),
    ("Правительство никогда ... повышало налоги", "не"),
    ("Il governo ... ha mai aumentato le tasse", "non"),
])
def test_an_ellipsis_leaving_out_a_negation_is_altered_in_every_covered_language(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "ellipsis_negation" in _kinds(result)
    assert any(left_out in (d.note or "") for d in result.differences)


@pytest.mark.parametrize("quote", [
    "Il governo ha aumentato le tasse quest'anno",
    "O governo aumentou os impostos este ano",
    "Правительство повышало налоги в этом году",
])
def test_leaving_out_a_bracketed_negation_of_the_source_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "negation" in _kinds(result)


@pytest.mark.parametrize("quote", [
    "Правительство [всегда] не повышало налоги",                 # "always" for "never"
    "«Il governo non ha [sempre] aumentato le tasse",             # "always" for "mai"
    "«El gobierno [siempre] subió los impuestos este año",        # "always" for "nunca"
])
def test_a_bracket_standing_for_a_negation_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "bracket_alteration" in _kinds(result)


def test_dropping_an_italian_negation_is_a_negation_difference():
    result = verify_quote("Il sindaco ha detto che il porto chiuderà durante i lavori", SOURCE)
    assert result.verdict == "altered" and "negation" in _kinds(result)


NEIGHBOURS = (
    "Il sindaco ne ha parlato ieri con i pescatori del porto, durante la riunione.\n\n"
    "O prefeito falou no porto que as obras vão começar em breve, disse a câmara.\n\n"
    "Le maire a annoncé en mai que le port restera ouvert pendant les travaux.\n\n"
    "Der Bürgermeister kündigte im Mai an, der Hafen bleibe während der Arbeiten offen.\n\n"
    "Il sindaco ha detto che il porto, costruito dai pescatori della città, resterà aperto.\n\n"
    "El alcalde dijo que el puerto, construido por los pescadores, seguirá abierto.\n\n"
)


@pytest.mark.parametrize("quote", [
    "Il sindaco ... ha parlato ieri con i pescatori del porto",          # Italian "ne": "of it"
    "O prefeito falou ... que as obras vão começar em breve",           # Portuguese "no porto": "in the"
    "Le maire a annoncé ... que le port restera ouvert",                 # French "mai": May
    "Der Bürgermeister kündigte ... an, der Hafen bleibe während der Arbeiten offen",  # German "Mai"
    "Il sindaco ha detto che il porto ... resterà aperto",              # a clause of detail
    "El alcalde dijo que el puerto ... seguirá abierto",                # a clause of detail
])
def test_an_ellipsis_leaving_out_a_word_that_negates_only_in_another_language_still_verifies(quote):
    assert verify_quote(quote, NEIGHBOURS).verdict == "normalized"


def test_the_italian_never_still_counts_in_an_italian_passage():
    source = "Il ministro ha detto che il governo non aumenterà mai le tasse sulla casa."
    result = verify_quote("Il ministro ha detto che il governo non aumenterà ... le tasse sulla casa", source)
    assert result.verdict == "altered" and "ellipsis_negation" in _kinds(result)
