"""Whether a page holds a ``<noscript>`` that opens an element it does not close is read from the
page itself (``source_fixes._any_unbalanced``: its tags found in any ASCII case), not from a
lower-cased copy of the page: the same answers wherever a lower-cased copy kept the page's
offsets (no character before a tag lowering to two, as "İ" does)."""

from __future__ import annotations

import random

from shipped_pages import PAGES
from sweeps import sized

from archiver.extract import source_fixes
from archiver.extract.html import decode_html


def _lowered_copy(page: str) -> bool:
    """The check as it was: ``str.find`` along ``page.lower()``."""
    lower = page.lower()
    at = lower.find("<noscript")
    while at >= 0:
        end = lower.find("</noscript", at)
        if source_fixes._unbalanced(page[at + 9:end if end >= 0 else len(page)]):
            return True
        if end < 0:
            return False
        at = lower.find("<noscript", end)
    return False


def test_every_shipped_page_is_answered_as_along_its_lower_cased_copy():
    pages = [decode_html(p.read_bytes(), "text/html").text for p in PAGES]
    assert len(pages) > 5  # (none holds a <noscript>: the sweep below makes pages that do)
    for page in pages:
        assert source_fixes._any_unbalanced(page) == _lowered_copy(page)


def test_noscript_pieces_in_any_order_and_case_are_answered_as_before():
    """Seeded pages made of noscript tags in mixed case, balanced and unbalanced contents, a
    close tag missing, text between; 3,000 pages (30,000 under ARCHIVER_FULL_SWEEPS=1)."""
    pieces = ["<noscript>", "<NoScript class=x>", "</noscript>", "</NOSCRIPT >", "<div>", "</div>", "<span>",
              "<p>", "text ", "<img src=a>", "<noscriptx>", "</noscripts>", "é", "ß", "<A href=#>", "</a>"]
    rnd = random.Random(13)
    for _ in range(sized(3000, 30000)):
        page = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert source_fixes._any_unbalanced(page) == _lowered_copy(page), page


def test_a_tag_after_a_character_that_lowers_to_two_is_read_where_it_stands():
    """"İ" lowers to two characters, so the lower-cased copy's offsets ran one past the page's
    for each before a tag; the page's own offsets read the noscript's content itself."""
    page = "İ" * 12 + "<noscript><div id=nojs></noscript><p>after</p>"
    assert source_fixes._any_unbalanced(page)
    assert not source_fixes._any_unbalanced("İ" * 12 + "<noscript><div></div></noscript>")
    assert source_fixes._any_unbalanced("<NOSCRIPT><div></NOSCRIPT>")
    assert not source_fixes._any_unbalanced("<noſcript><div></noſcript>")  # only ASCII case folds a tag name
