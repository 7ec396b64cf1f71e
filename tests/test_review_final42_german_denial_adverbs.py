"""A German denial with an adverb before its comma (review of quote rules 30).

Rules 30 read the claim after "bestritt, " as denied ("dass er gelogen habe" of "Er bestritt,
dass er gelogen habe"); an adverb between the verb and its comma ("bestritt energisch",
"bestreitet vehement", "wies die Vorwürfe entschieden zurück" aside) left it unread: the quote
was ``exact``. One or two words between the denying verb and the comma, none a negation, keep the
denial; "bestritt nicht, dass" (he did not deny it) and "bestritt es nie" stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_exact as _exact
from quote_notes import material_kinds

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("dass er gelogen habe", "Er bestritt energisch, dass er gelogen habe."),
    ("er habe gelogen", "Er bestritt energisch, er habe gelogen."),
    ("dass sie Geld angenommen habe", "Die Ministerin bestreitet weiterhin vehement, dass sie Geld angenommen habe."),
])
def test_a_claim_after_a_denial_and_its_adverb_is_altered(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", (result.verdict, result.explanation)
    assert "leading_qualifier" in material_kinds(result)


@pytest.mark.parametrize(("quote", "source"), [
    ("dass er gelogen habe", "Er bestritt nicht, dass er gelogen habe."),
    ("dass er gelogen habe", "Er bestritt es nie, dass er gelogen habe."),
    ("dass er gelogen habe", "Er bestritt gar nicht, dass er gelogen habe."),
])
def test_a_claim_after_a_negated_denial_is_exact(quote, source):
    _exact(quote, source)
