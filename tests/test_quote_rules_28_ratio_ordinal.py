"""An ordinal before "in" is no ratio (quote rules 28).

Rules 26 read a ratio before "of" ("One in three of the patients", "9 out of 10 of") as a share,
and took an ordinal for its first number: "the races were won by Smith" of "He came first in two
of the races were won by Smith" was ``altered`` with an explanation naming "first in two of",
which says nothing a reader can use. "first" is a place, not a count: no ratio stands there, and
a plain cardinal ("two of") is no share (the lead's standing decision). A real ratio keeps its
explanation in the ratio's own words.
"""

from __future__ import annotations

from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote


def test_an_ordinal_before_in_and_a_cardinal_is_no_ratio():
    _exact("the races were won by Smith", "He came first in two of the races were won by Smith.")


def test_a_ratio_cut_from_before_the_quote_is_named_in_its_own_words():
    result = verify_quote("the patients recovered", "One in three of the patients recovered.")
    assert result.verdict == "altered"
    assert "'One in three of', which say how many of them hold" in result.explanation
