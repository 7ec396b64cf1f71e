"""Quote rules 66 (normaliser 8): a run of two or three spaces between a number and its unit sign
is the unit's space, as one space is ("50  %", a no-break space beside a plain one, "€  50"), so
"50%" quoted for it is ``normalized`` (``unit_spacing``), where rules 65 said ``approximate``. A
changed number still never passes, and a wider gap (a table's layout) is not read as a unit's.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("Turnout was 50% in the north", "Turnout was 50  % in the north, officials said."),
    ("Turnout was 50  % in the north", "Turnout was 50% in the north, officials said."),
    ("Turnout was 50% in the north", "Turnout was 50\u00a0 % in the north, officials said."),
    ("The ticket costs €50 this year", "The ticket costs €  50 this year, the club said."),
    ("a walk of 10km along the river", "They took a walk of 10   km along the river on Sunday."),
])
def test_a_run_of_spaces_before_a_unit_is_the_units_space(quote, source):
    r = verify_quote(quote, source)
    assert r.verdict == "normalized" and "unit_spacing" in r.normalizations


@pytest.mark.parametrize(("quote", "source"), [
    ("Turnout was 500% in the north", "Turnout was 50  % in the north, officials said."),
    ("Turnout was 50% in the north", "Turnout was 5  0% in the north, officials said."),
    ("Turnout was 60% in the north", "Turnout was 50  % in the north, officials said."),
])
def test_a_changed_number_beside_a_run_of_spaces_never_passes(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


def test_a_wider_gap_is_layout_not_a_units_space():
    r = verify_quote("Turnout was 50% in the north", "Turnout was 50    % in the north, officials said.")
    assert "unit_spacing" not in r.normalizations and r.verdict != "exact"
