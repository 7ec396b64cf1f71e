"""A condition "se non" / "se não" cut from a quote's end (review of quote rules 28).

Rules 28 read French and Spanish "si" before the words that open its clause ("si aucun
repreneur n'est trouvé", "si no se encuentra") after a quote's end as a condition cut off; the
same condition in Italian and Portuguese passed as ``exact`` ("La fabbrica chiuderà se non si
trova un acquirente", "A equipe teria ganhado se não tivesse chovido"): "se" is read nowhere,
being a pronoun as often. Before "non" / "não" it is "if": those are read. "se" after asking
("chiede se non", "perguntou se não") is no condition.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("La fabbrica chiuderà", "La fabbrica chiuderà se non si trova un acquirente."),
    ("La squadra avrebbe vinto", "La squadra avrebbe vinto se non fosse piovuto."),
    ("A fábrica vai fechar", "A fábrica vai fechar se não houver comprador."),
    ("A equipe teria ganhado", "A equipe teria ganhado se não tivesse chovido."),
])
def test_se_non_or_se_nao_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Il sindaco chiede", "Il sindaco chiede se non sia troppo tardi."),
    ("O prefeito perguntou", "O prefeito perguntou se não era tarde demais."),
])
def test_se_non_after_asking_is_exact(quote, source):
    _exact(quote, source)
