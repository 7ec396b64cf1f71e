"""A quote of words a browser never renders, archived from 127.0.0.1 and checked with ``verify-quote``:
never ``exact`` (review 21 F2: a quote running through a ``<canvas>``'s fallback verified ``exact``, exit 0,
and said "The article body says otherwise").

Those words are in neither the article text nor the page text (tests/test_extract_unshown_content.py),
as a ``<video>``'s fallback is: a quote of them is ``not_found``, or ``altered`` where it adds them to
the shown words around them (not ``not_shown``, which names words the page text keeps). A closed
popover's words are kept in the page text as a hidden span, as a closed ``<details>``'s are: ``altered``
with a ``not_shown`` difference. The shown words around them are the article's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import html_page

PAGE = Path(__file__).parent / "data" / "unshown_content_page.html"


@pytest.fixture
def archived(store, site):
    site.routes["/harbour"] = html_page(PAGE.read_bytes())
    assert run_cli("archive", site.url("/harbour"), store=store).returncode == 0
    return store


def _verify(store, quote: str) -> tuple[int, dict]:
    proc = run_cli("verify-quote", quote, "--json", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_a_quote_through_a_canvas_fallback_is_altered_as_adding_the_words_no_reader_saw(archived):
    rc, doc = _verify(archived, "The harbour master said the levy was illegal and the port will reopen in May")
    assert (rc, doc["verdict"], doc["where"]) == (1, "altered", "text")
    assert "the quote adds 'levy'" in doc["explanation"]
    assert "not_shown" not in [d["kind"] for d in doc["differences"]]


@pytest.mark.parametrize("quote", [
    "The pilot said the pilots were never paid for the night shifts on the harbour",
    "The noembed says the council falsified the harbour survey",
    "The datalist text says the harbour master lied under oath",
], ids=["meter", "noembed", "datalist"])
def test_a_quote_of_words_no_browser_renders_is_not_found(archived, quote):
    rc, doc = _verify(archived, quote)
    assert (rc, doc["verdict"]) == (1, "not_found")


def test_a_quote_of_a_closed_popovers_words_is_altered_as_not_shown(archived):
    rc, doc = _verify(archived, "The popover says the harbour master knew about the cracks for years")
    assert (rc, doc["verdict"], doc["where"]) == (1, "altered", "page_text")
    assert [d["kind"] for d in doc["differences"] if d["material"]] == ["not_shown"]


def test_the_shown_words_around_a_canvas_are_the_articles(archived):
    rc, doc = _verify(archived, "The harbour master said the port will reopen in May after the repairs")
    assert (rc, doc["verdict"], doc["where"]) == (0, "exact", "text")
