"""Quote rules 103 (red teams q103, q103-held): a quote that opens with the object of a relation ("The wife of", "A
spokesman for", "Supporters of", "A man who looks like") and holds a verb gives the act to the wrong person.

"the mayor was arrested" was ``exact`` of "The wife of the mayor was arrested.", "the mayor denied the report" of "A
spokesman for the mayor denied the report." (``lead_word._object_of_relation``). Red team q103 (11 pairs written before
running) 6 wrong on rules 102, 0 after; held out q103-held (8) 5 wrong on rules 94, 1 on the draft, 0 after; the
faithful survey refuses two more cuts, each such a swap.
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_103_get_the_verdict_a_reader_expects = redteam_test("redteam-q103.tsv", "redteam-q103-held.tsv")


def test_a_noun_phrase_after_a_relation_without_a_verb_of_its_own_is_left_faithful() -> None:
    assert verify_quote("the mayor", "The wife of the mayor was arrested.").verdict == "exact"


def test_like_as_as_gives_no_act_to_another() -> None:
    source = "Like the mayor said, taxes will rise."
    assert verify_quote("the mayor said, taxes will rise", source).verdict == "exact"
