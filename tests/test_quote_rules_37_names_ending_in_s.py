"""A name ending in "-s" opening a past event is one person, not events of many (quote rules 37).

Rules 36 read an English bare plural opening a past event as events of many, whose place after
a dash is their share ("Schools closed — in Texas": ``altered``), and told a plural by its
singular being an English word. The English list holds "jame" (a rare word), so "James died —
in Paris" read as a plural and was refused, though one man died once, where is a circumstance
("The clinic closed — in Boston": ``exact``). A word written with a capital whose stem the list
holds only as a rare word, less often than the word itself, is a name; a plural subject whose
singular is a common word ("Banks", "Nurses", capitalised at the sentence's start) stays plural.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize("name", ["James", "Thomas", "Charles", "Lucas", "Nicholas"])
def test_a_name_ending_in_s_before_a_past_event_a_dash_and_a_place_is_exact(name):
    _exact(f"{name} died", f"{name} died — in Paris.")


@pytest.mark.parametrize(("quote", "source"), [
    ("Banks closed", "Banks closed — in Texas."),
    ("Nurses died", "Nurses died — in Paris."),
    ("Apples fell", "Apples fell — in Kent."),
])
def test_a_plural_subject_capitalised_at_the_sentence_start_before_a_dash_and_a_place_is_altered(quote, source):
    _altered(quote, source, "trailing_word")
