"""Red team, second pass: a bracketed aside of the source, left out, that bounded the quote.

Inside quoted speech a quote may leave out the source's bracketed aside ("The figures (reported
by the WSJ) have ..."), and only an aside holding a negation was refused. "will pay 5 million"
for "will pay (up to) 5 million", or leaving out "(in 2027)" or "(reportedly)", was
``normalized``. An aside holding a number, bound, hedge or quantity word is now material.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SAID = "\u201cThe company will {} pay 5 million euros to the families,\u201d the minister said on Monday."
QUOTE = "The company will pay 5 million euros to the families"


@pytest.mark.parametrize("aside", ["(up to)", "(in 2027)", "(reportedly)", "(at most)"])
def test_leaving_out_an_aside_that_bounds_the_quoted_words_is_altered(aside):
    result = verify_quote(QUOTE, SAID.format(aside))
    assert result.verdict == "altered"
    assert any(d.kind == "aside_qualifier" and d.material for d in result.differences)


def test_leaving_out_an_aside_that_names_who_is_meant_still_verifies():
    source = "\u201cThe company (Siemens) will pay 5 million euros to the families,\u201d the minister said."
    assert verify_quote("The company will pay 5 million euros to the families", source).verdict == "normalized"


@pytest.mark.parametrize(("source", "kind"), [
    ("\u201cThe company will pay (not) 5 million euros to the flood-\nprotection fund,\u201d he said.", "negation"),
    ("\u201cThe company will pay (up to) 5 million euros to the flood-\nprotection fund,\u201d he said.",
     "aside_qualifier"),
])
def test_the_near_match_path_does_not_drop_a_source_aside_unchecked(source, kind):
    """A line-end hyphen read as a space sends the quote to the near-match path, which matched
    with the source's asides left out and called even a dropped "(not)" ``normalized``."""
    result = verify_quote("The company will pay 5 million euros to the flood protection fund", source)
    assert result.verdict == "altered"
    assert any(d.kind == kind and d.material for d in result.differences)
