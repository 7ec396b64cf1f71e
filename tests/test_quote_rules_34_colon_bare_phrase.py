"""A colon followed by nothing but a phrase of place or population limits (quote rules 34).

Rules 30 and 32 read only a limit word, a negation or a hedge after a colon; "It works" of "It
works: in mice." passed. A phrase read as after a dash, ending the sentence within five words,
is a limit; a clause with its own subject ("at noon we leave") and a colon after a word that
announces ("The answer is simple:") are not.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works: in mice."),
    ("Das Mittel wirkt", "Das Mittel wirkt: bei Mäusen."),
    ("Le médicament agit", "Le médicament agit : chez les rongeurs."),
])
def test_a_bare_phrase_after_a_colon_ending_the_sentence_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Here is the plan", "Here is the plan: at noon we leave."),
    ("The answer is simple", "The answer is simple: in writing."),
])
def test_a_clause_or_an_announced_phrase_after_a_colon_is_exact(quote, source):
    _exact(quote, source)
