"""A limit in square brackets after the quote's end (quote rules 30).

Rules 28 read a limit that a dash or a round bracket sets off after a quote's end as after a
comma ("It works (only in mice)"). A square bracket sets it off the same way ("It works [only in
mice]", "[except in humans]", "[nur bei Mäusen]", "[solo nei topi]"), and so does a phrase closed
by "only" inside one ("[under five only]"): a quote ending before it drops the limit. Each was
``exact`` under rules 29. A square bracket holding anything else (a date, a reference, "sic") is
still not read.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("It works", "It works [only in mice]."),
    ("It works", "It works [except in humans]."),
    ("It works", "It works [unless the dose is high]."),
    ("The vaccine protects children", "The vaccine protects children [under five only]."),
    ("Das Mittel wirkt", "Das Mittel wirkt [nur bei Mäusen]."),
    ("Le traitement fonctionne", "Le traitement fonctionne [sauf chez l'adulte]."),
    ("La vacuna funciona", "La vacuna funciona [solo en ratones]."),
    ("Il farmaco funziona", "Il farmaco funziona [solo nei topi]."),
])
def test_a_limit_in_square_brackets_after_the_quotes_end_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The mayor approved the budget", "The mayor approved the budget [in March]."),
    ("The report was published", "The report was published [see page 4]."),
    ("The report was published", "The report was published [sic]."),
])
def test_a_square_bracket_that_limits_nothing_is_exact(quote, source):
    _exact(quote, source)
