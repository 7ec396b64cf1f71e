"""Italian ", per" and a singular article after a figure says why or when, no group (review of
quote rules 35).

Rules 35 read Italian "per" before an article after a figure as a limit to a group ("5 euro per
i residenti", "10 euro, per gli adulti"). After a comma, a singular article opens no group but
the reason or the occasion before a word of feeling or an ordinal: "La partita è finita 2 a 1,
per la gioia dei tifosi" (to the fans' joy), "Ha vinto 3 a 0, per la prima volta" (for the first
time). The score cut before it was ``altered`` ("limits its figure to a group"); it is ``exact``.
A plural article after a comma still limits the figure (red team q35: "Il biglietto costa 10
euro, per gli adulti"), and so does a singular one before anything else (", per il primo anno":
the first year only; red team rvq35).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("La partita è finita 2 a 1", "La partita è finita 2 a 1, per la gioia dei tifosi."),
    ("La squadra ha vinto 3 a 0", "La squadra ha vinto 3 a 0, per la prima volta in casa."),
])
def test_a_figure_before_a_comma_per_and_a_singular_article_is_exact(quote, source):
    _exact(quote, source)


def test_a_figure_before_a_comma_per_and_a_plural_article_is_still_limited_to_a_group():
    _altered("Il biglietto costa 10 euro", "Il biglietto costa 10 euro, per gli adulti.", "number")


def test_a_figure_before_a_comma_per_and_a_singular_article_of_a_time_is_still_altered():
    _altered("Il costo è di 5 euro", "Il costo è di 5 euro, per il primo anno.", "number")
