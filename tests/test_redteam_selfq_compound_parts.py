"""Red team (self-review of quote rules 13): a compound whose last part is swapped for another word.

"Er ist umweltunfreundlich" for "umweltfreundlich" (harmful to the environment for friendly to
it), "umweltfeindlich" for the same, "user-unfriendly" for "user-friendly": the quote's word is
a letter or two from the source's, so it was a typo candidate, and neither whole compound is in
the word list, so the real-word rule (quote rules 13) did not see that the compound's last part
("unfreundlich"/"freundlich", "feindlich"/"freundlich", "unfriendly"/"friendly") is one real
word put for another. The verdict was ``approximate`` ("typos only") for a quote that says the
opposite. Now a typo candidate whose words share a first part and differ in a last part that is
a word in both is a ``content_word`` difference, ``altered``, with the source's word shown. A
slip inside a compound that makes no word of its last part stays a typo.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE_DE = (
    "Der neue Bus ist umweltfreundlich und kostenlos, sagte die Bürgermeisterin am Montag. "
    "Die Anlage gilt als wartungsfreundlich und sicher."
)
SOURCE_EN = "The new portal is user-friendly and free, the council said on Monday after the vote."


@pytest.mark.parametrize(("quote", "source", "word", "swapped"), [
    ("Der neue Bus ist umweltunfreundlich und kostenlos", SOURCE_DE, "umweltfreundlich", "umweltunfreundlich"),
    ("Der neue Bus ist umweltfeindlich und kostenlos", SOURCE_DE, "umweltfreundlich", "umweltfeindlich"),
    ("Die Anlage gilt als wartungsunfreundlich und sicher", SOURCE_DE, "wartungsfreundlich", "wartungsunfreundlich"),
    ("The new portal is user-unfriendly and free, the council said", SOURCE_EN, "user-friendly", "user-unfriendly"),
])
def test_a_compound_whose_last_part_is_another_word_is_altered_with_the_source_word_shown(
        quote, source, word, swapped):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", result.explanation
    [diff] = [d for d in result.differences if d.material]
    assert (diff.kind, diff.quote, diff.source) == ("content_word", swapped, word)
    assert source[diff.start:diff.end] == word


@pytest.mark.parametrize("quote", [
    "Der neue Bus ist umweltfreundlch und kostenlos",
    "Die Anlage gilt als wartungsfreundich und sicher",
    "The new portal is user-frendly and free, the council said",
])
def test_a_slip_inside_a_compound_that_makes_no_word_is_still_a_typo(quote):
    result = verify_quote(quote, SOURCE_DE + " " + SOURCE_EN)
    assert result.verdict == "approximate", result.explanation
    assert [d.kind for d in result.differences if d.kind != "case"] == ["typo"]
