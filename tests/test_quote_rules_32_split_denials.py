"""A denial split from the claim it denies by an aside or a relative clause (quote rules 32).

Rules 14 read "denied that" and rules 28 "rejected claims that" with the words side by side;
rules 30 German "wies die Vorwürfe zurück, dass". An English aside set off by commas between the
denying verb and its "that" or its claim noun, and a German relative clause set off by commas
inside the denial's object, hid the denial: "he had lied" of "He denied, in a statement on
Monday, that he had lied" was ``exact``. It is ``altered``; a verb that affirms stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("he had lied", "He denied, in a statement on Monday, that he had lied."),
    ("that he had lied", "He denied, in a statement on Monday, that he had lied."),
    ("the company broke the law", "She rejected, in an interview, claims that the company broke the law."),
    ("he knew about the loan", "He disputed, speaking to reporters on Friday, that he knew about the loan."),
])
def test_an_english_denial_before_an_aside_and_that_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("er gelogen habe", "Der Minister wies den Vorwurf, den die Opposition erhob, zurück, dass er gelogen habe."),
    ("dass er gelogen habe", "Der Minister wies den Vorwurf, den die Opposition erhob, zurück, dass er gelogen habe."),
])
def test_a_german_split_denial_with_a_relative_clause_in_its_object_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("he had lied", "He confirmed, in a statement on Monday, that he had lied."),
    ("he had lied", "He said, in a statement on Monday, that he had lied."),
])
def test_an_affirming_verb_before_an_aside_and_that_is_exact(quote, source):
    _exact(quote, source)
