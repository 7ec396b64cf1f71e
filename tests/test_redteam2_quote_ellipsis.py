"""Red team, second pass: an ellipsis that leaves out the words qualifying the quote.

An ellipsis was refused only when the words it left out held a negation. "would pay ... 5
million euros" for "would pay up to 5 million euros", "The company ... paid" for "The company
reportedly paid", "paid ... 5 million" for "paid at least 5 million" were ``normalized``, and
so was "He said the plan would ... fail and cost jobs", made from "He said the plan would
work. Critics said the plan would fail and cost jobs": two sentences (and two speakers) joined
into one. A bound, hedge, quantity or number left out right beside the quoted words, an
omission across a sentence end that the quote reads on through in lower case, and parts more
than a paragraph apart or of a single word (design/quotes.md 5.3) are ``altered``.
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from servers import Site, html_page

from archiver.quotes import verify_quote

SOURCE = ("The company would pay up to 5 million euros to the families, the minister said on Monday. "
          "The company reportedly paid at least 2 million euros to the families of the victims last year, "
          "and a further 7 million euros in fines, according to the records.\n\n"
          "He said the plan would work. Critics said the plan would fail and cost jobs in the region.")


def _kinds(result) -> set[str]:
    return {d.kind for d in result.differences if d.material}


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The company would pay ... 5 million euros to the families", "up to"),
    ("The company ... paid at least 2 million euros", "reportedly"),
    ("The company reportedly paid ... 2 million euros to the families", "at least"),
])
def test_an_ellipsis_leaving_out_a_bound_or_hedge_beside_the_quote_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and "ellipsis_qualifier" in _kinds(result)
    assert any(left_out in (d.source or "") for d in result.differences)


def test_an_ellipsis_leaving_out_hardly_is_altered():
    result = verify_quote("The company ... paid the families of the victims anything",
                          "The company hardly paid the families of the victims anything, officials said.")
    assert result.verdict == "altered" and "ellipsis_qualifier" in _kinds(result)


def test_an_ellipsis_joining_two_sentences_into_one_statement_is_altered():
    result = verify_quote("He said the plan would ... fail and cost jobs in the region", SOURCE)
    assert result.verdict == "altered" and "ellipsis_join" in _kinds(result)


@pytest.mark.parametrize("quote", [
    # a clause left out whole (the quote keeps "reportedly": one starting right after it leaves the
    # hedge out, altered since quote rules 17, tests/test_redteam_rtq2_quote_after_hedge.py)
    "The company reportedly paid at least 2 million euros to the families ... according to the records",
    "He said the plan would work. ... Critics said the plan would fail",             # the sentence end kept
    "He said the plan would work ... Critics said the plan would fail",              # a new sentence, capitalised
    "The company would pay up to 5 million euros ... the minister said on Monday",   # words left out, none qualifying
])
def test_ordinary_omissions_still_verify(quote):
    assert verify_quote(quote, SOURCE).verdict in ("exact", "normalized")


FAR = "\n\n".join(
    ["The minister said the company would pay compensation to the families of the victims."]
    + [f"Paragraph {i} is about the weather and the roads in the region." for i in range(6)]
    + ["The scheme was a fraud from the start, the critics of the plan said."])


def test_an_ellipsis_gathering_parts_from_paragraphs_far_apart_is_altered():
    result = verify_quote("The minister said the company would pay compensation ... The scheme was a fraud", FAR)
    assert result.verdict == "altered" and "ellipsis_reach" in _kinds(result)


def test_a_part_of_one_word_between_ellipses_is_altered():
    result = verify_quote("The minister said the company would pay ... compensation ... of the victims", FAR)
    assert result.verdict == "altered" and "ellipsis_reach" in _kinds(result)


def test_an_ellipsis_into_the_next_paragraph_still_verifies():
    quote = "The minister said the company would pay compensation ... Paragraph 0 is about the weather"
    assert verify_quote(quote, FAR).verdict == "normalized"


HYPHENATED = ("The company would pay up to 5 million euros to the flood-\nprotection fund, the minister said. "
              "He said the plan would work. Critics said the plan would fail and hurt the flood-\nprotection fund.")


@pytest.mark.parametrize(("quote", "kind"), [
    ("The company would pay ... 5 million euros to the flood protection fund", "ellipsis_qualifier"),
    ("He said the plan would ... fail and hurt the flood protection fund", "ellipsis_join"),
])
def test_the_near_match_path_makes_the_same_ellipsis_checks(quote, kind):
    """A line-end hyphen read as a space sends the quote to the near-match path, which could
    call it ``normalized`` (hyphenation only) after checking the omission for negations alone."""
    result = verify_quote(quote, HYPHENATED)
    assert result.verdict == "altered" and kind in _kinds(result)


def test_verify_quote_of_a_captured_page_refuses_an_ellipsis_that_drops_up_to(store):
    paragraphs = "".join(f"<p>{p}</p>" for p in SOURCE.split("\n\n"))
    page = (f"<html><head><title>Families</title></head><body><article><h1>Families</h1>{paragraphs}"
            "</article></body></html>")
    site = Site()
    site.routes["/families"] = html_page(page.encode("utf-8"))
    try:
        assert run_cli("archive", site.url("/families"), store=store).returncode == 0
    finally:
        site.close()
    proc = run_cli("verify-quote", "The company would pay ... 5 million euros to the families", "--json",
                   store=store)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "altered"

