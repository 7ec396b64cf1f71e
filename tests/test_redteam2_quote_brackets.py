"""Red team, second pass: an editorial bracket standing for words that bound or negate.

A bracketed substitution may stand for up to four words of the source ("[the minister]" for
"he"), and the engine already refused one that changes a number, a negation, a quantity word,
a date or a name. "[before]" for "after", "[later than]" for "before", "[refuse to]" or
"[allegedly]" inserted were ``normalized``: the bracket moved a bound, negated the verb with a
verb, or hedged a flat claim. Those classes are now checked like the others: ``altered``.
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from servers import Site, html_page

from archiver.quotes import verify_quote

SOURCE = ("The minister said the company would pay 5 million euros after the audit, and that it had "
          "never hidden losses from the regulators in Brussels.")


def _bracket_diff(result) -> bool:
    return any(d.kind == "bracket_alteration" and d.material for d in result.differences)


@pytest.mark.parametrize("quote", [
    "the company would pay 5 million euros [before] the audit",          # a bound swapped
    "the company would pay 5 million euros [later than] the audit",      # a bound added to a bound
    "the company would pay 5 million euros [above] the audit",           # another bound word
])
def test_a_bracket_that_moves_a_bound_is_altered_not_normalized(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and _bracket_diff(result)


@pytest.mark.parametrize("quote", [
    "The minister said the company would [refuse to] pay 5 million euros",
    "The minister said the company would [fail to] pay 5 million euros",
])
def test_a_bracket_inserting_a_verb_that_negates_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and _bracket_diff(result)


def test_a_bracket_inserting_a_hedge_is_altered():
    result = verify_quote("The minister said the company would [possibly] pay 5 million euros", SOURCE)
    assert result.verdict == "altered" and _bracket_diff(result)


@pytest.mark.parametrize("quote", [
    "[The minister] said the company would pay 5 million euros after the audit",          # the same words
    "The minister said [the firm] would pay 5 million euros after the audit",             # a clarifying substitution
    "[He] said the company would pay 5 million euros after the audit",    # a pronoun for the subject
    "the company would pay 5 million euros [after] the audit",            # the bound as it stands
])
def test_brackets_that_keep_the_meaning_still_verify(quote):
    assert verify_quote(quote, SOURCE).verdict in ("exact", "normalized")


BOARD = "The minister said the board signed the agreement and overestimated the costs by 5 million euros last year."


@pytest.mark.parametrize("quote", [
    "the board [re]signed the agreement",                                   # letters put before a word
    "the board signed the agreement and [under]estimated the costs",        # a word's beginning replaced
    "The minister said the board sign[aled] the agreement",                 # more than an ending
])
def test_a_bracket_glued_to_a_word_that_makes_another_word_is_altered(quote):
    result = verify_quote(quote, BOARD)
    assert result.verdict == "altered" and _bracket_diff(result)


@pytest.mark.parametrize("quote", [
    "overestimated the costs by 5 million euros last [month]",             # another span of time
    "overestimated the costs by 5 million euros [this] year",               # another point in time
])
def test_a_bracket_that_names_another_time_is_altered(quote):
    result = verify_quote(quote, BOARD)
    assert result.verdict == "altered" and _bracket_diff(result)


@pytest.mark.parametrize(("quote", "source"), [
    ("The minister said the board sign[ed] the agreement", BOARD.replace("signed", "sign")),  # an ending
    ("the board signed the agreement and overestimate[s] the costs", BOARD),                   # an ending
    ("overestimated the costs by 5 million euros [in 2025]", BOARD.replace("last year", "in 2025")),
])
def test_brackets_that_change_only_an_ending_still_verify(quote, source):
    assert verify_quote(quote, source).verdict in ("exact", "normalized")


@pytest.mark.parametrize("quote", [
    "[The chancellor] said the company would pay 5 million euros",        # another office
    "[The president] said the company would pay 5 million euros",
])
def test_a_bracket_naming_another_office_holder_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and _bracket_diff(result)


def test_a_bracket_naming_the_office_for_a_pronoun_still_verifies():
    source = "He said the company would pay 5 million euros after the audit, the ministry confirmed."
    # (with its "after the audit": a future cut before an event it holds after is altered, rules 46)
    quote = "[The minister] said the company would pay 5 million euros after the audit"
    assert verify_quote(quote, source).verdict == "normalized"


def test_verify_quote_of_a_captured_page_refuses_a_bracket_that_moves_a_bound(store):
    page = ("<html><head><title>Audit</title></head><body><article><h1>Audit</h1>"
            f"<p>{SOURCE}</p><p>The regulator declined to comment on Monday evening.</p></article></body></html>")
    site = Site()
    site.routes["/audit"] = html_page(page.encode("utf-8"))
    try:
        assert run_cli("archive", site.url("/audit"), store=store).returncode == 0
    finally:
        site.close()
    proc = run_cli("verify-quote", "the company would pay 5 million euros [before] the audit", "--json",
                   store=store)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "altered"
