"""Quote rules 97 (red teams q97, q97-held): a finding's scope in brackets right after it, or in a short fragment
after its full stop, is read as it is in the same sentence.

"The drug works" was ``exact`` of "The drug works (in mice).", "The drug works. But only in mice.", "The drug works.
Not in humans, though." (``trail_limit``'s bracket branch asks ``tail_phrases``; ``quotes/next_fragment.py``). Red team
q97 (16 pairs written before running) 4 wrong on rules 96, 0 after; held out q97-held (12) 8 wrong on rules 94, 1 on
the draft, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_97_get_the_verdict_a_reader_expects = redteam_test("redteam-q97.tsv", "redteam-q97-held.tsv")


def test_a_phrase_opening_a_sentence_that_goes_on_restricts_nothing_before_it() -> None:
    assert verify_quote("The drug works", "The drug works. In mice, the drug failed.").verdict == "exact"


def test_a_superlatives_bound_is_not_looked_for_past_its_sentence() -> None:
    source = "Die gemessene Latenz war die höchste im Test. Da muss Amazon nachbessern."
    assert verify_quote("Die gemessene Latenz war die höchste im Test", source).verdict == "exact"
