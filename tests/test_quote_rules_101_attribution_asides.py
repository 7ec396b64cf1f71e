"""Quote rules 101 (red teams q101, q101-held): a quote that starts right after an attribution set off by commas
between the subject and it, whose source is doubted, a rumour or unnamed reports, states a report as fact.

"knew about the payments" was ``exact`` of "The mayor, according to media reports, knew about the payments.", "знал о
платежах" of "Мэр, по слухам, знал о платежах." (``lead_attribution.aside_attribution``). Red team q101 (16 pairs
written before running) 2 wrong on rules 100, 0 after; held out q101-held (9) 7 wrong on rules 94, 1 on the draft, 0
after; the faithful survey unchanged.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_101_get_the_verdict_a_reader_expects = redteam_test("redteam-q101.tsv", "redteam-q101-held.tsv")


def test_a_named_source_in_the_aside_leaves_a_predicate_quote_as_it_was() -> None:
    source = "The mayor, according to police, knew about the payments."
    assert verify_quote("knew about the payments", source).verdict == "exact"
