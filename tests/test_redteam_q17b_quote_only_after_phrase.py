"""Red team (q17b): a quote cut before a prepositional phrase that "only" closes.

"The treatment is safe for children" is a verbatim part of "The treatment is safe for children
under supervision only.": the "only" at the clause's end, a few words after the quote with
nothing but a prepositional phrase between, limits the quoted claim as "only" right after it
does. It was ``exact``; it is ``altered`` (``trailing_word``).
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("The treatment is safe for children", "The treatment is safe for children under supervision only."),
    ("The bridge is open", "The bridge is open to cyclists on weekends only, the city said."),
    ("The offer is valid", "The offer is valid in stores only."),
])
def test_a_quote_ending_before_a_prepositional_phrase_closed_by_only_is_altered(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    notes = material_notes(result, "trailing_word")
    assert len(notes) == 1 and "'only'" in notes[0], notes


def test_a_quote_ending_before_a_phrase_that_only_does_not_close_is_exact():
    # "only" opens the next words ("only in March"), after a phrase of its own
    source = "The treatment is safe for children of all ages, and only in March was it approved."
    assert verify_quote("The treatment is safe for children", source).verdict == "exact"
