"""Red team (self-review of quote rules 13): an ellipsis leaving out "wahrscheinlich", "probablement".

"die Brücke sei ... marode" for "die Brücke sei wahrscheinlich marode" (probably unsound) makes a
guess a finding; "le pont était ... fragile" for "probablement fragile" and "Die Firma hat ...
Millionen verloren" for "vielleicht Millionen verloren" the same. The hedges were English
adverbs ("probably", "perhaps", "apparently") and a few German and French words ("angeblich",
"vermutlich", "environ"), so these were ``normalized``. The hedging adverbs of the other covered
languages ("wahrscheinlich", "vielleicht", "möglicherweise", "offenbar", "anscheinend",
"probablement", "peut-être", "apparemment", "probablemente", "quizás", "forse", "probabilmente",
"talvez", "provavelmente", "возможно", "вероятно", ...) and the English ones that were missing
("seemingly", "presumably", "ostensibly", "arguably") are hedges now: left out beside the quoted
words, ``altered`` (``ellipsis_qualifier``).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "Der Ingenieur sagte, die Brücke sei wahrscheinlich marode und müsse bald schließen.\n\n"
    "Le ministre a dit que le pont était probablement fragile selon les experts.\n\n"
    "Die Firma hat vielleicht Millionen verloren, hieß es am Montag.\n\n"
    "El ministro dijo que el puente es probablemente inseguro para los camiones.\n\n"
    "The report says the minister was presumably aware of the risks in March.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("die Brücke sei ... marode und müsse bald schließen", "wahrscheinlich"),
    ("le pont était ... fragile selon les experts", "probablement"),
    ("Die Firma hat ... Millionen verloren, hieß es am Montag", "vielleicht"),
    ("el puente es ... inseguro para los camiones", "probablemente"),
    ("the minister was ... aware of the risks in March", "presumably"),
])
def test_an_ellipsis_leaving_out_a_hedge_of_any_covered_language_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)
