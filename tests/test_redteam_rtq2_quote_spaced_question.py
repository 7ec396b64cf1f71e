"""Red team (rtq2): a question mark set off by a space, as French writes it, still ends a question.

"Le maire a payé ses impôts" is a verbatim part of "Le maire a payé ses impôts ? Non, selon le
journal." and was ``exact``: the dropped-question rule (:mod:`archiver.quotes.final_mark`) read
only a "?" right after the matched words, and French (and a careless English text) sets a space,
a no-break space or a narrow no-break space before it.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_quote_leaving_out_a_question_mark_set_off_by_a_space_is_altered(space):
    source = f"Le maire a payé ses impôts{space}? Non, selon le journal du matin.\n"
    result = verify_quote("Le maire a payé ses impôts", source)
    assert result.verdict == "altered"
    assert [d.kind for d in result.differences if d.material] == ["question"]


def test_a_quote_keeping_the_spaced_question_mark_is_not_a_dropped_question():
    source = "Le maire a payé ses impôts ? Non, selon le journal du matin.\n"
    result = verify_quote("Le maire a payé ses impôts ?", source)
    assert "question" not in [d.kind for d in result.differences if d.material]
