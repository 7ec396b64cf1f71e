"""Quote rules 114 (red teams q114, q114-held): a quote cut before a provisional footing ("on a trial basis", "for
the time being", "provisionally", "à titre provisoire", "de forma provisional", "временно") or before the date a past
act takes effect on ("resigned, effective next month", "with effect from 2027", "mit Wirkung zum Monatsende") states
as settled what the source gives as provisional or still to come (``claim_frame``'s frames, read at either end).

Red team q114 (22 pairs written before running) 9 wrong on rules 113, 0 after; the possessive cut ("arrested [the
mayor]'s son"), "no more effective than" and a former office's prefix were read already. Held out q114-held (11 pairs
written after the fix) 0 wrong; the faithful survey unchanged from rules 113.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_114_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q114.tsv", "redteam-q114-held.tsv")


def test_effective_immediately_takes_effect_now_and_is_no_frame() -> None:
    assert_exact("The minister resigned", "The minister resigned, effective immediately.")


def test_a_provisional_footing_opening_the_sentence_is_read_as_at_its_end() -> None:
    assert verify_quote("the drug was approved", "Provisionally, the drug was approved.").verdict == "altered"
