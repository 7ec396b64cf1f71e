"""A claim in the present or future cut before a deadline or an "until" (quote rules 39).

Rules 28 read "until", "bis", "jusqu'à", "hasta", "até" after a claim in the present. Red team q39
found the same cut passing ``exact`` before a deadline ("by 2050", "within ten years", "d'ici
2030", "entro il 2030"), before Italian "fino a" and Russian "до", and after a Romance future
("resteront", "seguirán", "resteranno", "vão ficar") or a Russian future, which the present-verb
lists do not hold. A past claim's date is no bound, and "by" before an agent or a share is none.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Emissions will fall by half", "Emissions will fall by half by 2050."),
    ("The line will be finished", "The line will be finished by the end of the decade."),
    ("Prices will stay stable", "Prices will stay stable through March."),
    ("The works will be completed", "The works will be completed within two years."),
    ("Die Strecke wird fertig", "Die Strecke wird fertig binnen zwei Jahren."),
    ("Le chantier sera terminé", "Le chantier sera terminé d'ici 2030."),
    ("Il cantiere sarà completato", "Il cantiere sarà completato entro il 2030."),
    ("La obra estará terminada", "La obra estará terminada para 2030."),
])
def test_a_present_or_future_claim_cut_before_a_deadline_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Les prix resteront stables", "Les prix resteront stables jusqu'en mars."),
    ("Los precios seguirán estables", "Los precios seguirán estables hasta marzo."),
    ("Os preços vão ficar estáveis", "Os preços vão ficar estáveis até março."),
    ("Os preços ficarão estáveis", "Os preços ficarão estáveis até março."),
])
def test_a_romance_future_cut_before_until_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("I prezzi resteranno stabili", "I prezzi resteranno stabili fino a marzo."),
    ("Цены останутся стабильными", "Цены останутся стабильными до конца марта."),
])
def test_italian_fino_a_and_russian_do_after_a_future_claim_are_until(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Emissions fell by half", "Emissions fell by half by 2019."),
    ("The plant closed", "The plant closed within two years."),
])
def test_a_past_claim_before_a_deadline_stays_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The bridge will be opened", "The bridge will be opened by the mayor."),
    ("Emissions will fall", "Emissions will fall by half."),
    ("The school will stay open", "The school will stay open within the city."),
])
def test_by_before_an_agent_or_a_share_and_within_before_a_place_bound_nothing_in_time(quote, source):
    _exact(quote, source)


def test_russian_do_sikh_por_is_still_not_until():
    _exact("Полина позирует для журналов", "Полина позирует для журналов до сих пор.")


def test_a_future_in_an_earlier_sentence_of_the_quote_bounds_nothing_after_the_last():
    _exact("язык не повернется. Полина", "Ни у кого язык не повернется. Полина до конца марта позирует.")
