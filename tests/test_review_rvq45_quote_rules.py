"""What the review of quote rules 45 left (quote rules 46).

Rules 45 read a bound in time after a quote's end and in an ellipsis's gap, but not one opening
the clause a quote starts in ("bleibt die Brücke gesperrt" of "Bis Ende März bleibt die Brücke
gesperrt."); read "after", "nach", "après" only before a time, so an event a future claim holds
after ("after the elections") was left out freely. Brackets naming a person:
``tests/test_review_rvq45_bracket_sex.py``. The pairs here are our own, not the red team's
(``tests/data/quotes/redteam-rvq44.tsv``).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("bleibt das Freibad geschlossen", "Bis Ende Mai bleibt das Freibad geschlossen."),
    ("the pool stays closed", "Until May, the pool stays closed."),
    ("la piscine reste fermée", "Jusqu'à fin mai, la piscine reste fermée."),
    ("la piscina permanece cerrada", "Hasta finales de mayo, la piscina permanece cerrada."),
    ("la piscina resta chiusa", "Fino alla fine di maggio la piscina resta chiusa."),
    ("a piscina fica fechada", "Até o fim de maio, a piscina fica fechada."),
    ("бассейн закрыт", "До конца мая бассейн закрыт."),
])
def test_a_bound_in_time_opening_the_sentence_cut_off_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the pool stays closed", "The council said that until May the pool stays closed."),
    ("bleibt das Freibad geschlossen", "Der Bürgermeister sagt, bis Ende Mai bleibt das Freibad geschlossen."),
    ("fees will double", "From 2028, fees will double."),
    ("werden die Gebühren erhöht", "Ab 2028 werden die Gebühren erhöht."),
])
def test_a_bound_opening_the_quoted_clause_mid_sentence_cut_off_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("sagte sie, das Freibad sei marode", "Am Dienstag sagte sie, das Freibad sei marode."),
    ("the mayor said the pool was unsafe", "On Tuesday, the mayor said the pool was unsafe."),
    ("la maire a dit que la piscine était vétuste", "Mardi, la maire a dit que la piscine était vétuste."),
    ("the plant employed 300 people", "Until 2019, the plant employed 300 people."),
])
def test_a_date_of_an_event_or_a_past_deed_before_the_quote_is_no_bound(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The fare will rise ... for all riders.", "The fare will rise after the elections for all riders."),
    ("Der Preis steigt ... für alle Kunden.", "Der Preis steigt nach der Wahl für alle Kunden."),
    ("Le tarif augmentera ... pour tous les usagers.", "Le tarif augmentera après les élections pour tous les usagers."),
])
def test_an_event_a_future_holds_after_left_out_by_an_ellipsis_is_altered(quote, source):
    _altered(quote, source, "ellipsis_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the city will sell the stadium", "After the elections, the city will sell the stadium."),
    ("wird die Stadt das Stadion verkaufen", "Nach der Wahl wird die Stadt das Stadion verkaufen."),
    ("la ville fermera le stade", "Après les élections, la ville fermera le stade."),
    ("la ville vendra le stade", "Après les élections, la ville vendra le stade."),
])
def test_an_event_a_future_holds_after_cut_from_the_start_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("The city will sell the stadium", "The city will sell the stadium after the elections."),
    ("La ville fermera le stade", "La ville fermera le stade après les élections."),
])
def test_an_event_a_future_holds_after_cut_from_the_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The fare rose ... for all riders.", "The fare rose after the elections for all riders."),
    ("Der Rat hat ... den Plan beschlossen.", "Der Rat hat nach der Wahl den Plan beschlossen."),
])
def test_an_event_left_out_before_a_past_is_no_bound(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the city sold the stadium", "After the elections, the city sold the stadium."),
    ("The city will sell the stadium", "The city will sell the stadium after a long debate."),
    ("The board will meet", "The board will meet before the vote."),
])
def test_a_past_after_an_event_a_circumstance_or_a_meeting_before_one_stays_exact(quote, source):
    _exact(quote, source)


def test_an_event_a_reported_future_holds_after_cut_from_the_end_is_altered():
    _altered("the firm would pay the fine", "He said the firm would pay the fine after the verdict.", "trailing_word")


def test_an_event_after_the_comma_closing_the_claim_is_no_bound():
    _exact("the fee will be dropped next year unless the mayor objects",
           "The board said the fee will be dropped next year unless the mayor objects, after the vote.")


@pytest.mark.parametrize(("quote", "source"), [
    ("we began to count which trains ran late",
     "Within a few weeks, enough data came in that we began to count which trains ran late."),
    ("wahrscheinlich auch die Gewerbesteuer",
     "Bis zu 30 Kilowatt entfällt die Umsatzsteuer und wahrscheinlich auch die Gewerbesteuer."),
])
def test_a_clause_opened_after_the_bound_or_an_up_to_is_not_bounded_by_it(quote, source):
    _exact(quote, source)


def test_a_noun_phrase_after_a_bound_and_a_conjunction_claims_nothing_it_bounds():
    _exact("wohl auch die Grundsteuer", "Ab Januar 2027 entfällt die Hundesteuer und wohl auch die Grundsteuer.")


@pytest.mark.parametrize(("quote", "source"), [
    ("das Labor der Universität", "Bis September dieses Jahres wird das Labor der Universität das Projekt leiten."),
    ("die festlegt, wie viele Helfer es geben soll",
     "Denkbar ist, dass bis in zehn Jahren eine Quote eingeführt wird, die festlegt, wie viele Helfer es geben soll."),
])
def test_a_noun_phrase_or_a_relative_clause_after_a_bound_s_clause_is_not_bounded_by_it(quote, source):
    _exact(quote, source)
