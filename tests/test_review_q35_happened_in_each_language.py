""""Happened" and "was held" in each language are past events done once (review of quote rules 35).

Rules 35 pass the place a dash sets off after the commonest past events done once ("The summit
took place — in Geneva", "occurred", "happened", "El acuerdo se firmó — en Lisboa"), but listed
"happened" and "occurred" in English only: "A reunião aconteceu — em Lisboa", "El accidente
ocurrió — en Madrid", "L'incidente è avvenuto — a Milano", "La réunion s'est tenue — à Genève"
were ``altered``. Each is ``exact``; an event of many stays read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("A reunião aconteceu", "A reunião aconteceu — em Lisboa."),
    ("El accidente ocurrió", "El accidente ocurrió — en Madrid."),
    ("L'incidente è avvenuto", "L'incidente è avvenuto — in centro."),
    ("La réunion s'est tenue", "La réunion s'est tenue — en Suisse."),
])
def test_the_place_of_a_happening_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


def test_the_place_of_happenings_of_many_after_a_dash_is_still_altered():
    _altered("Los accidentes ocurrieron", "Los accidentes ocurrieron — en Madrid.", "trailing_word")
