"""Quote rules 93 (red teams q93, q93-held): a claim after a myth's, an idea's, a belief's or a theory's "according to
which" is not vouched for.

"les vaccins causent l'autisme" was ``exact`` of "Le mythe selon lequel les vaccins causent l'autisme persiste.", "la
vacuna causa autismo" of "El mito según el cual ...": the rumours' and reports' "according to which" was read (rules
27-28), a myth's was not. Red team q93 (7 pairs written before running) 6 wrong on rules 92, 0 after; held out q93-held
(5, written after) 4 wrong on rules 85, 0 on rules 93; the faithful survey unchanged.
"""

from __future__ import annotations

from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_93_get_the_verdict_a_reader_expects = redteam_test("redteam-q93.tsv", "redteam-q93-held.tsv")
