"""Quote rules 54 (task q54): what rules 51-52 left, false alarms and wrong passes at their edges.

A noun that ends as a Romance future does ("Irán", "ladrão", "verão") was read as a future verb
once an unlisted event bound a future claim; a past verb of the clause, a capital inside the
sentence or an article before it now says it is no verb. A saying still to come ("will tell
residents"), an "until today" the next sentence ends ("Ab Montag ...") and a bound after Russian
"сказал" bound the claim; a given name in "-a" the lists lack is a woman's; "after the others",
"après la lecture" and a verb's "after" left out by an ellipsis are no events; "[the spokesman
Max]" names a man, no quantity. Each class has a neighbour whose verdict must not move.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact, material_kinds

from archiver.quotes import verify_quote


def assert_verified(quote: str, source: str) -> None:
    """``quote`` of ``source`` is verified (``exact`` or ``normalized``), with no material difference."""
    result = verify_quote(quote, source)
    assert result.verdict in ("exact", "normalized"), (result.verdict, result.explanation)
    assert material_kinds(result) == []


@pytest.mark.parametrize(("quote", "source"), [
    ("Irán aumentó la producción", "Después de las sanciones, Irán aumentó la producción."),
    ("o ladrão fugiu", "Depois do jogo, o ladrão fugiu."),
    ("o padrão mudou", "Depois da reforma, o padrão mudou."),
    ("el capitán Durán dimitió", "Tras la votación, el capitán Durán dimitió."),
])
def test_a_noun_ending_as_a_future_beside_a_past_verb_is_no_future_claim(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("la producción de Irán sube", "Después de las sanciones, la producción de Irán sube."),
    ("o verão é quente", "Depois das chuvas, o verão é quente."),
])
def test_a_capitalised_word_or_one_after_an_article_is_no_future_verb(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Irán aumentará la producción", "Después de las sanciones, Irán aumentará la producción."),
    ("o ladrão fugirá", "Depois do jogo, o ladrão fugirá."),
    ("el gobierno lo hará", "Después de las elecciones, el gobierno lo hará."),
])
def test_a_future_beside_such_a_noun_or_after_a_clitic_still_is_bound(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize("quote", ["Perú aceptó que los precios subirán", "Perú cerró la frontera y los precios subirán"])
def test_a_future_after_que_or_y_is_bound_whatever_past_the_clause_opens_with(quote):
    assert_altered(quote, quote + " en dos años.", "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("the fees will go up", "After the audit, the council will tell parents the fees will go up."),
    ("the fees will go up", "After the audit, the council is expected to say the fees will go up."),
])
def test_an_event_before_a_saying_still_to_come_bounds_the_claim(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_an_event_before_a_saying_done_dates_the_saying():
    assert_exact("the fees will go up", "After the audit, the council told parents the fees will go up.")


@pytest.mark.parametrize(("quote", "source"), [
    ("gilt der alte Tarif", "Bis heute gilt der alte Tarif. Ab Montag gilt der neue."),
    ("the old fare applies", "Until today, the old fare applies. From Monday, the new one does."),
])
def test_an_until_today_the_next_sentence_ends_is_a_bound(quote, source):
    assert_altered(quote, source, "leading_qualifier")


def test_an_until_today_the_next_sentence_leaves_open_still_runs_to_now():
    assert_exact("gilt der alte Tarif", "Bis heute gilt der alte Tarif. Am Montag tagt der Rat.")


def test_a_bound_after_russian_said_without_that_is_read():
    assert_altered("мост будет закрыт", "Мэр сказал до конца марта мост будет закрыт.", "leading_qualifier")


def test_a_date_of_the_russian_saying_before_that_bounds_nothing():
    assert_exact("мост будет закрыт", "Мэр сказал в понедельник, что мост будет закрыт.")


@pytest.mark.parametrize("quote", ["man wird danach müde", "und man wird danach müde"])
def test_a_clause_before_and_is_no_aside_a_bound_reaches_across(quote):
    assert_exact(quote, "Sobald der Puls steigt, atmet man schneller, und man wird danach müde.")


@pytest.mark.parametrize(("quote", "source"), [
    ("bleibt die Brücke gesperrt", "Bis Ende März, so der Bürgermeister, bleibt die Brücke gesperrt."),
    ("o parque fica fechado", "Até março, segundo o prefeito, o parque fica fechado."),
])
def test_a_short_aside_between_a_bound_and_the_claim_still_is_read_across(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("[He] announced the budget.", "The senator Kamala Harris announced the budget."),
    ("[He] announced the budget.", "The minister Jacinda Ardern announced the budget."),
])
def test_a_given_name_in_a_the_lists_lack_is_a_woman_s(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[He] announced the budget.", "The minister Andrea Orlando announced the budget."),
    ("[She] announced the budget.", "The senator Kamala Harris announced the budget."),
])
def test_a_man_s_name_in_a_and_the_right_pronoun_stay_verified(quote, source):
    assert_verified(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Our team will present", "Our team will present after the others."),
    ("Le lecteur comprendra mieux", "Le lecteur comprendra mieux après la lecture du rapport."),
])
def test_an_order_among_people_or_a_reader_s_reading_is_no_event(quote, source):
    assert_exact(quote, source)


def test_an_event_after_the_quote_still_bounds_it():
    assert_altered("Prices will rise", "Prices will rise after the summit.", "trailing_word")


def test_an_unlisted_event_after_an_ordinal_still_bounds_it():
    assert_altered("prices will rise", "After the last match, prices will rise.", "leading_qualifier")


def test_a_verb_s_after_left_out_by_an_ellipsis_is_no_event():
    assert_verified("The bridge will be named … and reopen in May",
                    "The bridge will be named after the engineer and reopen in May.")


def test_an_event_left_out_by_an_ellipsis_still_bounds_the_claim():
    assert_altered("Taxes will rise … for all households", "Taxes will rise after the elections for all households.",
                   "ellipsis_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("[The spokesman Max] said the plan would fail.", "He said the plan would fail."),
    ("[Der Sprecher Max] sagte, der Plan scheitere.", "Er sagte, der Plan scheitere."),
])
def test_a_quantity_word_after_a_person_s_noun_in_a_bracket_is_a_name(quote, source):
    assert_verified(quote, source)


def test_a_month_before_a_thing_in_a_bracket_still_adds_a_date():
    assert_altered("[The May meeting] ended early.", "It ended early.", "bracket_alteration")
