"""A subject after a verb that takes a clause without "that" stands where a subject stands (review s41).

Rules 24 read a word in "-s" before "until" as a verb only where its noun opens a clause, so
that "the car parks" of "The council closed the car parks until May." (the object of a verb the
quote leaves out) is ``exact``. A verb of saying within three words before the quote opened a
clause, but only the verbs of :data:`archiver.quotes.lexicon.REPORTING_WORDS`: "stressed",
"confirmed", "know", "means" and the like, which take a clause without "that" as often, did not,
and "the plant operates" of "Officials stressed the plant operates until May." became ``exact``
(rules 23: ``altered``), a claim in the present made of one that ends in May.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize("source", [
    "Officials stressed the plant operates until May.",
    "The council confirmed the plant operates until May.",
    "We know the plant operates until May.",
    "The ruling means the plant operates until May.",
    "Engineers emphasised the plant operates until May.",
])
def test_a_noun_and_a_verb_after_a_verb_taking_a_clause_before_until_is_altered(source):
    _altered("the plant operates", source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("the car parks", "The council closed the car parks until May."),
    ("the sales figures", "The firm withheld the sales figures until March."),
])
def test_a_noun_and_a_plural_after_a_verb_taking_an_object_before_until_stays_exact(quote, source):
    _exact(quote, source)
