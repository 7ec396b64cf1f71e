"""Quote rules 64 (task q64): two alarms rules 63 left, read at their class.

A unit written with or without the space typography allows ("50 %" and "50%", "50 €", "10 km",
"€ 50") is the same number and unit: ``normalized`` (``unit_spacing``), where rules 63 said
``approximate``. A changed number still never passes. And a match's edge reads a page's grouping
as the normaliser does: a plain "3 100" on a page grouping thousands by "," is two numbers there
too (rules 63 read it as one at the edge and refused a quote the normaliser's reading allows).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

# ------------------------------------- the space between a number and its unit sign


@pytest.mark.parametrize(("quote", "source"), [
    ("Turnout was 50% in the north", "Turnout was 50 % in the north, officials said."),
    ("Turnout was 50 % in the north", "Turnout was 50% in the north, officials said."),
    ("Turnout was 50% in the north", "Turnout was 50\u00a0% in the north, officials said."),
    ("Turnout was 50% in the north", "Turnout was 50\u202f% in the north, officials said."),
    ("The ticket costs 50€ this year", "The ticket costs 50 € this year, the club said."),
    ("The ticket costs 50 € this year", "The ticket costs 50€ this year, the club said."),
    ("The ticket costs € 50 this year", "The ticket costs €50 this year, the club said."),
    ("a walk of 10km along the river", "They took a walk of 10 km along the river on Sunday."),
    ("a walk of 10 km along the river", "They took a walk of 10km along the river on Sunday."),
    ("the water reached 40 °C at noon", "By then the water reached 40°C at noon, they said."),
    ("a park of 50km² by the sea", "They opened a park of 50 km² by the sea this year."),
])
def test_a_unit_spaced_otherwise_is_the_same_number_and_unit(quote, source):
    r = verify_quote(quote, source)
    assert r.verdict == "normalized" and "unit_spacing" in r.normalizations


@pytest.mark.parametrize(("quote", "source"), [
    ("Turnout was 5 0% in the north", "Turnout was 50% in the north, officials said."),
    ("Turnout was 50 % in the north", "Turnout was 500% in the north, officials said."),
    ("Turnout was 500% in the north", "Turnout was 50 % in the north, officials said."),
    ("a walk of 10 km along the river", "They took a walk of 100km along the river on Sunday."),
])
def test_a_changed_number_before_a_unit_stays_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


def test_a_power_written_as_a_digit_still_matches_the_raised_one():
    # NFKC reads "m²" as "m2"; the unit step must leave that reading whole (red team rvq58-held)
    assert verify_quote("The flat has 50 m2", "The flat has 50 m².").verdict == "normalized"


# (a lone letter after a number, "10 m" vs "10m", is a unit's space since rules 67:
# tests/test_review_q66_lone_unit_letters.py)


# ------------------------------------- the page's grouping at a match's edge

COMMAS = "The agency mailed 1,250,000 letters, and 3 100 reports went out to the regions."
SPACES = "The agency mailed 1 250 000 letters, and 3 100 reports went out to the regions."


@pytest.mark.parametrize("quote", [
    "100 reports went out to the regions",
    "The agency mailed 1,250,000 letters, and 3",
])
def test_a_plain_3_100_on_a_page_grouping_by_commas_has_an_edge_between(quote):
    assert verify_quote(quote, COMMAS).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("100 reports went out to the regions", SPACES),
    ("The agency mailed 1 250 000 letters, and 3", SPACES),
    ("250,000 letters, and 3 100 reports went out", COMMAS),
])
def test_an_edge_inside_one_grouped_number_stays_refused(quote, source):
    assert verify_quote(quote, source).verdict not in ("exact", "normalized")
