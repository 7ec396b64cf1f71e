"""Red team q24: a quote cut right after a denied word of evidence states what no one has shown.

"the new law has reduced crime" of "There is no evidence the new law has reduced crime" was
``exact`` under rules 23 (as were "Nobody has shown", "nothing to suggest", "far from certain
that", "Rien ne prouve que", "Nadie ha demostrado que", "keine Belege dafür, dass"); rules 24
read a word of evidence with a negation or "little" before it (archiver/quotes/unproven_lead.py).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the new law has reduced crime", "There is no evidence the new law has reduced crime."),
    ("the new law has reduced crime", "There is no clear evidence that the new law has reduced crime."),
    ("the vaccine is safe", "Nobody has shown the vaccine is safe."),
    ("the mayor knew about the payments", "The inquiry found nothing to suggest the mayor knew about the payments."),
    ("the factory will reopen", "It is far from certain that the factory will reopen."),
    ("the drug works", "There is little evidence that the drug works."),
    ("le vaccin est sûr", "Rien ne prouve que le vaccin est sûr."),
    ("la vacuna es segura", "Nadie ha demostrado que la vacuna es segura."),
    ("der Impfstoff sicher ist", "Es gibt keine Belege dafür, dass der Impfstoff sicher ist."),
])
def test_a_quote_starting_after_a_denied_word_of_evidence_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the new law has reduced crime", "There is evidence the new law has reduced crime."),
    ("the new law has reduced crime", "Studies show the new law has reduced crime."),
    ("the new law", "There is no evidence the new law is effective."),
    ("of her", "At first, there was no sign of her."),
    ("prices are falling", "It was by far the clearest sign that prices are falling."),
])
def test_evidence_without_a_negation_a_subject_only_or_a_phrase_after_no_sign_is_exact(quote, source):
    # the source says it is shown; "the new law" before "is" is the clause's subject; "no sign of
    # her" names no clause
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the suspect was armed", "Police have not confirmed the suspect was armed."),
    ("the suspect was armed", "Police could not confirm the suspect was armed."),
])
def test_a_quote_starting_after_a_denied_confirmation_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the suspect was armed", "Witnesses falsely claimed the suspect was armed."),
    ("the suspect was armed", "Witnesses wrongly said that the suspect was armed."),
])
def test_a_quote_starting_after_a_verb_of_saying_called_false_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the suspect was armed", "Police confirmed the suspect was armed."),
    ("the suspect was armed", "Witnesses said the suspect was armed."),
])
def test_a_confirmation_or_a_plain_verb_of_saying_before_the_quote_is_exact(quote, source):
    _exact(quote, source)


def test_a_quote_starting_after_french_a_peine_is_altered():
    _altered("tenu ses promesses", "Le gouvernement a à peine tenu ses promesses.", "leading_qualifier")
