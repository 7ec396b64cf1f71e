"""Red team q24: limits after a quote's end that rules 23 read past.

Each quote ends right before words that limit its claim, and was ``exact`` under rules 23: a
bound on the cases it holds in ("in fewer than one in ten patients", "in no more than 2%"), a
recurring day ("on Sundays", "le dimanche", "los domingos", "sonntags"), a condition of more
than one word ("subject to", "pending", "in the event of"), a closing "only" after a phrase with a
figure ("for adults over 65 only"), and "hardly" after the verb ("Die Preise steigen kaum
noch"). Rules 24 read each (archiver/quotes/trail_limit.py); the faithful neighbours beside
them stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

_GERMAN = ("Die Regierung hat im Herbst neue Regeln beschlossen, die ab Januar gelten. {} Das ist eine gute "
           "Nachricht für die Kunden und für die Stadt.")


@pytest.mark.parametrize(("quote", "source"), [
    ("The treatment was effective", "The treatment was effective in fewer than one in ten patients."),
    ("The drug cures cancer", "The drug cures cancer in no more than 2% of patients."),
])
def test_a_quote_ending_before_a_bound_on_its_cases_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Deregulation brought the crash of 2008", "Deregulation brought the crash of 2008 in less than a decade."),
    ("The job was done", "The job was done in no time."),
])
def test_a_quote_ending_before_the_time_something_took_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The museum is free", "The museum is free on Sundays."),
    ("The museum is free", "The museum is free on Sundays and holidays."),
    ("The bridge is open", "The bridge is open on weekdays."),
    ("Les écoles restent fermées", "Les écoles restent fermées le dimanche."),
    ("las escuelas siguen cerradas", "Las escuelas siguen cerradas los domingos."),
    ("Die Schulen bleiben", "Die Schulen bleiben sonntags geschlossen."),
])
def test_a_quote_ending_before_a_recurring_day_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Les écoles restent fermées", "Les écoles restent fermées le lundi 3 mars."),
    ("The attack happened", "The attack happened at night."),
    ("The museum opened", "The museum opened on Sunday."),
])
def test_a_quote_ending_before_a_date_or_one_time_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The deal goes ahead", "The deal goes ahead subject to regulatory approval."),
    ("The deal goes ahead", "The deal goes ahead pending approval."),
    ("The town will flood", "The town will flood in the event of a dam failure."),
])
def test_a_quote_ending_before_a_condition_of_more_than_one_word_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Texts are shown on screen to explain the plot", "Texts are shown on screen to explain the plot in case "
     "audiences miss it."),
    ("The team played", "The team played in the evening."),
])
def test_a_quote_ending_before_in_case_or_a_plain_phrase_is_exact(quote, source):
    # "in case" sets a precaution, no condition on the quoted words
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the vaccine is safe for adults", "The vaccine is safe for adults over 65 only."),
    ("The shop sells alcohol", "The shop sells alcohol after 10 a.m. only."),
])
def test_a_quote_ending_before_a_phrase_with_a_figure_and_a_closing_only_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_quote_ending_before_hardly_in_german_is_altered():
    _altered("Die Preise steigen", _GERMAN.format("Die Preise steigen kaum noch, sagt der Verband."), "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("by a mere five basis points", "It would cut yields by a mere five basis points, hardly enough to matter."),
    ("bis auf wenige Ausnahmen", _GERMAN.format("Die Politiker haben, bis auf wenige Ausnahmen, kaum noch Kontakt.")),
])
def test_a_quote_ending_before_a_comma_and_hardly_is_exact(quote, source):
    # after a comma, "hardly" opens another clause's words
    _exact(quote, source)
