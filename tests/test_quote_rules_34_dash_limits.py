"""Dash phrases rules 32 left unread: "against", Spanish "a los", Italian "per i", "through" a
month (quote rules 34).

What a finding holds against is a limit ("The vaccine is effective — against the older
variant"); Spanish "a" before "los", "las" and Italian "per" before a plural article name a
population ("— a los estudiantes", "— per i giovani"), while "per un guasto" stays a cause and "a
las cinco" a time; "through" before a month ends a present claim as "until" does. Not "against"
a will or the odds.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The vaccine is effective", "The vaccine is effective — against the older variant."),
    ("Le vaccin est efficace", "Le vaccin est efficace — contre l'ancien variant."),
    ("La ayuda se concede", "La ayuda se concede — a los estudiantes."),
    ("Lo sconto vale", "Lo sconto vale — per i giovani."),
    ("The museum is closed", "The museum is closed — through March."),
])
def test_a_dash_phrase_of_target_population_or_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Il treno è fermo", "Il treno è fermo — per un guasto."),
    ("El tren salió", "El tren salió — a las cinco."),
    ("He won", "He won — against the odds."),
    ("She left the party", "She left the party — against her will."),
])
def test_a_dash_phrase_of_cause_time_or_idiom_is_exact(quote, source):
    _exact(quote, source)
