"""Quote rules 57 (task q57): what the red team rvq56 left of rules 56.

A hyphenated given name is compared whole ("Marie-Claire" is not "Marie"), and a listed given name
is no person noun ("Marie" is not French "mari" + "-e"). A man's name in "-a" borne by men only
("Borja", "Илья") tells a man. A bracket repeating the given name the source writes right before
the words it stands for is the same person ("[Tom]" of "Tom Becker"). A possessive glued after a
bracket is the bracket's ("[April Ross]'s office" for "her office"). Italian participles in
"-ato"/"-uto" after "una volta" open a clause of time. A saying still to come is read in French,
Spanish, Italian, Portuguese, Russian and German ("le maire annoncera ... que", "wird ... sagen"),
and before "that" in English too. "After the others left, " is a clause of time; a French reflexive
present ("s'applique") is a present a bound limits. Each rule has a neighbour whose verdict must not move.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered

from archiver.quotes import verify_quote


def _verdict(quote: str, source: str) -> str:
    return verify_quote(quote, source).verdict


@pytest.mark.parametrize(("quote", "source"), [
    ("[Jean-Luc Morel] a signé le décret", "Jean Morel a signé le décret."),
    ("[Marie-Anne Roux] a signé le décret", "Marie Roux a signé le décret."),
])
def test_a_hyphenated_given_name_is_another_than_its_first_part(quote, source):
    assert_altered(quote, source, "bracket_alteration")


def test_the_same_given_name_and_surname_in_a_bracket_is_the_same_person():
    assert _verdict("[Marie Roux] a signé le décret", "Marie Roux a signé le décret.") == "normalized"


@pytest.mark.parametrize(("quote", "source"), [
    ("[Ella] aprobó el presupuesto", "Borja Ortiz aprobó el presupuesto."),
    ("[Она] подписывает указ", "Никита Орлов подписывает указ."),
    ("[She] approved the budget", "Luca Moretti approved the budget."),
])
def test_a_mans_name_in_a_borne_by_men_only_tells_a_man(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Él] aprobó el presupuesto", "Borja Ortiz aprobó el presupuesto."),
    ("[She] approved the budget", "Andrea Keller approved the budget."),
])
def test_a_man_in_a_read_as_a_man_and_a_name_of_both_sexes_as_neither(quote, source):
    assert _verdict(quote, source) == "normalized"


def test_a_bracket_repeating_the_sources_given_name_is_the_same_person():
    assert _verdict("[Lena] approved the budget", "Lena Hartmann approved the budget.") == "normalized"


def test_a_bracket_with_another_given_name_before_the_surname_is_another_person():
    assert _verdict("[Clara] approved the budget", "Lena Hartmann approved the budget.") == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("The papers on [June Hale]'s desk were lost", "The papers on her desk were lost."),
    ("The papers on [Carl Hale]'s desk were lost", "The papers on his desk were lost."),
])
def test_a_possessive_glued_after_a_bracketed_name_is_the_brackets(quote, source):
    assert _verdict(quote, source) == "normalized"


def test_a_possessive_after_a_bracketed_name_of_the_other_sex_is_altered():
    assert_altered("The papers on [Carl Hale]'s desk were lost", "The papers on her desk were lost.",
                   "bracket_alteration")


def test_an_italian_participle_in_ato_after_una_volta_bounds_the_future():
    assert _verdict("La piscina riaprirà", "La piscina riaprirà una volta completato il restauro.") == "altered"


def test_una_volta_of_a_frequency_bounds_nothing():
    assert _verdict("La piscina aprirà", "La piscina aprirà una volta alla settimana.") == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("les loyers baisseront", "Après la réforme, la ministre expliquera aux locataires que les loyers baisseront."),
    ("los alquileres bajarán", "Tras la reforma, la ministra dirá que los alquileres bajarán."),
    ("die Mieten werden sinken", "Nach der Reform wird die Ministerin erklären, die Mieten werden sinken."),
    ("rents will fall", "After the reform, the minister will tell tenants that rents will fall."),
])
def test_a_saying_still_to_come_is_dated_by_the_event_in_any_language(quote, source):
    assert _verdict(quote, source) == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("les loyers baisseront", "Après la réforme, la ministre a expliqué aux locataires que les loyers baisseront."),
    ("die Mieten werden sinken", "Nach der Reform erklärte die Ministerin, die Mieten werden sinken."),
    ("rents will fall", "After the reform, the minister told tenants that rents will fall."),
])
def test_a_saying_done_is_dated_by_the_event_not_the_claim(quote, source):
    assert _verdict(quote, source) == "exact"


def test_after_the_others_and_a_verb_is_a_clause_of_time_bounding_the_future():
    assert _verdict("the board will decide", "After the rest have voted, the board will decide.") == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("the board will decide", "After the others, the board will decide."),
    ("the board decided", "After the others left, the board decided."),
])
def test_after_the_others_without_a_verb_or_before_a_past_bounds_nothing(quote, source):
    assert _verdict(quote, source) == "exact"


def test_a_french_reflexive_present_is_held_to_an_until_today_the_next_sentence_ends():
    source = "Jusqu'à aujourd'hui, l'ancien tarif s'applique. À partir de lundi, le nouveau s'applique."
    assert _verdict("l'ancien tarif s'applique", source) == "altered"


def test_a_french_reflexive_present_under_an_until_today_nothing_ends_is_exact():
    source = "Jusqu'à aujourd'hui, l'ancien tarif s'applique. Personne ne le conteste."
    assert _verdict("l'ancien tarif s'applique", source) == "exact"
