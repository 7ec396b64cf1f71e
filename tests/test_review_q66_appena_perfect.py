"""Quote rules 67 (task q66): Italian "appena" before a perfect opens a clause of "as soon as".

"Appena è arrivato, il ministro ha parlato." tells, as a fact, that he arrived: "è arrivato"
quoted from it is ``exact``. Rules 66 read that "appena" as "barely" (lead_word.py's restricting
words) and said ``altered``, while a future claim after the same clause ("Appena è arrivato, il
ministro parlerà") passed ``exact``: time_clause.py read a clause only after an article or a
pronoun. Now the auxiliary and its participle open the clause as well, and the claim decides: a
claim still to come makes the clause no fact. "Barely" keeps its reading ("appena il 5 per
cento", "appena sufficiente").
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("è arrivato", "Appena è arrivato, il ministro ha parlato ai giornalisti."),
    ("sono stati chiusi", "Appena sono stati chiusi i seggi, è cominciato lo spoglio."),
])
def test_a_perfect_clause_of_appena_before_a_past_claim_is_a_fact_told(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("è arrivato", "Appena è arrivato, il ministro parlerà ai giornalisti."),
    ("sono stati chiusi", "Appena sono stati chiusi i seggi, comincerà lo spoglio."),
])
def test_a_perfect_clause_of_appena_before_a_claim_to_come_is_no_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


def test_appena_as_barely_still_restricts_the_words_after_it():
    assert verify_quote("il 5 per cento ha votato", "Appena il 5 per cento ha votato, secondo il ministero.").verdict == "altered"
