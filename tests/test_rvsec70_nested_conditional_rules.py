"""A conditional group rule nested in a style rule is read under its condition (rvsec70).

Chromium 156 applies ``.x{@media screen{display:none}}`` (CSS Nesting: the nested ``@media``'s declarations are the
rule's own) and ``.w{@media screen{.x{display:none}}}``; style_rules read a nested at-rule as nothing, so the
words they hid were ``exact``. And a page lxml parsed as a fragment had its ``<body>`` renamed, so ``body .x``
matched nothing. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from wall_pages import assert_hides, assert_hides_nothing, wall_page, wall_paragraphs


@pytest.mark.parametrize("rules", [
    ".x{color:red; @media screen{display:none}}", ".w{@media screen{.x{display:none}}}",
    ".x{@supports (display:grid){display:none}}", ".x{@media (min-width:1px){visibility:hidden}}",
    ".w{@media screen{@layer a{.x{display:none}}}}",
], ids=["media-screen", "holding-a-rule", "supports", "every-viewport", "two-deep"])
def test_words_a_nested_conditional_rule_hides_on_every_screen_are_not_vouched_for(rules, tmp_path, key_dir):
    assert_hides(tmp_path / "store", wall_page(rules, article="<article class=w>"))


@pytest.mark.parametrize("rules", [".x{@media print{display:none}}", ".x{@media (max-width:600px){display:none}}"],
                         ids=["print", "narrow-screens"])
def test_a_nested_rule_under_a_condition_some_screens_fail_hides_nothing(rules, tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", wall_page(rules, article="<article class=w>"))


def test_a_nested_rule_for_narrow_screens_shows_words_again_on_some(tmp_path, key_dir):
    rules = ".x{display:none; @media (min-width:900px){display:block}}"
    assert_hides_nothing(tmp_path / "store", wall_page(rules, article="<article class=w>"))


def test_a_body_selector_matches_in_a_page_parsed_as_a_fragment(tmp_path, key_dir):
    page = f"<body><style>body .x{{display:none}}</style>{wall_paragraphs()}</body>"
    assert_hides(tmp_path / "store", page)
