"""What the review of quote rules 45 left in brackets naming a person (quote rules 46).

Rules 45 never read German "Sie" for sex, so "[Klaus Weber]" for "Sie sagte" passed, and read an
elided article's noun by a list of endings without "-ate" ("[L'avocate]" for "Il" passed) that
took Italian "-ante"/"-ente", of either sex, for feminine. The pairs here are our own.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Jürgen Bauer] sagte, das Freibad sei marode.", "Sie sagte, das Freibad sei marode."),
    ("[Jürgen Bauer] ist gegen den Plan.", "Sie ist gegen den Plan."),
    ("Die Ministerin sagte, [Jürgen Bauer] habe gelogen.", "Die Ministerin sagte, sie habe gelogen."),
    ("[Er] erklärt, das Freibad sei marode.", "Sie erklärt, das Freibad sei marode."),
])
def test_german_sie_before_a_third_person_singular_verb_is_a_woman(quote, source):
    _altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Jürgen Bauer] sagten, das Freibad sei marode.", "Sie sagten, das Freibad sei marode."),
    ("[Die Anwohner] haben gesagt, das Freibad sei marode.", "Sie haben gesagt, das Freibad sei marode."),
    ("[Petra Bauer] sagte, das Freibad sei marode.", "Sie sagte, das Freibad sei marode."),
])
def test_formal_or_plural_sie_or_a_woman_for_sie_says_nothing_against(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("[L'avocate] a dit que la piscine était vétuste.", "Il a dit que la piscine était vétuste."),
    ("[L'étudiante] a dit que la piscine était vétuste.", "Il a dit que la piscine était vétuste."),
    ("[L'avocat] a dit que la piscine était vétuste.", "Elle a dit que la piscine était vétuste."),
    ("[L'attore] ha detto che la piscina era chiusa.", "Lei ha detto che la piscina era chiusa."),
])
def test_an_elided_article_s_person_noun_of_one_sex_by_its_ending(quote, source):
    _altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[L'avocat] a dit que la piscine était vétuste.", "Il a dit que la piscine était vétuste."),
    ("[L'insegnante] ha detto che la piscina era chiusa.", "Lui ha detto che la piscina era chiusa."),
    ("[L'agente] ha detto che la piscina era chiusa.", "Lei ha detto che la piscina era chiusa."),
])
def test_an_elided_noun_of_the_pronoun_s_sex_or_of_either_sex_says_nothing_against(quote, source):
    _normalized(quote, source)
