"""A word put in another inflection (tense, mood, person, number) is a material change.

"Prices rose every year" for "Prices rise every year" is a letter apart, and both forms are
words, but they are forms of one word, so quote rules 13 still read the pair as a slip of the
pen: ``approximate``, "typos only". It is not a slip: the quote says something the source does
not (AP: never alter quotations; Chicago and APA allow only the first letter's case, the final
punctuation and the quote marks; a changed word goes in brackets). Since quote rules 15 such a
pair, when both forms are words of the passage's language, is a ``content_word`` difference and
the quote ``altered``, in every covered language. A slip that makes no word ("recieved") is
still a typo, and a bracket may still change a word's form ("withdr[ew]", "[rose]").
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from stores import one_capture_fixtures

from archiver.quotes import QUOTE_RULES_VERSION, verify_quote

#: (source, a quote with one word in another form, the quote's word, the source's word)
INFLECTIONS = [
    ("Prices rise every year in the harbour towns, the report on housing said on Monday.",
     "Prices rose every year in the harbour towns", "rose", "rise"),
    ("The committee reviews the budget of the harbour every spring, the mayor said.",
     "The committee reviewed the budget of the harbour every spring", "reviewed", "reviews"),
    ("The council agrees with the plan to close the harbour at night.",
     "The council agreed with the plan to close the harbour", "agreed", "agrees"),
    ("Farmers said they would lose the land they had farmed for years.",
     "Farmers said they would lost the land they had farmed", "lost", "lose"),
    ("Die Bürger wünschen sich mehr Ruhe in der Stadt, sagte der Bürgermeister am Montag.",
     "Die Bürger wünschten sich mehr Ruhe in der Stadt", "wünschten", "wünschen"),
    ("Die Stadt zahlt den Bauern eine Entschädigung für das Land, sagte der Bürgermeister.",
     "Die Stadt zahlte den Bauern eine Entschädigung für das Land", "zahlte", "zahlt"),
    ("Le ministre a dit que le président viendrait à Lyon pour la signature de l'accord.",
     "le président viendra à Lyon pour la signature de l'accord", "viendra", "viendrait"),
]


@pytest.mark.parametrize(("source", "quote", "theirs", "ours"), INFLECTIONS,
                         ids=[f"{q}-for-{s}" for _, _, q, s in INFLECTIONS])
def test_a_word_in_another_inflection_is_altered_with_the_source_word_shown(source, quote, theirs, ours):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", result.explanation
    [diff] = result.differences
    assert (diff.kind, diff.material, diff.quote, diff.source) == ("content_word", True, theirs, ours)
    assert source[diff.start:diff.end] == ours


def test_a_compound_whose_last_part_is_in_another_form_is_altered():
    source = "Die Stadt kauft klimafreundliche Busse für den Verkehr, sagte der Bürgermeister am Montag."
    result = verify_quote("Die Stadt kauft klimafreundlichere Busse für den Verkehr", source)
    assert result.verdict == "altered", result.explanation
    [diff] = result.differences
    assert (diff.kind, diff.quote, diff.source) == ("content_word", "klimafreundlichere", "klimafreundliche")
    assert "another form of the word" in diff.note


def test_the_difference_says_the_form_of_the_word_changed():
    source, quote, _, _ = INFLECTIONS[0]
    [diff] = verify_quote(quote, source).differences
    assert diff.note == ("the quote has 'rose' where the source has 'rise' "
                         "(another form of the word, or another word that looks like one: what it says changed)")


def test_the_quote_rules_version_says_the_verdicts_changed():
    assert int(QUOTE_RULES_VERSION) >= 15


@pytest.mark.parametrize(("source", "quote", "pair"), [
    ("The government received the report of the committee on Monday, the minister said.",
     "The government recieved the report of the committee on Monday", ("recieved", "received")),
    ("The workers stopped the machines at the harbour before noon, the union said.",
     "The workers stoped the machines at the harbour before noon", ("stoped", "stopped")),
    ("Die Bürger wünschen sich mehr Ruhe in der Stadt, sagte der Bürgermeister am Montag.",
     "Die Bürger wünchen sich mehr Ruhe in der Stadt", ("wünchen", "wünschen")),
])
def test_a_slip_that_makes_no_word_is_still_a_typo(source, quote, pair):
    result = verify_quote(quote, source)
    assert result.verdict == "approximate", result.explanation
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [("typo", *pair)]


def test_a_spelling_variant_is_still_a_spelling_variant():
    result = verify_quote("The colors of the new harbour wall upset the residents",
                          "The colours of the new harbour wall upset the residents, the mayor said.")
    assert result.verdict == "approximate", result.explanation
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [("spelling", "colors", "colours")]


@pytest.mark.parametrize("quote", [
    "The minister withdr[ew] the bill and continue[s] the talks",
    "The minister withdr(ew) the bill and continues the talks",
])
def test_a_bracketed_ending_that_changes_the_form_still_verifies(quote):
    source = "The minister withdraws the bill and continues the talks, the spokesman said on Monday."
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", result.explanation
    assert result.differences == ()


def test_a_bracketed_word_in_another_tense_still_verifies():
    source = "Prices rise every year in the harbour towns, the report on housing said on Monday."
    result = verify_quote("Prices [rose] every year in the harbour towns", source)
    assert result.verdict == "normalized", result.explanation


PAGE = (
    b"<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour prices</title></head><body>"
    b"<article><h1>Harbour prices</h1><p>Prices rise every year in the harbour towns, the report "
    b"on housing said on Monday.</p><p>The port authority has not yet answered the council.</p>"
    b"</article></body></html>"
)

template, captured = one_capture_fixtures("inflection", "/prices", PAGE)


def test_verify_quote_of_a_captured_page_reports_a_changed_tense(captured):
    store, cid = captured
    quote = "Prices rose every year in the harbour towns"
    proc = run_cli("verify-quote", quote, "--capture", cid, "--json", store=store)
    assert proc.returncode == 1, proc.stderr
    result = json.loads(proc.stdout)
    assert result["verdict"] == "altered"
    [diff] = result["differences"]
    assert (diff["kind"], diff["quote"], diff["source"]) == ("content_word", "rose", "rise")
    shown = run_cli("verify-quote", quote, "--capture", cid, store=store)
    assert shown.returncode == 1
    assert "another form of the word" in shown.stdout
