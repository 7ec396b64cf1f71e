"""Extraction work trimmed for speed gives exactly what trafilatura's full call gives.

``main_text`` skips the metadata fields nothing reads (categories, tags, licence) by running
trafilatura's metadata steps itself; these tests hold it to ``bare_extraction`` with
``with_metadata=True`` on every HTML page the tests and the demo ship.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import pytest
from trafilatura.core import bare_extraction

from archiver.extract.html import decode_html
from archiver.extract.text import _options, cited_links, link_candidates, main_text, parse_html

REPO = Path(__file__).resolve().parents[1]
PAGES = sorted([*(REPO / "tests" / "data" / "extract").glob("*.html"), *(REPO / "archiver" / "samples").glob("*.html")])
FIELDS = ("title", "author", "url", "hostname", "description", "sitename", "date", "filedate", "language",
          "pagetype", "image", "id", "fingerprint")


def _tree(page: Path):  # noqa: ANN202
    return parse_html(decode_html(page.read_bytes(), "text/html").text)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_main_text_gives_the_text_and_metadata_of_trafilaturas_full_call(page: Path):
    url = f"https://example.org/{page.stem}"
    tree = _tree(page)
    full = bare_extraction(deepcopy(tree), options=_options(url))
    ours = main_text(tree, url)
    if full is None:
        assert ours.paragraphs == ()
        return
    assert "\n".join(ours.paragraphs) == "\n".join(
        p for p in (" ".join(line.split()) for line in (full.text or "").split("\n")) if p)
    for field in FIELDS:
        assert getattr(ours.document, field, None) == getattr(full, field, None), field


@pytest.mark.parametrize("page", PAGES[:3], ids=lambda p: p.name)
def test_main_text_leaves_the_callers_tree_as_it_was(page: Path):
    from lxml import etree

    tree = _tree(page)
    before = etree.tostring(tree)
    main_text(tree, f"https://example.org/{page.stem}")
    assert etree.tostring(tree) == before


def test_cited_links_are_made_absolute_and_listed_once():
    tree = parse_html(
        "<html><body><article><p>As the ministry said in its report on the bridge, read "
        "<a href='/report.pdf'>the report</a> and <a href='/report.pdf'>the report</a>.</p>"
        "<nav><a href='/home'>Home</a></nav></article></body></html>")
    text = "As the ministry said in its report on the bridge, read the report and the report."
    links = cited_links(link_candidates(tree), text, "https://example.org/news/a")
    assert [(link.url, link.text) for link in links] == [("https://example.org/report.pdf", "the report")]
