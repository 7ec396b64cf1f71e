"""The one-walk author guess gives exactly what trafilatura's ``extract_author`` gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from shipped_pages import PAGES
from trafilatura import metadata as traf_meta

from archiver.extract import traf_author
from archiver.extract.html import decode_html
from archiver.extract.text import parse_html

#: Forms that exercise each rule, the pruning and its hand-over to trafilatura.
FORMS = {
    "rel-author link": '<p>By <a rel="author" href="/a">Jane Doe</a></p>',
    "author element": "<author>Jane Doe</author>",
    "author-name class": '<span class="post-author-name">Jane Doe</span>',
    "itemprop author name": '<div itemprop="author name">Jane Doe</div>',
    "data-testid": '<a data-testid="AuthorURL">Jane Doe</a>',
    "byline class (rule 1)": '<div class="byline">Jane Doe</div>',
    "username class": '<h4 class="username">Jane Doe</h4>',
    "id zuozhe": '<span id="zuozhe">Jane Doe</span>',
    "itemprop contains author": '<section itemprop="x-author">Jane Doe</section>',
    "last resort writer": '<em class="writer">Jane Doe</em>',
    "last resort data-component": '<b data-component="Byline">Jane Doe</b>',
    "first rule wins over later": '<div class="byline">Ann Other</div><span class="author">Jane Doe</span>',
    "too short then next": '<span class="author">JD</span><span class="author">Jane Doe</span>',
    "too long skipped": '<span class="author">' + "x" * 130 + '</span><div class="byline">Jane Doe</div>',
    "inside comments pruned": '<div id="comments"><span class="author">Troll</span></div><p class="byline">Jane Doe</p>',
    "inside sidebar pruned": '<div class="sidebar"><span class="author">Ad</span></div>',
    "date span pruned": '<span class="date author">Jane Doe</span><div class="byline">Ann Other</div>',
    "time inside byline (tails joined)": '<div class="byline">Jane<time>2020</time>Doe</div>',
    "figure inside author box": '<div class="author">Jane <figure>img</figure> Doe, writer</div>',
    "rel element": '<div><rel>me</rel>Jane Doe</div>',
    "figure component pruned": '<div data-component="Figure"><span class="author">Pic Credit</span></div>',
    "nothing": "<p>Just text.</p>",
    # the walk stops at the first element of rule 0 that decides (tests of its reading of what follows it)
    "rel after the author": '<span class="author">Jane Doe</span><div><rel>me</rel>Ann Other</div>',
    "rel inside a pruned block after the author": '<span class="author">Jane Doe</span><div id="comments"><rel>me</rel></div>',
    "pruned block deep inside the author": '<div class="author"><p>Jane <span class="date">1 May</span> Doe</p></div>',
    "pruned comment list inside the author": '<span class="author">Jane <span id="comment-list">x</span>Doe</span>',
    "empty first author then a later one": '<span class="author"></span><p>text</p><a rel="author">Jane Doe</a>',
    "long first author then a pruned one": '<span class="author">' + "y" * 130 + '</span><span class="author">A<time>1</time>B</span>',
    "rule 0 inside rule 0": '<div class="author"><span class="author-name">Jane Doe</span></div>',
    "byline before a later rule 0": '<div class="byline">Ann Other</div><p>x</p><span class="author">Jane Doe</span>',
}


def _tree(html: str):  # noqa: ANN202
    return parse_html(f"<html><head><title>t</title></head><body>{html}</body></html>")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_author_guess_is_trafilaturas_on_every_shipped_page(page: Path):
    tree = parse_html(decode_html(page.read_bytes(), "text/html").text)
    assert traf_author.extract_author(tree) == traf_meta.extract_author(tree)


@pytest.mark.parametrize("form", FORMS, ids=str)
def test_author_guess_is_trafilaturas_on_each_rule_and_pruned_form(form: str):
    tree = _tree(FORMS[form])
    assert traf_author.extract_author(tree) == traf_meta.extract_author(tree)


def test_author_guess_leaves_the_tree_as_it_was():
    from lxml import etree

    tree = _tree(FORMS["time inside byline (tails joined)"] + FORMS["inside comments pruned"])
    before = etree.tostring(tree)
    traf_author.extract_author(tree)
    assert etree.tostring(tree) == before


def test_an_elements_own_reading_is_the_whole_walks_for_every_element_the_rules_select():
    trees = [parse_html(decode_html(page.read_bytes(), "text/html").text) for page in PAGES]
    trees += [_tree(html) for html in FORMS.values()]
    read = 0
    for tree in trees:
        walked = traf_author._walk(tree)
        if walked is None or isinstance(walked, traf_author._Decided):
            continue
        matched, gone = walked
        for el in (el for elements in matched for el in elements):
            assert traf_author._own_content(el) == traf_author._content(el, gone)
            read += 1
    assert read > 20
