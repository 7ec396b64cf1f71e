"""'charged with protecting', 'developing', 'defending': duties, not charges (review of rules 32).

Rules 32 read a closed list of duty gerunds after "charged with" as a task ("overseeing the
budget", "safeguarding"). "protecting the coastline", "developing the plan" and "defending the
city" name no crime and were read as the deed a charge alleges: they are ``exact``. A deed
("assaulting a police officer") stays ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("protecting the coastline", "The agency is charged with protecting the coastline."),
    ("developing a new strategy", "The team was charged with developing a new strategy."),
    ("defending the city", "The regiment was charged with defending the city."),
    ("modernising the railways", "The minister was charged with modernising the railways."),
])
def test_a_duty_after_charged_with_is_exact(quote, source):
    _exact(quote, source)


def test_a_deed_after_charged_with_stays_altered():
    _altered("assaulting a police officer", "He was charged with assaulting a police officer.", "leading_qualifier")
