"""What the review of rules 45-47 found of brackets (quote rules 48; red team rvq48,
``tests/data/quotes/redteam-rvq48.tsv``): a pronoun bracket opening a quote for a person of the
other sex whom the source names by a noun ("Der Bürgermeister", "Le ministre", "El alcalde Juan
Pérez"), and a man's noun for a woman's German "Sie". The pairs here are our own.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Sie] erklärte, das Freibad sei marode.", "Der Bürgermeister erklärte, das Freibad sei marode."),
    ("[Elle] a expliqué que la piscine était vétuste.", "Le ministre a expliqué que la piscine était vétuste."),
    ("[She] said the pool was unsafe.", "The prince said the pool was unsafe."),
    ("[Ella] explicó que la piscina era peligrosa.", "El alcalde Juan Pérez explicó que la piscina era peligrosa."),
    ("[Lei] ha spiegato che la piscina era chiusa.", "Il ministro Luca Bianchi ha spiegato che la piscina era chiusa."),
])
def test_a_pronoun_bracket_for_a_man_the_source_names_by_a_noun_is_altered(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Elle] a expliqué que la piscine était vétuste.", "La ministre a expliqué que la piscine était vétuste."),
    ("[He] said the pool was unsafe.", "The lawyer for Emma Stone said the pool was unsafe."),
    ("[He] said the pool was unsafe.", "Dr. Thomas said the pool was unsafe."),
    ("[Sie] erklärte, das Freibad sei marode.", "Die Stadt erklärte, das Freibad sei marode."),
])
def test_a_pronoun_bracket_for_a_subject_of_its_own_sex_or_none_known_is_normalized(quote, source):
    _normalized(quote, source)


def test_a_man_named_by_a_noun_for_german_sie_before_a_singular_verb_is_altered():
    assert_altered("[Der Bürgermeister] hat abgelehnt.", "Sie hat abgelehnt.", "bracket_alteration")


@pytest.mark.parametrize("quote", ["[Die Bürgermeisterin] hat abgelehnt.", "[Der Konzern] hat abgelehnt."])
def test_a_woman_or_a_thing_for_german_sie_before_a_singular_verb_is_normalized(quote):
    _normalized(quote, "Sie hat abgelehnt.")


def test_a_named_man_for_german_sie_before_hat_is_altered():
    assert_altered("[Peter Becker] hat verloren.", "Sie hat verloren.", "bracket_alteration")
