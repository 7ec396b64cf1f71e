"""A page's ``<style>`` rules hide words whatever the page opens with (rvsec69).

A page with no ``<html>`` or doctype at its start and several elements in its body (``<body><style>..``,
``<!-- c --><body>..``, bare paragraphs) is parsed by lxml as a fragment, which renames its ``<body>``
a ``<div>``; style_rules looked for a ``<body>``, found none and applied no rule, so the words a
``<style>`` hides were verified ``exact`` (Chromium 156 hides them: ``bench/markup_structure_chromium.py``,
19 such sentences). One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page
from wall_pages import HIDDEN, SHOWN, wall_paragraphs

RULE = "<style>.x{display:none}</style>"
BODY = wall_paragraphs()


@pytest.mark.parametrize("page", [
    f"<body>{RULE}{BODY}</body>",
    f"<!-- generated --><body>{RULE}{BODY}</body>",
    f"{RULE}{BODY}",
    f"<body>{BODY}{RULE}</body>",
], ids=["body-first", "comment-first", "no-body-tag", "rule-last"])
def test_words_a_style_rule_hides_are_not_vouched_for_in_a_page_with_no_html_tag(page, tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", page, "/minutes", [SHOWN, HIDDEN])
    assert got[HIDDEN][1] not in ("exact", "normalized")


def test_words_no_rule_hides_are_still_vouched_for_in_a_page_with_no_html_tag(tmp_path, key_dir):
    got = verdicts_on_archived_page(tmp_path / "store", f"<body>{RULE}{BODY}</body>", "/minutes", [SHOWN])
    assert got[SHOWN] == (0, "exact")
