"""False passes quote rules 18 left, each a class (quote rules 19).

Each quote here is a verbatim run of a source that says something else once the words left out
are read back: a "would" or "should" before the verb, a verb of hope, belief or fear before the
clause ("hope the vaccine reduces deaths"), the standard of a comparison after it ("safer than
nothing"), "until" after a claim in the present ("is operating until May"), an attribution after
it ("according to its maker", "laut", "selon"), a quantifier two words back ("Half the
patients"), and a word cut off before a quote that opens with a negation ("probably won't
last"). Each was ``exact`` under rules 18; each is ``altered``. The faithful neighbours of each
class stay as they were.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

# -- "would", "should" before the verb --------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "The vaccine would reduce deaths by half.",
    "The vaccine should reduce deaths by half.",
    "Le vaccin devrait réduire les décès de moitié.",
])
def test_a_quote_starting_right_after_would_or_should_is_altered(source):
    quote = "réduire les décès de moitié" if "vaccin " in source else "reduce deaths by half"
    _altered(quote, source, "leading_qualifier")


def test_a_quote_starting_after_a_reported_would_is_exact():
    # "said it would rain": the future of reported speech, as "will" is, not a condition
    _exact("rain on Monday", "The forecaster said it would rain on Monday.")


def test_a_quote_starting_after_will_is_exact():
    _exact("reduce deaths by half", "The vaccine will reduce deaths by half.")


# -- a verb of hope, belief or fear before the clause -----------------------------------------------

@pytest.mark.parametrize("source", [
    "Scientists hope the vaccine reduces deaths by half.",
    "Scientists hope that the vaccine reduces deaths by half.",
    "Scientists believe the vaccine reduces deaths by half.",
    "Officials fear the vaccine reduces deaths by half.",
    "Researchers suspect that the vaccine reduces deaths by half.",
])
def test_a_quote_starting_right_after_a_verb_of_hope_or_belief_is_altered(source):
    _altered("the vaccine reduces deaths by half", source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("der Impfstoff die Todesfälle halbiert", "Forscher hoffen, dass der Impfstoff die Todesfälle halbiert."),
    ("le vaccin réduit les décès", "Les chercheurs espèrent que le vaccin réduit les décès."),
    ("la vacuna reduce las muertes", "Los científicos esperan que la vacuna reduce las muertes."),
])
def test_a_quote_starting_after_hope_and_its_that_in_other_languages_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_starting_after_a_verb_of_finding_is_exact():
    _exact("the vaccine reduces deaths by half", "Scientists found the vaccine reduces deaths by half.")


def test_a_quote_starting_after_the_noun_hope_with_an_article_is_exact():
    _exact("the vaccine works", "They gave up the hope. In May the vaccine works.")  # "By May": a bound (rules 46)


# -- a quantifier two words back --------------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "Half the patients recovered.",
    "Most of the patients recovered.",
    "Some of the patients recovered.",
    "None of the patients recovered.",
    "Few of the patients recovered.",
])
def test_a_quote_starting_after_a_quantifier_and_its_article_is_altered(source):
    _altered("patients recovered", source, "leading_qualifier")


def test_a_quote_starting_after_one_of_the_before_a_superlative_is_altered():
    # "one of the best players" quoted as "the best players": one among them made the best
    _altered("the best players in the league", "He is one of the best players in the league.", "leading_qualifier")


def test_a_noun_phrase_with_a_participle_after_one_of_the_is_exact():
    # "one of the guests invited to an event": names who she was among, no claim "one" limits
    _exact("the guests invited to an event", "She was one of the guests invited to an event by the mogul.")


def test_a_quote_starting_after_all_the_is_exact():
    _exact("patients recovered", "All the patients recovered.")


def test_a_quote_starting_after_an_article_and_a_verb_is_exact():
    _exact("patients recovered", "We saw that the patients recovered.")


def test_a_quote_ending_before_as_part_of_is_exact():
    _exact("a trade deal", "They bought farm products as part of a trade deal, he said.")


def test_a_noun_phrase_after_some_of_the_is_exact():
    # "read some of the other tutorials": the quote names things and claims nothing "some" limits
    _exact("the other tutorials", "You might want to read some of the other tutorials of my homepage.")


# -- a word cut off before a quote that opens with a negation ---------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("won't last", "The truce probably won't last."),
    ("not spread to humans", "The virus could not spread to humans."),
    ("don't recover", "Many don't recover."),
])
def test_a_quote_opening_with_a_negation_is_still_read_for_the_word_before_it(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_quote_opening_with_the_partner_of_a_negation_before_it_is_exact():
    # "n'était pas": the quote keeps the negation the "n'" before it opens
    _exact("pas sûr pour les camions", "Le ministre a dit que le pont n\u2019était pas sûr pour les camions.")


# -- the standard of a comparison after the quote ---------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("Bikes are safer", "Bikes are safer than nothing."),
    ("The new drug works better", "The new drug works better than a placebo, barely."),
    ("Fahrräder sind sicherer", "Fahrräder sind sicherer als nichts."),
    ("Les vélos sont plus sûrs", "Les vélos sont plus sûrs que rien."),
])
def test_a_quote_ending_right_before_its_comparisons_standard_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_quote_ending_before_a_german_als_that_is_no_comparison_is_exact():
    _exact("Er arbeitet seit Jahren", "Er arbeitet seit Jahren als Lehrer in Berlin.")


# -- "until" after a claim in the present ----------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("The plant is operating", "The plant is operating until May."),
    ("The ban remains in force", "The ban remains in force until June."),
    ("Die Anlage ist in Betrieb", "Die Anlage ist in Betrieb bis Mai."),
    ("L'usine est ouverte", "L'usine est ouverte jusqu'à mai."),
])
def test_a_quote_in_the_present_ending_right_before_until_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_quote_in_the_past_ending_before_until_is_exact():
    _exact("He waited at the station", "He waited at the station until noon.")


# -- an attribution after the quote ----------------------------------------------------------------

@pytest.mark.parametrize(("quote", "source"), [
    ("The treatment works", "The treatment works, according to its maker."),
    ("The treatment works", "The treatment works according to its maker."),
    ("Die Behandlung wirkt", "Die Behandlung wirkt, laut Hersteller."),
    ("Le traitement fonctionne", "Le traitement fonctionne, selon le fabricant."),
    ("El tratamiento funciona", "El tratamiento funciona, según el fabricante."),
])
def test_a_quote_ending_right_before_an_attribution_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_quote_ending_before_according_to_plan_is_exact():
    # "according to plan": how it went, no one's claim
    _exact("The launch went", "The launch went according to plan.")


def test_a_quote_of_speech_without_its_said_tag_is_exact():
    # quoting a speaker's words without "he said" is how speech is quoted
    _exact("We will win", "\u201cWe will win,\u201d he said.")
    _exact("The treatment works", "The treatment works, its maker says.")


def test_a_quote_reporting_a_pledge_ending_before_according_to_is_exact():
    # the quote already reports whose act it is; the attribution names the evidence of it
    _exact("The department has pledged to cover 40 percent of the cost",
           "The department has pledged to cover 40 percent of the cost, according to a letter read aloud.")


def test_a_quote_ending_before_an_attribution_aside_inside_its_clause_is_exact():
    # ", laut Kondo, nie ein Ende finden": an aside inside a clause the quote cuts, no attribution of it
    _exact("Denn so werden unsere Bemühungen", "Denn so werden unsere Bemühungen, laut Kondo, nie ein Ende finden.")


def test_a_quote_ending_before_according_to_a_record_is_exact():
    # "according to court records", "city data": the evidence of a fact, no one's claim
    _exact("The family lived in Fremont until last year", "The family lived in Fremont until last year, "
           "according to court records.")


def test_a_quote_opening_with_a_preposition_after_hopes_is_exact():
    # "playoff hopes in the conference": "hopes" is a noun, its phrase no one's hope
    _exact("in the Mid-American Conference West Division", "They keep their playoff hopes in the Mid-American "
           "Conference West Division alive.")


def test_a_quote_ending_before_until_with_a_word_that_is_a_verb_in_another_language_is_exact():
    # "son" is Spanish "are", English "son": the passage is English, the quote holds no present verb
    _exact("reference to Biden or his son by President Trump", "There was a reference to Biden or his son by "
           "President Trump until the call ended.")
