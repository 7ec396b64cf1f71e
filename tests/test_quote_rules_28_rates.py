"""A rate cut from after a quote's number (quote rules 28, red team q28).

"The plan costs $5" of "The plan costs $5 per user" drops what makes the figure a rate, as "10
Euro" of "10 Euro pro Monat", "10 euros" of "10 euros par mois" and "al mes" do: the number a
reader takes away is another. Each was ``exact``; each is ``altered`` (a ``number`` difference).
"par" before a word that is no unit ("battu par 10 voix") is no rate, and "per cent" stays the
number's scale.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import material_notes

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("The plan costs $5", "The plan costs $5 per user."),
    ("The plan costs $5", "The plan costs $5 a month."),
    ("Das Abo kostet 10 Euro", "Das Abo kostet 10 Euro pro Monat."),
    ("L'abonnement coûte 10 euros", "L'abonnement coûte 10 euros par mois."),
    ("La suscripción cuesta 10 euros", "La suscripción cuesta 10 euros al mes."),
])
def test_a_rate_after_the_quotes_number_is_altered(quote, source):
    _altered(quote, source, "number")


def test_par_before_a_word_that_is_no_unit_is_no_rate():
    _exact("Il a été battu par 10", "Il a été battu par 10 voix.")


def test_per_cent_after_the_number_is_named_as_its_scale():
    notes = material_notes(verify_quote("Prices rose 5", "Prices rose 5 per cent last year."), "number")
    assert notes and "rate" not in notes[0]
