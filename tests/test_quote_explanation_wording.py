"""The one-line explanation of an ``altered`` verdict names the words on the side that has them
and says the other side has nothing there: never a bare ``None`` (it read "(quote: None, source:
'no')" for a dropped negation)."""

from __future__ import annotations

from archiver.quotes import verify_quote

SOURCE = "The council did not approve the plan for the harbour on Tuesday, the mayor said."


def test_a_word_the_quote_drops_is_named_as_the_sources_with_nothing_in_the_quote():
    result = verify_quote("The council did approve the plan for the harbour on Tuesday", SOURCE)
    assert result.verdict == "altered"
    assert "(the source has 'not', the quote nothing there)" in result.explanation, result.explanation
    assert "None" not in result.explanation


def test_a_word_the_quote_adds_is_named_as_the_quotes_with_nothing_in_the_source():
    result = verify_quote("The council did not approve the plan for the harbour on Tuesday night", SOURCE)
    assert result.verdict == "altered", result
    assert "the quote has 'night'" in result.explanation and "None" not in result.explanation, result.explanation
