"""Romance "si" / "se" after a verb of asking or not knowing is "whether" (review of quote rules 28).

Rules 28 read French and Spanish "si" after a quote's end as a condition cut off, except after
a verb that asks ("se demande si", "no sabe si"); its list missed common forms ("Il ignore si",
"Le pregunto si", Italian "Mi chiedo se non", Portuguese "Não sei se não"), so those faithful
quotes were refused as ``altered``. They are ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Il ignore", "Il ignore si la dose est trop forte."),
    ("Le pregunto", "Le pregunto si la dosis es alta."),
    ("Mi chiedo", "Mi chiedo se non sia troppo tardi."),
    ("Não sei", "Não sei se não é tarde demais."),
])
def test_si_or_se_after_a_verb_of_asking_or_not_knowing_is_exact(quote, source):
    _exact(quote, source)
