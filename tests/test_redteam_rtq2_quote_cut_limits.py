"""Red team (rtq2): a quote cut right before the words that limit, except or hedge its claim.

"the new drug is safe" is a verbatim part of "the new drug is safe only for adults", "the bridge
is safe" of "the bridge is safe, except in high winds" and of "... safe unless the repairs fail",
"The minister took the money" of "The minister took the money, allegedly," and "Alle Brücken sind
sicher" of "Alle Brücken sind sicher bis auf die alte Brücke": each was ``exact``. An ellipsis
leaving such an aside out was already ``altered`` (``ellipsis_qualifier``); the quote's end now
may not leave it out either (``trailing_word``): a word that restricts, excepts, conditions or
hedges the quoted words right after them, with nothing but spaces or one comma between.
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

SOURCE = (
    "The council said the new drug is safe only for adults over 40, and children must not take it.\n\n"
    "The engineer said the bridge is safe, except in high winds, and should stay open.\n\n"
    "The inspector said the tunnel is sound unless the pumps fail, a spokesman added.\n\n"
    "The auditor said the minister took the money, allegedly, and left the country.\n\n"
    "The clerk took the files allegedly and left the town, the court heard.\n\n"
    "The study found the vaccine works, but only in mice, and more trials are planned.\n\n"
    "The mayor said the harbour is open if the weather allows, and ferries will run.\n\n"
    "Der Sprecher sagte, alle Brücken sind sicher bis auf die alte Brücke am Hafen.\n\n"
    "Le porte-parole a dit que tous les ponts sont sûrs sauf le vieux pont du port.\n\n"
    "El portavoz dijo que todos los puentes son seguros excepto el viejo puente del puerto.\n\n"
    "Il portavoce ha detto che tutti i ponti sono sicuri tranne il vecchio ponte del porto.\n\n"
    "O porta-voz disse que todas as pontes são seguras exceto a velha ponte do porto.\n\n"
    "Le pont est sûr, à moins que la digue cède. El puente es seguro a menos que llueva mucho. Die Brücke "
    "ist sicher, es sei denn, der Damm bricht.\n\n"
    "Le locataire a dit qu'il ne paie que dix euros par mois. Il dit qu'il ne paie pas que le loyer.\n\n"
    "The driver asked if the road was open, and the officer said the road is open as if nothing "
    "had happened. The firm will go ahead even if the vote fails, its chief said.\n\n"
    "The new treatment cured the patients, at least in the first trial, and the plan works, in theory, "
    "for every town. Das Konzept funktioniert, zumindest auf dem Papier, für alle Städte.\n\n"
    "You will be left with two troopers, only then can you duel, and China fears that he will only "
    "demand more. He was removed from suicide watch only if a doctor agreed. NASA tapped three companies to send landers next year, only two committed.\n\n"
)


@pytest.mark.parametrize(("quote", "word"), [
    ("the new drug is safe", "only"),
    ("the bridge is safe", "except"),
    ("the tunnel is sound", "unless"),
    ("the minister took the money", "allegedly"),
    ("The clerk took the files", "allegedly"),  # no comma, but a new clause after it
    ("He was removed from suicide watch", "only"),  # "only if": a condition
    ("the vaccine works", "only"),
    ("the harbour is open", "if"),
    ("alle Brücken sind sicher", "bis"),
    ("tous les ponts sont sûrs", "sauf"),
    ("todos los puentes son seguros", "excepto"),
    ("tutti i ponti sono sicuri", "tranne"),
    ("todas as pontes são seguras", "exceto"),
    ("Le locataire a dit qu'il ne paie", "que"),  # "ne ... que": only, not "not"
    ("Le pont est sûr", "à"),  # "à moins que": unless
    ("El puente es seguro", "a"),  # "a menos que"
    ("Die Brücke ist sicher", "es"),  # "es sei denn"
    ("The new treatment cured the patients", "at"),  # ", at least in the first trial"
    ("and the plan works", "in"),  # ", in theory,"
    ("Das Konzept funktioniert", "zumindest"),
])
def test_a_quote_cut_right_before_the_words_that_limit_its_claim_is_altered(quote, word):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    [note] = material_notes(result, "trailing_word")
    assert note.startswith(f"the quote ends right before {word!r}, which limits")


@pytest.mark.parametrize("quote", [
    "The driver asked",  # "if" opens what he asked, no condition
    "Il dit qu'il ne paie pas",  # "ne ... pas" is a whole negation: the "que" after it restricts nothing
    "the officer said the road is open",  # "as if": a manner
    "The firm will go ahead",  # "even if": it goes ahead in any case
    "You will be left with two troopers",  # "only then" opens a clause of its own
    "China fears that he will",  # "only" limits the verb the quote leaves out
    "NASA tapped three companies to send landers next year",  # ", only two": the next clause's subject
    "the new drug is safe only for adults over 40",  # keeps the limit
    "The engineer said the bridge is safe, except in high winds",
])
def test_a_quote_keeping_the_limit_or_ending_before_an_if_that_sets_no_condition_is_exact(quote):
    assert verify_quote(quote, SOURCE).verdict == "exact"


DOUBTED = ("The election was rigged, he falsely claimed on Monday. The company paid bribes to the minister, "
           "a claim it denies. Die Wahl sei gefälscht worden, behauptete er ohne Beleg. The bridge is safe, "
           "the engineer said on Monday after the long inspection. It helps nurses tell artifacts, false alarms and "
           "real alarms apart.\n")


@pytest.mark.parametrize(("quote", "word"), [
    ("The election was rigged", "falsely"),
    ("The company paid bribes to the minister", "denies"),
    ("Die Wahl sei gefälscht worden", "ohne"),
])
def test_a_quote_cut_before_the_rest_of_its_sentence_calling_it_false_is_altered(quote, word):
    result = verify_quote(quote, DOUBTED)
    assert result.verdict == "altered"
    assert material_notes(result, "trailing_word") == [f"the quote ends before the rest of its sentence, which calls it into doubt "
                                 f"in the source ({word!r})"]


@pytest.mark.parametrize("quote", [
    "The bridge is safe",  # a plain attribution
    "It helps nurses tell artifacts",  # "false" a word of the list that follows
])
def test_a_quote_cut_before_a_plain_attribution_or_a_list_is_exact(quote):
    assert verify_quote(quote, DOUBTED).verdict == "exact"
