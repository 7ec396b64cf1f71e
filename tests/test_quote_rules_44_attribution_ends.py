"""What quote rules 44 change in attributions cut from a quote's ends (red team q44, item 6).

", selon l'AFP" cut from the end was altered and "Selon l'AFP, " cut from the start exact; ",
d'après l'AFP", ", secondo l'ANSA", ", segundo a Lusa", ", de acuerdo con EFE", ", по данным ТАСС"
and ", laut dpa" cut from the end were exact. One rule now, at both ends and in every language: an
attribution ("according to", "selon", "laut", "según", "secondo", "segundo", "по данным") that
opens or ends the sentence of a whole claim, cut off, makes the source's report its own claim
(design quotes.md: attribution changes are material). A speaker's tag (", Reuters reported",
"Reuters reported that") is how speech is quoted, and a plan or a record ("according to plan",
"segundo o plano") is no one's claim: both stay exact.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import assert_named_claim as _named_claim


@pytest.mark.parametrize(("quote", "source"), [
    ("Le pont sera fermé", "Le pont sera fermé, selon l'AFP."),
    ("Le pont sera fermé", "Le pont sera fermé, d'après l'AFP."),
    ("The bridge will close", "The bridge will close, according to Reuters."),
    ("Die Brücke wird gesperrt", "Die Brücke wird gesperrt, laut dpa."),
    ("El puente será cerrado", "El puente será cerrado, de acuerdo con EFE."),
    ("Il ponte sarà chiuso", "Il ponte sarà chiuso, secondo l'ANSA."),
    ("A ponte será fechada", "A ponte será fechada, segundo a Lusa."),
    ("Мост закроют", "Мост закроют, по данным ТАСС."),
])
def test_an_attribution_cut_from_the_end_is_altered_in_every_language(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("le pont sera fermé", "Selon l'AFP, le pont sera fermé."),
    ("the bridge will close", "According to Reuters, the bridge will close."),
    ("el puente será cerrado", "Según EFE, el puente será cerrado."),
    ("il ponte sarà chiuso", "Secondo l'ANSA, il ponte sarà chiuso."),
    ("a ponte será fechada", "Segundo a Lusa, a ponte será fechada."),
    ("мост закроют", "По данным ТАСС, мост закроют."),
])
def test_an_attribution_cut_from_the_start_is_altered_in_every_language(quote, source):
    _named_claim(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("The bridge will close", "The bridge will close, Reuters reported."),
    ("the bridge will close", "Reuters reported that the bridge will close."),
    ("the bridge opened", "According to plan, the bridge opened."),
    ("A ponte ficará pronta até 2030", "A ponte ficará pronta até 2030, segundo o plano."),
    ("the bridge", "According to Reuters, the bridge will close."),
    ("мост закроют", "По сути, мост закроют."),
])
def test_a_speakers_tag_a_plan_or_a_noun_phrase_stays_exact(quote, source):
    _exact(quote, source)
