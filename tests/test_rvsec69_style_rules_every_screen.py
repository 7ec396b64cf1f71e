"""Rules in a ``@layer``, under ``@media not print`` or a minimum width every viewport has hide words on every
screen (rvsec69).

None is a condition a screen may fail: a cascade layer orders rules, ``not print`` is every medium but
printers, and no reader's viewport is narrower than 320 CSS pixels (``(min-width:1px)``). style_rules read both as conditional (they could only show words again), so the words they hide were
verified ``exact`` (Chromium 156 hides them: ``bench/markup_structure_chromium.py``). A rule under a width
condition still hides nothing here. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

SHOWN = "The council engineers said on Monday that the wall is safe for everyone who walks by the river"
FILL = ("The inspection took three weeks and covered every section of the embankment from the old mill to "
        "the new bridge, and the report was read aloud at the town hall.")
HIDDEN = "The mayor admitted that the council had known of the cracks since last spring"


def _page(rule: str) -> str:
    return (f"<!doctype html><html><head><title>Wall</title><style>{rule}</style></head><body><article>"
            f"<p>{SHOWN}.</p><p>{FILL}</p><p class=x>{HIDDEN}.</p></article></body></html>")


@pytest.mark.parametrize("rule", ["@layer base{.x{display:none}}", "@layer{.x{display:none}}",
                                  "@media not print{.x{display:none}}", "@media NOT  PRINT{.x{display:none}}",
                                  "@media (min-width:1px){.x{display:none}}",
                                  "@media screen and (min-width:20em){.x{display:none}}",
                                  "@media (width >= 0){.x{display:none}}"],
                         ids=["named-layer", "anonymous-layer", "not-print", "not-print-spaced", "min-width-1px",
                              "screen-min-width-20em", "range-width-0"])
def test_a_rule_that_holds_on_every_screen_hides_its_words(rule, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(rule), "/wall", [SHOWN, HIDDEN])
    assert got[SHOWN] == (0, "exact")
    assert got[HIDDEN][1] not in ("exact", "normalized")


@pytest.mark.parametrize("rule", ["@media (min-width:900px){.x{display:none}}",
                                  "@media (max-width:600px){.x{display:none}}",
                                  "@media (min-width:1px) and (hover:hover){.x{display:none}}"],
                         ids=["desktop-width", "max-width", "and-hover"])
def test_a_rule_under_a_condition_some_screen_fails_still_hides_nothing(rule, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(rule), "/wall", [HIDDEN])
    assert got[HIDDEN] == (0, "exact")
