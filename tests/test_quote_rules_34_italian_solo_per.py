"""Italian "solo per" after a quote limits it (quote rules 34).

"per" is a number word ("per cent"), so "solo per i residenti" was read as "only" bounding a
number after it (", only two committed"), no limit, and "Il servizio funziona" of "Il servizio
funziona solo per gli adulti." passed.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered


@pytest.mark.parametrize(("quote", "source"), [
    ("Il servizio funziona", "Il servizio funziona solo per gli adulti."),
    ("La mostra è gratuita", "La mostra è gratuita, solo per i residenti."),
])
def test_solo_per_after_the_quote_is_altered(quote, source):
    _altered(quote, source, "trailing_word")
