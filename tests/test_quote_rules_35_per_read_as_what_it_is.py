""""per" read as what it is: a rate, "per cent", Italian "per" before an article, "per the"
(quote rules 35).

"per" stood in the list of number words (for "per cent"), so after a hedge it read as a number
the hedge bounds ("It works" of "It works, at least per the label." passed, as ", at least 35
years old" does), and "3" of "3 per cent." passed (the word after "per" was compared with its
full stop). Now "per cent" is a number's percent wherever a mark follows it, "per" and a unit
after a comma a rate as without it ("5 dollars, per visit"), Italian "per" before an article a
limit to a group, not a rate ("5 euro per i residenti": still material, named for what it is),
and "per the" or "per un" after a comma no rate ("3, per the bank": according to).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import material_notes

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("Inflation rose to 3", "Inflation rose to 3 per cent."),
    ("rose to 3", "Inflation rose to 3 per cent, the bank said."),
])
def test_a_number_cut_before_per_cent_and_a_mark_is_altered(quote, source):
    _altered(quote, source, "number")


def test_a_hedge_before_per_the_is_no_bound_on_a_number():
    _altered("The drug works", "The drug works, at least per the label.", "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The fee is 5 dollars", "The fee is 5 dollars, per visit."),
    ("Der Eintritt kostet 5 Euro", "Der Eintritt kostet 5 Euro, pro Person."),
    ("Il biglietto costa 5 euro", "Il biglietto costa 5 euro, per persona."),
])
def test_a_rate_set_off_by_a_comma_is_altered(quote, source):
    _altered(quote, source, "number")


def test_italian_per_before_an_article_limits_a_figure_to_a_group_not_a_rate():
    notes = material_notes(verify_quote("Il biglietto costa 5 euro", "Il biglietto costa 5 euro per i residenti."),
                           "number")
    assert notes and "limits its figure to a group" in notes[0]


@pytest.mark.parametrize(("quote", "source"), [
    ("Inflation rose to 3", "Inflation rose to 3, per the bank."),
    ("Il costo è di 5 euro", "Il costo è di 5 euro, per un totale di 20."),
])
def test_per_and_an_article_after_a_comma_is_no_rate(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Inflation rose to 3", "Inflation rose to 3%."),
    ("Unemployment fell to 4", "Unemployment fell to 4% last month."),
    ("rose by 3", "Prices rose by 3\u2030 last year."),
])
def test_a_number_cut_before_its_attached_percent_sign_is_altered(quote, source):
    """Only "3 %" with a space was read; "3" of "3%" passed (red team q35, second batch)."""
    _altered(quote, source, "number")
