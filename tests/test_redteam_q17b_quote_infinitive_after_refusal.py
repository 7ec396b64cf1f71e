"""Red team (q17b): a German infinitive clause quoted after the verb that fails or refuses it.

"die Anwohner zu warnen" is a verbatim part of "Die Stadt versäumte es, die Anwohner zu warnen"
(failed to warn the residents): the quote says what the source says was not done. English
"warn the residents" of "failed to warn the residents" was already ``altered``; German sets the
governing verb off by a comma ("versäumte es, ", "weigerte sich, ", "lehnte es ab, "), and these
were ``exact``. They are ``altered`` (``leading_qualifier``).
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("source", "word"), [
    ("Die Stadt versäumte es, die Anwohner zu warnen, obwohl das Wasser stieg.", "versäumte"),
    ("Die Stadt weigerte sich, die Anwohner zu warnen, obwohl das Wasser stieg.", "weigerte"),
    ("Die Stadt lehnte es ab, die Anwohner zu warnen, obwohl das Wasser stieg.", "lehnte"),
    ("Die Stadt hat es unterlassen, die Anwohner zu warnen, obwohl das Wasser stieg.", "unterlassen"),
])
def test_an_infinitive_clause_quoted_after_a_failing_verb_and_comma_is_altered(source, word):
    result = verify_quote("die Anwohner zu warnen", source)
    assert result.verdict == "altered"
    notes = material_notes(result, "leading_qualifier")
    assert notes == [f"the quote starts right after {word!r}, which denies or doubts them in the source"]


def test_a_clause_quoted_after_a_failing_verb_that_is_no_infinitive_is_exact():
    # the comma closes "versäumte es"; what follows is a main clause of its own, no "zu" infinitive
    source = "Die Stadt versäumte es, die Anwohner waren empört."
    assert verify_quote("die Anwohner waren empört", source).verdict == "exact"


def test_an_infinitive_clause_quoted_after_a_negated_failing_verb_is_exact():
    # "hat es nicht vergessen": it did not forget, so it warned them
    source = "Die Stadt hat es nicht vergessen, die Anwohner zu warnen, obwohl das Wasser stieg."
    assert verify_quote("die Anwohner zu warnen", source).verdict == "exact"
