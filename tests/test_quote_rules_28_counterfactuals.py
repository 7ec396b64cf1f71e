"""A counterfactual's condition cut from a quote's edge (quote rules 28, red team q28).

"The team would have won" of "The team would have won had it not rained" drops the condition the
claim hangs on, as "if it had not rained" would (read since rules 18). English puts the
condition's verb first ("had it not rained", "were they to", "should the talks fail"), after the
claim or before it and its comma ("Had it not rained, the team would have won"); German writes
", wenn" after a subjunctive ("hätte gewonnen, wenn es nicht geregnet hätte"). Each was
``exact``; each is ``altered``. German "wenn" after a claim in the indicative ("Das Werk schließt,
wenn ...") is as often "when", and after "wäre es gut" opens the clause the verb takes: not read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The team would have won", "The team would have won had it not rained."),
    ("The deal would collapse", "The deal would collapse were the bank to withdraw."),
    ("Die Mannschaft hätte gewonnen", "Die Mannschaft hätte gewonnen, wenn es nicht geregnet hätte."),
])
def test_a_condition_after_a_claim_in_the_conditional_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("the team would have won", "Had it not rained, the team would have won."),
    ("the deal will collapse", "Should the bank withdraw, the deal will collapse."),
])
def test_a_claim_after_an_inverted_condition_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("Da wäre es doch gut", "Da wäre es doch gut, wenn alle mitmachen."),
    ("The team won", "The team won. Had it rained, they would have lost."),
])
def test_wenn_after_an_extraposed_es_and_a_claim_with_no_condition_are_exact(quote, source):
    _exact(quote, source)
