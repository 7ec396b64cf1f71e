"""Quote rules 88 (red teams q88, q88-held): an average, a short-term effect, a rate, or a share's answer is not vouched
for as a plain fact.

"Workers earn €3,000 a month" was ``exact`` of "Workers earn €3,000 a month on average.", "The policy will lower prices"
of "... in the short term.", "The disease kills 5 people" of "... per 100,000 each year.", and "the economy is improving"
of "40% of respondents said the economy is improving.". The phrases after the quote (:mod:`archiver.quotes.scope_tail`,
seven languages, closing their clause within four words) and the share before a verb of saying
(:mod:`archiver.quotes.share_owner`) are read now. Red team q88 (19 pairs written before running) 4 wrong on rules 87, 0
after; held out q88-held (15, written after) 12 wrong on rules 85, 0 on rules 88. The faithful survey refuses 5 more,
each a claim a share holds ("38 Prozent der Befragten gaben an, ...", "Most courts have said ..."); a draft's two false
alarms there ("kurzfristig", at short notice; "im Schnitt" opening a clause's subject) were taken out.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test


@pytest.mark.parametrize(("quote", "source"), [
    ("Workers earn €3,000 a month", "Workers earn €3,000 a month on average."),
    ("Prices rose 3%", "Prices rose 3% on average across the region."),
    ("The policy will lower prices", "The policy will lower prices in the short term."),
    ("The disease kills 5 people", "The disease kills 5 people per 100,000 each year."),
    ("Les ménages dépensent 300 euros par mois", "Les ménages dépensent 300 euros par mois en moyenne."),
])
def test_a_claim_cut_before_its_average_term_or_rate_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("In den letzten beiden Finalspielen lief",
     "In den letzten beiden Finalspielen lief im Schnitt fast jeder zweite Angriff über Rivers."),
    ("Die Übungen mussten leider relativ", "Die Übungen mussten leider relativ kurzfristig abgesagt werden."),
    ("Workers earn €3,000 a month on average", "Workers earn €3,000 a month on average."),
])
def test_a_phrase_opening_another_clause_or_taken_in_leaves_the_quote_exact(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("the economy is improving", "40% of respondents said the economy is improving."),
    ("the economy is improving", "In 2019, 40% said the economy is improving."),
    ("die Wirtschaft erholt sich", "40 Prozent der Befragten sagten, die Wirtschaft erholt sich."),
    ("the plan will fail", "Half of the members said the plan will fail."),
])
def test_what_a_share_of_those_asked_said_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


def test_what_one_speaker_said_stays_exact() -> None:
    assert verify_quote("the economy is improving", "The central bank said the economy is improving.").verdict == "exact"


test_the_red_team_pairs_of_rules_88_get_the_verdict_a_reader_expects = redteam_test("redteam-q88.tsv", "redteam-q88-held.tsv")
