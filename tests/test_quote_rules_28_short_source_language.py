"""The language of a source of one sentence (quote rules 28).

A word that limits a claim in one language and means something else in another ("apenas":
Spanish and Portuguese "hardly", read only there) needs the passage's language, and a source of
one sentence has too few marker words for the margin the guess asks of an article: it was no
language, and "tienen fondos" of "Las escuelas apenas tienen fondos" was ``exact``. A short text
now takes the one language whose marker words it holds when no other language's stands in it,
a marker counted only as a reader reads it ("Las escuelas"; not "Las Vegas", a name's part; not
a word another covered language uses too, "es", "die", "do").
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered

from archiver.quotes.lexicon import guess_language


@pytest.mark.parametrize(("quote", "source"), [
    ("tienen fondos", "Las escuelas apenas tienen fondos."),
    ("suben un poco", "Los precios apenas suben un poco."),
])
def test_a_spanish_hardly_before_the_quote_in_a_source_of_one_sentence_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("text", "language"), [
    ("Las escuelas apenas tienen fondos.", "es"),
    ("Les prix montent. Les gens partent.", "fr"),
    ("Las Vegas casinos hardly make a profit.", None),
    ("Es wirkt nur bei Mäusen.", None),
    ("We do not know if it works.", None),
])
def test_a_short_text_takes_the_one_language_its_marker_words_read_as(text, language):
    assert guess_language(text) == language


def test_an_english_hedge_after_a_name_that_opens_with_a_spanish_article_is_still_read():
    _altered("make a profit", "Las Vegas casinos hardly make a profit.", "leading_qualifier")
