"""A share before a subject whose phrase holds an abbreviation's full stop (review s41).

Rules 24 read a share ("Most of", "Half the") cut from before a quote only in the quote's first
sentence, so that a verb of the next sentence is no claim the share limits. A full stop followed
by a space was taken for a sentence's end, an abbreviation's or an initial's too: "the U.S.
patients recovered" of "Most of the U.S. patients recovered." was ``exact`` (rules 23:
``altered``), the share read as ending at "U.S.".
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the U.S. patients recovered", "Most of the U.S. patients recovered."),
    ("Dr. Smith's patients recovered", "Most of Dr. Smith's patients recovered."),
])
def test_a_share_before_a_subject_holding_an_abbreviation_and_its_verb_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_verb_in_the_sentence_after_a_share_and_its_noun_phrase_stays_exact():
    _exact("the U.S. shares. Analysts expected", "He sold some of the U.S. shares. Analysts expected more.")
