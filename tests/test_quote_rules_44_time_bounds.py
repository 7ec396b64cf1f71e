"""What quote rules 44 change in bounds of time (red team q44, items 1-3).

An "until the end of March" left out by an ellipsis passed in every covered language but English
("Запрет снят ... сообщил министр", "bis Ende März", "jusqu'à fin mars", "hasta finales de
marzo", "fino alla fine di marzo", "até o fim de março"), as did one cut at the quote's end after a
Russian short participle, a Spanish verb of lasting or a German verb standing second after an
opening phrase; an ellipsis read only the first two words it left out, so a bound after a word of
manner ("schrittweise bis Ende März") passed. A preposition of circumstance ("nach langer
Debatte") left out was read as a bound: a false alarm.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("Запрет снят ... сообщил министр.", "Запрет снят до конца марта, сообщил министр."),
    ("Das Verbot gilt ... sagte der Minister.", "Das Verbot gilt bis Ende März, sagte der Minister."),
    ("L'interdiction est levée ... a déclaré le ministre.",
     "L'interdiction est levée jusqu'à fin mars, a déclaré le ministre."),
    ("La prohibición se mantiene ... dijo el ministro.",
     "La prohibición se mantiene hasta finales de marzo, dijo el ministro."),
    ("Il divieto resta in vigore ... ha detto il ministro.",
     "Il divieto resta in vigore fino alla fine di marzo, ha detto il ministro."),
    ("A proibição continua ... disse o ministro.", "A proibição continua até o fim de março, disse o ministro."),
])
def test_an_ellipsis_leaving_out_an_until_the_end_of_a_month_is_altered(quote, source):
    _altered(quote, source, "ellipsis_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("Запрет снят ... сообщил министр.", "Запрет снят, как и ожидалось, сообщил министр."),
    ("Das Verbot gilt ... sagte der Minister.", "Das Verbot gilt, wie erwartet, sagte der Minister."),
    ("La prohibición se mantiene ... dijo el ministro.", "La prohibición se mantiene, como se esperaba, dijo el ministro."),
])
def test_an_ellipsis_leaving_out_an_aside_of_no_time_still_verifies(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"


@pytest.mark.parametrize(("quote", "source"), [
    ("Запрет снят", "Запрет снят до конца марта."),
    ("La prohibición se mantiene", "La prohibición se mantiene hasta finales de marzo."),
    ("The ban was lifted", "The ban was lifted until the end of March."),
])
def test_a_state_cut_before_its_until_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Запрет снят", "Запрет снят, сообщил министр."),
    ("The plant operated", "The plant operated until 2019."),
])
def test_a_state_with_no_until_after_it_and_an_active_past_stay_exact(quote, source):
    _exact(quote, source)


def test_an_ellipsis_reads_past_a_word_of_manner_for_the_bound_after_it():
    _altered("Die Regierung will die Steuer ... deutlich senken.",
             "Die Regierung will die Steuer schrittweise bis Ende März deutlich senken.", "ellipsis_qualifier")


@pytest.mark.parametrize("source", [
    "Die Regierung will die Steuer ab 2027 schrittweise senken.",
    "Die Regierung will die Steuer ab nächstem Jahr schrittweise senken.",
    "Die Regierung will die Steuer ab Januar schrittweise senken.",
])
def test_an_ellipsis_leaving_out_a_starting_point_is_altered(source):
    _altered("Die Regierung will die Steuer ... schrittweise senken.", source, "ellipsis_qualifier")


@pytest.mark.parametrize("quote", ["Ab 2027 senkt die Regierung die Steuer", "Schrittweise senkt die Regierung die Steuer"])
def test_a_german_claim_whose_verb_follows_an_opening_phrase_is_held_to_its_until(quote):
    _altered(quote, quote + " bis Ende März.", "trailing_word")


def test_a_german_past_after_an_opening_phrase_is_no_claim_an_until_bounds():
    _exact("Ab 2027 senkte die Regierung die Steuer", "Ab 2027 senkte die Regierung die Steuer bis Ende März.")


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Regierung hat die Steuer ... deutlich gesenkt.", "Die Regierung hat die Steuer nach langer Debatte deutlich gesenkt."),
    ("Der Stadtrat hat … den Haushalt beschlossen", "Der Stadtrat hat nach langer Debatte den Haushalt beschlossen."),
    ("The council approved ... the budget.", "The council approved after a long debate the budget."),
    ("Le conseil a adopté ... le budget.", "Le conseil a adopté après de longues discussions le budget."),
])
def test_a_phrase_of_circumstance_left_out_is_no_bound(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Regierung hat die Steuer ... deutlich gesenkt.", "Die Regierung hat die Steuer nach 2027 deutlich gesenkt."),
    ("Die Regierung hat die Steuer ... deutlich gesenkt.", "Die Regierung hat die Steuer vor Ende März deutlich gesenkt."),
    ("The council will approve ... the budget.", "The council will approve before the end of March the budget."),
    ("Le conseil adoptera ... le budget.", "Le conseil adoptera avant la fin mars le budget."),
])
def test_a_preposition_before_a_time_left_out_stays_a_bound(quote, source):
    _altered(quote, source, "ellipsis_qualifier")
