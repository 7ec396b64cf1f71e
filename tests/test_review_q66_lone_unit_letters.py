"""Quote rules 67 (task q66, normaliser 9): a lone SI letter after a number is a unit sign.

"10m" quoted for "10 m" (or "5g" for "5 g", "3h" for "3 h") keeps the page's number and letter
and moves only the space between them: typography, ``normalized`` (``unit_spacing``), where rules
66 said ``approximate``. A changed letter or number still never passes, and an elided article
after a year ("nel 2020 l'Italia") is no litre.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from archiver.quotes.unit_spacing import unit_spaces


@pytest.mark.parametrize(("quote", "source"), [
    ("a wall of 10m along the river", "They built a wall of 10 m along the river on Sunday."),
    ("a wall of 10 m along the river", "They built a wall of 10m along the river on Sunday."),
    ("add 5g of salt to the soup", "Then add 5\u00a0g of salt to the soup and stir."),
    ("Die Fahrt dauert 3h bis Berlin", "Die Fahrt dauert 3 h bis Berlin, sagt die Bahn."),
    ("Le trajet dure 3h jusqu'à Lyon", "Le trajet dure 3 h jusqu'à Lyon depuis le printemps."),
    ("una cisterna de 500l para el pueblo", "Compraron una cisterna de 500 l para el pueblo en mayo."),
])
def test_a_lone_unit_letter_spaced_otherwise_is_the_same_quantity(quote, source):
    r = verify_quote(quote, source)
    assert r.verdict == "normalized" and "unit_spacing" in r.normalizations


@pytest.mark.parametrize(("quote", "source"), [
    ("a wall of 10 m along the river", "They built a wall of 10 km along the river on Sunday."),
    ("a wall of 10m along the river", "They built a wall of 10 km along the river on Sunday."),
    ("a wall of 100m along the river", "They built a wall of 10 m along the river on Sunday."),
    ("Turnout was 5 0% in the north", "Turnout was 50% in the north, officials said."),
])
def test_a_changed_unit_or_number_beside_a_lone_letter_stays_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


def test_an_elided_article_after_a_year_is_no_unit():
    # Italian "l'", French "d'": a word of the sentence, not a litre the space belongs to
    text = "nel 2020 l'Italia, après 2 h d'attente"
    assert unit_spaces(text) == [text.index("2 h") + 1]
    assert verify_quote("nel 2020 l'Italia ha votato", "Come previsto, nel 2020 l'Italia ha votato.").verdict == "exact"


def test_a_word_letter_after_a_number_keeps_its_space():
    # "a", "e", "o", "y" are words ("10 a day", "2 e 3", "5 o 6", "3 y 4"): never units
    assert unit_spaces("10 a day, 2 e 3, 5 o 6, 3 y 4") == []
