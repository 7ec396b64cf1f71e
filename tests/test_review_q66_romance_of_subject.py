"""Quote rules 67 (task q66): a Romance claim whose subject carries an "of" phrase is read.

"la ligne ouvre" of "Dès que la ligne ouvre, la majorité des habitants approuve le projet." is
the clause of "as soon as" a present claim waits for, quoted as a fact: ``altered`` (rules 65
read the "des" of the subject's phrase as the verb's place and gave up, so it passed ``exact``).
The verb is read after the phrase's noun ("la majorité des habitants approuve", "a maioria dos
moradores apoia", "la maggior parte dei residenti prende"). A past claim is still a fact told,
and a habitual "quand"/"cuando" clause is no condition still to come (romance_present.py).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from archiver.quotes.romance_present import romance_present


@pytest.mark.parametrize(("quote", "source"), [
    ("la ligne ouvre", "Dès que la ligne ouvre, la majorité des habitants approuve le projet."),
    ("a linha abre", "Assim que a linha abre, a maioria dos moradores apoia o plano."),
    ("la linea apre", "Appena la linea apre, la maggior parte dei residenti prende il treno."),
])
def test_a_clause_before_a_present_claim_with_an_of_subject_is_no_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("claim", "language"), [
    ("la mayoría de los votantes apoya el plan", "es"),
    ("la mayoría de los votantes jóvenes apoya el plan", "es"),
    ("la majorité des habitants approuve le projet", "fr"),
    ("a maioria dos eleitores apoia o plano", "pt"),
])
def test_the_verb_after_a_subjects_of_phrase_is_read(claim, language):
    assert romance_present(claim, language)


@pytest.mark.parametrize(("claim", "language"), [
    ("la mayoría de los votantes apoyaba el plan", "es"),
    ("la mayoría de los votantes ha apoyado el plan", "es"),
    ("la hausse des loyers anciens", "fr"),
])
def test_a_past_or_a_noun_phrase_after_an_of_phrase_is_no_present(claim, language):
    assert not romance_present(claim, language)


@pytest.mark.parametrize(("quote", "source"), [
    ("la ligne ouvre", "Dès que la ligne ouvre, la majorité des habitants a approuvé le projet."),
    ("a linha abriu", "Assim que a linha abriu, a maioria dos moradores apoiou o plano."),
    ("le fleuve déborde", "Quand le fleuve déborde, la route ferme."),
    ("el río se desborda", "Cuando el río se desborda, la carretera cierra."),
])
def test_a_past_claim_or_a_habitual_when_keeps_its_verdict(quote, source):
    assert verify_quote(quote, source).verdict == "exact"
