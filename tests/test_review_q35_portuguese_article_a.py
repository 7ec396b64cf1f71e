"""Portuguese "a" (the) opening a quote after a past opener is no French "a" (has) (review of
quote rules 35).

Rules 35 read a lone "a" as French "has", a present, only in French; but the test asked whether
the text was known to be in the language being tried, so in a source read as Portuguese "a
gente pedia ajuda ao padre" of "Antigamente, a gente pedia ajuda ao padre." read "a" as a
present and was ``altered`` (the imperfect "pedia" after it never read). It is ``exact``; an
"a" before a participle is a French perfect only in French too. A French present after
"Autrefois, " is still ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("a gente pedia ajuda ao padre", "Antigamente, a gente pedia ajuda ao padre."),
    ("a entrada custava dez centavos", "Antigamente, a entrada custava dez centavos no domingo."),
])
def test_a_portuguese_article_a_before_a_past_after_a_past_opener_is_exact(quote, source):
    _exact(quote, source)


def test_a_french_present_a_after_a_past_opener_is_still_altered():
    _altered("il a une belle maison", "Autrefois, il a une belle maison, dit-on dans le village.", "leading_qualifier")
