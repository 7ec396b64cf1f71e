"""Quote rules 100 (red teams q100, q100-held): a quote that starts right after "Rather than", "Instead of", "Far
from", "except", "all but" or "Bis vor kurzem" states what the source says was not done, is not so, or no longer holds.

"cutting taxes" was ``exact`` of "Rather than cutting taxes, the government raised them.", "the mayor voted yes" of
"Everyone except the mayor voted yes.", "war das Medikament verboten" of "Bis vor kurzem war das Medikament verboten."
(``held_back._NOT_DONE``). Red team q100 (21 pairs written before running) 10 wrong on rules 99, 0 after; held out
q100-held (14) 11 wrong on rules 94, 0 after; the faithful survey refuses one more cut, an overclaim by reading.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_100_get_the_verdict_a_reader_expects = redteam_test("redteam-q100.tsv", "redteam-q100-held.tsv")


def test_a_separable_verbs_statt_before_a_comma_negates_nothing_after_it() -> None:
    source = "Bedarfskäufe finden weiterhin statt, bei allem anderen müssen viele Verbraucher Abstriche machen."
    assert verify_quote("bei allem anderen müssen viele Verbraucher Abstriche machen", source).verdict == "exact"


def test_all_but_a_group_closed_does_not_vouch_for_that_group_closed() -> None:
    source = "In short, it would see all but essential workplaces closed."
    assert verify_quote("essential workplaces closed", source).verdict == "altered"
