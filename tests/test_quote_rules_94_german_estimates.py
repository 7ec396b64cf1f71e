"""Quote rules 94 (red teams q94, q94-held): a figure the source gives as an estimate in German is not vouched for
without its word of estimation.

"500 Menschen starben" was ``exact`` of "Schätzungsweise 500 Menschen starben.", "2.000 Menschen flohen" of
"Geschätzte 2.000 Menschen flohen ...": English "an estimated" bounded its figure since rules 24, German's words did not
(``number_edge.NUMBER_BOUNDS``). Red team q94 (6 pairs written before running) 2 wrong on rules 93, 0 after; held out
q94-held (3) 2 wrong on rules 93, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_94_get_the_verdict_a_reader_expects = redteam_test("redteam-q94.tsv", "redteam-q94-held.tsv")
