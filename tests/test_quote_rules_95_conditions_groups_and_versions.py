"""Quote rules 95 (red teams q95, q95-held): an Italian or Portuguese "if", a group of people, and a next sentence
that makes the claim one side's version are read after a quote's end.

"I prezzi scenderanno" was ``exact`` of "I prezzi scenderanno se il piano passa." ("se" read only before "non" /
"não": ``trail_limit.SE_OPENERS``); "The drug cures cancer" of "The drug cures cancer in children." (a group with no
mark: ``quotes/group_scope.py``); "The mayor knew about the payments" of "...; that, at least, was the prosecution's
claim." and of "... That is the prosecution's version." (``quotes/claimed_next.py``). Red team q95 (28 pairs written
before running) 11 wrong on rules 94 (five "until" rows revised to the standing decision that a past claim's end date
is no bound), 0 after; held out q95-held (19) 12 wrong on rules 94, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_95_get_the_verdict_a_reader_expects = redteam_test("redteam-q95.tsv", "redteam-q95-held.tsv")


def test_a_claim_the_next_sentence_calls_one_sides_version_names_that_sentence_in_its_difference() -> None:
    result = verify_quote("The mayor knew about the payments",
                          "The mayor knew about the payments. That is the prosecution's version.")
    assert result.verdict == "altered"
    assert "'version'" in result.differences[0].note


def test_a_quote_that_names_whose_claim_it_is_is_left_faithful_whatever_the_next_sentence_says() -> None:
    result = verify_quote("Prosecutors said the mayor knew about the payments",
                          "Prosecutors said the mayor knew about the payments. That is the prosecution's version.")
    assert result.verdict == "exact"
