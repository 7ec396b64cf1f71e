"""Portuguese and Italian "formerly" before a quote's start (review of quote rules 28).

Rules 28 read a past habit or a claim put in a past now over ("Autrefois il allait", "Antes, ",
"Früher ging er", Spanish "antiguamente"); Portuguese "antigamente", "outrora" and Italian
"anticamente" were in no list, so "ia ao trabalho a pé" of "Antigamente ia ao trabalho a pé"
passed as ``exact``: a habit now over reads as a present one. Each is ``altered``.

Rules 35 read them as a past claim's date before a past tense ("ia ao trabalho a pé" of
"Antigamente ia ao trabalho a pé" is ``exact``: tests/test_quote_rules_35_past_openers.py); a
quote with no past tense of its own after them (a noun phrase, a present) is still ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered


@pytest.mark.parametrize(("quote", "source"), [
    ("o maior banco da cidade", "Era antigamente o maior banco da cidade."),
    ("a capital do reino", "Foi outrora a capital do reino."),
    ("il più grande porto del paese", "Era anticamente il più grande porto del paese."),
])
def test_a_portuguese_or_italian_formerly_before_the_quotes_start_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")
