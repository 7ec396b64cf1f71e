"""Two false passes quotefix (review 21) left: an ellipsis over an aside that limits the quoted
words, and an ellipsis over a bare modal.

- "The officers ... wear body cameras" for "The officers, except those on night shifts, wear body
  cameras": an aside left out whole between commas was an ordinary omission whatever it held, so
  an aside opened by an exception ("except", "excluding", "other than"), a condition ("unless")
  or a restriction ("only") went unseen, and the quote says the rule has no exception. Such an
  aside, left out inside the sentence the quoted words stand in, is now ``ellipsis_qualifier``;
  an aside of contrast ("unlike the old one") or one that only holds such a word further in
  ("who only arrived in May") is still an ordinary omission.
- "The new plan ... cut costs" for "The new plan would cut costs": "could" and "might" were
  caught as hedges, but "would", "will", "should", "must", "can" were not, so a prediction read
  as a fact. A modal left out in the clause of the quoted words is ``ellipsis_qualifier`` now.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote

ASIDES = (
    "The officers, except those on night shifts, wear body cameras at all times.\n\n"
    "The ban applies to all residents, unless they hold a permit, from Monday onwards.\n\n"
    "The new rule applies, only on weekends, to every café in the old town.\n\n"
    "The guards (excluding the night staff) carry radios on every patrol.\n\n"
    "The order covers all nurses — other than those at the clinic — from next week.\n\n"
    "The test covers every pupil, with the exception of the youngest, in the spring term.\n\n"
    "Die Regel gilt, außer an Feiertagen, für alle Geschäfte der Altstadt.\n\n"
    "La règle s'applique, sauf le dimanche, à tous les cafés de la vieille ville.\n\n"
    "The new rule, unlike the old one, applies to all staff at the clinic.\n\n"
    "The mayor, who only arrived in May, said the harbour would stay open.\n\n"
    "The crew sailed to the island, only to find the harbour closed, and returned on Monday.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The officers ... wear body cameras at all times", "except"),
    ("The ban applies to all residents ... from Monday onwards", "unless"),
    ("The new rule applies ... to every café in the old town", "only"),
    ("The guards ... carry radios on every patrol", "excluding"),
    ("The order covers all nurses ... from next week", "other"),
    ("The test covers every pupil ... in the spring term", "exception"),
    ("Die Regel gilt ... für alle Geschäfte der Altstadt", "außer"),
    ("La règle s'applique ... à tous les cafés de la vieille ville", "sauf"),
])
def test_an_ellipsis_over_an_aside_that_limits_the_quoted_words_is_altered(quote, left_out):
    result = verify_quote(quote, ASIDES)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


@pytest.mark.parametrize("quote", [
    "The new rule ... applies to all staff at the clinic",   # a contrast, not an exception
    "The mayor ... said the harbour would stay open",       # "only" inside, not opening, the aside
    "The crew sailed to the island ... and returned on Monday",  # "only to find": what came next
])
def test_an_aside_that_does_not_limit_the_quoted_words_may_still_be_left_out(quote):
    assert verify_quote(quote, ASIDES).verdict == "normalized"


MODALS = (
    "The new plan would cut costs for every family in the town.\n\n"
    "The council will approve the harbour plan next week.\n\n"
    "The minister said the agency should hire more inspectors this year.\n\n"
    "Every driver must carry a permit in the old town.\n\n"
    "The mayor said the council would, after a long debate, approve the new plan.\n\n"
    "Der Minister sagte, die Behörde muss mehr Prüfer einstellen.\n\n"
    "The harbour wall, which would cost 5 million to repair, was closed on Monday.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The new plan ... cut costs for every family in the town", "would"),
    ("The council ... approve the harbour plan next week", "will"),
    ("The minister said the agency ... hire more inspectors this year", "should"),
    ("Every driver ... carry a permit in the old town", "must"),
    ("The mayor said the council ... approve the new plan", "would"),
    ("Der Minister sagte, die Behörde ... mehr Prüfer einstellen", "muss"),
])
def test_an_ellipsis_over_a_bare_modal_is_altered(quote, left_out):
    result = verify_quote(quote, MODALS)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


def test_a_modal_inside_an_aside_left_out_whole_is_an_ordinary_omission():
    assert verify_quote("The harbour wall ... was closed on Monday", MODALS).verdict == "normalized"


REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Cameras</title></head><body><article>"
    "<h1>Cameras</h1><p>The officers, except those on night shifts, wear body cameras at all times, "
    "the chief said.</p><p>The new plan would cut costs for every family in the town.</p>"
    "</article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_both_omissions(store):
    altered = ("The officers ... wear body cameras at all times",
              "The new plan ... cut costs for every family in the town")
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/cams", [*altered,
         "The new plan would cut costs for every family"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    assert got["The new plan would cut costs for every family"] == (0, "exact")
