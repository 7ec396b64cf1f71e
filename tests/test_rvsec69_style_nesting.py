"""A nested style rule (CSS Nesting) hides words as the rule it stands for does (rvsec69).

Chromium 156 applies ``.w{& .x{display:none}}`` and ``.w{.x{display:none}}`` as ``.w .x{display:none}``
(``bench/markup_structure_chromium.py``); style_rules read a rule's nested rules as nothing, so the words they
hid were verified ``exact``. A nested rule whose parent does not match, or for a state (``&:hover``), hides
nothing. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

SHOWN = "The council engineers said on Monday that the wall is safe for everyone who walks by the river"
FILL = ("The inspection took three weeks and covered every section of the embankment from the old mill to "
        "the new bridge, and the report was read aloud at the town hall.")
HIDDEN = "The mayor admitted that the council had known of the cracks since last spring"


def _page(rule: str) -> str:
    return (f"<!doctype html><html><head><title>Wall</title><style>{rule}</style></head><body><article class=w>"
            f"<p>{SHOWN}.</p><p>{FILL}</p><p class=x>{HIDDEN}.</p></article></body></html>")


@pytest.mark.parametrize("rule", [
    ".w{color:red; & .x{display:none}}", ".w{.x{display:none}}", "article{> .x{visibility:hidden}}",
    ".w{p{&.x{display:none}}}", ".v, .w{color:red; .x{display:none}}", "body{.w &{color:red} .x{display:none}}",
], ids=["ampersand", "relative", "child-combinator", "two-deep", "parent-list", "after-a-nested-rule"])
def test_words_a_nested_rule_hides_are_not_vouched_for(rule, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(rule), "/wall", [SHOWN, HIDDEN])
    assert got[SHOWN] == (0, "exact")
    assert got[HIDDEN][1] not in ("exact", "normalized")


@pytest.mark.parametrize("rule", [".v{.x{display:none}}", ".w{.x{&:hover{display:none}}}"],
                         ids=["parent-absent", "state"])
def test_a_nested_rule_that_matches_nothing_for_every_reader_hides_nothing(rule, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(rule), "/wall", [HIDDEN])
    assert got[HIDDEN] == (0, "exact")
