"""What the review of rules 49-50 found in the paper's own sourcing formula (quote rules 51).

Rules 50 read "this newspaper" as the page's own after a word of its finding out; red team
``tests/data/quotes/redteam-rvq52.tsv`` found a third party holding the paper after that word
("Según ha podido saber un antiguo director de este diario, ") passing ``exact``. The pairs here
are our own wordings: someone "of this newspaper" other than its staff is a third party; its
own reporters, and its information ("les informations de ce journal"), are the paper's.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor will step down", "According to information obtained by a former owner of this newspaper, the mayor will step down."),
    ("le maire va démissionner", "Selon les informations obtenues par un ancien actionnaire de ce journal, le maire va "
     "démissionner."),
])
def test_a_third_party_of_this_newspaper_after_a_finding_out_word_is_an_attribution(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("el alcalde dimitirá", "Según ha podido saber un periodista de este diario, el alcalde dimitirá."),
    ("le maire va démissionner", "Selon les informations de ce journal, le maire va démissionner."),
])
def test_the_papers_staff_or_its_information_stay_its_own(quote, source):
    assert_exact(quote, source)
