"""The month and weekday names a dash phrase is read against are the lexicon's (quote rules 41).

Before, ``dash_phrase.py`` kept its own English and German names, so a Spanish or French month
after a dash ("— en marzo") was read as a place the quote cut off. The lexicon's
``CALENDAR_WORDS`` hold every covered language's names; French "mars" and Spanish "mayo" are left
out there, since after a dash they name places too ("— on Mars", "— in Mayo").
"""

from __future__ import annotations

from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


def test_a_month_of_another_language_after_a_dash_dates_the_claim():
    _exact("Las escuelas cerraron", "Las escuelas cerraron — en marzo.")


def test_a_month_name_that_names_a_place_stays_a_place_after_a_dash():
    _altered("Life could exist", "Life could exist — on Mars.", "trailing_word")
