"""Quote rules 96 (red teams q96, q96-held): a quote that starts right after words saying its act was held back,
nearly happened, was denied, or happened by more than it states is not vouched for.

"calling it a genocide" was ``exact`` of "The president stopped short of calling it a genocide.", "taken bribes" of
"The mayor denied having taken bribes.", "faire faillite" of "L'entreprise a failli faire faillite.", "doubled last
year" of "Sales more than doubled last year." (``quotes/held_back.py``). Red team q96 (20 pairs written before running)
5 wrong on rules 95, 0 after; held out q96-held (16) 10 wrong on rules 94, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_96_get_the_verdict_a_reader_expects = redteam_test("redteam-q96.tsv", "redteam-q96-held.tsv")


def test_falling_short_of_a_noun_holds_nothing_back() -> None:
    source = "In practice, her policies would often fall short of the grand vision."
    assert verify_quote("the grand vision", source).verdict == "exact"


def test_the_difference_names_the_words_that_hold_the_act_back() -> None:
    result = verify_quote("calling it a genocide", "The president stopped short of calling it a genocide.")
    assert result.verdict == "altered"
    assert "'short of'" in result.differences[0].note
