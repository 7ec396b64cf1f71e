"""Quote rules 92 (red teams q92, q92-held): a claim cut before the words that make it hold only in part, to a degree,
in places or at present is not vouched for.

"The claims are true" was ``exact`` of "The claims are true to some extent.", "The road is flooded" of "... in
places.", "Les accusations sont fondées" of "... en partie.", "The plan works" of "... at present."
(:func:`archiver.quotes.scope_tail.part_tail`, six languages). Not a time after "at the moment" that goes on ("opened
at the moment the mayor arrived"). Red team q92 (17 pairs written before running) 12 wrong on rules 91, 1 on the draft
(that time, fixed), 0 after; held out q92-held (9, written after) 5 wrong on rules 85, 0 on rules 92; the faithful
survey unchanged by it.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test


@pytest.mark.parametrize(("quote", "source"), [
    ("The claims are true", "The claims are true to some extent."),
    ("The road is flooded", "The road is flooded in places."),
    ("Les accusations sont fondées", "Les accusations sont fondées en partie."),
    ("The plan works", "The plan works at present."),
])
def test_a_claim_cut_before_its_part_degree_or_present_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


def test_a_time_after_at_the_moment_that_goes_on_leaves_the_quote_exact() -> None:
    assert verify_quote("The museum opened", "The museum opened at the moment the mayor arrived.").verdict == "exact"


test_the_red_team_pairs_of_rules_92_get_the_verdict_a_reader_expects = redteam_test("redteam-q92.tsv", "redteam-q92-held.tsv")
