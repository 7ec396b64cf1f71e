"""An ``@supports`` block's rules hide words as Chromium 156 decides the condition (rvsec70).

A rule under ``@supports`` was read as a condition some browser fails: it could show words again but never hide
them, so ``@supports (display:grid){.x{display:none}}`` left the words Chromium hides ``exact``. The condition is now
decided from a table Chromium made (``archiver/extract/css_supports.json``, ``bench/css_supports_table.py``): a
block Chromium applies hides, one it fails is not read (nor what it shows again), and one the table cannot decide
is read for what it hides only (flagged, never vouched for). One behaviour each, through a real loopback server and
a real WARC.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page
from wall_pages import HIDDEN, assert_hides, assert_hides_nothing, wall_page

from archiver.extract.css_supports import supports


def _page(rules: str) -> str:
    return wall_page(rules, article=None)


@pytest.mark.parametrize("condition", [
    "(display:grid)", "((position:-webkit-sticky) or (position:sticky))", "(color:rgb(0 0 0/0)) and (top:var(--f ))",
    "(--x:1)", "selector(:has(a))", "not (-ms-ime-align:auto)",
], ids=["grid", "or", "and", "custom-property", "selector", "not-unknown-property"])
def test_words_a_supports_rule_chromium_applies_hides_are_not_vouched_for(condition, tmp_path, key_dir):
    assert_hides(tmp_path / "store", _page(f"@supports {condition}{{.x{{display:none}}}}"))


@pytest.mark.parametrize("condition", [
    "not (display:grid)", "(-ms-ime-align:auto)", "(display:grid) and (not (display:inline-grid))",
    "selector(:-moz-focusring)",
], ids=["not-grid", "property-chromium-lacks", "and-one-fails", "selector-chromium-lacks"])
def test_a_supports_rule_chromium_fails_hides_nothing(condition, tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", _page(f"@supports {condition}{{.x{{display:none}}}}"))


@pytest.mark.parametrize("condition", ["(display:grid-lanes-x)", "font-tech(color-COLRv1)"],
                         ids=["value-not-in-table", "function-not-read"])
def test_a_supports_rule_the_table_cannot_decide_is_read_as_hiding(condition, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(f"@supports {condition}{{.x{{display:none}}}}"), "/wall",
                                    [HIDDEN])
    assert got[HIDDEN][1] not in ("exact", "normalized")


@pytest.mark.parametrize("condition", ["not (display:grid)", "(display:grid-lanes-x)"], ids=["fails", "undecided"])
def test_a_supports_rule_not_known_to_apply_does_not_show_words_again(condition, tmp_path, key_dir):
    rules = f".x{{display:none}} @supports {condition}{{.x{{display:block}}}}"
    got = verdicts_on_archived_page(tmp_path / "store", _page(rules), "/wall", [HIDDEN])
    assert got[HIDDEN][1] not in ("exact", "normalized")


def test_a_supports_rule_chromium_applies_shows_words_again(tmp_path, key_dir):
    rules = ".x{display:none} @supports (display:grid){.x{display:block}}"
    assert_hides_nothing(tmp_path / "store", _page(rules))


def test_or_with_and_unparenthesised_is_no_condition_the_table_decides():
    assert supports("(display:grid) and (display:flex) or (display:block)") is None
