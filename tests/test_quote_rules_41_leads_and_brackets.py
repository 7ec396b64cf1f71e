"""Doubted sources, "falsely" and gendered brackets rules 40 left passing (quote rules 41).

The rules-40 review found an opening attribution to a doubted source read only before its comma
("Unconfirmed reports say the minister lied", "Rumour has it that ...", "Berichten zufolge" passed
``exact``), "falsely" read only right before its verb ("falsely and repeatedly claimed that",
"falsely told reporters that", "falsely claimed on Monday that"), and the gender of Italian "Lui",
Portuguese "o"/"a" and German "der"/"die" not read in a bracket.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("the minister lied", "Unconfirmed reports say the minister lied."),
    ("the minister lied", "Rumour has it that the minister lied."),
    ("the minister lied", "Anonymous sources claimed that the minister lied."),
    ("der Minister hat gelogen", "Unbestätigten Berichten zufolge: der Minister hat gelogen."),
    ("soll der Minister gelogen haben", "Berichten zufolge soll der Minister gelogen haben."),
    ("le ministre a menti", "Des rumeurs disent que le ministre a menti."),
])
def test_a_doubted_source_opening_the_sentence_without_a_comma_is_cut_off(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the minister lied", "Police say the minister lied."),
    ("soll der Minister gelogen haben", "Berichten der BBC zufolge soll der Minister gelogen haben."),
    ("the report was leaked", "Anonymous said the report was leaked."),
])
def test_a_named_source_opening_the_sentence_without_a_comma_stays_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the vote was rigged", "He falsely and repeatedly claimed that the vote was rigged."),
    ("the vote was rigged", "He falsely told reporters that the vote was rigged."),
    ("the vote was rigged", "He falsely claimed on Monday that the vote was rigged."),
])
def test_falsely_a_few_words_before_its_that_calls_the_clause_false(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_falsely_in_a_relative_clause_says_nothing_of_the_main_clause():
    _exact("the vote was fair", "Critics who falsely claimed fraud now admit that the vote was fair.")


@pytest.mark.parametrize(("quote", "source"), [
    ("[La ministra] ha firmato il decreto", "Lui ha firmato il decreto."),
    ("[O ministro] assinou o decreto", "Ela assinou o decreto."),
    ("[A ministra] assinou o decreto", "Ele assinou o decreto."),
    ("[Die Ministerin] trat zurück", "Er trat zurück."),
])
def test_a_bracket_whose_article_has_the_other_gender_is_altered(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", (result.verdict, result.explanation)
    assert any(d.kind == "bracket_alteration" and d.material for d in result.differences)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Il ministro] ha firmato il decreto", "Lui ha firmato il decreto."),
    ("[A ministra] assinou o decreto", "Ela assinou o decreto."),
    ("[Der Minister] trat zurück", "Er trat zurück."),
    ("[A minister] resigned", "He resigned."),
    # ("Sie sagte." is a woman's "sie" since rules 46, so "[Der Minister]" for it is altered since
    # rules 48, as "[El ministro]" for "Ella" is: tests/test_review_rvq48_quote_brackets.py)
    ("[Der Minister] sagte", "Er sagte."),
])
def test_a_bracket_of_the_same_gender_stays_normalized(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"
