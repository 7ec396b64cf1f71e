"""Red team (rtq2): a quote that starts right after a negation and the adverb it governs.

"operates at full capacity" is a verbatim part of "The plant no longer operates at full
capacity", "safe for children" of "not always safe for children", "been approved by the board"
of "has not yet been approved": each was ``exact``. The leading-word rule
(:mod:`archiver.quotes.lead_word`) read only the one word right before the quote ("longer",
"always", "yet"), and the negation stands one word further back. A negation and one adverb of
time or degree after it ("no longer", "not always", "not yet", "nicht mehr", "ne ... plus",
"non più") now count as the negation does. "not only" does not negate what follows it ("not only
cheap but also effective" says it is cheap).
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

SOURCE = (
    "The plant no longer operates at full capacity, the firm said. The drug is not always safe for "
    "children. The plan has not yet been approved by the board. The vaccine is not only cheap but "
    "also effective, the study found.\n\n"
)
GERMAN = "Das Werk arbeitet seit dem Sommer nicht mehr mit voller Kraft, sagte die Firma am Montag.\n"
FRENCH = "L'usine de la ville ne fonctionne plus à plein régime depuis l'été, a dit la direction.\n"


@pytest.mark.parametrize(("quote", "source", "word"), [
    ("operates at full capacity", SOURCE, "no"),
    ("safe for children", SOURCE, "not"),
    ("been approved by the board", SOURCE, "not"),
    ("mit voller Kraft", GERMAN, "nicht"),
    ("à plein régime depuis l'été", FRENCH, "ne"),
])
def test_a_quote_starting_right_after_a_negation_and_its_adverb_is_altered(quote, source, word):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    notes = material_notes(result, "leading_qualifier")
    assert notes == [f"the quote starts right after {word!r} and the word it governs, which negate them "
                     "in the source"]


def test_a_quote_starting_after_not_only_keeps_its_verdict():
    assert verify_quote("cheap but also effective", SOURCE).verdict == "exact"


QUOTED = ('The minister said the flooding was not “a disaster for the town” but a setback. He said no. "I will '
          'stay on as mayor," he told reporters.\n')


def test_a_quote_starting_inside_quotation_marks_right_after_a_negation_is_altered():
    result = verify_quote("a disaster for the town", QUOTED)
    assert result.verdict == "altered"
    assert [d.source for d in result.differences if d.material and d.kind == "leading_qualifier"] == ["not"]


def test_a_quotation_opening_a_sentence_after_a_negation_that_ends_another_is_exact():
    assert verify_quote("I will stay on as mayor", QUOTED).verdict == "exact"
