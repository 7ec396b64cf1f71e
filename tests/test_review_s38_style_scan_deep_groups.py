"""A style text whose group rules nest deeper than Python's recursion limit is read as before the scanner.

archiver/extract/style_scan.py reads an ``@media``/``@supports``/``@layer`` group's block by
recursion, one level a group; tinycss2 parses nested blocks without recursing, and a group for
printers only is never descended into. A page nesting thousands of ``@media print`` groups was
extracted before the scanner; with it, the scanner's RecursionError failed the page's extraction.
Where the scanner cannot follow the structure it must leave the text to be read whole."""

from __future__ import annotations

from archiver.extract import extract
from archiver.extract.style_scan import pruned

_DEEP = "@media print{" * 3000 + ".a{display:none}" + "}" * 3000


def test_groups_nested_past_the_recursion_limit_leave_the_text_whole():
    assert pruned(_DEEP) is None


def test_a_page_whose_style_nests_groups_thousands_deep_is_still_extracted():
    words = "The council approved the new bridge after a long debate about its cost. " * 20
    page = (f"<html><head><title>Bridge</title><style>{_DEEP}</style></head>"
            f"<body><article><h1>Bridge approved</h1><p>{words}</p></article></body></html>")
    article = extract(page.encode(), url="http://127.0.0.1/bridge", content_type="text/html")
    assert "The council approved the new bridge" in article.text
