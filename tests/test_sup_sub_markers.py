"""Where a raised number is a footnote marker a quote may leave out, and where it is part of a
number or unit that a quote must keep (verify_quote on archived text, as extraction stores it).

A marker is a superscript number (or a glued "[12]") right after a word of three or more
letters, or after a word and its closing punctuation. After a digit it belongs to the number
(10⁶), after one or two letters it is a power or a unit (x², km²).
"""

from __future__ import annotations

from archiver.quotes import verify_quote


def test_a_caret_power_quoted_against_plain_digits_is_altered():
    result = verify_quote("counted 10^6 households", "The office counted 106 households.")
    assert result.verdict == "altered"


def test_a_signed_caret_power_matches_the_raised_one():
    result = verify_quote("the value 2^-3 was", "so the value 2\u207b\u00b3 was used.")
    assert result.verdict == "normalized"
    assert "superscript_notation" in result.normalizations


def test_a_unit_power_is_no_footnote_marker():
    assert verify_quote("an area of 40 km in total", "It has an area of 40 km\u00b2 in total.").verdict == "altered"


def test_a_marker_after_closing_punctuation_may_be_left_out():
    result = verify_quote("said it was over. Then", "She said it was over.\u00b3 Then they left.")
    assert result.verdict == "normalized"
    assert "footnote_markers" in result.normalizations


def test_a_glued_bracketed_marker_may_be_left_out():
    result = verify_quote("the sky is blue and wide", "Wikipedia says the sky is blue[12] and wide.")
    assert result.verdict == "normalized"
    assert "footnote_markers" in result.normalizations


def test_a_changed_bracketed_marker_is_altered():
    assert verify_quote("the sky is blue[13] and wide", "Wikipedia says the sky is blue[12] and wide.").verdict == "altered"
