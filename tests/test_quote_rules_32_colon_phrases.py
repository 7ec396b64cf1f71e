"""A limit after a colon opened by a contrast, a negation or a hedge; an announcing colon (quote rules 32).

Rules 30 read "It works: only in mice"; the review of rules 30 left "It works: at least in
mice", "It works: but only in mice", "It works: not in humans" ``exact``. Each narrows or denies
the claim as "only" does and is ``altered``. After a word that announces what the colon opens
("The lesson is clear:", "The answer is simple:") the phrase is what is announced: "The lesson
is clear: only in crises we learn" (no inversion) was refused by rules 31 and is ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works: at least in mice."),
    ("It works", "It works: but only in mice."),
    ("It works", "It works: not in humans."),
    ("Das Mittel hilft", "Das Mittel hilft: aber nur bei Kindern."),
    ("Le produit est efficace", "Le produit est efficace : mais seulement chez l'adulte."),
])
def test_a_contrast_negation_or_hedge_before_a_limit_after_a_colon_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The lesson is clear", "The lesson is clear: only in crises we learn."),
    ("The answer is simple", "The answer is simple: not in my name."),
    ("He had one request", "He had one request: not in front of the children."),
    ("The advice was the same", "The advice was the same: not in the first year."),
    ("There were many", "There were many: at least 35 of them."),
])
def test_a_colon_that_announces_its_phrase_or_a_bound_on_a_number_is_exact(quote, source):
    _exact(quote, source)
