"""Red team: a number's sign dropped or flipped, or its digits regrouped, passed as noise.

A sign is a mark token of its own, and a dropped mark was punctuation noise, so "profits
changed by 5 percent" for "by -5 percent" was ``approximate`` (non-material noise, the
difference marked ``material: false``); "31" for "3-1" was "written as one word or two".
Both change a number, which the design counts as material: they are now ``altered``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = ("Analysts said profits changed by -5 percent over the last year, and the score was 3-1 "
          "at half time in the match. Temperatures fell to \u22128 degrees at night in the valley.")


def _number_diff(result) -> bool:
    return any(d.kind == "number" and d.material for d in result.differences)


@pytest.mark.parametrize("quote", [
    "profits changed by 5 percent over the last year",       # the minus dropped
    "profits changed by +5 percent over the last year",      # the sign flipped
    "Temperatures fell to 8 degrees at night in the valley",  # a minus sign (U+2212) dropped
])
def test_a_dropped_or_flipped_sign_is_altered_not_approximate(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and _number_diff(result)


def test_a_minus_added_to_a_number_is_altered():
    result = verify_quote("profits changed by -5 percent over the last year",
                          SOURCE.replace("by -5", "by 5"))
    assert result.verdict == "altered" and _number_diff(result)


def test_digits_regrouped_into_another_number_are_altered():
    result = verify_quote("the score was 31 at half time in the match", SOURCE)
    assert result.verdict == "altered" and _number_diff(result)


@pytest.mark.parametrize("quote", [
    "profits changed by -5 percent over the last year",
    "Temperatures fell to -8 degrees at night in the valley",
    "the score was 3\u20131 at half time in the match",
])
def test_the_same_signed_numbers_still_verify(quote):
    assert verify_quote(quote, SOURCE).verdict in ("exact", "normalized")
