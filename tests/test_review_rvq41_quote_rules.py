"""What the review of quote rules 41 found (quote rules 42).

Rules 41 read every covered language's month names after a dash as a date but left French
"mars" and Spanish "mayo" out by hand, so "— en mars", "— en mayo" became places; they read a
German verb at the sentence's second or third word, so an adjective ("Die neue Steuer sinkt")
hid the present and a prefixed strong past ("verließen", "beriet", "verbot") looked like one; a
Russian subject noun ending as a past does ("Правила", "Канал") hid a future; a span from now
only in the form "in two years"; a year only before the few words of a list; a doubted source
only before "say", "claim" and kin; "Berichten zufolge" doubted but "According to reports," not;
"falsely" only before a "that" and not with "assured". The pairs here are not the red team's
(``tests/data/quotes/redteam-rvq41.tsv``).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import assert_named_claim as _named_claim


@pytest.mark.parametrize("source", ["Les écoles ont fermé — en mai.", "Les écoles ont fermé — en mars."])
def test_a_lowercase_month_after_a_dash_dates_the_claim(source):
    _exact("Les écoles ont fermé", source)


def test_a_lowercase_spanish_mayo_after_a_dash_dates_the_claim():
    _exact("Las clases se suspendieron", "Las clases se suspendieron — en mayo.")


def test_a_capitalised_month_name_of_a_lowercase_language_after_a_dash_is_a_place():
    _altered("Rare minerals are found", "Rare minerals are found — in Mayo.", "trailing_word")


def test_an_english_month_after_a_dash_stays_a_date():
    _exact("Schools closed", "Schools closed — in March.")


def test_a_german_present_after_an_adjective_is_read_before_a_deadline():
    _altered("Die hohen Kosten sinken", "Die hohen Kosten sinken innerhalb eines Jahres.", "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Arbeiter verließen das Werk", "Die Arbeiter verließen das Werk innerhalb einer Stunde."),
    ("Der Rat beriet", "Der Rat beriet binnen einer Woche."),
    ("Das Gericht verbot die Demo", "Das Gericht verbot die Demo innerhalb eines Tages."),
])
def test_a_german_strong_past_is_no_present_before_a_deadline(quote, source):
    _exact(quote, source)


def test_a_german_present_ending_as_a_past_does_stays_a_present():
    _altered("Die Stadt schließt die Bäder", "Die Stadt schließt die Bäder binnen eines Monats.", "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Правила изменят", "Правила изменят через год."),
    ("Сигнал отключат", "Сигнал отключат через неделю."),
])
def test_a_russian_subject_noun_ending_as_a_past_hides_no_future(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize("source", [
    "The bridge will reopen in the next few months.",
    "The bridge will reopen in roughly three weeks.",
    "The bridge will reopen in three to four weeks.",
])
def test_a_rounded_or_ranged_span_from_now_is_a_deadline(source):
    _altered("The bridge will reopen", source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Le pont rouvrira", "Le pont rouvrira dans les prochains mois."),
    ("El puente reabrirá", "El puente reabrirá en las próximas semanas."),
])
def test_the_coming_months_in_romance_languages_are_a_deadline(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_past_claim_over_a_rounded_span_is_no_deadline():
    _exact("The team finished the bridge", "The team finished the bridge in about two years.")


def test_a_year_before_a_preposition_is_a_deadline():
    _altered("The ban will take effect", "The ban will take effect by 2027 across the country.", "trailing_word")


def test_a_doubted_source_before_another_verb_of_reporting_is_read():
    _altered("the mayor will resign", "Unconfirmed reports stated that the mayor will resign.", "leading_qualifier")


def test_a_doubted_source_that_told_someone_is_read():
    _altered("the mayor will resign", "Anonymous officials told local radio that the mayor will resign.",
             "leading_qualifier")


def test_officials_who_told_someone_are_no_doubted_source():
    _exact("the mayor will resign", "Several officials told local radio that the mayor will resign.")


def test_according_to_unnamed_reports_is_read_as_berichten_zufolge_is():
    _altered("the mayor will resign", "According to press reports, the mayor will resign.", "leading_qualifier")


@pytest.mark.parametrize("source", ["According to the council's reports, the mayor will resign.",
                                    "According to Reuters reports, the mayor will resign."])
def test_according_to_named_reports_is_no_doubt(source):
    _named_claim("the mayor will resign", source)  # exact until rules 44, which read every cut attribution


def test_falsely_told_before_a_clause_without_that_is_read():
    _altered("the election was stolen", "He falsely told supporters the election was stolen.", "leading_qualifier")


def test_told_without_falsely_before_a_clause_stays_exact():
    _exact("the election was stolen", "He told supporters the election was stolen.")


def test_falsely_assured_is_read():
    _altered("the product was safe", "The company falsely assured regulators that the product was safe.",
             "leading_qualifier")


def test_assured_without_falsely_stays_exact():
    _exact("the product was safe", "The company assured regulators that the product was safe.")

