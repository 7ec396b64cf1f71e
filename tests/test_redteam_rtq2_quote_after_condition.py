"""Red team (rtq2): a quote that starts right after the conditional clause opening its sentence.

"the town will flood within hours" is a verbatim part of "If the dam fails, the town will flood
within hours." and was ``exact``: the leading-word rule (:mod:`archiver.quotes.lead_word`) read
only a word right before the quote ("if the dam fails" cut after "If"), not a clause the comma
closes. A quote that starts right after the comma closing a clause that opens its sentence with
"If", "Unless", "Wenn", "Falls", "Si", "Se" ... makes a fact of what the source says happens only
on that condition: ``altered`` (``leading_qualifier``).
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

SOURCE = (
    "If the dam fails, the town will flood within hours. Unless the council pays, the contractor will "
    "stop the work.\n\n"
    "Even if the vote fails, the firm will go ahead. When the storm came, the old wall fell.\n\n"
    "If that holds up, that would be a hit on growth, said Ross Burkhart, a professor.\n\n"
    "Only if the dam holds, the town will be safe this winter.\n\n"
)
GERMAN = "Der Ingenieur sagte am Montag: Wenn der Damm bricht, wird die Stadt überflutet, und das ist klar.\n"
FRENCH = "L'ingénieur a dit lundi : Si la digue cède, la ville sera inondée, et il faut agir pour le port.\n"


@pytest.mark.parametrize(("quote", "source", "word"), [
    ("the town will flood within hours", SOURCE, "If"),
    ("the contractor will stop the work", SOURCE, "Unless"),
    ("the town will be safe this winter", SOURCE, "if"),  # "Only if"
    ("wird die Stadt überflutet", GERMAN, "Wenn"),
    ("la ville sera inondée", FRENCH, "Si"),
])
def test_a_quote_starting_right_after_a_conditional_clause_is_altered(quote, source, word):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    notes = material_notes(result, "leading_qualifier")
    assert notes == [f"the quote starts right after a clause opened by {word!r}, which makes its words "
                     "a condition in the source"]


@pytest.mark.parametrize("quote", [
    "the firm will go ahead",  # "even if": in any case
    "the old wall fell",  # "when": a time, no condition
    "said Ross Burkhart, a professor",  # the comma before it closes the consequence, not the condition
    "If the dam fails, the town will flood within hours",
])
def test_a_quote_after_a_concession_or_a_time_or_keeping_the_condition_is_exact(quote):
    assert verify_quote(quote, SOURCE).verdict == "exact"
