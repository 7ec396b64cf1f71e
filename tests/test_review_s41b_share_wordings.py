"""Review s41b of quote rules 26: the share wordings' narrowings let these through.

Rules 26 took "number" as a share only right after "a" and "part" only opening its clause, so
that "the number of the dead" and "as part of a deal" stay faithful. A size word between "a"
and "number" ("A small number of the patients died") and a conjunction, "that" or a size word
before "part" ("But part of the money was lost", "A large part of the money") are the same
shares: the clause cut from after them claims of all what the source says of some. The
faithful neighbours stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize("share", ["A small number of", "A large number of", "A growing number of"])
def test_a_clause_after_a_number_with_a_size_word_is_altered(share):
    _altered("the patients died", f"{share} the patients died.", "leading_qualifier")


@pytest.mark.parametrize("share", ["But part of", "And yet part of", "He said that part of",
                                   "A large part of", "The greater part of"])
def test_a_clause_after_part_opening_its_clause_past_a_conjunction_or_size_word_is_altered(share):
    _altered("the money was lost", f"{share} the money was lost.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the dead rose", "The large number of the dead rose."),
    ("the deal was signed", "Shares rose as part of the deal was signed."),
    ("the money was lost", "They took part in the talks, and the money was lost."),
])
def test_a_number_or_part_that_is_no_share_leaves_the_clause_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize("share", ["One in every three of", "Two out of every three of"])
def test_a_clause_after_a_ratio_with_every_is_altered(share):
    _altered("the adults smoke", f"{share} the adults smoke.", "leading_qualifier")
