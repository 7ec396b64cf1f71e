"""A French split denial before an elided "qu'" (review of rules 32).

Rules 32 read a denying verb, an aside between commas and a quote opening with "that" or "que"
("Il a nié, sous serment, que l'entreprise avait payé"). Before a vowel French writes "qu'" ("Il
a nié, sous serment, qu'il avait vu la note"), and a quote opening with "qu'il" was not read: it
states as fact what was denied, and is ``altered``, as the same quote after "a nié qu'" already
was. An admission split the same way stays ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("qu'il avait vu la note", "Il a nié, sous serment, qu'il avait vu la note."),
    ("qu'elle avait menti", "Elle a démenti, dans un communiqué, qu'elle avait menti."),
])
def test_a_split_denial_before_an_elided_que_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_split_admission_before_an_elided_que_is_exact():
    _exact("qu'il avait vu la note", "Il a reconnu, sous serment, qu'il avait vu la note.")
