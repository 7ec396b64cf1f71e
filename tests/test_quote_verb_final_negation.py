"""A quote may not end right before a negation that only a short verb cluster follows in its clause.

German and Dutch put the verb last in a subordinate clause, so the negation stands before the
final verbs, not at the clause's end: "dass die Stadt das Geld" is a verbatim part of "..., dass
die Stadt das Geld nicht hat." and was ``exact``, as were "weil er den Vertrag" of "weil er den
Vertrag nie unterschrieben hat" and "dat de stad het geld" of "dat de stad het geld niet heeft".
The ``trailing_word`` rule (:mod:`archiver.quotes.trail_word`) read only a negation that ends its
clause; it now reads one that at most three words (the verbs, an object: no comma, no new clause)
follow before the clause ends.
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import QUOTE_RULES_VERSION, verify_quote

GERMAN = ("Der Sprecher sagte am Montag, dass die Stadt das Geld nicht hat. Er sagte auch, weil er den Vertrag "
          "nie unterschrieben hat, sei er an nichts gebunden. Die Sprecherin erklärte, dass die Stadt keine "
          "Mittel hat und die Schulden steigen.\n\n"
          "Der Bürgermeister kam am Montag. Nicht alle Mitglieder des Rates waren da.\n\n"
          "Der Rat tagte am Dienstag und niemand widersprach. Er kam nicht nur am Montag, sondern auch am "
          "Dienstag.\n\n"
          "Die Stadt hat das Geld nicht, weil der Haushalt gekürzt wurde, sagte er am Montag.\n\n")
MAIN_CLAUSES = ("Die Stadt zahlt die Schulden nicht. Der Rat kennt den Plan nicht, sagte er. De stad betaalt "
                "de schulden niet.\n\n")
DUTCH = ("De woordvoerder zei maandag dat de stad het geld niet heeft. Hij zei ook dat hij het contract nooit "
         "heeft getekend.\n\n")
ENGLISH = ("The council insists the harbour wall is not safe for heavy lorries, and it will be closed. "
           "The Pittsburgh quarterback didn't play.\n\n")


@pytest.mark.parametrize(("quote", "source", "word"), [
    ("dass die Stadt das Geld", GERMAN, "nicht"),
    ("weil er den Vertrag", GERMAN, "nie"),
    ("dat de stad het geld", DUTCH, "niet"),
    ("dat hij het contract", DUTCH, "nooit"),
])
def test_a_quote_ending_right_before_a_negation_that_only_its_clauses_verbs_follow_is_altered(quote, source, word):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    [note] = material_notes(result, "trailing_word")
    assert note == f"the quote ends right before {word!r}, which negates its words in the source"


@pytest.mark.parametrize(("quote", "word"), [
    ("Die Stadt zahlt", "nicht"),
    ("Der Rat kennt", "nicht"),
    ("De stad betaalt", "niet"),
])
def test_a_quote_ending_before_the_object_a_clause_final_negation_follows_is_altered(quote, word):
    result = verify_quote(quote, MAIN_CLAUSES)
    assert result.verdict == "altered"
    assert material_notes(result, "trailing_word") == [f"the quote ends 2 words before {word!r}, which negates its clause in the source"]


def test_a_new_clause_after_the_verbs_ends_the_cluster_as_a_clause_mark_does():
    result = verify_quote("Die Sprecherin erklärte, dass die Stadt", GERMAN)
    assert result.verdict == "altered"
    assert material_notes(result, "trailing_word") == ["the quote ends right before 'keine', which negates its words in the source"]


@pytest.mark.parametrize(("quote", "source"), [
    ("Der Bürgermeister kam am Montag.", GERMAN),  # the quote ends its sentence: the next one's "Nicht" is not its
    ("Die Stadt hat das Geld nicht", GERMAN),  # keeps the negation
    ("dass die Stadt das Geld nicht hat", GERMAN),
    ("Der Rat tagte am Dienstag und", GERMAN),  # "niemand widersprach" is the next clause's
    ("Er kam", GERMAN),  # "nicht nur": not only
    ("The council insists the harbour wall is", ENGLISH),  # more than a verb cluster follows "not"
    ("The Pittsburgh quarterback", ENGLISH),  # English puts the verb after the negation, not before
])
def test_a_quote_ending_at_its_clauses_end_or_before_a_long_tail_keeps_its_verdict(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


def test_the_quote_rules_version_names_this_rule():
    assert int(QUOTE_RULES_VERSION) >= 17
