"""Quote rules 71 (lead, session 52): a claim after a present prediction or warning ("Experts predict the tax will
rise", "Critics warn the", "prévoit que", "advierte que"), after "doubtful"/"questionable" ("It is doubtful the tax
will rise"), or after French/Spanish "si" meaning "whether" ("On ne sait pas si", "No está claro si") is not a fact
the source states: ``altered`` (each was ``exact``). A past prediction whose quote keeps its "would" ("the mayor
predicted taxes would rise") stays ``exact`` (red team rvq52's pair)."""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("quote,source", [
    ("the tax will rise", "Experts predict the tax will rise."),
    ("the tax will rise", "Critics warn the tax will rise."),
    ("the tax will rise", "It is doubtful the tax will rise."),
    ("le plan fonctionne", "On ne sait pas si le plan fonctionne."),
    ("el plan funciona", "No está claro si el plan funciona."),
    ("les impôts augmenteront", "L'institut prévoit que les impôts augmenteront."),
])
def test_a_prediction_a_warning_or_a_doubt_is_not_stated_as_a_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("taxes would rise", "After the vote, the mayor predicted taxes would rise."),
    ("la ciudad decide", "Si, la ciudad decide."),
])
def test_a_past_prediction_keeping_its_would_or_a_yes_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


def test_a_claim_after_russian_vryad_li_is_doubted_not_stated():
    """"Вряд ли" (hardly likely) before a claim doubts it (rules 71; it was exact)."""
    assert verify_quote("правительство одобрило закон", "Вряд ли правительство одобрило закон.").verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the vaccine is 95% effective", "In adults under 50, the vaccine is 95% effective."),
    ("the drug works", "In patients with diabetes, the drug works."),
    ("le vaccin est efficace", "Chez les adultes de moins de 50 ans, le vaccin est efficace."),
])
def test_a_population_with_its_limit_before_a_claim_limits_it(quote, source):
    """A sentence-opening population with a limit of its own ("In adults under 50, ") bounds the claim after it, as
    "In mice, " did (rules 71; the limit after the noun kept the opener from being read, and the cut was exact)."""
    assert verify_quote(quote, source).verdict == "altered"


def test_a_place_before_a_claim_is_no_population():
    assert verify_quote("the mayor said", "In Paris, the mayor said.").verdict == "exact"
