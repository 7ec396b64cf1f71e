"""A phrase of place, population or time a dash sets off after the quote's end (quote rules 32).

Rules 28 read a word of restriction, exception or condition after a dash ("— only in mice")
and left any other aside unread, so "It works" of "It works — in mice", "Es wirkt – bei Mäusen"
and "It works — until the dose rises" were ``exact``. A preposition a dash sets off narrows the
claim to a place, a population or a time; "until" and a preposition of time only after a claim
in the present (a past claim's date or end is no material change). An apposition, a
conjunction, a set phrase, a year or a weekday, and a dash closing an aside the quote opened stay
``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works — in mice."),
    ("Es wirkt", "Es wirkt – bei Mäusen."),
    ("The subsidy is available", "The subsidy is available — for first-time buyers."),
    ("Le vaccin protège", "Le vaccin protège — chez les enfants."),
    ("El programa funciona", "El programa funciona — en las zonas rurales."),
    ("Il farmaco funziona", "Il farmaco funziona — nei topi."),
    ("It works", "It works — in mice, at least."),  # rules 28 asserted exact: the aside was not read
])
def test_a_phrase_of_place_or_population_after_a_dash_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works — until the dose rises."),
    ("The bridge stays open", "The bridge stays open — until the repairs begin."),
])
def test_until_after_a_dash_and_a_claim_in_the_present_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The river was clean", "The river was clean — until the factory opened."),
    ("The plant closed", "The plant closed — in 2019."),
    ("The minister resigned", "The minister resigned — on Monday."),
    ("The minister resigned", "The minister resigned — on the same day as the vote."),
    ("The firm was sold", "The firm was sold — at the end of the year."),
    ("Prices rose", "Prices rose — in the 1990s."),
])
def test_a_past_claims_date_or_end_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works — a finding the authors welcomed."),
    ("It works", "It works — and fast."),
    ("It works", "It works — in fact, better than expected."),
    ("It works", "It works — for example, the pilot ran smoothly."),
    ("The party won", "The party won — in a landslide that surprised no one."),
])
def test_an_apposition_a_conjunction_or_a_set_phrase_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


def test_a_dash_closing_an_aside_the_quote_opened_is_not_read():
    _exact("We decided to put ourselves out there – not knowing what we’d find",
           "We decided to put ourselves out there – not knowing what we’d find – in an effort to help.")


@pytest.mark.parametrize(("quote", "source"), [
    ("We need more nurses", "We need more nurses — in every hospital."),
    ("She won the race", "She won the race — for the third time."),
    ("I love this city", "I love this city — for its people."),
    ("The bill passed", "The bill passed — on a party-line vote."),
])
def test_a_phrase_of_all_a_count_a_reason_or_a_manner_after_a_dash_is_exact(quote, source):
    _exact(quote, source)
