"""A condition opened by Italian or Portuguese "se" / "caso" is read in a source too short for its language to be
guessed (one sentence, a ``--text-file`` of a line), by the word after it (quote rules 69). It was read only in a
source whose language was guessed: "la città aumenterà le tasse" of "Se il consiglio accetta, la città aumenterà le
tasse." was ``exact``, a conditional claim passed as a plain one. Spanish "se" (a pronoun) before a verb or a
pronoun opens no condition.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("quote,source", [
    ("la città aumenterà le tasse", "Se il consiglio accetta, la città aumenterà le tasse."),
    ("la fabbrica chiuderà", "Se non arriva un acquirente, la fabbrica chiuderà."),
    ("il ponte riaprirà a maggio", "Se c'è l'accordo, il ponte riaprirà a maggio."),
    ("a cidade vai aumentar os impostos", "Caso o conselho aceite, a cidade vai aumentar os impostos."),
    ("a fábrica vai fechar", "Se um comprador não aparecer, a fábrica vai fechar."),
])
def test_a_claim_after_an_italian_or_portuguese_condition_of_a_short_source_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("dijo el alcalde", "Se vende la casa del puerto, dijo el alcalde."),
    ("y nadie volvió a verlo", "Se lo llevó el viento, y nadie volvió a verlo."),
    ("la ciudad decide", "Caso cerrado, la ciudad decide."),
])
def test_a_spanish_pronoun_se_or_the_noun_caso_opens_no_condition(quote, source):
    assert verify_quote(quote, source).verdict == "exact"
