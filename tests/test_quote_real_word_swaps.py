"""A real word swapped for another real word is a material change, not a typo.

Two words a letter or two apart with the same first letter were read as a slip of the pen, so
"the council condoned the plan" for "condemned" was ``approximate``. When both forms are words
of the passage's language (the word lists of archiver/quotes/wordlist.py) and not two forms of
one word, the quote says something else: a ``content_word`` difference, and ``altered`` with the
source's word shown. A slip that makes no word ("goverment") is still a typo, a British or
American spelling still a spelling variant. Another inflection of the same word is material
too, with a note of its own (tests/test_quote_inflection_changes.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from stores import capture_template, copy_store

from archiver.quotes import verify_quote

#: The words the quotes put in place of the source's are nowhere in it (a word the text uses
#: elsewhere was already read as another word, not a slip).
SOURCE = (
    "The regional council condemned the plan on Tuesday after a long debate. "
    "Officials described the meeting as casual, but said the two parties were united behind the "
    "mediation that set the price of the new harbour. Farmers said they would lose the form they "
    "had signed, and the board accepted the small rise in costs. The government received the "
    "report of the committee on Monday."
)

#: (the source's word, the word the quote puts in its place)
SWAPS = [
    ("condemned", "condoned"),
    ("casual", "causal"),
    ("united", "untied"),
    ("mediation", "medication"),
    ("price", "prize"),
    ("form", "from"),
    ("accepted", "excepted"),  # altered before too: the first letters differ
    ("rise", "risk"),
]


def _quote_with(word: str, swapped: str, *, around: int = 4) -> str:
    """A faithful quote of the words around the first ``word`` of SOURCE, ``swapped`` for it."""
    words = SOURCE.split()
    i = next(k for k, w in enumerate(words) if w.strip(".,") == word)
    part = words[max(0, i - around):i + around]
    return " ".join(swapped if w.strip(".,") == word else w for w in part).rstrip(".,")


@pytest.mark.parametrize(("word", "swapped"), SWAPS)
def test_a_real_word_put_for_another_is_altered_with_the_source_word_shown(word, swapped):
    result = verify_quote(_quote_with(word, swapped), SOURCE)
    assert result.verdict == "altered", result.explanation
    [diff] = [d for d in result.differences if d.material]
    assert (diff.kind, diff.quote, diff.source) == ("content_word", swapped, word)
    assert SOURCE[diff.start:diff.end] == word


def test_the_difference_says_both_forms_are_words_of_the_language():
    result = verify_quote("The regional council condoned the plan on Tuesday", SOURCE)
    [diff] = result.differences
    assert diff.note == "another word: 'condoned' and 'condemned' are both English words"


@pytest.mark.parametrize(("word", "slip"), [
    ("government", "goverment"),
    ("received", "recieved"),
    ("committee", "comittee"),
    ("regional", "regonal"),
    ("described", "descibed"),
])
def test_a_slip_that_makes_no_word_is_still_a_typo(word, slip):
    result = verify_quote(_quote_with(word, slip), SOURCE)
    assert result.verdict == "approximate", result.explanation
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [("typo", slip, word)]


@pytest.mark.parametrize(("source", "quote", "pair"), [
    ("The colour of the new harbour wall upset the residents, the mayor said on Monday.",
     "The color of the new harbour wall upset the residents", ("color", "colour")),
    ("The unions will organise a strike at the harbour next week, the leader said.",
     "The unions will organize a strike at the harbour next week", ("organize", "organise")),
    ("The grey walls of the harbour were painted in the spring, the mayor said.",
     "The gray walls of the harbour were painted in the spring", ("gray", "grey")),
    ("The judgment of the court was read to the harbour workers on Friday.",
     "The judgement of the court was read to the harbour workers on Friday", ("judgement", "judgment")),
])
def test_a_spelling_variant_is_still_a_spelling_variant(source, quote, pair):
    result = verify_quote(quote, source)
    assert result.verdict == "approximate", result.explanation
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [("spelling", *pair)]


@pytest.mark.parametrize(("source", "quote", "pair"), [
    # a typo, "approximate" under quote rules 13 and 14; another tense or person since 15
    ("Farmers said they would lose the land they had farmed for years.",
     "Farmers said they would lost the land they had farmed", ("lost", "lose")),
    ("The council agrees with the plan to close the harbour at night.",
     "The council agreed with the plan to close the harbour", ("agreed", "agrees")),
])
def test_another_inflection_of_the_same_word_is_altered_and_named_as_such(source, quote, pair):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", result.explanation
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [("content_word", *pair)]
    assert "another form of the word" in result.differences[0].note


def test_a_real_word_swap_in_another_covered_language_is_altered():
    source = "La policía registró la casa del sospechoso el martes por la noche, dijo el juez."
    result = verify_quote("La policía registró la caza del sospechoso el martes por la noche", source)
    assert result.verdict == "altered", result.explanation
    [diff] = result.differences
    assert (diff.kind, diff.quote, diff.source) == ("content_word", "caza", "casa")
    assert diff.note == "another word: 'caza' and 'casa' are both Spanish words"


PAGE = (
    b"<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour plan</title></head><body>"
    b"<article><h1>Harbour plan</h1><p>The regional council condemned the plan to close the harbour "
    b"at night, the mayor said on Tuesday.</p><p>The port authority has not yet answered the "
    b"council.</p></article></body></html>"
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One capture of PAGE from a loopback site, made once for the module."""
    root = tmp_path_factory.mktemp("realword")
    [result] = capture_template(root, {"/harbour": PAGE})
    assert result.ok, result.error
    return root


@pytest.fixture
def captured_store(template: Path, tmp_path: Path, key_dir: Path) -> Path:
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    return store


def test_verify_quote_of_a_captured_page_reports_a_real_word_swap(captured_store):
    quote = "The regional council condoned the plan to close the harbour at night"
    proc = run_cli("verify-quote", quote, "--json", store=captured_store)
    assert proc.returncode == 1, proc.stderr
    result = json.loads(proc.stdout)
    assert result["verdict"] == "altered"
    [diff] = result["differences"]
    assert (diff["kind"], diff["quote"], diff["source"]) == ("content_word", "condoned", "condemned")
    shown = run_cli("verify-quote", quote, store=captured_store)
    assert shown.returncode == 1
    assert "condoned" in shown.stdout and "condemned" in shown.stdout
