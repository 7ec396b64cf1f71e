"""What quote rules 43 change (the rules-42 review's leftovers).

A bracket's article gender against a pronoun's is read only for a person: a thing's grammatical
gender is the word's ("[Die Firma]" for "Er", der Konzern), a person's natural gender is the
referent's ("[El ministro]" for "Ella"). Limits rules 42 let through: "— sur Mars"; "vor Montag"
after a German present in "-et"; "spätestens" after a verb a place phrase parts from its subject;
"falsely told" a hearer of six words. A Russian short participle ("принят") is a done deed, no
present a "в течение" bounds.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("[Die Firma] hat Gewinne gemacht", "Der Konzern legte Zahlen vor. Er hat Gewinne gemacht."),
    ("[A instituição] lucrou muito", "O banco divulgou dados. Ele lucrou muito."),
    ("[Le groupe] a fermé l'usine", "La société a annoncé un plan. Elle a fermé l'usine."),
    ("[El banco] cerró la oficina", "La entidad publicó sus cuentas. Ella cerró la oficina."),
])
def test_a_thing_named_by_a_noun_of_another_grammatical_gender_is_a_rewording(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"


@pytest.mark.parametrize(("quote", "source"), [
    ("[El ministro] dijo que no", "Ella dijo que no."),
    ("[Die Ministerin] hat gelogen", "Er hat gelogen."),
    ("[Die Sprecherin] hat gelogen", "Er hat gelogen."),
    ("[A ministra] mentiu", "Ele mentiu."),
    ("[Le ministre] a menti", "Elle a menti."),
    ("[La nueva alcaldesa] dijo que no", "Él dijo que no."),
])
def test_a_person_of_the_other_natural_gender_is_someone_else(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert any(d.kind == "bracket_alteration" and d.material for d in result.differences)


def test_a_french_place_after_sur_and_a_dash_limits_the_claim():
    _altered("Les astronautes ont atterri", "Les astronautes ont atterri — sur Mars.", "trailing_word")


def test_a_german_present_in_et_before_vor_a_weekday_is_limited():
    _altered("Das Museum öffnet nicht", "Das Museum öffnet nicht vor Montag.", "trailing_word")


def test_german_vor_a_span_is_ago_and_no_deadline():
    _exact("Das Museum öffnet nicht", "Das Museum öffnet nicht vor zwei Jahren.")


def test_a_place_phrase_between_subject_and_verb_does_not_hide_the_present():
    _altered("Die Mieten in Berlin steigen", "Die Mieten in Berlin steigen spätestens ab 2026.", "trailing_word")


def test_a_past_after_a_place_phrase_is_not_limited_by_a_deadline():
    _exact("Die Mieten in Berlin stiegen", "Die Mieten in Berlin stiegen spätestens ab 2026.")


def test_falsely_told_a_long_hearer_calls_the_clause_false():
    _altered("the vote was rigged",
             "He falsely told a crowd of thousands in Georgia that the vote was rigged.", "leading_qualifier")


def test_a_russian_short_participle_is_a_done_deed_before_within():
    _exact("Этот бюджет принят", "Этот бюджет принят в течение недели.")


def test_a_russian_future_of_the_same_verb_is_still_bounded():
    _altered("Бюджет будет принят", "Бюджет будет принят в течение недели.", "trailing_word")


def test_a_russian_verb_of_the_future_in_nyat_is_no_participle():
    _altered("Правила изменят", "Правила изменят в течение недели.", "trailing_word")
