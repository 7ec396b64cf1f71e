"""Quote rules 70 (task q69; 69 on its branch): a Romance present claim is read through elisions and clitics.

"la ligne ouvre" of "Dès que la ligne ouvre, l'entreprise embauche." is the clause of "as soon
as" a present claim waits for, quoted as a fact: ``altered``. Rules 68 read "l'entreprise" as
the determiner (the verb's place fell on "embauche"'s neighbour) and "lo"/"la"/"o" before a verb
as no verb, and passed it ``exact``. A past claim is still a fact told (romance_present.py).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from archiver.quotes.romance_present import romance_present


@pytest.mark.parametrize(("quote", "source"), [
    ("la ligne ouvre", "Dès que la ligne ouvre, l'entreprise embauche."),
    ("la ligne ouvre", "Dès que la ligne ouvre, ils la ferment."),
    ("la línea abre", "En cuanto la línea abre, la empresa lo vende."),
    ("la linea apre", "Appena la linea apre, l'azienda assume."),
    ("a linha abre", "Assim que a linha abre, eles o vendem."),
])
def test_a_clause_before_an_elided_or_clitic_present_claim_is_no_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("claim", "language"), [
    ("l'entreprise ferme l'usine", "fr"),
    ("ils la ferment", "fr"),
    ("ils ne ferment pas", "fr"),
    ("ellos lo venden", "es"),
    ("l'azienda chiude", "it"),
    ("eles o vendem", "pt"),
])
def test_the_verb_after_an_elided_subject_or_a_clitic_is_read(claim, language):
    assert romance_present(claim, language)


@pytest.mark.parametrize(("claim", "language"), [
    ("l'entreprise l'a fermée", "fr"),
    ("ellos lo vendieron", "es"),
    ("la hausse la plus forte", "fr"),
])
def test_a_perfect_a_past_or_a_noun_phrase_after_a_clitic_is_no_present(claim, language):
    assert not romance_present(claim, language)


def test_a_past_claim_after_an_elided_subject_keeps_its_verdict():
    assert verify_quote("la ligne ouvre", "Dès que la ligne ouvre, l'entreprise a embauché.").verdict == "exact"
