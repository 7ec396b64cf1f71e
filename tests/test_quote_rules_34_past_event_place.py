"""A listed past event's place after a dash is no limit; a finding's or an effect's is (quote
rules 34).

A past claim's date is not material (the lead's standing decision); the place of a past event
("premiered", "spoke", "toured", "was held") is like it. A finding or an effect ("worked",
"reduced", "rose") or a past act not listed ("was banned") keeps the place it held in.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The film premiered", "The film premiered — in Cannes."),
    ("The minister spoke", "The minister spoke — in French."),
    ("The band toured", "The band toured — across Europe."),
    ("The summit was held", "The summit was held — in Geneva."),
])
def test_a_past_events_place_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The drug worked", "The drug worked — in mice."),
    ("The drug reduced deaths", "The drug reduced deaths — in older patients."),
    ("The pesticide was banned", "The pesticide was banned — in France."),
])
def test_a_past_findings_or_acts_place_after_a_dash_stays_altered(quote, source):
    _altered(quote, source, "trailing_word")
