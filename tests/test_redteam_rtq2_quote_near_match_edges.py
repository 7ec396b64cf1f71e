"""Red team (rtq2): a near match is held to the same edges as a verbatim one.

"He said he wuold pay the whole fine for the damage, but he did" (one typo) of "..., but he did
not." was ``approximate`` ("typos only"), while the same words without the typo are ``altered``
(``trailing_word``): the near-match verdict (:mod:`archiver.quotes.fuzzy_verdict`) never read
the words right beside the passage it found. So were a typo'd quote that starts right after
"Not", ends right before "only for adults", starts right after "More than" or ends right before
"billion". The edge checks of a verbatim match (:mod:`archiver.quotes.lead_word`,
:mod:`archiver.quotes.trail_word`) now judge a near match's edges too.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "He said he would pay the whole fine for the damage, but he did not. Not everyone on the council "
    "will support the plan for the harbour. The council said the new drug is safe only for adults over "
    "40. More than 20 people died in the terrible fire at the depot. The project will cost 1.5 billion "
    "euros over ten years.\n\n"
)


@pytest.mark.parametrize(("quote", "kind"), [
    ("He said he wuold pay the whole fine for the damage, but he did", "trailing_word"),
    ("everyone on the councl will support the plan for the harbour", "leading_qualifier"),
    ("The councl said the new drug is safe", "trailing_word"),
    ("20 poeple died in the terrible fire at the depot", "number"),
    ("The projekt will cost 1.5", "number"),
])
def test_a_near_match_cut_where_a_verbatim_one_is_altered_is_altered(quote, kind):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    assert kind in [d.kind for d in result.differences if d.material]


def test_a_near_match_with_nothing_beside_it_stays_approximate():
    assert verify_quote("He said he wuold pay the whole fine for the damage", SOURCE).verdict == "approximate"
