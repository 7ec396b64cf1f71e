""""until" after a speaker's tag set off between commas (review s41).

A comma before "until" closes the state the quote names ("operating normally, until ...") and
is no limit of it; but the comma that closes a speaker's tag read past (rules 24: ", its maker
says, only in mice") is the tag's, not the claim's: "The plant operates" of "The plant operates,
officials say, until May." was ``exact`` where "The plant operates until May." is ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The plant operates", "The plant operates, officials say, until May."),
    ("Jones manages the fund", "Jones manages the fund, the bank said, until March."),
])
def test_a_claim_in_the_present_cut_before_a_speakers_tag_and_until_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_claim_in_the_past_cut_before_a_speakers_tag_and_until_stays_exact():
    _exact("He waited", "He waited, his lawyer said, until noon.")
