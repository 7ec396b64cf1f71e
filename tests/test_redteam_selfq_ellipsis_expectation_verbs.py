"""Red team (self-review of quote rules 13): an ellipsis leaving out "expected", "forecast", "projected".

"Prices are ... to rise by up to 5% next year" for "Prices are expected to rise" turns a forecast
into a plan; "Sales are ... to double" for "are projected to double" the same. The hedges were
adverbs, modals and "estimated" only, so these were ``normalized``. The verbs that make what
follows a forecast ("expected", "forecast", "projected", "predicted", "anticipated", "supposed";
German "erwartet", "voraussichtlich"; French "prévu", "censé") are hedges now: left out beside the
quoted words, ``altered`` (``ellipsis_qualifier``).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "Prices are expected to rise by up to 5% next year, the bank said.\n\n"
    "Sales are projected to double by 2030 in the region.\n\n"
    "The storm is forecast to reach the coast on Friday morning.\n\n"
    "Die Preise werden voraussichtlich um 5 % steigen, sagte die Bank.\n\n"
    "Le chantier est censé durer trois ans selon la mairie.\n\n"
    "The plan, which critics expected, cuts costs by a third.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("Prices are ... to rise by up to 5% next year", "expected"),
    ("Sales are ... to double by 2030 in the region", "projected"),
    ("The storm is ... to reach the coast on Friday morning", "forecast"),
    ("Die Preise werden ... um 5 % steigen", "voraussichtlich"),
    ("Le chantier est ... durer trois ans", "censé"),
])
def test_an_ellipsis_leaving_out_a_verb_of_forecast_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


def test_an_aside_holding_a_verb_of_forecast_left_out_whole_still_verifies():
    assert verify_quote("The plan ... cuts costs by a third", SOURCE).verdict == "normalized"
