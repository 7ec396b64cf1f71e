"""Quote rules 85 (red team q85): a claim the source announces as false in the sentence before it is not vouched for.

"Vaccines cause autism." was ``exact`` in "The following claim is false. Vaccines cause autism.", "This is a myth:
vaccines cause autism." and "A false claim is circulating online: Vaccines cause autism.": rules 74-84 read a
refutation after the claim, a one-word label before it ("Myth:") and a correction, not a sentence announcing it.
Red team q85 (16 pairs written before running): 10 wrong on rules 84, 3 on the draft, 0 after; held out q85-held (10,
written after): 5 wrong on rules 84, 1 false alarm on the draft ("Trotz falscher Gerüchte steht fest:", fixed). Over
the 78,856 sentence starts of the 1,424 metadata pages' texts the reading fires on none.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("Vaccines cause autism.", "The following claim is false. Vaccines cause autism."),
    ("vaccines cause autism.", "This is a myth: vaccines cause autism."),
    ("Vaccines cause autism.", "A false claim is circulating online:\n\nVaccines cause autism."),
    ("the bridge will collapse.", "She shared a misleading post: the bridge will collapse."),
    ("Die Impfung verändert die DNA.", "Folgende Behauptung ist falsch: Die Impfung verändert die DNA."),
    ("вакцина меняет ДНК.", "Это миф: вакцина меняет ДНК."),
    ("le maire a démissionné.", "Une fausse rumeur circule : le maire a démissionné."),
])
def test_a_claim_announced_as_false_in_the_sentence_before_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("the vaccine works.", "Despite false claims online, the data are clear: the vaccine works."),
    ("der Impfstoff wirkt.", "Trotz falscher Gerüchte steht fest: der Impfstoff wirkt."),
    ("vaccines are safe.", "This is not a myth: vaccines are safe."),
    ("the bridge is safe.", "Fake news aside, the facts are these: the bridge is safe."),
    ("the vaccine works.", "The following is well established: the vaccine works."),
    ("Crime fell last year.", "The false alarm was cancelled on Monday. Crime fell last year."),
    ("the dam held.", "It was no myth: the dam held."),
])
def test_a_sentence_before_that_affirms_or_calls_something_else_false_leaves_the_quote_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"
