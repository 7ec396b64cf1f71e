"""Quote rules 91 (red teams q91, q91-held): a claim cut before the proposal it holds under, an absolute condition or its
exceptions is not vouched for.

"Taxes will fall" was ``exact`` of "Taxes will fall under the plan.", "The bridge will reopen" of "..., weather
permitting.", "The law bans smoking" of "..., with some exceptions." (:mod:`archiver.quotes.condition_tail`, six
languages). Not "under the river", "under budget", and not "according to the plan" ("nach dem Plan", "secondo il
piano", "segundo o plano"): a plan named as a schedule's source is the standing faithful reading (red team rvq39),
which the draft broke and which two of q91's expectations were revised to (said in the file). Red team q91 (17 pairs
written before running) 9 wrong on rules 85, 0 after; held out q91-held (10, written after) 6 wrong on rules 85, 0 on
rules 91; the faithful survey unchanged by it.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test


@pytest.mark.parametrize(("quote", "source"), [
    ("Taxes will fall", "Taxes will fall under the plan."),
    ("The bridge will reopen", "The bridge will reopen, weather permitting."),
    ("The law bans smoking", "The law bans smoking, with some exceptions."),
    ("Das Gesetz verbietet das Rauchen", "Das Gesetz verbietet das Rauchen, mit einigen Ausnahmen."),
])
def test_a_claim_cut_before_its_proposal_condition_or_exceptions_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("The tunnel runs", "The tunnel runs under the river."),
    ("The project was completed", "The project was completed under budget."),
    ("A ponte ficará pronta até 2030", "A ponte ficará pronta até 2030, segundo o plano."),
])
def test_a_place_a_budget_or_a_plan_named_as_a_source_leaves_the_quote_exact(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"


test_the_red_team_pairs_of_rules_91_get_the_verdict_a_reader_expects = redteam_test("redteam-q91.tsv", "redteam-q91-held.tsv")
