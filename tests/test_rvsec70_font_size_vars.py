"""A font size that reads a custom property hides words when the value it comes to does (rvsec70).

``:root{--s:0} .x{font-size:var(--s)}`` draws the words at no size in Chromium 156; the style pass was not even
started for a page whose only hiding declaration was such a size (only ``display``/``visibility`` reading ``var()``
started it), so the words were ``exact``. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from wall_pages import assert_hides, assert_hides_nothing, wall_page


@pytest.mark.parametrize("rules", [":root{--s:0} .x{font-size:var(--s)}", ".x{font-size:var(--unset, 0)}",
                                   ":root{--s:0px} .x{font-size:var(--s) !important}"],
                         ids=["declared-zero", "fallback-zero", "important"])
def test_words_a_font_size_through_a_custom_property_hides_are_not_vouched_for(rules, tmp_path, key_dir):
    assert_hides(tmp_path / "store", wall_page(rules, article=None))


def test_a_font_size_through_a_custom_property_of_a_legible_size_hides_nothing(tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", wall_page(":root{--s:16px} .x{font-size:var(--s)}", article=None))
