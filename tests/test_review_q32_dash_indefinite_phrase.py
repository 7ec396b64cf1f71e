"""A dash before a preposition and an indefinite article, in every language (review of rules 32).

Rules 32 read a preposition of place or population a dash sets off after a quote's end as a
limit, but not English "in a", "in an", "on a" (a manner as often as a place: "won — in a
landslide", "reopened — in a new building"). The same phrase in German, French, Spanish,
Italian and Portuguese ("— dans un nouveau bâtiment", "– in einem kleinen Dorf", "— en un
barrio humilde", "— in una nuova sede") was refused: it is ``exact`` as in English. A definite
or plural phrase ("— chez les enfants", "— nei topi") stays a limit.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Le musée a rouvert", "Le musée a rouvert — dans un nouveau bâtiment."),
    ("Il a grandi à Lyon", "Il a grandi à Lyon — dans un petit quartier."),
    ("Er wuchs in Bayern auf", "Er wuchs in Bayern auf – in einem kleinen Dorf."),
    ("Creció en Madrid", "Creció en Madrid — en un barrio humilde."),
    ("Il museo ha riaperto", "Il museo ha riaperto — in una nuova sede."),
    ("A loja reabriu", "A loja reabriu — em um novo endereço."),
])
def test_a_preposition_and_an_indefinite_article_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Le vaccin protège", "Le vaccin protège — chez les enfants."),
    ("Il farmaco funziona", "Il farmaco funziona — nei topi."),
])
def test_a_definite_phrase_after_a_dash_stays_altered(quote, source):
    _altered(quote, source, "trailing_word")
