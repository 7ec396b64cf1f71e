"""Quote rules 112 (red teams q112, q112-held): a quote right after a passive of saying, believing or estimating
("is said to have", "is believed to have", "is estimated to be"), a verb of trying in the languages that need no "to"
("a tenté de", "intentó", "versuchte, ... zu", "пыталось"), an acquittal ("acquitted of", "found not guilty of",
"freigesprochen, ... zu haben"), a pretence ("pretended", "posed as", "fingió") or "was about to", and a claim
followed by ", a claim he later withdrew" or ", before walking back the remark", states what the source does not.

Red team q112 (36 pairs written before running) 24 wrong on rules 111, 0 after (three expectations revised, said in
the file); held out q112-held (21 pairs written after the fix) 2 wrong (a neuter Russian "пыталось", and "found
guilty of" read as "not guilty of" by a draft), 0 after; the faithful survey refuses one quote more ("wird versucht,
[optische Signale zu manipulieren]": an attempt, as "tried to" has been since rules 24).
"""

from __future__ import annotations

from archiver.quotes import verify_quote
from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_112_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q112.tsv", "redteam-q112-held.tsv")


def test_found_guilty_of_is_no_acquittal() -> None:
    assert_exact("taking bribes", "The judge was found guilty of taking bribes.")
    assert verify_quote("taking bribes", "The judge was found not guilty of taking bribes.").verdict == "altered"


def test_a_commitment_is_not_an_attempt() -> None:
    assert_exact("close the plant", "The board decided to close the plant.")
    assert verify_quote("close the plant", "The board tried to close the plant.").verdict == "altered"


def test_withdrew_alone_may_be_a_troops_and_is_not_read_as_taking_a_claim_back() -> None:
    assert_exact("The army crossed the river", "The army crossed the river, and withdrew in the night.")
