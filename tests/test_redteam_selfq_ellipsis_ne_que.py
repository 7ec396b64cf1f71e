"""Red team (self-review of quote rules 13): an ellipsis leaving out the "que" of "ne ... que".

French "ne ... que" restricts ("Le projet ne sera construit que si l'État paie": the project will
be built only if the state pays; "Il n'a payé que deux euros": he paid only two euros). Left out
by an ellipsis, the "que" takes the restriction away and leaves a bare "ne", which reads as a
negation: "Le projet ne sera construit ... si l'État paie" says it will not be built if the
state pays, "Il n'a payé ... deux euros" that he did not pay them. Both were ``normalized``
("que" is no qualifier anywhere else: it opens most French clauses). Now a "que" (or "qu'")
among the words the ellipsis leaves out beside the quoted words, after a "ne" (or "n'") in the
clause the quote keeps before it, is ``altered`` (``ellipsis_qualifier``).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "Le projet ne sera construit que si l’État paie, a précisé le maire.\n\n"
    "Il n’a payé que deux euros pour le billet.\n\n"
    "Elle ne travaille qu’en été dans la vallée.\n\n"
    "Il ne paie que deux euros, comme prévu, par mois.\n\n"
    "Le maire a dit, mardi, que le projet sera construit.\n\n"
)


@pytest.mark.parametrize("quote", [
    "Le projet ne sera construit ... si l’État paie",
    "Il n’a payé ... deux euros pour le billet",
    "Elle ne travaille ... été dans la vallée",
])
def test_an_ellipsis_leaving_out_the_que_of_ne_que_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and "qu" in (d.note or "") for d in result.differences)


@pytest.mark.parametrize("quote", [
    "Il ne paie que deux euros ... par mois",
    "Le maire a dit ... que le projet sera construit",
])
def test_an_ellipsis_keeping_the_que_or_with_no_ne_before_it_still_verifies(quote):
    assert verify_quote(quote, SOURCE).verdict == "normalized"


def test_an_ellipsis_leaving_out_a_que_after_a_whole_negation_still_verifies():
    source = "Il ne pense pas que la ville paiera le projet."
    assert verify_quote("Il ne pense pas ... la ville paiera le projet", source).verdict == "normalized"
