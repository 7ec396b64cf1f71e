"""Quote rules 116 (red teams q116, q116-held): a claim made figurative, loose or approximate by a qualifier after it
or opening its sentence (", so to speak.", ", in a sense.", ", more or less.", ", sort of.", "Figuratively speaking, ",
"Broadly speaking, ", ", by his own account.", ", sozusagen", ", pour ainsi dire.", ", más o menos.", ", так
сказать.") is not the plain claim a quote without it states.

Red team q116 (25 pairs written before running) 19 wrong on rules 115, 0 after; held out q116-held (12 pairs written
after the fix) 0 wrong; the faithful survey refuses one quote more (two cuts of one sentence after "In some sense, ").
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_116_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q116.tsv", "redteam-q116-held.tsv")


def test_a_qualifier_after_the_quote_counts_only_where_it_closes_the_clause() -> None:
    assert_exact("The law was written", "The law was written in a way that confuses everyone.")
    assert verify_quote("The war is over", "The war is over, in a way.").verdict == "altered"


def test_strictly_speaking_is_a_precise_claim_not_a_loose_one() -> None:
    assert_exact("the tomato is a fruit", "Strictly speaking, the tomato is a fruit.")
