"""In a page rendered in quirks mode a class or id selector hides words whatever their case (rvsec69).

A page with no DOCTYPE (or an HTML 3.2 or 4.01 Transitional one with no system identifier) is rendered in quirks
mode, where ``.x`` matches ``class="X"`` and ``#a`` matches ``id="A"`` (ASCII case-insensitively), and Chromium 156
hides such words (``bench/markup_structure_chromium.py``); style_rules matched case-sensitively and they were
``exact``. A page in standards mode still matches case-sensitively. One behaviour each, through a real loopback
server and a real WARC.
"""

from __future__ import annotations

import pytest
from wall_pages import assert_hides, assert_hides_nothing, wall_page

from archiver.extract.quirks import quirks_mode

HTML32 = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">'


def _page(doctype: str, rule: str, attrs: str) -> str:
    return wall_page(rule, hidden_attrs=attrs, doctype=doctype)


@pytest.mark.parametrize("page", [
    _page("", ".x{display:none}", "class=X"),
    _page("<!-- generated -->", "article .Gone{display:none}", "class='gONE other'"),
    _page(HTML32, "#a{display:none}", "id=A"),
    _page("", "[class=x], .Y{display:none}", "class=y"),
], ids=["no-doctype", "comment-first", "html-3.2-id", "in-a-list"])
def test_a_class_or_id_of_another_case_hides_words_in_quirks_mode(page, tmp_path, key_dir):
    assert_hides(tmp_path / "store", page)


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>",
                                     '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
                                     '"http://www.w3.org/TR/html4/loose.dtd">'], ids=["html5", "html4-limited-quirks"])
def test_a_class_of_another_case_hides_nothing_in_standards_mode(doctype, tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", _page(doctype, ".x{display:none}", "class=X"))


@pytest.mark.parametrize("page,quirks", [
    ("<p>a</p>", True), ("<!DOCTYPE html><p>a</p>", False), (" <!-- c --><!doctype HTML>", False),
    ("<p>a</p><!DOCTYPE html>", True), ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', True),
    ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
     False), ("<!DOCTYPE svg>", True),
])
def test_quirks_mode_is_read_from_the_page_as_a_browser_reads_it(page, quirks):
    assert quirks_mode(page) is quirks
