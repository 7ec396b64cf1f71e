"""A quote of words the page's markup hid, archived from 127.0.0.1 and checked with ``verify-quote``:
never verified. It is located in the page text (which keeps those words), and the answer is ``altered``
with a ``not_shown`` difference: the page hides these words, no reader saw them (review 9 F4: it was
``exact``, exit 0, "the page's other visible text"). A visible sentence of the same page is the article's."""

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


def test_a_quote_of_hidden_words_is_altered_as_not_shown_and_never_called_visible_text(archived):
    doc = _verify(archived, "the harbour figures were invented by his office")
    assert (doc["verdict"], doc["where"]) == ("altered", "page_text")
    assert [d["kind"] for d in doc["differences"] if d["material"]] == ["not_shown"]
    assert "the page's markup hides these words: its readers were not shown them" in doc["explanation"]
    assert "visible text" not in doc["explanation"]


@pytest.mark.parametrize("quote", ["the deputy mayor said the harbour budget would double the local tax",
                                   "The mayor admitted in private that the harbour figures were invented"],
                         ids=["inline-style", "hidden-attribute"])
def test_verify_quote_of_hidden_words_exits_1_and_says_why(archived, quote):
    proc = run_cli("verify-quote", quote, store=archived)
    assert proc.returncode == 1, proc.stdout
    assert "its readers were not shown them" in " ".join(proc.stdout.split())


def test_a_quote_with_one_hidden_word_inside_visible_ones_is_altered(store, site):
    site.routes["/wall"] = html_page(
        b"<html><body><article><p>The engineers finished their inspection of the old harbour wall on Monday after "
        b"three weeks of tests.</p><p>Their report says the wall is <b hidden>not </b>safe for heavy lorries and should "
        b"be closed to traffic at once.</p></article></body></html>")
    assert run_cli("archive", site.url("/wall"), store=store).returncode == 0
    # (the article text, which leaves the hidden word out, already says the quote adds a "not")
    assert _verify(store, "the wall is not safe for heavy lorries")["verdict"] == "altered"
    assert _verify(store, "the wall is safe for heavy lorries")["verdict"] == "exact"


def test_a_quote_of_visible_words_is_the_articles(archived):
    doc = _verify(archived, "after a debate that lasted almost four hours")
    assert (doc["verdict"], doc["where"]) == ("exact", "text")


def test_a_bundle_of_a_capture_extracted_before_hidden_spans_were_recorded_verifies_its_quotes(
        store, site, tmp_path, monkeypatch):
    # A store from before extractor 48: its extraction records name no hidden spans, so its quotes
    # of markup-hidden words were (and are) judged as page text. verify-bundle re-ran them with the
    # spans its own newer re-extraction named: logged "exact", re-run "altered", FAILED as tampered.
    from archiver.extract.model import Article

    to_dict = Article.to_dict
    site.routes["/harbour"] = html_page(PAGE.read_bytes())
    with monkeypatch.context() as old:
        old.setattr(Article, "to_dict", lambda self: {k: v for k, v in to_dict(self).items()
                                                      if k != "page_text_hidden"})  # (as extractor 47 wrote)
        assert run_cli("archive", site.url("/harbour"), store=store).returncode == 0
    doc = _verify(store, "the harbour figures were invented by his office")
    assert doc["verdict"] == "exact"  # judged as before extractor 48, as the logged extraction says
    bundle = tmp_path / "b.wacz"
    capture_id = json.loads(run_cli("list", "--json", store=store).stdout)[0]["capture_id"]
    assert run_cli("export", capture_id, "--with-quotes", "all", "-o", str(bundle), store=store).returncode == 0
    proc = run_cli("verify-bundle", str(bundle), "--key", str(store / "provenance" / "log.pub"), "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
