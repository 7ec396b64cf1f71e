"""Red team (q18): a quote's edge that cuts off a word saying how often, how possibly, how many or
until when the quoted words hold.

"The treatment works" is a verbatim part of "The treatment works sometimes." and of "... works
in rare cases."; "reduce deaths by half" of "The vaccine could reduce deaths by half";
"patients recovered" of "Some patients recovered"; "the largest bank in the country" of "It was
formerly the largest bank ...". Each was ``exact`` under quote rules 17: the quote makes a rule,
a certainty, an "all" or a present fact of what the source limits. Each is ``altered`` now;
the faithful neighbours of each class stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import material_kinds

from archiver.quotes import verify_quote

# -- how often, at the quote's end -----------------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("The treatment works", "The treatment works sometimes."),
    ("The treatment works", "The treatment works only occasionally, doctors say."),
    ("The treatment works", "The treatment works rarely."),
    ("Le traitement fonctionne", "Le traitement fonctionne parfois."),
    ("Die Behandlung wirkt", "Die Behandlung wirkt manchmal."),
])
def test_a_quote_ending_before_a_word_of_frequency_that_ends_its_clause_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_quote_ending_before_a_word_of_frequency_inside_its_clause_is_exact():
    # "often" opens no limit of the words before it here: it is the next clause's
    _exact("The treatment works", "The treatment works; often it works within a day.")


@pytest.mark.parametrize(("quote", "source"), [
    ("The treatment works", "The treatment works in rare cases."),
    ("The treatment works", "The treatment works in some patients."),
    ("The treatment works", "The treatment works for some patients."),
    ("Die Behandlung wirkt", "Die Behandlung wirkt in seltenen Fällen."),
    ("Le traitement fonctionne", "Le traitement fonctionne dans certains cas."),
])
def test_a_quote_ending_before_in_some_cases_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize("source", [
    "The treatment works in theory.",
    "The treatment works on paper.",
    "The treatment works for now.",
])
def test_a_quote_ending_before_a_hedging_phrase_that_ends_its_clause_is_altered(source):
    _altered("The treatment works", source, "trailing_word")


def test_a_quote_ending_before_in_and_a_noun_is_exact():
    _exact("The treatment works", "The treatment works in children and adults alike.")


# -- how possibly, at the quote's start ------------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("reduce deaths by half", "The vaccine could reduce deaths by half."),
    ("reduce deaths by half", "The vaccine may reduce deaths by half."),
    ("reduce deaths by half", "The vaccine might reduce deaths by half."),
    ("reducir las muertes a la mitad", "La vacuna podría reducir las muertes a la mitad."),
    ("réduire les décès de moitié", "Le vaccin pourrait réduire les décès de moitié."),
])
def test_a_quote_starting_right_after_a_modal_of_possibility_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_starting_right_after_a_german_modal_is_exact():
    # German puts the modal's verb at the clause's end: right after "könnten" stands its subject
    _exact("75 Prozent des Ackerlands", "Laut der Studie könnten 75 Prozent des Ackerlands anders genutzt werden.")


def test_a_quote_starting_after_the_month_may_is_exact():
    # "May" with a capital in mid-sentence: the month, no modal
    _exact("reduce deaths by half", "The cuts announced in May reduce deaths by half, officials say.")


# -- how many, at the quote's start ----------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "Some patients recovered after the treatment.",
    "Most patients recovered after the treatment.",
    "Several patients recovered after the treatment.",
    "A few patients recovered after the treatment.",
    "Many patients recovered after the treatment.",
])
def test_a_quote_starting_right_after_a_quantifier_is_altered(source):
    _altered("patients recovered after the treatment", source, "leading_qualifier")


def test_a_quote_starting_right_after_a_german_quantifier_is_altered():
    _altered("Patienten erholten sich nach der Behandlung", "Einige Patienten erholten sich nach der Behandlung.",
             "leading_qualifier")


# -- until when, at the quote's start --------------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("the largest bank in the country", "It was formerly the largest bank in the country."),
    ("mayor of Boston", "He is the former mayor of Boston."),
    ("Bürgermeister von Berlin", "Er ist der ehemalige Bürgermeister von Berlin."),
    ("président de la République", "Il est l'ancien président de la République."),
])
def test_a_quote_starting_right_after_a_word_that_puts_it_in_the_past_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


# -- how nearly, how often, at the quote's start ---------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("collapsed in the storm", "The bridge nearly collapsed in the storm."),
    ("collapsed in the storm", "The bridge almost collapsed in the storm."),
    ("effondré pendant la tempête", "Le pont s'est presque effondré pendant la tempête."),
])
def test_a_quote_starting_right_after_nearly_or_almost_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("collapsed in the storm", "The bridge partially collapsed in the storm."),
    ("causes headaches in adults", "The drug sometimes causes headaches in adults."),
    ("causes headaches in adults", "The drug often causes headaches in adults."),
])
def test_a_quote_starting_right_after_a_word_of_frequency_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_of_a_figure_after_almost_is_judged_as_a_bound():
    result = verify_quote("300 people died", "Almost 300 people died in the floods, officials said.")
    assert result.verdict == "altered"
    assert "number" in material_kinds(result)


# -- a condition or concession, at the quote's end -------------------------------------------------

@pytest.mark.parametrize("source", [
    "The dam will hold as long as the rain stops.",
    "The dam will hold so long as the rain stops.",
    "The dam will hold provided that the rain stops.",
    "The dam will hold, assuming the rain stops.",
    "The dam will hold, albeit for a day.",
    "The dam will hold, though not for long.",
])
def test_a_quote_ending_before_a_condition_or_concession_is_altered(source):
    _altered("The dam will hold", source, "trailing_word")


def test_a_quote_ending_before_as_long_as_a_comparison_is_exact():
    # "as long as a bus": a length, no condition
    _exact("The new train is", "The new train is as long as a bus, the maker says.")


# -- an expectation, an aim or a likelihood, at the quote's start ----------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("create as many as 5,000 jobs", "The plant is expected to create as many as 5,000 jobs."),
    ("officially announce the terms of the deal", "The firm is set to officially announce the terms of the deal."),
    ("put the first woman on the Moon", "Artemis aims to put the first woman on the Moon."),
    ("protect Medicaid for every family", "The governor promised to protect Medicaid for every family."),
])
def test_a_quote_starting_right_after_an_expectation_or_aim_and_to_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_starting_right_after_it_is_likely_is_altered():
    _altered("the Capitals won't have Hathaway in the lineup",
             "It is likely the Capitals won't have Hathaway in the lineup on Wednesday.", "leading_qualifier")


def test_a_quote_starting_right_after_a_plain_to_is_exact():
    _exact("protect Medicaid for every family", "The governor went to Frankfort to protect Medicaid for every family.")


# -- for how long, at either end; how many times as much, at the start -----------------------------

@pytest.mark.parametrize("source", [
    "The minister denied the report initially.",
    "The minister denied the report at first.",
    "The minister denied the report temporarily.",
])
def test_a_quote_ending_before_a_word_that_limits_it_in_time_is_altered(source):
    _altered("The minister denied the report", source, "trailing_word")


@pytest.mark.parametrize("source", [
    "The minister initially denied the report.",
    "The minister briefly denied the report.",
])
def test_a_quote_starting_right_after_a_word_that_limits_it_in_time_is_altered(source):
    _altered("denied the report", source, "leading_qualifier")


@pytest.mark.parametrize("source", [
    "The new drug is half as effective as the old one.",
    "The new drug is twice as effective as the old one.",
])
def test_a_quote_starting_right_after_a_multiplier_of_a_comparison_is_altered(source):
    _altered("as effective as the old one", source, "leading_qualifier")


@pytest.mark.parametrize("source", [
    "He was formerly the largest donor to the party.",
    "He was initially the largest donor to the party.",
])
def test_an_ellipsis_leaving_out_a_word_that_puts_the_quote_in_the_past_is_altered(source):
    _altered("He was ... the largest donor to the party", source, "ellipsis_qualifier")


def test_a_quote_starting_right_after_a_word_changing_an_office_is_altered():
    _altered("mayor of Boston said the plan would fail", "The acting mayor of Boston said the plan would fail.",
             "leading_qualifier")


def test_a_quote_starting_with_the_verb_after_acting_as_a_noun_is_exact():
    _exact("is amazing in every scene", "The acting is amazing in every scene.")


@pytest.mark.parametrize("source", [
    "Hardly any patients recovered after the treatment.",
    "Barely any patients recovered after the treatment.",
])
def test_a_quote_starting_right_after_hardly_any_is_altered(source):
    _altered("patients recovered after the treatment", source, "leading_qualifier")
