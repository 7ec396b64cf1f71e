"""Red team, review 21 (F4): an ellipsis leaving out "too" or "tens of".

"The plan is ... to be effective" for "is too weak to be effective" says the opposite ("too
weak to be" says it is not); "The mayor said ... thousands of people marched" for "tens of
thousands" shrinks the figure ("hundreds of millions" was caught, as "hundreds" is a quantity
word). Both were ``normalized``. "tens", "scores" and the counted plurals of the other covered
languages ("Zehntausende", "dizaines", "decenas", "decine", "dezenas", "десятки") are quantity
words now, and "too" and its equivalents (:data:`archiver.quotes.lexicon.DEGREE_WORDS`) are
qualifiers.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote

SOURCE = (
    "The plan is too weak to be effective, experts said on Monday.\n\n"
    "The mayor said tens of thousands of people marched after the storm.\n\n"
    "The chief said scores of people marched after the storm.\n\n"
    "Le plan est trop faible pour être efficace, selon les experts.\n\n"
    "Il sindaco ha detto che decine di migliaia di persone hanno marciato.\n\n"
    "The plan is weak, experts said. It will not be effective, they added.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The plan is ... to be effective, experts said on Monday", "too"),
    ("The mayor said ... thousands of people marched after the storm", "tens"),
    ("The chief said ... people marched after the storm", "scores"),
    ("Le plan est ... pour être efficace", "trop"),
    ("Il sindaco ha detto che ... di migliaia di persone hanno marciato", "decine"),
])
def test_an_ellipsis_leaving_out_a_degree_or_a_counted_plural_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


def test_a_bracket_changing_a_quantity_to_tens_is_altered():
    result = verify_quote("The mayor said [tens] of people marched after the storm", SOURCE.replace(
        "tens of thousands of people", "hundreds of people"))
    assert result.verdict == "altered"


def test_a_sentence_left_out_whole_still_verifies():
    quote = "The plan is weak, experts said. ... It will not be effective, they added"
    assert verify_quote(quote, SOURCE).verdict == "normalized"


REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Storm plan</title></head><body><article>"
    "<h1>Storm plan</h1><p>The plan is too weak to be effective, experts said on Monday after the "
    "hearing.</p><p>The mayor said tens of thousands of people marched after the storm hit the "
    "coast.</p></article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_an_ellipsis_over_too_or_tens_of(store):
    altered = ("The plan is ... to be effective, experts said on Monday",
              "The mayor said ... thousands of people marched after the storm")
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/plan", [*altered,
         "The plan is too weak to be effective"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    assert got["The plan is too weak to be effective"] == (0, "exact")
