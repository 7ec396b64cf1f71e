"""False alarms quote rules 19 raised on faithful quotes, each a class (quote rules 20).

Found by quoting real texts as writers quote them (whole sentences, the words a source puts in
quotation marks, the clause after "that", a sentence's halves at a comma or a conjunction) and
by hand: a "would" of reported speech whose reporting verb stands before its "that" further back
than five words ("told reporters on Monday that she would resign") or is one rules 19 did not
list ("explained", "admitted", "revealed"), or of a story's future in the past ("Years later,
she would become"); a contrast and negation that grants the claim and
only adds to it ("The team won, but not by much", "the most spectacular, but not the only
one"); "as long as it takes" ("solange es nötig ist"), which sets no condition; "might" as a
noun ("with all his might") and "most" as a superlative ("the most recent figures"); and a
frame of the writer's (a modal, a verb of hope, an aim) before all the words the source itself
puts in quotation marks ('asked if the government would "hold their hands up"': the words
quoted are the speaker's; a negation or a label of doubt there stays material, as before). Each
was ``altered`` under rules 19; each is ``exact``. Beside each, the material change of the same
shape stays ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote

# -- a "would" of reported speech, its reporting verb before the clause's "that" --------------------

@pytest.mark.parametrize(("source", "quote"), [
    ("The mayor told reporters on Monday that she would resign at the end of the month.",
     "resign at the end of the month"),
    ("The mayor announced on Monday that the city would build 300 new homes.", "build 300 new homes"),
    ("The company said in a statement late on Tuesday that the plant would close in June.", "close in June"),
])
def test_a_would_of_reported_speech_with_its_verb_before_that_is_no_condition(source, quote):
    _exact(quote, source)


@pytest.mark.parametrize(("source", "quote"), [
    ("The minister explained that the plant would close in June.", "close in June"),
    ("She admitted she would not run again.", "not run again"),
    ("The firm revealed it would cut 500 jobs.", "cut 500 jobs"),
    ("He argued that the reform would cost billions.", "cost billions"),
])
def test_a_would_after_a_verb_of_saying_is_reported_speech(source, quote):
    _exact(quote, source)


@pytest.mark.parametrize(("source", "quote"), [
    ("Years later, she would become the first woman to lead the party.", "become the first woman to lead the party"),
    ("He would later become president.", "later become president"),
])
def test_a_would_of_a_storys_future_in_the_past_is_no_condition(source, quote):
    _exact(quote, source)


def test_a_would_after_a_later_that_is_no_step_of_a_story_stays_a_condition():
    _altered("reduce deaths by half", "The vaccine, tested later this year, would reduce deaths by half.",
             "leading_qualifier")


def test_a_would_after_that_with_no_reporting_verb_before_it_stays_a_condition():
    source = "The ministry published a study in spring showing that the vaccine would reduce deaths by half."
    _altered("reduce deaths by half", source, "leading_qualifier")


def test_a_would_whose_reporting_verb_is_too_far_before_that_stays_a_condition():
    source = ("The minister said the study, published in spring by a team in Oslo, shows that the vaccine "
              "would reduce deaths by half.")
    _altered("reduce deaths by half", source, "leading_qualifier")


# -- "but not by much", "but not the only one": the claim holds ------------------------------------

@pytest.mark.parametrize("source", ["The team won, but not by much.", "Stocks rose on Friday, but not by much."])
def test_a_contrast_that_only_says_the_margin_was_small_is_no_denial(source):
    _exact(source.split(",")[0], source)


@pytest.mark.parametrize(("source", "quote"), [
    ("Der aufgeflogene Korruptions-Fall ist nur der spektakulärste, aber nicht der einzige.",
     "Der aufgeflogene Korruptions-Fall ist nur der spektakulärste"),
    ("Cost is an important factor, but not the only one.", "Cost is an important factor"),
    ("C'est une raison, mais pas la seule.", "C'est une raison"),
    ("It was the first strike this year, but not the last.", "It was the first strike this year"),
])
def test_a_contrast_that_only_says_there_are_more_is_no_denial(source, quote):
    _exact(quote, source)


def test_but_not_the_last_before_a_span_of_time_stays_a_denial():
    _altered("The firm was profitable", "The firm was profitable, but not the last two years.", "trailing_word")


def test_a_contrast_that_denies_the_claim_by_a_way_stays_altered():
    _altered("The drug works", "The drug works, but not by mouth.", "trailing_word")


# -- "might" as a noun ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "quote"), [
    ("With all his might he pushed the door open.", "he pushed the door open"),
    ("The might of the empire rested on its fleet.", "of the empire rested on its fleet"),
])
def test_might_after_a_determiner_is_a_noun_not_a_modal(source, quote):
    _exact(quote, source)


def test_might_after_a_subject_stays_a_possibility():
    _altered("reduce deaths by half", "The vaccine might reduce deaths by half.", "leading_qualifier")


# -- all the words a source itself quotes --------------------------------------------------------------

@pytest.mark.parametrize(("source", "quote"), [
    ('He was asked if the government would "hold their hands up" and take responsibility.', "hold their hands up"),
    ('She admonished him for trying to "act like you weren\'t a liberal" on the issue.',
     "act like you weren't a liberal"),
    ('The firm hopes "the vaccine reduces deaths" this year.', "the vaccine reduces deaths"),
    ('Officials said the drug could "cure cancer."', "cure cancer"),
])
def test_all_the_words_a_source_quotes_are_read_without_the_writers_frame(source, quote):
    _exact(quote, source)


def test_part_of_the_words_a_source_quotes_is_still_read_with_the_frame():
    _altered("cure cancer", 'Officials said the drug could "cure cancer in children."', "leading_qualifier")


@pytest.mark.parametrize(("source", "quote"), [
    ('Officials said it was not "a disaster".', "a disaster"),
    ('The UN calls it the so-called "peaceful transition of power".', "peaceful transition of power"),
])
def test_a_negation_or_a_label_of_doubt_before_the_words_a_source_quotes_stays_material(source, quote):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", (result.verdict, result.explanation)


# -- "as long as it takes": a length with no bound, no condition --------------------------------------

@pytest.mark.parametrize(("source", "quote"), [
    ("We will support Ukraine as long as it takes.", "We will support Ukraine"),
    ("You can stay as long as you like.", "You can stay"),
    ("Wir werden die Ukraine unterstützen, solange es nötig ist.", "Wir werden die Ukraine unterstützen"),
])
def test_as_long_as_it_takes_sets_no_condition(source, quote):
    _exact(quote, source)


@pytest.mark.parametrize(("source", "quote"), [
    ("You can stay as long as you pay.", "You can stay"),
    ("Die Ausnahme gilt, solange es keine Einigung gibt.", "Die Ausnahme gilt"),
])
def test_as_long_as_before_a_condition_stays_altered(source, quote):
    _altered(quote, source, "trailing_word")


# -- "the most" before an adjective: a superlative, no quantifier ---------------------------------------

@pytest.mark.parametrize(("source", "quote"), [
    ("The most recent figures show a decline.", "recent figures show a decline"),
    ("His most famous novel was banned in 1950.", "famous novel was banned in 1950"),
])
def test_most_after_an_article_or_possessive_is_a_superlative(source, quote):
    _exact(quote, source)


def test_most_opening_a_noun_phrase_stays_a_quantifier():
    _altered("patients recovered within a week", "Most patients recovered within a week.", "leading_qualifier")
