"""A quote of words the page's markup hid, archived from 127.0.0.1 and checked with ``verify-quote --json``:
never verified as the article's words. It is located in the page text, and the answer says the quote
occurs only outside the article body; a visible sentence of the same page is the article's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import html_page

PAGE = Path(__file__).parent / "data" / "unrendered_page.html"


@pytest.fixture
def archived(store, site):
    site.routes["/harbour"] = html_page(PAGE.read_bytes())
    assert run_cli("archive", site.url("/harbour"), store=store).returncode == 0
    return store


def _verify(store, quote: str) -> dict:
    proc = run_cli("verify-quote", quote, "--json", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_a_quote_of_hidden_words_is_not_vouched_for_as_the_articles(archived):
    doc = _verify(archived, "the harbour figures were invented by his office")
    assert doc["where"] == "page_text"
    assert "outside the article body" in doc["explanation"]


def test_a_quote_of_visible_words_is_the_articles(archived):
    doc = _verify(archived, "after a debate that lasted almost four hours")
    assert (doc["verdict"], doc["where"]) == ("exact", "text")
