"""A past event whose subject is a plural after a determiner is one of many (review of quote rules
35).

Rules 35 pass the place a dash sets off after a past event done once ("The clinic closed — in
Boston": where it was done) and still read it after events of many, whose place is their share:
a bare plural or a word of quantity ("Schools closed — in Texas", "Many clinics closed"). A
plural after "the", a possessive or a number is as many: "The schools closed — in Texas", "Two
clinics closed — in Ohio", "The company's stores closed — in Ohio", "Gli ospedali hanno chiuso —
in Lombardia" passed (rules 34 refused them, as every past event's place). Each is ``altered``;
a singular subject's event stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The schools closed", "The schools closed — in Texas."),
    ("Two clinics closed", "Two clinics closed — in Ohio."),
    ("The company's stores closed", "The company's stores closed — in Ohio."),
    ("The churches were closed", "The churches were closed — in the city."),
    ("Gli ospedali hanno chiuso", "Gli ospedali hanno chiuso — in Lombardia."),
])
def test_a_past_event_of_a_plural_after_a_determiner_before_a_dash_and_a_place_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The museum opened", "The museum opened — in Berlin."),
    ("L'ospedale ha chiuso", "L'ospedale ha chiuso — in Lombardia."),
])
def test_a_past_event_of_a_singular_after_a_determiner_before_a_dash_and_a_place_is_exact(quote, source):
    _exact(quote, source)


def test_a_past_event_of_a_plural_in_ies_before_a_dash_and_a_place_is_altered():
    _altered("Their factories closed", "Their factories closed — in Ohio.", "trailing_word")
