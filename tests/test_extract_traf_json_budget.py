"""trafilatura's JSON-LD reader is handed only scripts within a budget (its regular expressions take time growing
with the square of a hostile script's length: 600 KB of ``"author": "x", `` took 235 s of CPU, past every
extraction's time limit, so no quote could be verified against such a page); our own reader reads every script."""

from __future__ import annotations

import json

import pytest
from author_pages import HEADLINE, URL, page
from lxml import html as lxml_html
from trafilatura import metadata as traf_meta

from archiver.extract import extract, extract_unbounded
from archiver.extract.traf_json_guard import SCRIPT_LIMIT, TOTAL_LIMIT, within_budget


def _ld(text: str) -> str:
    return f"<script type='application/ld+json'>{text}</script>"


HOSTILE = '{"@type":"NewsArticle",' + '"author": "x", ' * 40_000  # not JSON: its regex path


SMALL = json.dumps({"@type": "NewsArticle", "headline": HEADLINE})
EMPTY = f"<!DOCTYPE html><html><head><title>{HEADLINE}</title>{_ld(SMALL)}{_ld(HOSTILE)}</head><body></body></html>"


@pytest.mark.parametrize("html", [page(_ld(SMALL) + _ld(HOSTILE)), EMPTY.encode()], ids=["article", "no article text"])
def test_trafilaturas_json_reader_is_not_handed_a_script_over_the_limit(monkeypatch: pytest.MonkeyPatch,
                                                                        html: bytes) -> None:
    seen: list[int] = []
    real = traf_meta.extract_meta_json

    def spy(tree, metadata):  # noqa: ANN001, ANN202
        seen.extend(len(s.text or "") for s in tree.xpath('.//script[@type="application/ld+json"]'))
        return real(tree, metadata)

    monkeypatch.setattr(traf_meta, "extract_meta_json", spy)
    extract_unbounded(html, url=URL)  # (in this process: the spy sees its calls)
    assert seen and set(seen) == {len(SMALL)}


def test_the_scripts_hidden_from_it_are_given_back_as_they_were_however_the_call_ends() -> None:
    tree = lxml_html.fromstring("<html><head>" + _ld("{}") + _ld("x" * (SCRIPT_LIMIT + 1))
                                + "<script type='application/settings+json'>" + "y" * TOTAL_LIMIT + "</script>"
                                + "</head><body><p>x</p></body></html>")
    before = [s.get("type") for s in tree.iter("script")]
    with pytest.raises(RuntimeError), within_budget(tree) as hidden:
        assert hidden == 2
        assert [s.get("type") for s in tree.iter("script")][0] == "application/ld+json"
        raise RuntimeError("the reader failed")
    assert [s.get("type") for s in tree.iter("script")] == before


def test_a_large_scripts_headline_is_still_read_by_our_own_reader() -> None:
    body = " ".join(["The harbour council met on Tuesday evening to settle the budget."] * 800)  # ~52 KB
    doc = extract(page(_ld(json.dumps({"@type": "NewsArticle", "headline": HEADLINE, "articleBody": body}))),
                  url=URL).to_dict()
    assert (doc["title"], doc["sources"]["title"]) == (HEADLINE, "json-ld")  # type: ignore[index]


def test_a_page_with_a_hostile_script_is_still_extracted_with_its_title() -> None:
    doc = extract(page(_ld(HOSTILE)), url=URL).to_dict()
    assert doc["title"] == HEADLINE and doc["text"]
