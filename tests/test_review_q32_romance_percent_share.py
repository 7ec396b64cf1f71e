"""A Romance percentage before "de" is a share (review of rules 32).

Rules 24 read "60% of" before a quote's subject and its verb as a share, and rules 28 and 32 the
Romance shares "La mitad de", "La moitié des" before a singular verb ("los vecinos va a votar").
A percentage before the Romance "of" ("El 40 % de los jóvenes vive con sus padres", "15 % de la
population vit") was not read: the quote that drops it says all of them do, and is ``altered``.
A percentage before a noun phrase that names no claim stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("los jóvenes vive con sus padres", "El 40 % de los jóvenes vive con sus padres."),
    ("la población vive en la pobreza", "El 30 % de la población vive en la pobreza."),
    ("la population vit sous le seuil de pauvreté", "Près de 15 % de la population vit sous le seuil de pauvreté."),
])
def test_a_romance_percentage_before_the_quotes_subject_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_percentage_before_a_noun_phrase_is_exact():
    _exact("los jóvenes", "Hablamos con el 40 % de los jóvenes.")
