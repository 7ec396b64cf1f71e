"""False passes quote rules 17's reviews left, each a class (quote rules 18).

Each quote here is a verbatim run, or an ellipsis of verbatim runs, of a source that says
something else once the words left out are read back: a contrast that denies the claim beyond
the quote's end ("works in mice" of "works in mice but not in humans"), "but only" and the verb
that narrows it, an ellipsis that leaves out the subject of a reported verb ("said ... fled the
country"), and a label of doubt ("so-called", "self-styled") before the words quoted. Each was
``exact``, ``normalized`` or ``approximate`` under rules 17; each is ``altered``. The faithful
neighbours of each class stay as they were.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import material_kinds

from archiver.quotes import verify_quote

# -- a contrast that denies the claim beyond the quote's end --------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("The drug works in mice", "The drug works in mice but not in humans."),
    ("The drug works in mice", "The drug works in mice, but not in humans."),
    ("The drug works in mice", "The drug works in mice but never in humans."),
    ("The drug works in mice", "The drug works in mice, yet not in humans."),
    ("The drug works in mice", "The drug works in mice but doesn't in humans."),
    ("Das Mittel wirkt bei Mäusen", "Das Mittel wirkt bei Mäusen, aber nicht bei Menschen."),
    ("Le médicament agit chez la souris", "Le médicament agit chez la souris, mais pas chez l'homme."),
    ("El fármaco funciona en ratones", "El fármaco funciona en ratones, pero no en humanos."),
])
def test_a_quote_ending_before_but_and_a_negation_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_quote_ending_before_but_and_a_positive_clause_is_exact():
    _exact("The drug works in mice", "The drug works in mice, but it is also cheap to make.")


def test_a_quote_ending_before_but_not_only_is_exact():
    # "but not only": it adds to the quoted words, it denies nothing of them
    _exact("The program helps farmers", "The program helps farmers, but not only farmers.")


def test_a_quote_ending_before_but_no_and_a_new_subject_is_exact():
    # "but no one knows": a clause of its own with its own subject
    _exact("Netflix has been a game changer", "Netflix has been a game changer but no one knows how much.")


def test_a_quote_ending_before_mais_ni_and_a_new_subject_is_exact():
    # "mais ni Lucas, ni Dubois n'arrivent": neither of two others, the subject of a new clause
    _exact("Les hommes de Rudi Garcia font le siège de la surface de réparation bretonne",
           "Les hommes de Rudi Garcia font le siège de la surface de réparation bretonne mais ni Lucas, "
           "ni Dubois n'arrivent à se montrer dangereux.")


def test_a_german_quote_ending_before_aber_nicht_without_a_comma_is_exact():
    # "aber" in mid-clause is "however": "Das ist aber nicht so einfach" cut before it denies nothing
    _exact("Das Mittel wirkt", "Das Mittel wirkt aber nicht bei allen Menschen gleich.")


# -- "but only" and a verb -------------------------------------------------------------------------

@pytest.mark.parametrize("source", [
    # the clause after "but only" shares the quote's subject and narrows what it is said to do
    # (rules 17 let "have", "has", "is", "can" and a few other verbs through: "thrive in shade"
    # of "..., but only have nice growth in moist soil" reads as a plain claim)
    "Ferns thrive in shade, but only have nice growth in moist soil.",
    "The shop sells bread, but only has two loaves a day.",
    "The drug is effective, but only works in mice.",
    "The drug is effective but only works in mice.",
    "The vaccine protects against the virus, but only has 30% efficacy.",
])
def test_a_quote_ending_before_but_only_and_a_verb_is_altered(source):
    _altered(source.split(",")[0].split(" but")[0], source, "trailing_word")


# -- an ellipsis leaving out the subject of a reported verb ---------------------------------------

SPEECH = ("The minister said the rebels fled the country on Sunday. The mayor told reporters that the "
          "driver crashed into a wall. The spokesman said armed men attacked the village.\n")


@pytest.mark.parametrize("quote", [
    "The minister said ... fled the country",
    "The mayor told reporters that ... crashed into a wall",
])
def test_an_ellipsis_leaving_out_the_subject_of_a_past_verb_is_altered(quote):
    _altered(quote, SPEECH, "ellipsis_subject")


def test_an_ellipsis_before_an_adjective_and_its_noun_keeps_a_subject():
    # "armed men attacked": "armed" opens the subject, it is no verb
    result = verify_quote("The spokesman said ... armed men attacked the village", SPEECH)
    assert "ellipsis_subject" not in material_kinds(result)


# -- a label of doubt before the quoted words ------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("peaceful transition of power was a sham", "The so-called peaceful transition of power was a sham."),
    ("peaceful transition of power was a sham", 'The so-called "peaceful transition of power" was a sham.'),
    ("The peaceful transition of power was a sham", 'The so-called "peaceful transition of power" was a sham.'),
    ("The tax reform failed", 'The so-called "tax reform" failed.'),
    ("The peace plan failed", "The self-styled \u201cpeace plan\u201d failed."),
    ("Reformen sind gescheitert", "Die sogenannten Reformen sind gescheitert."),
    ("réforme a échoué", "La soi-disant réforme a échoué."),
])
def test_a_quote_starting_after_a_label_of_doubt_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_of_quoted_speech_after_its_speaker_is_exact():
    _exact("the transition was peaceful", 'Officials said "the transition was peaceful" on Monday.')


@pytest.mark.parametrize(("quote", "source"), [
    ("I needed a new mouse for my desk", "I needed a new mouse for my desk but didn't want to buy the same one again."),
    ("Many of us carry these antibodies", "Many of us carry these antibodies but never become sick."),
    ("Die Hybridfarbe ist zwar stark", "Die Hybridfarbe ist zwar stark, aber nicht aggressiv."),
])
def test_a_quote_ending_before_a_contrast_with_a_negated_predicate_of_its_own_is_exact(quote, source):
    # "but didn't want to buy": a second, negated predicate; it denies nothing the quote says
    _exact(quote, source)
