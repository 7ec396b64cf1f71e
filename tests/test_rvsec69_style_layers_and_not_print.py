"""Rules in a ``@layer`` or under ``@media not print`` hide words on every screen (rvsec69).

Neither is a condition a screen may fail: a cascade layer orders rules, and ``not print`` is every medium but
printers. style_rules read both as conditional (they could only show words again), so the words they hide were
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
                                  "@media not print{.x{display:none}}", "@media NOT  PRINT{.x{display:none}}"],
                         ids=["named-layer", "anonymous-layer", "not-print", "not-print-spaced"])
def test_a_rule_that_holds_on_every_screen_hides_its_words(rule, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(rule), "/wall", [SHOWN, HIDDEN])
    assert got[SHOWN] == (0, "exact")
    assert got[HIDDEN][1] not in ("exact", "normalized")


def test_a_rule_under_a_width_condition_still_hides_nothing(tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page("@media (min-width:900px){.x{display:none}}"),
                                    "/wall", [HIDDEN])
    assert got[HIDDEN] == (0, "exact")
