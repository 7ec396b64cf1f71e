"""What the review of rules 48 found (quote rules 49): wrong passes and false alarms at rules 48's
edges, each with a neighbour whose verdict must not move.

Red team ``tests/data/quotes/redteam-rvq51.tsv`` found them; the pairs here are our own, other
wordings of the same classes. Wrong passes: "this newspaper" that points back to another paper or
holds a third party ("Le Monde l'a révélé. Selon ce quotidien, "); a recurring day's "too" or
"also" that goes on ("too rarely", ", also for groups"); an Italian future in a short source read
as French by its "le"; a reported clause's name after a verb of saying rules 48 did not list, a
date, or an addressee ("told reporters Tom Hanks will leave"). False alarms: a past passive at
someone's request ("was cancelled at the request of the police"); "at the urgent request of"
after a dash; a German "sie" after the verb of a clause whose subject opens it ("Der Minister
lobt sie": "her" or "them", not "she").
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("the bank will cut rates", "The Financial Times broke the story. According to this newspaper, the bank will cut rates."),
    ("el banco bajará los tipos", "Lo publicó Expansión. Según este periódico, el banco bajará los tipos."),
    ("la banque va baisser ses taux", "Les Echos l'ont révélé. D'après ce quotidien, la banque va baisser ses taux."),
    ("the bank will cut rates", "According to a former editor of this newspaper, the bank will cut rates."),
])
def test_this_newspaper_pointing_back_or_holding_a_third_party_stays_an_attribution(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("el banco bajará los tipos", "Según ha podido saber este periódico, el banco bajará los tipos."),
    ("the bank will cut rates", "According to information obtained by this newspaper, the bank will cut rates."),
    ("o banco vai baixar os juros", "Segundo apurou este jornal, o banco vai baixar os juros."),
])
def test_the_paper_s_own_finding_out_cut_off_stays_exact(quote, source):
    assert_exact(quote, source)


def test_the_paper_s_own_formula_after_another_paper_named_before_stays_an_attribution():
    assert_altered("the bank will cut rates", "The story appeared in a rival newspaper. According to information "
                   "obtained by this newspaper, the bank will cut rates.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("The ferry runs", "The ferry runs on Sundays too seldom to be of use."),
    ("The pool is open", "The pool is open on Saturdays, also for clubs."),
    ("La piscine est ouverte", "La piscine est ouverte le samedi aussi bien que le dimanche."),
    ("La piscina abre", "La piscina abre los sábados, también para los clubes."),
])
def test_a_recurring_day_s_too_or_also_that_goes_on_leaves_the_day_a_limit(quote, source):
    assert_altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The pool is open", "The pool is open on Saturdays too."),
    ("The pool is open", "The pool is open on Saturdays, too, and the sauna as well."),
    ("La piscine est ouverte", "La piscine est ouverte le samedi aussi."),
])
def test_a_recurring_day_s_too_or_also_closing_its_phrase_is_no_limit(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("le bollette costeranno di più", "Dopo la riforma, le bollette costeranno di più."),
    ("le scuole riapriranno", "Dopo le vacanze, le scuole riapriranno."),
])
def test_an_italian_future_in_a_short_source_read_as_french_is_read_as_a_future(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("le scuole hanno riaperto", "Dopo le vacanze, le scuole hanno riaperto."),
    ("les écoles ont rouvert", "Après les vacances, les écoles ont rouvert."),
])
def test_a_past_after_the_event_in_a_short_source_stays_exact(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("[She] will run again", "The party confirmed Joe Biden will run again."),
    ("[She] will run again", "The party fears Joe Biden will run again."),
    ("[She] will run again", "The spokesman told journalists Joe Biden will run again."),
    ("[She] will run again", "The party said on Tuesday Joe Biden will run again."),
])
def test_a_pronoun_bracket_for_a_reported_clause_s_name_after_more_verbs_a_date_or_an_addressee_is_altered(
        quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[He] will run again", "The spokesman told journalists Joe Biden will run again."),
    ("[He] will run again", "The party said on Tuesday Joe Biden will run again."),
])
def test_a_pronoun_bracket_of_that_name_s_sex_stays_normalized(quote, source):
    _normalized(quote, source)


def test_a_pronoun_bracket_after_a_name_addressed_is_not_read_as_that_name():
    _normalized("[She] will stay", "The coach told Joe Biden she will stay.")


@pytest.mark.parametrize(("quote", "source"), [
    ("The match was postponed", "The match was postponed at the request of the home club."),
    ("The files were destroyed", "The files were destroyed at the request of the ministry."),
    ("El partido fue aplazado", "El partido fue aplazado a petición del club local."),
    ("La testimone è stata ascoltata", "La testimone è stata ascoltata su richiesta della difesa."),
])
def test_a_past_passive_at_someone_s_request_is_a_deed_done(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The files are destroyed", "The files are destroyed at the request of the person concerned."),
    ("The hall was available", "The hall was available at the request of local clubs."),
])
def test_a_present_passive_or_a_past_state_at_someone_s_request_stays_a_condition(quote, source):
    assert_altered(quote, source, "trailing_word")


def test_a_deed_at_someone_s_urgent_request_after_a_dash_stays_exact():
    assert_exact("The coach resigned", "The coach resigned — at the urgent request of the owners.")


def test_a_standing_rule_at_someone_s_express_request_is_a_condition():
    assert_altered("Reports are sent", "Reports are sent at the express request of the patient.", "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Der Trainer lobt [Paul Huber und Jonas Brandt].", "Der Trainer lobt sie."),
    ("Er kritisiert [Paul Huber und Jonas Brandt].", "Er kritisiert sie."),
])
def test_a_german_sie_after_the_verb_of_a_clause_opening_with_its_subject_is_an_object(quote, source):
    _normalized(quote, source)


def test_a_german_sie_after_a_verb_that_a_phrase_of_time_opens_stays_she():
    assert_altered("Am Freitag erklärte [Paul Huber], das Stadion sei marode.",
                   "Am Freitag erklärte sie, das Stadion sei marode.", "bracket_alteration")
