"""Quote rules 90 (red teams q90, q90-held): a finding cut before what it works against, what it works with, or the
part of the evidence that shows it is not vouched for.

"The vaccine is effective" was ``exact`` of "The vaccine is effective against the original strain.", "The drug works"
of "... in combination with chemotherapy.", "Coffee reduces the risk" of "... in some studies."
(:mod:`archiver.quotes.evidence_scope`, six languages). Not "against" after a word that is no efficacy's ("Residents
protested [against the new road]"), "against all known variants" (the widest scope), a phrase after "especially"
("Mir gefällt dieser Trend besonders in Kombination mit ...": the faithful survey), nor "in a study" (an article, not
"one study"). Red team q90 (17 pairs written before running) 13 wrong on rules 89, 0 after; held out q90-held (12,
written after) 8 wrong on rules 85, 0 on rules 90. The faithful survey is unchanged by these rules after two false
alarms of the draft were taken out ("besonders in Kombination mit", "fanden in einer Studie heraus").
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test


@pytest.mark.parametrize(("quote", "source"), [
    ("The vaccine is effective", "The vaccine is effective against the original strain."),
    ("Le vaccin est efficace", "Le vaccin est efficace contre la souche d'origine."),
    ("The drug works", "The drug works in combination with chemotherapy."),
    ("Das Medikament wirkt", "Das Medikament wirkt in Kombination mit einer Chemotherapie."),
    ("Coffee reduces the risk", "Coffee reduces the risk in some studies."),
    ("The supplement improved memory", "The supplement improved memory in a small trial of 40 people."),
])
def test_a_finding_cut_before_its_scope_of_evidence_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("Residents protested", "Residents protested against the new road."),
    ("The vaccine is effective", "The vaccine is effective against all known variants."),
    ("Mir gefällt dieser Trend besonders", "Mir gefällt dieser Trend besonders in Kombination mit tiefem Schwarz."),
    ("Researchers found", "Researchers found in a study that coffee helps."),
])
def test_no_efficacy_the_widest_scope_a_singled_out_case_or_an_article_leaves_the_quote_exact(
        quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"


test_the_red_team_pairs_of_rules_90_get_the_verdict_a_reader_expects = redteam_test("redteam-q90.tsv", "redteam-q90-held.tsv")
