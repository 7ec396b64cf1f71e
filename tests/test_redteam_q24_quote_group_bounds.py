"""Red team q24: a quote cut before the age or bound that narrows the people its claim is about.

"The law applies to everyone" of "The law applies to everyone over 18", "The museum is free" of
"... for children under five" were ``exact`` under rules 23: the source speaks of some, the
quote of all (rules 24, archiver/quotes/trail_group.py). A bound with no figure after it, or a
group with no bound, narrows nothing a reader of the quote misses.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The law applies to everyone", "The law applies to everyone over 18."),
    ("The museum is free", "The museum is free for children under five."),
    ("The museum is free for children", "The museum is free for children under five."),
    ("The vaccine is offered to adults", "The vaccine is offered to adults aged 65 and over."),
    ("Le musée est gratuit", "Le musée est gratuit pour les enfants de moins de 12 ans."),
    ("Das Museum ist kostenlos", "Das Museum ist kostenlos für Kinder unter 12 Jahren."),
])
def test_a_quote_ending_before_an_age_or_bound_of_its_people_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The museum is free for children", "The museum is free for children under supervision."),
    ("The park is open to everyone", "The park is open to everyone over there."),
    # ("The museum is free" of "The museum is free for children." was here: altered since quote rules 104, whose
    # holds_when reads the group a price or an access holds for, bound or not: adults pay, and the quote hides it)
])
def test_a_quote_ending_before_a_bound_without_a_figure_or_a_group_without_a_bound_is_exact(quote, source):
    _exact(quote, source)
