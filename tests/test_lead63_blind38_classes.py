"""A page React streamed from the server, the piece's own update log, a site said to be no longer updated (extractor
214).

notices-blind38's first run (held out of round lead62) read nothing of a database blog whose whole article React's
streamed rendering had put in ``<div hidden id="S:0">`` (its placeholder ``<template id="B:0">`` where the page's script
moves it), and missed an audio site's dated update log under "This ... article has been recently updated with the
following changes:" and "The information provided on niddk.nih.gov is not being updated. Please refer to nih.gov.".
Each test is one class, on a small page of our own.
"""

from __future__ import annotations

from made_articles import Article, article, extracted, notices, story
from made_articles import reported as _reported

_TEXT = story("A query plan shows where the time goes: step",
              "reads the index, sorts the rows and joins the two tables before the planner picks the cheapest path "
              "for the next run.", 6)


def _page(before: str = "", after: str = "", top: str = "") -> bytes:
    return article(_TEXT, title="Query plans explained", top=top, before=before, after=after, footer=None)


def _extract(page: bytes) -> Article:
    return extracted(page, "http://127.0.0.1:8000/plans")


def _notices(**kw: str) -> list[tuple[str, str]]:
    return notices(_page(**kw), "http://127.0.0.1:8000/plans")


def _streamed(placeholder: str) -> bytes:
    return ("<!doctype html><html lang='en'><head><title>Query plans explained</title></head><body>"
            f"<header><a href='/'>Home</a></header><main>{placeholder}</main><footer>Sitemap</footer>"
            "<div hidden id=\"S:0\"><article><h1>Query plans explained</h1>" + _TEXT +
            "</article></div><script>$RC(\"B:0\",\"S:0\")</script></body></html>").encode()


def test_a_segment_react_streamed_into_its_placeholder_is_read():
    text = _extract(_streamed("<template id=\"B:0\"></template>")).text
    assert "the planner picks the cheapest path" in text


def test_a_hidden_division_without_a_placeholder_stays_unread():
    text = _extract(_streamed("")).text
    assert "the planner picks the cheapest path" not in text


def test_a_dated_entry_of_the_pieces_update_log_is_a_correction():
    before = ("<p>This best query tools article has been recently updated with the following changes:</p><ul>"
              "<li>January 23, 2026: Added a section on parallel plans.</li>"
              "<li>May 5, 2025: Corrected a spelling error and replaced the old example with a new one.</li></ul>")
    assert _reported(_notices(before=before), "correction", "May 5, 2025: Corrected a spelling error")


def test_a_products_dated_changelog_is_no_correction():
    before = ("<h2>Release history</h2><ul><li>May 5, 2025: Corrected a crash when the planner reads an empty "
              "table.</li><li>April 2, 2025: Added parallel plans to the explain view.</li></ul>")
    assert not _reported(_notices(before=before), "correction", "Corrected a crash")


def test_a_site_said_to_be_no_longer_updated_is_an_editors_note():
    top = "<div class='banner'><p>The information provided on example.gov is not being updated. Please refer to nih.gov.</p></div>"
    assert _reported(_notices(top=top), "editors_note", "is not being updated")
