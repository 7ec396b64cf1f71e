"""Quote rules 72 (lead, session 53): what the source names as a claim, an idea or a belief, or disputes, is not a
fact it states. A quote starting right after "the claim that", "the idea that", "la afirmación de que",
"l'affermazione che" or after a disputing verb in any of its persons ("Scientists contest that", "Les critiques
contestent que", "Los críticos niegan que") states as fact what the source holds up to doubt: ``altered`` (each was
``exact``). Red team ``tests/data/quotes/redteam-lead53.tsv``."""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("quote,source", [
    ("the drug cures the infection", "The claim that the drug cures the infection has been debunked."),
    ("the drug cures the infection", "The idea that the drug cures the infection was disproven by the trial."),
    ("the drug cures the infection", "The belief that the drug cures the infection turned out to be wrong."),
    ("the drug cures the infection", "Researchers refuted the idea that the drug cures the infection."),
    ("el fármaco cura la infección", "La afirmación de que el fármaco cura la infección es falsa."),
    ("il farmaco cura l'infezione", "L'affermazione che il farmaco cura l'infezione è falsa."),
    ("das Medikament heilt die Infektion", "Die Annahme, dass das Medikament die Infektion heilt, ist falsch."),
])
def test_a_claim_after_a_noun_of_something_held_is_not_stated_as_a_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the drug cures the infection", "Scientists contest that the drug cures the infection."),
    ("the drug cures the infection", "Critics dispute that the drug cures the infection."),
    ("le médicament guérit l'infection", "Les critiques contestent que le médicament guérit l'infection."),
    ("el fármaco cura la infección", "Los críticos niegan que el fármaco cura la infección."),
])
def test_a_claim_after_a_disputing_verb_in_any_person_is_not_stated_as_a_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


def test_a_claim_before_a_comma_and_a_participle_showing_it_false_is_not_stated_as_a_fact():
    source = "Die Behauptung, die Wahl wurde gefälscht, ist widerlegt."
    assert verify_quote("die Wahl wurde gefälscht", source).verdict == "altered"


def test_a_relative_clause_after_an_english_noun_of_belief_stays_exact():
    """ "beliefs that drive self-worth": the "that" opens a relative clause, no claim (faithful survey's cut)."""
    assert verify_quote("drive self-worth", "These are beliefs that drive self-worth.").verdict == "exact"


def test_the_speakers_own_words_the_source_quotes_after_such_a_noun_stay_exact():
    """ "es de la idea de que “...”": the source quotes the speaker, who is quoted as speech is."""
    source = "El diputado es de la idea de que “toda iniciativa será valorada por nosotros”. Otros lo critican."
    assert verify_quote("toda iniciativa será valorada por nosotros", source).verdict == "exact"


@pytest.mark.parametrize("quote,source", [
    ("the drug cures the infection", "The trial showed that the drug cures the infection."),
    ("the drug cures the infection", "Doctors agree that the drug cures the infection."),
    ("the bridge will reopen in March", "The minister said on Tuesday that the bridge will reopen in March."),
])
def test_a_claim_shown_agreed_or_said_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


def test_an_italian_idea_before_che_needs_no_english_verb_test():
    """ "idea" is English, Spanish and Italian: the English relative-clause test is for its "that" only (held-out
    pair of redteam-lead53-held.tsv, passed before the mend)."""
    source = "L'idea che la riforma fa risparmiare è sbagliata."
    assert verify_quote("la riforma fa risparmiare", source).verdict == "altered"
