"""Quote rules 65 (task q65): two wrong answers rules 64 left, read at their class.

A Romance present claim bounded by a clause of "as soon as" holds only once the clause's event has
come: the clause quoted without its conjunction states that event as a fact (``altered``), as the
future claim's clause already was; a past claim's clause is a fact told and keeps ``exact``. And a
short quote with a changed number is found near its passage and shown ``altered`` with the
number's difference, where rules 64 aligned it past the passage and said ``not_found``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

# ------------------------------------- a Romance present claim after "as soon as"


@pytest.mark.parametrize(("quote", "source"), [
    ("la ligne ouvre", "Dès que la ligne ouvre, les loyers baissent."),
    ("la línea abre", "En cuanto la línea abre, los alquileres bajan."),
    ("a linha abre", "Assim que a linha abre, os preços descem."),
    ("la línea abre", "Tan pronto como la línea abre, los alquileres bajan."),
    ("la ligne ouvre", "Dès que la ligne ouvre, ils ferment leurs commerces."),
    ("la línea abre", "Los alquileres bajan en cuanto la línea abre."),
])
def test_a_clause_of_as_soon_as_before_a_romance_present_claim_is_no_fact(quote, source):
    r = verify_quote(quote, source)
    assert r.verdict == "altered" and [d.kind for d in r.differences] == ["leading_qualifier"]


@pytest.mark.parametrize(("quote", "source"), [
    ("la ligne a ouvert", "Dès que la ligne a ouvert, les loyers ont baissé."),
    ("la ligne ouvrait", "Dès que la ligne ouvrait, les loyers baissaient."),
    ("la línea abrió", "En cuanto la línea abrió, los alquileres bajaron."),
    ("a linha abriu", "Assim que a linha abriu, os preços baixaram."),
])
def test_a_clause_of_as_soon_as_before_a_past_claim_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


def test_a_noun_phrase_after_the_clause_is_no_present_claim():
    # "la hausse des loyers" holds no verb where a present stands: nothing to bound
    r = verify_quote("la ligne ouvre", "Dès que la ligne ouvre, la hausse des loyers.")
    assert r.verdict == "exact"


# ------------------------------------- a short quote with a changed number


@pytest.mark.parametrize(("quote", "source", "was", "now"), [
    ("rose 12 percent", "Prices rose 15 percent last year, the office said.", "12", "15"),
    ("killed 120 people", "The storm killed 12 people and injured many more on the coast.", "120", "12"),
    ("fell 40 points today", "The index fell 30 points today in early trading, dealers said.", "40", "30"),
])
def test_a_short_quote_with_a_changed_number_is_altered_showing_the_number(quote, source, was, now):
    r = verify_quote(quote, source)
    assert r.verdict == "altered"
    assert [(d.kind, d.quote, d.source) for d in r.differences] == [("number", was, now)]


def test_the_same_short_quote_with_the_page_s_number_stays_exact():
    assert verify_quote("rose 15 percent", "Prices rose 15 percent last year, the office said.").verdict == "exact"
