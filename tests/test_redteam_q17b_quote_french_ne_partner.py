"""Red team (q17b): a French quote that keeps its "ne" and leaves out the word completing it.

"Le maire ne paie" is a verbatim part of "Le maire ne paie plus ses dettes": the quote keeps the
"ne", so a reader takes it as "ne ... pas" (does not pay), but the source says "no longer"
("plus"), "never" ("jamais") or "hardly" ("guère"): another claim. These were ``exact``; "ne ...
que" (only), "rien" and "personne" were already ``altered``. A "pas" (or "point") left out
changes nothing: the kept "ne" already says "does not", and the quote stays exact.
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote


@pytest.mark.parametrize("word", ["plus", "jamais", "guère"])
def test_a_quote_ending_after_ne_and_its_verb_before_plus_jamais_or_guere_is_altered(word):
    result = verify_quote("Le maire ne paie", f"Le maire ne paie {word} ses dettes depuis mars.")
    assert result.verdict == "altered"
    notes = material_notes(result, "trailing_word")
    assert notes == [f"the quote ends right before {word!r}, which completes its \"ne\" in the source "
                     "(without it the \"ne\" reads as a plain \"not\")"]


@pytest.mark.parametrize("word", ["pas", "point"])
def test_a_quote_ending_after_ne_and_its_verb_before_pas_is_exact(word):
    # "ne paie" reads "does not pay" with or without its "pas"
    assert verify_quote("Le maire ne paie", f"Le maire ne paie {word} ses dettes depuis mars.").verdict == "exact"


def test_a_quote_whose_ne_is_already_completed_is_exact_before_plus():
    # "ne paie pas" is whole; the "plus" after the quote belongs to "plus tard"
    source = "Le maire ne paie pas ses dettes plus tard que prévu."
    assert verify_quote("Le maire ne paie pas ses dettes", source).verdict == "exact"
