"""Portuguese and Italian "formerly" before a quote's start (review of quote rules 28).

Rules 28 read a past habit or a claim put in a past now over ("Autrefois il allait", "Antes, ",
"Früher ging er", Spanish "antiguamente"); Portuguese "antigamente", "outrora" and Italian
"anticamente" were in no list, so "ia ao trabalho a pé" of "Antigamente ia ao trabalho a pé"
passed as ``exact``: a habit now over reads as a present one. Each is ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered


@pytest.mark.parametrize(("quote", "source"), [
    ("ia ao trabalho a pé", "Antigamente ia ao trabalho a pé."),
    ("o rio era limpo", "Outrora o rio era limpo."),
    ("il fiume era pulito", "Anticamente il fiume era pulito."),
])
def test_a_portuguese_or_italian_formerly_before_the_quotes_start_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")
