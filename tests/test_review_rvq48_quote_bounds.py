"""What the review of rules 45-47 found of bounds cut off before a quote (quote rules 48; red team
rvq48, ``tests/data/quotes/redteam-rvq48.tsv``): false alarms where the bound limits nothing the
quote claims (an event dating the saying, an "until" running to now, "until further notice" in
Italian), and a German modal's present read as none. The pairs here are our own.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact


@pytest.mark.parametrize(("quote", "source"), [
    ("fees will double", "After the vote, the governor said fees will double."),
    ("die Zölle würden sinken", "Nach dem Gipfel sagte die Kanzlerin, die Zölle würden sinken."),
])
def test_an_event_dating_the_saying_before_the_quote_bounds_no_claim(quote, source):
    assert_exact(quote, source)


def test_an_event_across_a_speakers_tag_still_bounds_the_future_claim():
    assert_altered("fees will double", "After the elections, the governor said, fees will double.",
                   "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("ist die Ursache unklar", "Bis heute ist die Ursache unklar."),
    ("the cause remains unclear", "Until now, the cause remains unclear."),
    ("la causa resta ignota", "Fino ad oggi, la causa resta ignota."),
])
def test_an_until_running_to_now_opening_the_sentence_is_no_bound(quote, source):
    assert_exact(quote, source)


def test_an_until_with_an_end_opening_the_sentence_is_still_a_bound():
    assert_altered("ist die Halle gesperrt", "Bis Ende Mai ist die Halle gesperrt.", "leading_qualifier")


def test_italian_until_further_notice_opening_the_sentence_sets_no_end():
    assert_exact("la piscina resta chiusa", "Fino a nuovo avviso, la piscina resta chiusa.")


def test_italian_until_a_month_opening_the_sentence_is_still_a_bound():
    assert_altered("la piscina resta chiusa", "Fino a maggio, la piscina resta chiusa.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("muss die Schule nach dem Beschluss saniert sein",
     "Der Stadtrat hat entschieden. Spätestens 2028 muss die Schule nach dem Beschluss saniert sein."),
    ("soll die Halle öffnen", "Ab Juni soll die Halle öffnen."),
])
def test_a_german_modal_present_after_a_cut_off_bound_is_bounded(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the pool stays closed", "Until May, though, the pool stays closed."),
    ("la piscine reste fermée", "Jusqu'à fin mai, en tout cas, la piscine reste fermée."),
    ("bleibt das Freibad geschlossen", "Bis Ende Mai, so die Stadt, bleibt das Freibad geschlossen."),
])
def test_a_bound_cut_off_across_a_short_aside_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_a_date_of_an_event_before_a_short_aside_is_no_bound():
    assert_exact("the pool stays closed", "On Monday, however, the pool stays closed.")
