"""Red team (rtq2): a quote that starts right after "few" or "little" says the opposite.

"people believe the mayor's account" is a verbatim part of "Few people believe the mayor's
account", "evidence supports the claim" of "Little evidence supports the claim", "Menschen
glauben dem Bürgermeister" of "Wenige Menschen glauben ...", "gens croient le maire" of "Peu de
gens croient le maire": each was ``exact``. "Few", "little" and their kin say hardly any, as a
negation says none; a quote starting right after one is ``altered`` (``leading_qualifier``) as
one starting right after "no" is. "a little" (some) is not judged here; "a few" says how many
hold, as "some" does, and is judged with them (quote rules 18,
tests/test_redteam_q18_quote_cut_qualifiers.py).
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

SOURCE = (
    "Few people believe the mayor's account of the night, the paper said. Little evidence supports "
    "the claim, the judge said. A few people believe the other account of the night. The little town "
    "was flooded on Monday. Talks went on over the past few days in Little Rock, Arkansas.\n\n"
)
GERMAN = "Wenige Menschen glauben dem Bürgermeister, sagte die Zeitung am Montag in der Stadt.\n"
FRENCH = "Peu de gens croient le maire, selon le journal de la ville publié lundi dernier.\n"


@pytest.mark.parametrize(("quote", "source", "word"), [
    ("people believe the mayor's account of the night", SOURCE, "Few"),
    ("evidence supports the claim", SOURCE, "Little"),
    ("Menschen glauben dem Bürgermeister", GERMAN, "Wenige"),
    ("gens croient le maire", FRENCH, "Peu"),
])
def test_a_quote_starting_right_after_few_or_little_is_altered(quote, source, word):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    notes = material_notes(result, "leading_qualifier")
    assert notes == [f"the quote starts right after {word!r}, which says hardly any of them in the source"]


@pytest.mark.parametrize("quote", [
    "town was flooded on Monday",  # "The little town": a size
    "days in Little Rock",  # "the past few days": some
    "Rock, Arkansas",  # a name
])
def test_a_quote_starting_right_after_a_few_or_a_little_thing_is_exact(quote):
    assert verify_quote(quote, SOURCE).verdict == "exact"
