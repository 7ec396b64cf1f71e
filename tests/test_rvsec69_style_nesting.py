"""A nested style rule (CSS Nesting) hides words as the rule it stands for does (rvsec69).

Chromium 156 applies ``.w{& .x{display:none}}`` and ``.w{.x{display:none}}`` as ``.w .x{display:none}``
(``bench/markup_structure_chromium.py``); style_rules read a rule's nested rules as nothing, so the words they
hid were verified ``exact``. A nested rule whose parent does not match, or for a state (``&:hover``), hides
nothing. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from wall_pages import assert_hides, assert_hides_nothing, wall_page


@pytest.mark.parametrize("rule", [
    ".w{color:red; & .x{display:none}}", ".w{.x{display:none}}", "article{> .x{visibility:hidden}}",
    ".w{p{&.x{display:none}}}", ".v, .w{color:red; .x{display:none}}", "body{.w &{color:red} .x{display:none}}",
], ids=["ampersand", "relative", "child-combinator", "two-deep", "parent-list", "after-a-nested-rule"])
def test_words_a_nested_rule_hides_are_not_vouched_for(rule, tmp_path, key_dir):
    assert_hides(tmp_path / "store", wall_page(rule, article="<article class=w>"))


@pytest.mark.parametrize("rule", [".v{.x{display:none}}", ".w{.x{&:hover{display:none}}}"],
                         ids=["parent-absent", "state"])
def test_a_nested_rule_that_matches_nothing_for_every_reader_hides_nothing(rule, tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", wall_page(rule, article="<article class=w>"))
