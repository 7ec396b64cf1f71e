"""Red team (rtq2): a quote that starts right after the adverb hedging its words.

"took bribes from the builder" is a verbatim part of "The mayor reportedly took bribes from the
builder", and "the plan failed because of the budget" of "Apparently, the plan failed because of
the budget": both were ``exact``, a flat claim of what the source only reports or supposes. An
ellipsis leaving such a hedge out beside the quoted words was already ``altered``; the quote's
start now may not leave it out either (``leading_qualifier``), right before the words or opening
their sentence with a comma.
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

SOURCE = (
    "The mayor reportedly took bribes from the builder, the newspaper said on Monday.\n\n"
    "Apparently, the plan failed because of the budget, a council member said.\n\n"
    "Der Bürgermeister hat angeblich Geld von dem Bauunternehmer genommen, schrieb die Zeitung.\n\n"
    "The new phone is probably the best one on the market this year.\n\n"
)


@pytest.mark.parametrize(("quote", "word"), [
    ("took bribes from the builder", "reportedly"),
    ("the plan failed because of the budget", "Apparently"),
    ("Geld von dem Bauunternehmer genommen", "angeblich"),
    ("the best one on the market this year", "probably"),
])
def test_a_quote_starting_right_after_a_hedging_adverb_is_altered(quote, word):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    notes = material_notes(result, "leading_qualifier")
    assert notes == [f"the quote starts right after {word!r}, which hedges them in the source"]


@pytest.mark.parametrize("quote", [
    "The mayor reportedly took bribes from the builder",
    "a council member said",
])
def test_a_quote_keeping_the_hedge_or_starting_elsewhere_is_exact(quote):
    assert verify_quote(quote, SOURCE).verdict == "exact"
