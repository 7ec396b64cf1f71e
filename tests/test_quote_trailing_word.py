"""A quote may not end right before the word that ends its clause and negates it or completes its verb.

"but he did" is a verbatim part of "but he did not.", "Das stimmt" of "Das stimmt nicht.", and in
German "Der Rat lehnte den Plan am Montag" of "... am Montag ab." (rejected; "lehnte" alone:
leaned): each was ``exact``. Only a start was checked (``leading_qualifier``); the end is now
checked the same way (``trailing_word``), for a word right after the match, with only spaces
between, that ends its clause. A word that does not end its clause ("The wall is" of "The wall
is not safe") is a fragment no reader takes for a claim, and is not judged.
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

ENGLISH = ("He said he would pay the fine, but he did not. Asked who else knew, he said he knew nothing.\n\n"
           "The council insists the harbour wall is not safe for heavy lorries, and it will be closed.\n\n")
GERMAN = ("Der Rat der Stadt lehnte den Plan für den Hafen am Montag ab. Die Sitzung des Rates fand am Montag "
          "statt, und der Bürgermeister hat das nicht kommentiert. Das stimmt nicht, sagte die Sprecherin der "
          "Stadt am Dienstag.\n\n")


@pytest.mark.parametrize(("quote", "source", "word"), [
    ("but he did", ENGLISH, "not"),
    ("he said he knew", ENGLISH, "nothing"),
    ("Das stimmt", GERMAN, "nicht"),
])
def test_a_quote_ending_right_before_a_negation_that_ends_the_clause_is_altered(quote, source, word):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    [note] = material_notes(result, "trailing_word")
    assert note == f"the quote ends right before {word!r}, which negates its words in the source"


@pytest.mark.parametrize(("quote", "particle"), [
    ("Der Rat der Stadt lehnte den Plan für den Hafen am Montag", "ab"),
    ("Die Sitzung des Rates fand am Montag", "statt"),
])
def test_a_german_quote_ending_right_before_its_verbs_separable_part_is_altered(quote, particle):
    result = verify_quote(quote, GERMAN)
    assert result.verdict == "altered"
    [note] = material_notes(result, "trailing_word")
    assert note.startswith(f"the quote ends right before {particle!r}, the part of its verb")


def test_a_quote_ending_with_a_final_mark_the_source_lacks_there_is_still_judged():
    assert verify_quote("Die Sitzung des Rates fand am Montag.", GERMAN).verdict == "altered"


@pytest.mark.parametrize("quote", [
    "but he did not",  # keeps the negation
    "The council insists the harbour wall is",  # "not" does not end its clause: a fragment
    "Der Rat der Stadt lehnte den Plan für den Hafen am Montag ab",
    "The council insists the harbour wall is not safe for heavy lorries",
])
def test_a_quote_keeping_the_word_or_ending_before_a_word_that_does_not_end_the_clause_is_exact(quote):
    source = GERMAN if "Rat" in quote else ENGLISH
    assert verify_quote(quote, source).verdict == "exact"


def test_a_particle_word_ends_nothing_in_an_english_passage():
    source = "The storm knocked the power lines out. Crews worked all night to bring the power back on.\n"
    assert verify_quote("Crews worked all night to bring the power back", source).verdict == "exact"


PARTICLES_AFTER_OBJECT = ("Die Wache nahm den Mann am Bahnhof in der Stadt fest. Der Rat lehnte den Plan ab. Die Polizei "
                          "nahm ihn fest. Er wartete auf den Bus.\n\n")


@pytest.mark.parametrize(("quote", "apart", "particle"), [
    ("Der Rat lehnte", "2 words", "ab"),  # "lehnte ... ab": rejected; "lehnte": leaned
    ("Die Polizei nahm", "1 word", "fest"),  # "nahm ... fest": arrested; "nahm": took
])
def test_a_german_quote_ending_an_object_before_its_verbs_separable_part_is_altered(quote, apart, particle):
    result = verify_quote(quote, PARTICLES_AFTER_OBJECT)
    assert result.verdict == "altered"
    [note] = material_notes(result, "trailing_word")
    assert note.startswith(f"the quote ends {apart} before {particle!r}, the part of its verb")


@pytest.mark.parametrize("quote", [
    "Die Wache nahm den Mann",  # "am Bahnhof in der Stadt fest": five words put the particle off
    "Er wartete",  # "auf den Bus": a preposition, not a particle ending the clause
])
def test_a_german_quote_far_from_the_particle_or_before_a_preposition_is_exact(quote):
    assert verify_quote(quote, PARTICLES_AFTER_OBJECT).verdict == "exact"
