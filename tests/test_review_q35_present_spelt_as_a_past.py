"""A present spelt as a past after a past opener is a present (review of quote rules 35).

Rules 35 pass a quote cut after "Antigamente, ", "Antes, ", "Damals", "Autrefois, ", "Un tempo"
when its first verb is a past, and read a past by its ending ("-ia", "-ía", "-ait", "-ava") or,
in German, by an infinitive its stem makes ("lebten": "leben"). Presents of other verbs end the
same way: Portuguese and Spanish verbs in "-iar" ("financia", "envía"), German verbs whose stem
ends in "t" ("warten": "waren" is a word), French "-aître" verbs without their circumflex
("connait"), Italian presents of verbs in "-ivare"/"-avare" ("arriva"), English "-eed" verbs
("breed"). Each passed as a past, so a quote stated as now what the source put then; each is
``altered``. The pasts spelt alike stay ``exact`` ("fazia": "fazer"; "medía": "medir";
"comparait": "comparer"; "lebten").
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("o governo financia as escolas", "Antigamente, o governo financia as escolas, diz o guia."),
    ("la empresa envía cartas a sus clientes", "Antes, la empresa envía cartas a sus clientes, cuenta el guía."),
    ("el precio varía cada semana", "En aquellos tiempos, el precio varía cada semana."),
    ("warten die Menschen stundenlang auf den Bus",
     "Damals warten die Menschen stundenlang auf den Bus, erzählt der Führer."),
    ("la ville connait deux écoles", "Autrefois, la ville connait deux écoles, raconte le guide."),
    ("il treno arriva alle sei", "Un tempo il treno arriva alle sei, racconta la guida."),
    ("farmers breed cattle here", "Formerly, farmers breed cattle here, the guide says."),
])
def test_a_present_spelt_as_a_past_after_a_past_opener_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("a cidade fazia vinho", "Antigamente, a cidade fazia vinho."),
    ("el sastre medía cada traje", "Antes, el sastre medía cada traje."),
    ("on comparait les prix au marché", "Autrefois, on comparait les prix au marché."),
    ("lebten hier 300 Menschen", "Damals lebten hier 300 Menschen."),
    ("la gente arrivava a piedi", "Un tempo la gente arrivava a piedi."),
    ("the two sides agreed on prices", "Formerly, the two sides agreed on prices."),
])
def test_a_past_spelt_as_those_presents_after_a_past_opener_is_exact(quote, source):
    _exact(quote, source)
