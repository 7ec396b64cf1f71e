"""A hiding value reached through a custom property (``display: var(--d)``) hides words (rvsec69).

Chromium 156 hides ``:root{--d:none} .x{display:var(--d)}``, ``.x{display:var(--unset, none)}`` and an inline
``style="--d:none; display:var(--d)"`` (``bench/markup_structure_chromium.py``); ``var(--d)`` was read as a value
that shows, so those words were verified ``exact``. A reference the page gives only showing values, or one in a
rule under a condition some screens fail, hides nothing. One behaviour each, through a real loopback server and
a real WARC.
"""

from __future__ import annotations

import pytest
from wall_pages import assert_hides, assert_hides_nothing, wall_page


def _page(rule: str, hidden_attrs: str = "class=x") -> str:
    return wall_page(rule, hidden_attrs=hidden_attrs)


@pytest.mark.parametrize("page", [
    _page(":root{--d:none} .x{display:var(--d)}"),
    _page(".x{display:var(--unset, none)}"),
    _page(":root{--v:hidden} .x{visibility:var(--v)}"),
    _page(":root{--a:var(--b); --b:none} .x{display:var(--a)}"),
    _page("", "style='--d:none; display:var(--d)'"),
    _page(":root{--D: NONE !important}", "style='display:var(--D)'"),
], ids=["rule", "fallback", "visibility", "reference-to-reference", "inline", "inline-from-a-rule"])
def test_words_a_custom_property_hides_are_not_vouched_for(page, tmp_path, key_dir):
    assert_hides(tmp_path / "store", page)


@pytest.mark.parametrize("page", [
    _page(":root{--d:block} .x{display:var(--d)}"),
    _page(".x{display:var(--unset)}"),
    _page(":root{--d:none} @media (min-width:900px){.x{display:var(--d)}}"),
], ids=["showing-value", "no-value", "conditional-rule"])
def test_a_custom_property_that_shows_hides_nothing(page, tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", page)
