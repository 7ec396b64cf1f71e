"""Quote rules 102 (red teams q102, q102-held): a figure is not vouched for without a bound of several words before
it ("in excess of", "north of", "just shy of", "upward of", "the better part of") or German "gut" (a good 500).

"$5 billion" was ``exact`` of "Debts are in excess of $5 billion.", "500 Menschen starben" of "Gut 500 Menschen
starben." (``number_edge``). Red team q102 (17 pairs written before running) 6 wrong on rules 101, 0 after; held out
q102-held (8) 6 wrong on rules 94, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_102_get_the_verdict_a_reader_expects = redteam_test("redteam-q102.tsv", "redteam-q102-held.tsv")
