"""A font size that reads a custom property hides words when the value it comes to does (rvsec70).

``:root{--s:0} .x{font-size:var(--s)}`` draws the words at no size in Chromium 156; the style pass was not even
started for a page whose only hiding declaration was such a size (only ``display``/``visibility`` reading ``var()``
started it), so the words were ``exact``. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

SHOWN = "The council engineers said on Monday that the wall is safe for everyone who walks by the river"
FILL = ("The inspection took three weeks and covered every section of the embankment from the old mill to "
        "the new bridge, and the report was read aloud at the town hall.")
HIDDEN = "The mayor admitted that the council had known of the cracks since last spring"


def _page(rules: str) -> str:
    return (f"<!doctype html><html><head><title>Wall</title><style>{rules}</style></head><body>"
            f"<p>{SHOWN}.</p><p>{FILL}</p><p class=x>{HIDDEN}.</p></body></html>")


@pytest.mark.parametrize("rules", [":root{--s:0} .x{font-size:var(--s)}", ".x{font-size:var(--unset, 0)}",
                                   ":root{--s:0px} .x{font-size:var(--s) !important}"],
                         ids=["declared-zero", "fallback-zero", "important"])
def test_words_a_font_size_through_a_custom_property_hides_are_not_vouched_for(rules, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(rules), "/wall", [SHOWN, HIDDEN])
    assert got[SHOWN] == (0, "exact")
    assert got[HIDDEN][1] not in ("exact", "normalized")


def test_a_font_size_through_a_custom_property_of_a_legible_size_hides_nothing(tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(":root{--s:16px} .x{font-size:var(--s)}"), "/wall",
                                    [HIDDEN])
    assert got[HIDDEN] == (0, "exact")
