"""Quote rules 117 (red teams q117, q117-held): a quote cut after a proposal opening its sentence ("Under the
proposal, ", "Under the draft law, ") or after a projection's frame ("At the current rate, ", "On current trends, ",
"At this pace, ", "Beim jetzigen Tempo", "Au rythme actuel, ", "Di questo passo, ", "Такими темпами") states as
settled what the source gives as a plan or a projection.

Red team q117 (20 pairs written before running) 11 wrong on rules 116, 0 after (a negation cut inside a contraction,
"does[n't]", was read already); held out q117-held (9 pairs written after the fix) 0 wrong; the faithful survey
unchanged from rules 116. A draft read "nach dem Plan", "secondo il piano", "segundo o plano" as proposals and broke
the standing faithful pairs of rules 40 and 91 (a plan named as a schedule's source): only English "under" is read.
"""

from __future__ import annotations

from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_117_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q117.tsv", "redteam-q117-held.tsv")


def test_a_plan_named_as_a_schedules_source_stays_faithful() -> None:
    assert_exact("A ponte ficará pronta até 2030", "A ponte ficará pronta até 2030, segundo o plano.")


def test_a_rate_that_is_a_measure_is_no_projection() -> None:
    assert_exact("The car was driving", "The car was driving at the rate of 100 km/h.")
