"""False passes quote rules 20 left, each a class (quote rules 21).

Each quote here is a verbatim run of a source that says something else once the words left out
are read back: a verb of opinion before the clause, with or without its "that" ("Scientists
think the vaccine works", "doubt that"); a share one word back before an article the quote
opens with ("Half the patients recovered" quoted from "the patients"), or two words back before
a claim in the present ("Half the patients wear masks"); "until" after an English verb in the
third person present that no list named ("The plant operates until May"); an attribution set
off between commas inside its sentence, before a limit of the claim ("works, according to its
maker, in most patients"); and the standard of a comparison after a comma ("safer, than
nothing"). Each was ``exact`` under rules 20; each is ``altered``. The faithful neighbours of
each class stay as they were.

Left as they were, by decision: a verb of saying before the clause ("Officials say the vaccine
works", "said that"): quoting what someone says without "he says" is how speech is quoted, and
the tag names whose words they are (as ", its maker says" after a quote, rules 19).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

# -- a verb of opinion before the clause, with or without "that" -----------------------------------

@pytest.mark.parametrize("source", [
    "Scientists think the vaccine works.",
    "Scientists think that the vaccine works.",
    "Most doctors thought the vaccine works.",
    "Officials reckon the vaccine works.",
])
def test_a_quote_starting_right_after_a_verb_of_opinion_is_altered(source):
    _altered("the vaccine works", source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("le vaccin fonctionne", "Les chercheurs pensent que le vaccin fonctionne."),
    ("la vacuna funciona", "Los científicos piensan que la vacuna funciona."),
    ("der Impfstoff wirkt", "Die Forscher denken, dass der Impfstoff wirkt."),
])
def test_a_quote_starting_after_think_and_its_that_in_other_languages_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize("source", [
    "Scientists doubt the vaccine works.",
    "Scientists doubt that the vaccine works.",
    "The minister doubts the vaccine works.",
])
def test_a_quote_starting_right_after_a_verb_of_doubt_is_altered(source):
    _altered("the vaccine works", source, "leading_qualifier")


@pytest.mark.parametrize("source", [
    "There is no doubt the vaccine works.",
    "There is little doubt that the vaccine works.",
    "I do not doubt the vaccine works.",
])
def test_a_quote_starting_after_a_doubt_that_is_denied_is_exact(source):
    # "no doubt", "little doubt", "not doubt": the source affirms what follows
    _exact("the vaccine works", source)


@pytest.mark.parametrize("source", [
    "Officials say the vaccine works.",
    "Officials said that the vaccine works.",
])
def test_a_quote_starting_right_after_a_verb_of_saying_is_exact(source):
    # quoting what someone says without "officials say" is how speech is quoted
    _exact("the vaccine works", source)


@pytest.mark.parametrize(("quote", "source"), [
    ("about the future of the city", "Voters think about the future of the city."),
    ("an ein Wort wie Auslegeware", "Man denke an ein Wort wie Auslegeware."),
])
def test_a_quote_of_the_object_of_think_that_is_no_clause_is_exact(quote, source):
    # "think about the future", "denke an ein Wort": a preposition opens no clause anyone thinks is so
    _exact(quote, source)


# -- a share one or two words back --------------------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("the patients recovered", "Half the patients recovered."),
    ("of the patients recovered", "The majority of the patients recovered."),
    ("the patients wear masks", "Half the patients wear masks."),
    ("patients wear masks", "Half the patients wear masks."),
])
def test_a_quote_claiming_something_after_a_share_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the Lakers pulled away", "In the second half the Lakers pulled away."),
    ("Lakers pulled away", "In the second half the Lakers pulled away."),
])
def test_half_of_a_game_before_the_quote_is_no_share(quote, source):
    # "the second half": a time of a game, not a share of the Lakers
    _exact(quote, source)


def test_half_of_a_thing_before_the_quote_is_no_share():
    # "the upper half of the laptop": a part of a thing; the claim after it is Apple's, whole
    _exact("of the laptop. Apple admitted the flaw", "It required replacing the upper half of the laptop. Apple "
           "admitted the flaw.")


@pytest.mark.parametrize(("quote", "source"), [
    ("the other tutorials of my homepage", "You might read half the other tutorials of my homepage."),
    ("bugs found by you during the game", "Most of bugs found by you during the game were small."),
])
def test_a_noun_phrase_after_a_share_is_exact(quote, source):
    # names things ("bugs found by you": a participle and its agent), no claim the share limits
    _exact(quote, source)


# -- "until" after a verb in the third person present -------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("The plant operates", "The plant operates until May."),
    ("The museum closes at noon", "The museum closes at noon until March."),
    ("It offers free entry", "It offers free entry until Sunday."),
])
def test_a_quote_with_a_verb_in_the_third_person_present_ending_before_until_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The plant operated", "The plant operated until May."),
    ("He kept the old rules", "He kept the old rules until May."),
    ("His apprenticeships", "His apprenticeships until 1990 were in Berlin."),
])
def test_a_quote_with_no_verb_in_the_present_ending_before_until_is_exact(quote, source):
    _exact(quote, source)


# -- an attribution between commas inside its sentence -------------------------------------------------

@pytest.mark.parametrize("source", [
    "The treatment works, according to its maker, in most patients.",
    "The treatment works, according to its maker, only in adults.",
])
def test_a_quote_ending_before_an_attribution_aside_and_a_limit_is_altered(source):
    _altered("The treatment works", source, "trailing_word")


def test_a_quote_ending_before_an_attribution_aside_inside_the_clause_it_cuts_is_still_exact():
    # ", laut Kondo, nie ein Ende finden": the words after the aside end a clause the quote cuts
    _exact("Denn so werden unsere Bemühungen", "Denn so werden unsere Bemühungen, laut Kondo, nie ein Ende finden.")


# -- the standard of a comparison after a comma ------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("Bikes are safer", "Bikes are safer, than nothing."),
    ("The new drug works better", "The new drug works better, than a placebo."),
])
def test_a_comparative_ending_right_before_a_comma_and_than_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_comma_and_rather_than_after_a_quote_is_exact():
    _exact("Bikes are safer", "Bikes are safer, rather than faster.")
