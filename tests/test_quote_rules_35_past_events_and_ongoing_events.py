"""The place of a past event done once, and of one event going on, after a dash (quote rules 35).

Rules 34 read a listed past event's place after a dash as a circumstance like its date ("The
film premiered — in Cannes"); the list held a few English verbs and births, so "The clinic closed
— in Boston", "Die Ausstellung wurde eröffnet – in Berlin", "El acuerdo se firmó — en Lisboa",
"O acordo foi assinado — em Lisboa" were refused. No general test tells an event done once from
an act whose place is its reach ("was approved — in Europe", "was banned — in France"), so the
list is extended with the commonest events done once in each language. A finding's or an
effect's place ("worked", "grew", "fell") and the place of events of many ("Schools closed — in
Texas") still limit the claim. One event that goes on in one place ("The talks continue — in
Geneva") is where it is held; a spread that goes on ("The fighting continues — in the north") is
limited by its place.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The clinic closed", "The clinic closed — in Boston."),
    ("The treaty was signed", "The treaty was signed — in Paris."),
    ("The summit took place", "The summit took place — in Geneva."),
    ("Die Ausstellung wurde eröffnet", "Die Ausstellung wurde eröffnet – in Berlin."),
    ("El acuerdo se firmó", "El acuerdo se firmó — en Lisboa."),
    ("O acordo foi assinado", "O acordo foi assinado — em Lisboa."),
    ("Thomas was arrested", "Thomas was arrested — in Lyon."),
])
def test_the_place_of_a_past_event_done_once_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The drug was approved", "The drug was approved — in Europe."),
    ("The company grew", "The company grew — in Europe and Asia."),
    ("Las ventas cayeron", "Las ventas cayeron — en Europa."),
    ("Schools closed", "Schools closed — in Texas."),
    ("Churches closed", "Churches closed — in the city."),
])
def test_the_place_of_an_acts_reach_a_finding_or_events_of_many_after_a_dash_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_the_place_of_one_event_going_on_after_a_dash_is_exact():
    _exact("The talks continue", "The talks continue — in Geneva.")


def test_the_place_of_a_spread_going_on_after_a_dash_is_altered():
    _altered("The fighting continues", "The fighting continues — in the north.", "trailing_word")
