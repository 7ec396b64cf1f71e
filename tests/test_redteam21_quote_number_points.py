"""Red team, review 21 (F1): a decimal point or thousands separator read as a clause end.

The ellipsis rules part an omission at sentence and clause marks: a negation counts unless a
sentence ends after it, and a number or bound counts when no clause mark stands between it and
the quoted words. The "." of "2.5" and the "," of "1,500" were read as such marks, so "We found
... increase in risk" for "We found no 2.5-fold increase in risk", "The storm killed ... people"
for "killed 1,500 people" and "The mayor said ... million were spent" for "said 1.5 million"
were ``normalized`` (with "15" or "25 percent" they were ``altered``). A "." or "," with a digit
on each side is now part of the number wherever those marks are looked for
(:data:`archiver.quotes.tokens.IN_NUMBER`).
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote

SOURCE = (
    "We found no 2.5-fold increase in risk among the vaccinated adults.\n\n"
    "The storm killed 1,500 people and injured dozens in the town.\n\n"
    "The mayor said 1.5 million were spent after the storm hit.\n\n"
    "The trial showed no 1.5 point drop in blood pressure among adults.\n\n"
    "Der Vorstand hat keine 2,5 Millionen Euro gezahlt, sagte er am Montag.\n\n"
    "The plan cost 2.5 million. No one objected to it. It passed on Monday.\n\n"
    "The plan, which cost 2.5 million, will be finished soon.\n\n"
)


def _kinds(result) -> set[str]:
    return {d.kind for d in result.differences if d.material}


@pytest.mark.parametrize("quote", [
    "We found ... increase in risk among the vaccinated adults",
    "The trial showed ... drop in blood pressure among adults",
    "Der Vorstand hat ... Millionen Euro gezahlt",
])
def test_an_ellipsis_leaving_out_a_negation_before_a_decimal_number_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "ellipsis_negation" in _kinds(result)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The storm killed ... people and injured dozens in the town", "1,500"),
    ("The mayor said ... million were spent after the storm hit", "1.5"),
])
def test_an_ellipsis_leaving_out_a_number_with_a_point_or_comma_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "ellipsis_qualifier" in _kinds(result)
    assert any(left_out in (d.note or "") for d in result.differences)


@pytest.mark.parametrize("quote", [
    "The plan cost 2.5 million. ... It passed on Monday",   # a whole sentence (with its "No") left out
    "The plan ... will be finished soon",                   # a clause between commas, with its number
])
def test_a_sentence_or_clause_holding_a_decimal_number_may_still_be_left_out(quote):
    assert verify_quote(quote, SOURCE).verdict == "normalized"


REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Vaccine study</title></head><body><article>"
    "<h1>Vaccine study</h1><p>We found no 2.5-fold increase in risk among the vaccinated adults, the "
    "authors wrote in their report on Monday.</p><p>The storm killed 1,500 people and injured dozens in "
    "the town, officials said.</p><p>The mayor said 1.5 million were spent after the storm hit the "
    "coast last year.</p></article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_an_ellipsis_over_a_decimal_number(store):
    altered = ("We found ... increase in risk among the vaccinated adults",
              "The storm killed ... people and injured dozens in the town",
              "The mayor said ... million were spent after the storm hit")
    # the faithful quote keeps its group: cut before "among the vaccinated adults" it is altered since quote rules 95
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/study", [*altered,
         "We found no 2.5-fold increase in risk among the vaccinated adults"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    assert got["We found no 2.5-fold increase in risk among the vaccinated adults"] == (0, "exact")
