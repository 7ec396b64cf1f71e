"""Time limits rules 40 left passing (quote rules 41).

The rules-40 review found a claim cut before its time limit still passing ``exact`` where the
quote ends with a negation ("Le magasin n'ouvrira pas" of "... pas avant lundi": the trailing
check gave up at "pas"), where a German claim's verb is not in the present-tense list ("sinkt",
"schließt"), where a Russian future is perfective without "-тся" ("откроют"), and where the limit
is a span from now ("in two years", "dans deux ans", "через два года"). A number after "para" is
a year only with a year's context ("para 2000 familias" counts families), and without a
detected language "-ront" is no French future ("front", "affront").
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Le magasin n'ouvrira pas", "Le magasin n'ouvrira pas avant lundi."),
    ("The store will not reopen", "The store will not reopen until Monday."),
    ("La fábrica no cerrará", "La fábrica no cerrará antes de 2030."),
])
def test_a_negated_claim_cut_before_its_time_limit_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Steuer sinkt", "Die Steuer sinkt innerhalb eines Jahres."),
    ("Das Werk schließt", "Das Werk schließt bis spätestens 2030."),
    ("Die Mieten steigen", "Die Mieten steigen binnen eines Monats."),
])
def test_a_german_present_cut_before_a_deadline_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_german_past_before_innerhalb_stays_exact():
    _exact("Die Steuer sank", "Die Steuer sank innerhalb eines Jahres.")


def test_a_german_weak_past_before_bis_stays_exact():
    _exact("Der Minister wartete", "Der Minister wartete bis Mitternacht.")


@pytest.mark.parametrize(("quote", "source"), [
    ("Мост откроют", "Мост откроют к лету."),
    ("Завод закроют", "Завод закроют до конца марта."),
    ("Правительство примет закон", "Правительство примет закон в течение года."),
])
def test_a_russian_perfective_future_cut_before_a_deadline_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_russian_past_cut_before_a_date_stays_exact():
    _exact("Бюджет утвердили", "Бюджет утвердили к лету.")


@pytest.mark.parametrize(("quote", "source"), [
    ("Inflation will return to target", "Inflation will return to target in two years."),
    ("Le tunnel sera terminé", "Le tunnel sera terminé dans deux ans."),
    ("La obra estará lista", "La obra estará lista en dos años."),
    ("Il ponte sarà pronto", "Il ponte sarà pronto tra due anni."),
    ("A ponte ficará pronta", "A ponte ficará pronta em dois anos."),
    ("Мост будет готов", "Мост будет готов через два года."),
    ("The rules will change", "The rules will change in the next three months."),
])
def test_a_claim_cut_before_a_span_from_now_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Prices will be higher", "Prices will be higher in recent years than before."),
    ("The museum is open", "The museum is open in two wings."),
])
def test_in_before_no_span_of_time_bounds_nothing(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("El programa ofrecerá viviendas", "El programa ofrecerá viviendas para 2000 familias."),
    ("The fund will grow", "The fund will grow by 2000 dollars."),
])
def test_a_number_counting_a_noun_is_no_year(quote, source):
    _exact(quote, source)


def test_a_year_with_its_context_after_para_still_bounds_the_claim():
    _altered("El Gobierno reducirá el déficit", "El Gobierno reducirá el déficit para 2000 y lo mantendrá.",
             "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("They held the front", "They held the front until dawn."),
    ("It was an affront", "It was an affront until then."),
])
def test_ront_without_a_told_language_is_no_french_future(quote, source):
    _exact(quote, source)


def test_a_short_french_future_beside_a_french_word_is_read_without_a_told_language():
    _altered("Ils prendront la relève", "Ils prendront la relève avant lundi.", "trailing_word")


def test_a_german_strong_past_in_t_is_no_present():
    _exact("Er trat", "Er trat bis 2020 jeden Tag an.")
