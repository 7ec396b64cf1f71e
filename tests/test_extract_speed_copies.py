"""trafilatura's metadata steps read the caller's tree without a copy, so they must leave it as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from shipped_pages import PAGES

from archiver.extract.html import decode_html
from archiver.extract.text import _document_metadata, _options, main_text, parse_html


def _tree(page: Path):  # noqa: ANN202
    return parse_html(decode_html(page.read_bytes(), "text/html").text)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_document_metadata_leaves_the_tree_as_it_was(page: Path):
    tree = _tree(page)
    before = etree.tostring(tree)
    options = _options(f"https://example.org/{page.stem}")
    options.with_metadata = False
    _document_metadata(tree, options)
    assert etree.tostring(tree) == before


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_main_text_leaves_the_callers_tree_as_it_was_on_every_shipped_page(page: Path):
    tree = _tree(page)
    before = etree.tostring(tree)
    main_text(tree, f"https://example.org/{page.stem}")
    assert etree.tostring(tree) == before
