"""link_candidates skips a block whose anchor's own text the main text lacks, without reading
the block's whole text: the links it gives are exactly those of reading every block."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from shipped_pages import PAGES

from archiver.extract.html import decode_html
from archiver.extract.text import (
    _anchors_in_blocks,
    _outside,
    link_candidates,
    main_text,
    parse_html,
)


def _every_block(tree: Any, within: str | None) -> list[tuple[str, str, str]]:
    """link_candidates as it was: every block's whole text read and looked up."""
    blocks: dict[Any, str | None] = {}
    out: list[tuple[str, str, str]] = []
    for a, block in _anchors_in_blocks(tree):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if block not in blocks:
            whole = " ".join(block.text_content().split())
            blocks[block] = whole if within is None or (len(whole) >= 20 and whole in within) else None
        para = blocks[block]
        if para is None:
            continue
        anchor = " ".join(a.text_content().split())
        if anchor:
            out.append((href, anchor, para))
    return out


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_link_candidates_are_those_of_reading_every_block_on_every_shipped_page(page: Path):
    tree = parse_html(decode_html(page.read_bytes(), "text/html").text)
    within = " ".join(" ".join(main_text(tree, "https://example.org/a").paragraphs).split())
    assert link_candidates(tree, within) == _every_block(tree, within)
    assert link_candidates(tree) == _every_block(tree, None)


def test_link_candidates_are_those_of_reading_every_block_where_anchors_cut_words_and_spaces():
    words = ["alpha", "beta", " ", "  ", "\n", "gam", "ma", "delta epsilon", "\t zeta ", "eta"]
    rng = random.Random(13)
    for _ in range(300):
        parts = [rng.choice(words) for _ in range(6)]
        html = (f"<html><body><p>{parts[0]}<a href='/x'>{parts[1]}<b>{parts[2]}</b>{parts[3]}</a>{parts[4]}"
                f"<a href='/y'>{parts[5]}</a> and more words to pass twenty</p></body></html>")
        tree = parse_html(html)
        text = " ".join("".join(parts).split()) + " and more words to pass twenty"
        for within in (text, text[: rng.randrange(len(text) + 1)], "alpha beta gamma and more words to pass twenty"):
            assert link_candidates(tree, within) == _every_block(tree, within), (html, within)


def test_an_anchor_text_of_whitespace_alone_rules_nothing_out():
    assert not _outside("  \n ", "anything")
    assert not _outside(None, "anything")
    assert _outside("Related analysis 3", "the article's own words")


def test_an_anchor_text_whose_inner_word_is_no_word_of_the_main_text_is_outside_it():
    rng = random.Random(7)
    vocab = ["alpha", "beta", "gam", "ma", "gamma", "d", "", "x.", "(y)"]
    for _ in range(2000):
        within = " ".join(rng.choice(vocab) for _ in range(rng.randrange(12))).strip()
        text = rng.choice(["", " ", "\n"]).join(rng.choice(vocab) for _ in range(rng.randrange(6)))
        tokens = frozenset(within.split())
        assert _outside(text, within, tokens) == _outside(text, within), (text, within)
    assert _outside("Related analysis 3: oil", "analysis of oil", frozenset(["analysis", "of", "oil"]))
