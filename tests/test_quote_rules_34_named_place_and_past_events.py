"""A dash's name of a part of the place a quote names, and other languages' past events' places,
are no limit (quote rules 34).

"She lives in Berlin — in Kreuzberg" names a part of the place "in Berlin" already states;
"Der Film lief – in Cannes", "Elle est née — à Lyon" tell where a listed past event happened, as
"The film premiered — in Cannes" does. A population after a named place stays a limit ("tested in
Germany — in children"), as does a season left out ("open — in summer", not "in summer and
winter alike").
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("She lives in Berlin", "She lives in Berlin — in Kreuzberg."),
    ("The company is based in Paris", "The company is based in Paris — in the 11th arrondissement."),
    ("Der Film lief", "Der Film lief – in Cannes."),
    ("The museum is open", "The museum is open — in summer and winter alike."),
])
def test_a_part_of_a_named_place_or_a_past_events_place_or_a_whole_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The drug was tested in Germany", "The drug was tested in Germany — in children."),
    ("It is sold in France", "It is sold in France — in pharmacies."),
    ("The museum is open", "The museum is open — in summer."),
])
def test_a_population_or_a_part_of_the_year_after_a_dash_stays_altered(quote, source):
    _altered(quote, source, "trailing_word")


def test_a_population_joined_by_alike_after_a_dash_stays_altered():
    _altered("It works", "It works — in mice and rats alike.", "trailing_word")
