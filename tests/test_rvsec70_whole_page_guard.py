"""A ``<style>`` that hides the whole page hides it when the page holds no script (rvsec70).

style_rules never applies a rule hiding ``<html>``/``<body>`` or an element holding more than half of the page's
words: the anti-flicker snippets hide a page until its scripts show it (Chromium with scripts shows it; five shared
bench pages do so, all with scripts: ``bench/style_guard_chromium.py``). A page with no script cannot show the
words again, and Chromium 156 shows none of them; with the guard they were ``exact``. The guards now stand on the
page holding a script (a ``<script>`` or an event handler attribute). One behaviour each, through a real loopback
server and a real WARC.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page
from wall_pages import FILL, HIDDEN, SHOWN


def _page(rules: str, script: str = "", body_attributes: str = "") -> str:
    return (f"<!doctype html><html><head><title>Wall</title><style>{rules}</style></head><body{body_attributes}>"
            f"<p>{SHOWN}.</p><div class=w><p>{FILL}</p><p>{HIDDEN}.</p></div>{script}</body></html>")


@pytest.mark.parametrize("rules", ["body{visibility:hidden}", "html{display:none}", ".w{display:none}"],
                         ids=["body", "html", "most-words"])
def test_a_page_with_no_script_hiding_its_words_vouches_for_none(rules, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page(rules), "/wall", [HIDDEN])
    assert got[HIDDEN][1] not in ("exact", "normalized")


@pytest.mark.parametrize(("script", "attributes"), [
    ("<script>document.body.style.visibility='visible'</script>", ""),
    ("", " onload=\"document.body.style.visibility='visible'\""),
], ids=["script-element", "event-handler"])
def test_a_page_a_script_may_show_again_keeps_its_words(script, attributes, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page("body{visibility:hidden}", script, attributes), "/wall",
                                    [SHOWN, HIDDEN])
    assert got[SHOWN] == (0, "exact")
    assert got[HIDDEN] == (0, "exact")


def test_a_child_shown_again_in_a_hidden_page_with_no_script_keeps_its_words(tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", _page("body{visibility:hidden} .w{visibility:visible}"),
                                    "/wall", [SHOWN, HIDDEN])
    assert got[HIDDEN] == (0, "exact")
    assert got[SHOWN][1] not in ("exact", "normalized")
