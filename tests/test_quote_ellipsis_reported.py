"""An ellipsis may not leave out "reported" from the clause of the quoted words.

"The virus was ... in China in December" for "The virus was reported in China in December"
turns a report into a fact, as leaving out "said" or "believed" already did (both reporting
words); "reported" was missing from that list and the quote was ``normalized``. A bracketed
aside naming who reported ("The figures (reported by the WSJ) have been exaggerated") is a
clause of its own, and a quote may still leave it out.
"""

from __future__ import annotations

from archiver.quotes import QUOTE_RULES_VERSION, verify_quote

SOURCE = ("The virus was reported in China in December, officials said.\n\n"
          "The figures (reported by the WSJ) have been exaggerated tens of times.\n\n"
          "The company reported a loss of five million euros in the third quarter.\n\n")


def _material(result) -> set[str]:
    return {d.kind for d in result.differences if d.material}


def test_an_ellipsis_leaving_out_reported_beside_the_quoted_words_is_altered():
    result = verify_quote("The virus was ... in China in December", SOURCE)
    assert result.verdict == "altered" and "ellipsis_attribution" in _material(result)
    assert any("'reported'" in (d.note or "") for d in result.differences)


def test_an_ellipsis_leaving_out_who_reported_a_loss_is_altered():
    assert verify_quote("The company ... a loss of five million euros", SOURCE).verdict == "altered"


def test_a_bracketed_reported_by_aside_left_out_by_an_ellipsis_is_an_ordinary_omission():
    result = verify_quote("The figures ... have been exaggerated tens of times", SOURCE)
    assert result.verdict == "normalized" and not _material(result)


def test_a_quote_keeping_reported_still_verifies():
    assert verify_quote("The virus was reported in China in December", SOURCE).verdict == "exact"


def test_the_quote_rules_version_names_this_rule():
    assert int(QUOTE_RULES_VERSION) >= 16
