"""Rules in a ``@layer``, under ``@media not print`` or a minimum width every viewport has hide words on every
screen (rvsec69).

None is a condition a screen may fail: a cascade layer orders rules, ``not print`` is every medium but
printers, and no reader's viewport is narrower than 320 CSS pixels (``(min-width:1px)``). style_rules read both as conditional (they could only show words again), so the words they hide were
verified ``exact`` (Chromium 156 hides them: ``bench/markup_structure_chromium.py``). A rule under a width
condition still hides nothing here. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from wall_pages import assert_hides, assert_hides_nothing, wall_page


@pytest.mark.parametrize("rule", ["@layer base{.x{display:none}}", "@layer{.x{display:none}}",
                                  "@media not print{.x{display:none}}", "@media NOT  PRINT{.x{display:none}}",
                                  "@media (min-width:1px){.x{display:none}}",
                                  "@media screen and (min-width:20em){.x{display:none}}",
                                  "@media (width >= 0){.x{display:none}}"],
                         ids=["named-layer", "anonymous-layer", "not-print", "not-print-spaced", "min-width-1px",
                              "screen-min-width-20em", "range-width-0"])
def test_a_rule_that_holds_on_every_screen_hides_its_words(rule, tmp_path, key_dir):
    assert_hides(tmp_path / "store", wall_page(rule))


@pytest.mark.parametrize("rule", ["@media (min-width:900px){.x{display:none}}",
                                  "@media (max-width:600px){.x{display:none}}",
                                  "@media (min-width:1px) and (hover:hover){.x{display:none}}"],
                         ids=["desktop-width", "max-width", "and-hover"])
def test_a_rule_under_a_condition_some_screen_fails_still_hides_nothing(rule, tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", wall_page(rule))
