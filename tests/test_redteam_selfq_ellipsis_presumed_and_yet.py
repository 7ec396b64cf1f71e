"""Red team (self-review of quote rules 13): an ellipsis leaving out "mutmaßliche", "présumé" or "yet".

"Der Präsident sagte, der ... Täter sei festgenommen worden" for "der mutmaßliche Täter" and
"le meurtrier ... avait été arrêté" for "le meurtrier présumé" make a suspect the culprit; the
English "alleged" and "suspected" were caught, their German, French, Spanish and Italian forms
were not (``normalized``). "The team has ... to win a game" for "has yet to win a game" says it
must win where the source says it has not won: ``normalized`` too. The inflected forms of
"mutmaßlich", "vermeintlich", "angeblich", "présumé", "prétendu", "supposé", "presunto" are
hedges now, and "yet" a bound (in time): left out beside the quoted words, ``altered``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "Der Präsident sagte, der mutmaßliche Täter sei am Montag festgenommen worden.\n\n"
    "Le juge a dit que le meurtrier présumé avait été arrêté lundi.\n\n"
    "El juez dijo que el presunto asesino fue detenido el lunes.\n\n"
    "Il giudice ha detto che il presunto assassino è stato arrestato lunedì.\n\n"
    "The team has yet to win a game this season, the coach said.\n\n"
    "The council is yet to decide on the plan for the harbour.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("Der Präsident sagte, der ... Täter sei am Montag festgenommen worden", "mutmaßliche"),
    ("Le juge a dit que le meurtrier ... avait été arrêté lundi", "présumé"),
    ("El juez dijo que el ... asesino fue detenido el lunes", "presunto"),
    ("Il giudice ha detto che il ... assassino è stato arrestato lunedì", "presunto"),
])
def test_an_ellipsis_leaving_out_a_word_that_makes_someone_a_suspect_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


@pytest.mark.parametrize("quote", [
    "The team has ... to win a game this season",
    "The council is ... to decide on the plan for the harbour",
])
def test_an_ellipsis_leaving_out_the_yet_of_has_yet_to_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and "yet" in (d.note or "") for d in result.differences)
