"""A quote cut right after an English "if", "only" or "hardly" is altered whatever the source's
length (quote rules 22).

"the vaccine works" quoted from "Nobody knows if the vaccine works" makes a fact of an open
question, "three schools closed" of "Only three schools closed" a whole of a few. Under rules 21
such a word (:data:`archiver.quotes.lead_word.LEADING_QUALIFIERS`) counted only once the
passage's language could be guessed, and a source of one sentence has too few common words to
be guessed: the cut was ``exact`` from the sentence alone and ``altered`` from an article around
it. The English words are no word of another language read here, so they decide by themselves
(as "whether" always did, and as "if" opening a conditional clause does). The faithful
neighbours (the whole sentence, a quote that keeps the word, a verb of saying, "the only one")
stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote

ARTICLE = ("The trial enrolled four thousand volunteers across three countries last spring. Researchers say "
           "the early results are encouraging but incomplete. {} The next report is due in March.")

CUT_AFTER_THE_WORD = [
    ("Nobody knows if the vaccine works.", "the vaccine works"),
    ("They asked if the vaccine works.", "the vaccine works"),
    ("Only three schools closed.", "three schools closed"),
    ("Nobody knows whether the vaccine works.", "the vaccine works"),
]


@pytest.mark.parametrize(("source", "quote"), CUT_AFTER_THE_WORD)
def test_a_quote_cut_after_an_english_qualifier_of_one_sentence_is_altered(source, quote):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("source", "quote"), CUT_AFTER_THE_WORD)
def test_the_same_cut_in_an_article_has_the_verdict_it_has_in_its_sentence(source, quote):
    alone, inside = verify_quote(quote, source), verify_quote(quote, ARTICLE.format(source))
    assert (alone.verdict, inside.verdict) == ("altered", "altered"), (alone.explanation, inside.explanation)


@pytest.mark.parametrize(("source", "quote"), [
    ("Nobody knows if the vaccine works.", "Nobody knows if the vaccine works"),
    ("Nobody knows if the vaccine works.", "if the vaccine works"),
    ("Officials say the vaccine works.", "the vaccine works"),
    ("Only three schools closed.", "Only three schools"),
    ("He was the only one who stayed.", "the only one who stayed"),
])
def test_the_faithful_neighbours_of_an_english_qualifier_stay_exact(source, quote):
    _exact(quote, source)
