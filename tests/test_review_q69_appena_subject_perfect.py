"""Quote rules 70 (task q69; 69 on its branch): "Appena" before a subject and a perfect opens a clause of time.

"il ministro è arrivato" of "Appena il ministro è arrivato, la riunione è cominciata." is a fact
the clause tells (the minister did arrive), as English "the vote was held" after "Before" is:
rules 68 read only the quote's first two words for the perfect and called it ``altered``. A
clause before a claim still to come keeps its verdict (time_clause.py reads it).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("il ministro è arrivato", "Appena il ministro è arrivato, la riunione è cominciata."),
    ("il ministro è arrivato", "Non appena il ministro è arrivato, la riunione è cominciata."),
    ("l'ultimo treno è partito", "Appena l'ultimo treno è partito, la stazione ha chiuso."),
    ("Mario è arrivato", "Appena Mario è arrivato, la festa è cominciata."),
])
def test_a_perfect_after_appena_and_its_subject_is_a_fact_told(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("il ministro arriva", "Appena il ministro arriva, la riunione comincia."),
    ("il ministro arriverà", "Appena il ministro arriverà, la riunione comincerà."),
    ("il ministro è arrivato", "Appena il ministro è arrivato, la riunione comincia."),
])
def test_a_clause_before_a_claim_to_come_is_still_no_fact(quote, source):
    assert verify_quote(quote, source).verdict == "altered"
