""""if anything" and "if you will" after a quote's end set no condition (review of quote rules 28).

"if" after a quote's end limits its claim ("The plant will close if no buyer is found"); rules
28 read it after a dash as well. "if anything" (rather) and "if you will" (so to speak) are no
condition the claim hangs on, after a comma or a dash: "It was a good year" of "It was a good
year — if anything, better than expected" was refused as ``altered``. It is ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It was a good year", "It was a good year — if anything, better than expected."),
    ("It was a good year", "It was a good year, if anything, better than expected."),
    ("He is a genius", "He is a genius — if you will — of the stage."),
    ("He is a genius", "He is a genius, if you will, of the stage."),
])
def test_if_anything_or_if_you_will_after_the_quotes_end_is_exact(quote, source):
    _exact(quote, source)


def test_if_you_will_before_a_verb_is_still_a_condition():
    _altered("The plant will close", "The plant will close if you will not buy it.", "trailing_word")
