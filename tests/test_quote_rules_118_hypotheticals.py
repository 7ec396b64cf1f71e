"""Quote rules 118 (red teams q118, q118-held): a quote cut after a hypothetical's opening ("In an ideal world, ",
"Best case, ", "Worst case, ", "For the sake of argument, ", "Say [the company goes bankrupt]", "In einer idealen
Welt", "Dans un monde idéal, ", "В идеальном мире") states as a fact what the source supposes.

Red team q118 (15 pairs written before running) 10 wrong on rules 117, 0 after ("Let's assume", "Assume" were read
already); held out q118-held (7 pairs written after the fix) 0 wrong; the faithful survey unchanged from rules 117.
"""

from __future__ import annotations

from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_118_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q118.tsv", "redteam-q118-held.tsv")


def test_say_after_a_quote_is_a_verb_not_a_hypothetical() -> None:
    assert_exact("Experts", "Experts say the vaccine is safe.")
