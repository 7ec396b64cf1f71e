"""The author sources are read once per page and handed, unchanged, to each reader.

``resolve_authors`` reads the page's author sources once (:func:`archiver.extract.authors.page_names`)
and hands them to the author choice and to the evidence per name, which used to read them each
(the "By" line thrice). They now only take what ``page_names`` read, so the lists they are handed
must come back unchanged; that the output is what it was before the change was held by
bench/extract_fingerprint.py (1,185 pages, none differ).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from shipped_pages import PAGES

from archiver.extract import authors, extract


def _resolve_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """The arguments of every ``resolve_authors`` call the extraction of the shipped pages makes."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    real = authors.resolve_authors

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr("archiver.extract.metadata.resolve_authors", spy)
    for page in PAGES:
        extract(page.read_bytes(), url=f"https://example.org/{page.stem}", content_type="text/html")
    monkeypatch.undo()
    assert len(calls) >= len(PAGES) // 2
    return calls


def test_the_page_names_are_not_changed_by_the_readers(monkeypatch: pytest.MonkeyPatch):
    for (head, traf, lines, marks), kw in _resolve_calls(monkeypatch):
        headlines = authors._headlines(lines, kw["title"], head.h1, marks)
        body = authors._body(lines, kw["paragraphs"])
        read = authors.page_names(head, lines, headlines)
        before = copy.deepcopy(read)
        authors._authors(head, traf, lines, marks, headlines=headlines, body=body, read=read)
        authors.source_names(traf, lines, marks, read=read)
        assert read == before


def test_page_names_reads_every_source_the_readers_use():
    assert set(authors._DECLARED_SOURCES) | {"headline-credit", "byline", "sign-off", "json-ld-orgs"} == set(
        authors.page_names(_empty_head(), [], []))


def _empty_head() -> Any:
    from archiver.extract.head import read_head
    from archiver.extract.text import parse_html

    return read_head(parse_html("<html><head><title>t</title></head><body><p>x</p></body></html>"), None)
