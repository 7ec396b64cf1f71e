"""French "à", Italian "a" and Portuguese "no", "na" before a place's name after a dash are read as
"in" is (quote rules 37).

Rules 36 read the place a dash sets off after events of many as their share ("The schools closed
— in Texas": ``altered``) and after one event done once as a circumstance ("The film premiered —
in Cannes": ``exact``), but only after the prepositions of their list: "Les écoles ont fermé — à
Paris", "Gli ospedali hanno chiuso — a Milano", "As escolas fecharam — no Porto" passed, though
"— au Texas", "— in Lombardia", "— em Lisboa" were read. Before a name written with a capital,
these are read with the same rules as "in"; one event done once stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Les écoles ont fermé", "Les écoles ont fermé — à Paris."),
    ("Gli ospedali hanno chiuso", "Gli ospedali hanno chiuso — a Milano."),
    ("As escolas fecharam", "As escolas fecharam — no Porto."),
    ("As escolas fecharam", "As escolas fecharam — na Bahia."),
])
def test_events_of_many_before_a_dash_and_a_named_place_after_a_romance_preposition_are_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Le médicament est efficace", "Le médicament est efficace — à Paris."),
    ("Il farmaco funziona", "Il farmaco funziona — a Milano."),
    ("O remédio funciona", "O remédio funciona — no Brasil."),
])
def test_a_finding_in_the_present_before_a_dash_and_a_named_place_after_a_romance_preposition_is_altered(quote,
                                                                                                          source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Le film a été présenté", "Le film a été présenté — à Cannes."),
    ("Il film è stato presentato", "Il film è stato presentato — a Venezia."),
    ("O acordo foi assinado", "O acordo foi assinado — no Porto."),
])
def test_one_event_done_once_before_a_dash_and_a_named_place_after_a_romance_preposition_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The company grew", "The company grew — a German success story."),
    ("Los ministros viajaron", "Los ministros viajaron — a Madrid."),
    ("Elle habite à Paris", "Elle habite à Paris — à Montmartre."),
])
def test_a_capitalised_word_after_english_a_spanish_a_or_a_part_of_the_named_place_is_no_limit(quote, source):
    _exact(quote, source)
