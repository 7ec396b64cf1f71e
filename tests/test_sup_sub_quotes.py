"""Quotes against a page with ``<sup>``/``<sub>``, archived from 127.0.0.1 into a real store and
verified with ``verify-quote --json``.

The page shows ten to the sixth (``10<sup>6</sup>``), CO₂, x² and a footnote marker ("the
end¹."). Verdicts, and why:

* "106" is ``altered``: a different number, whatever the flattened HTML once said.
* "10⁶" is ``exact`` (the archived text holds what the page shows); "10^6" is ``normalized``
  with ``superscript_notation``: the caret is how a keyboard writes the same power.
* "CO2" is ``normalized`` (``unicode_nfkc``): quotes.md's compatibility-normalisation rule reads
  a lone subscript or superscript as its digit (as "m2" for "m²"); only where that would join
  digits into another number (10⁶ -> 106) is it refused.
* "...the end." (marker left out) is ``normalized`` with ``footnote_markers`` listed; a changed
  marker ("end²") is ``altered``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import html_page

from archiver.extract import extract_unbounded

PAGE = Path(__file__).parent / "data" / "sup_sub_page.html"


@pytest.fixture
def archived(store, site):
    """The page archived from 127.0.0.1 into a real store (the key is this test's own)."""
    site.routes["/scripts"] = html_page(PAGE.read_bytes())
    assert run_cli("archive", site.url("/scripts"), store=store).returncode == 0
    return store


def _verify(store, quote: str) -> dict:
    proc = run_cli("verify-quote", quote, "--json", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_digits_quoted_for_a_superscript_power_are_altered(archived):
    doc = _verify(archived, "The survey counted 106 households across the region")
    assert doc["verdict"] == "altered"
    assert any(d["kind"] == "number" and d["material"] for d in doc["differences"])


def test_the_power_quoted_as_the_page_shows_it_is_exact(archived):
    assert _verify(archived, "The survey counted 10\u2076 households across the region")["verdict"] == "exact"


def test_a_caret_power_is_normalized_as_superscript_notation(archived):
    doc = _verify(archived, "The survey counted 10^6 households across the region")
    assert doc["verdict"] == "normalized"
    assert "superscript_notation" in doc["normalizations"]


def test_a_caret_power_of_another_number_is_altered(archived):
    assert _verify(archived, "The survey counted 10^7 households across the region")["verdict"] == "altered"


def test_a_chemical_subscript_quoted_as_a_plain_digit_is_normalized(archived):
    doc = _verify(archived, "the plant released more CO2 than it did in any year before")
    assert doc["verdict"] == "normalized"
    assert "unicode_nfkc" in doc["normalizations"]


def test_a_footnote_marker_left_out_is_normalized_and_named(archived):
    doc = _verify(archived, "Critics called the plan a failure from the start to the end.")
    assert doc["verdict"] == "normalized"
    assert "footnote_markers" in doc["normalizations"]


def test_a_bracketed_footnote_link_left_out_is_normalized_and_named(archived):
    doc = _verify(archived, "The ministry disputed the figures in a statement issued late on Friday")
    assert doc["verdict"] == "normalized"
    assert "footnote_markers" in doc["normalizations"]


def test_a_changed_footnote_marker_is_altered(archived):
    doc = _verify(archived, "Critics called the plan a failure from the start to the end\u00b2.")
    assert doc["verdict"] == "altered"


def test_the_passage_offsets_point_into_the_archived_text(archived):
    doc = _verify(archived, "Critics called the plan a failure from the start to the end.")
    text = extract_unbounded(PAGE.read_bytes(), url="http://127.0.0.1/scripts", content_type="text/html").text
    assert text[doc["start"]:doc["end"]] == "Critics called the plan a failure from the start to the end\u00b9."
    assert doc["selectors"][0]["exact"] == text[doc["start"]:doc["end"]]
