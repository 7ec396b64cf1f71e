"""A reason a dash sets off after a quote's end is no limit (review of rules 32).

Rules 32 read a preposition of population after a dash as a limit ("— for first-time buyers")
and "for" before a possessive as a reason ("— for its people"), but not "for" before a noun of
reason ("The project failed — for lack of funds", "— for fear of reprisals", "— pour manque de
fonds", "— pour des raisons de sécurité", "— for repairs", "— para a sua gente"): the reason says why the claim holds and leaves it
whole, so the quote is ``exact``. "for" before whom a claim holds for stays a limit.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The project failed", "The project failed — for lack of funds."),
    ("The witnesses stayed silent", "The witnesses stayed silent — for fear of reprisals."),
    ("The road is closed", "The road is closed — for safety reasons."),
    ("Le projet a échoué", "Le projet a échoué — pour manque de fonds."),
    ("Le musée est fermé", "Le musée est fermé — pour des raisons de sécurité."),
    ("The road is closed", "The road is closed — for repairs."),
    ("Le musée est fermé", "Le musée est fermé — pour travaux."),
    ("Adoro esta cidade", "Adoro esta cidade — para a sua gente."),
])
def test_a_reason_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


def test_for_whom_a_claim_holds_after_a_dash_stays_altered():
    _altered("The subsidy is available", "The subsidy is available — for first-time buyers.", "trailing_word")
