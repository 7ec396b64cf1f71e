"""Quote rules 106 (red teams q106, q106-held): a claim whose trailing tag makes it a joke, a lie, a hope, a fear or a
guess is not the source's claim.

"The economy is doing great" was ``exact`` of '"The economy is doing great," he joked.', "I never met her" of '"I never
met her," he lied.', "The talks will succeed" of "The talks will succeed, he hoped." (``hedge_tag``). Red team q106 (13
pairs written before running) 10 wrong on rules 105, 0 after; held out q106-held (10) 7 wrong on rules 94, 0 after; the
faithful survey unchanged.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_106_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q106.tsv", "redteam-q106-held.tsv")


def test_a_speakers_tag_after_a_closing_quotation_mark_leaves_the_quote_faithful() -> None:
    source = '"The economy is doing great," he told reporters.'
    assert verify_quote("The economy is doing great", source).verdict == "exact"
