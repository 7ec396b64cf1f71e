"""An opening attribution that doubts its source, in the wordings rules 39 did not read (quote
rules 40), and named sources that only look like doubt.

Red team rvq39: "unofficial", "uncorroborated", "anónimas" (an accent), "De acuerdo con", "De
acordo com", "Stando a", "De source non officielle", "По неофициальной информации", a relative
clause after the source, "U.S." inside it, all passed ``exact``; "According to the non-profit
group", "No Labels", "Alcoholics Anonymous", "Non Una Di Meno" were read as doubt (``altered``).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_named_claim as _named_claim


@pytest.mark.parametrize(("quote", "source"), [
    ("the minister resigned", "According to unofficial reports, the minister resigned."),
    ("the minister resigned", "According to uncorroborated reports, the minister resigned."),
    ("el ministro dimitió", "Según fuentes anónimas, el ministro dimitió."),
    ("el ministro dimitió", "De acuerdo con fuentes anónimas, el ministro dimitió."),
    ("o ministro renunciou", "De acordo com fontes anônimas, o ministro renunciou."),
    ("il ministro si è dimesso", "Stando a voci non confermate, il ministro si è dimesso."),
    ("le ministre a démissionné", "De source non officielle, le ministre a démissionné."),
    ("министр подал в отставку", "По неофициальной информации, министр подал в отставку."),
])
def test_a_quote_cut_after_a_doubted_source_in_other_wordings_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_relative_clause_after_the_doubted_source_is_read_past():
    _altered("the minister lied", "According to unconfirmed reports, which circulated on Monday, the minister lied.",
             "leading_qualifier")


def test_an_initials_stop_inside_the_source_ends_no_sentence():
    _altered("the ship sank", "According to unverified claims by U.S. officials, the ship sank.", "leading_qualifier")


def test_a_negation_before_a_participle_of_confirming_doubts_the_source():
    _altered("the ship sank", "According to reports that could not be verified, the ship sank.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the river is polluted", "According to the non-profit group, the river is polluted."),
    ("the bill will pass", "According to No Labels, the bill will pass."),
    ("i casi sono aumentati", "Secondo l'associazione Non Una Di Meno, i casi sono aumentati."),
])
def test_a_negation_that_doubts_no_participle_is_part_of_a_name(quote, source):
    _named_claim(quote, source)  # exact until rules 44, which read every cut attribution


def test_a_doubting_word_written_with_a_capital_inside_a_name_is_no_doubt():
    _named_claim("relapse rates fell", "According to Alcoholics Anonymous, relapse rates fell.")


def test_a_doubted_source_opening_a_line_is_read():
    _altered("the minister lied", "Breaking\nAccording to unconfirmed reports, the minister lied.", "leading_qualifier")

