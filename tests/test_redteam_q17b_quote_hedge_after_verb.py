"""Red team (q17b): a quote ending with its verb right before the adverb that hedges the clause.

German, French and Spanish put a sentence adverb after the finite verb: "Der Minister floh
angeblich ins Ausland", "Le médicament est prétendument sûr", "El fármaco es supuestamente
seguro". A quote that ends with that verb ("Der Minister floh") makes a flat claim of what the
source only reports. The trailing hedge rule counted a hedge only where it stood apart from
what follows; these were ``exact``, and are ``altered`` (``trailing_word``). English puts the
adverb before the verb ("The minister apparently fled"), so a quote ending there ends before
the verb, a subject, and is not judged.
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source", "word"), [
    ("Das Medikament ist", "Das Medikament ist angeblich sicher, sagt der Hersteller.", "angeblich"),
    ("Der Minister floh", "Der Minister floh mutmaßlich ins Ausland, berichtet die Zeitung.", "mutmaßlich"),
    ("Die Firma zahlte", "Die Firma zahlte vermutlich Schmiergeld an den Minister.", "vermutlich"),
    ("Le médicament est", "Le médicament est prétendument sûr pour les enfants.", "prétendument"),
    ("Le médicament est", "Le médicament est soi-disant sûr pour les enfants.", "soi-disant"),
    ("El medicamento es", "El medicamento es supuestamente seguro para los niños.", "supuestamente"),
    ("El ministro ha", "El ministro ha presuntamente desviado fondos públicos, según la fiscalía y los medios.", "presuntamente"),
])
def test_a_quote_ending_with_its_verb_before_a_hedge_is_altered(quote, source, word):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    notes = material_notes(result, "trailing_word")
    assert notes == [f"the quote ends right before {word!r}, which limits its claim in the source "
                     "(an exception, a condition, a restriction or a hedge)"]


@pytest.mark.parametrize(("quote", "source"), [
    # a German noun (a capital) or an article before the hedge: the verb is not in the quote
    ("weil der Minister", "Er trat zurück, weil der Minister angeblich Geld nahm."),
    ("Der Prozess gegen den", "Der Prozess gegen den angeblich korrupten Minister beginnt."),
    # an adjective or an adverb of a phrase with no verb before the hedge
    ("Er kam mit diesem alten", "Er kam mit diesem alten offenbar ungesättigten Gedanken."),
    ("Die Behörde verteidigte die Haltung der Tiere, die dort",
     "Die Behörde verteidigte die Haltung der Tiere, die dort offenbar seit langem bekannt war."),
    # English: the hedge stands before the verb, the quote is its subject
    ("The minister of finance", "The minister of finance apparently resigned on Monday."),
])
def test_a_quote_ending_before_a_hedge_without_its_verb_is_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("Es wäre", "Es wäre wahrscheinlich gerechter, von einer Krise und nicht von einem Wandel der Zeit zu sprechen."),
    ("Und man sollte", "Und man sollte vielleicht vorher in der Karte nachsehen."),
])
def test_a_german_quote_ending_with_a_pronoun_and_its_verb_before_a_hedge_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"
