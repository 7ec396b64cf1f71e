"""'— pour de bon', '— pour de vrai' after a dash are set phrases (review of rules 32).

Rules 32 leave English "— for good" unread (a set phrase, :data:`_IDIOMS`) but read French "pour"
as a preposition of population, so "Le magasin a fermé" of "Le magasin a fermé — pour de bon"
(for good) was refused: it is ``exact``. "— pour de nombreux patients" stays a limit.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Le magasin a fermé", "Le magasin a fermé — pour de bon."),
    ("Le conflit est terminé", "Le conflit est terminé — pour de vrai."),
])
def test_a_set_phrase_after_a_dash_is_exact(quote, source):
    _exact(quote, source)


def test_pour_de_before_a_population_stays_altered():
    _altered("Le traitement est efficace", "Le traitement est efficace — pour de nombreux patients.", "trailing_word")
