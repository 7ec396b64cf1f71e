"""Quote rules 105 (red teams q105, q105-held): a quote that starts right after the words saying its act stopped, was
ruled out, prevented or forbidden, or is lacking states the act as done.

"paying dividends in 2020" was ``exact`` of "The company stopped paying dividends in 2020.", "storming the building" of
"Police prevented the protesters from storming the building.", "evidence that the drug works" of "There is a lack of
evidence that the drug works." (``held_back``; German "hörte auf, ... zu" in ``lead_word._refused_infinitive``). Red
team q105 (14 pairs written before running) 8 wrong on rules 104, 0 after; held out q105-held (11) 8 wrong on rules 94,
0 after; the faithful survey unchanged.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_105_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q105.tsv", "redteam-q105-held.tsv")


def test_a_stop_that_is_denied_leaves_the_act_done() -> None:
    source = "Das Unternehmen hörte nicht auf, Dividenden zu zahlen."
    assert verify_quote("Dividenden zu zahlen", source).verdict == "exact"


def test_stopping_a_thing_rather_than_an_act_holds_nothing_back() -> None:
    assert verify_quote("the car near the border", "Police stopped the car near the border.").verdict == "exact"
