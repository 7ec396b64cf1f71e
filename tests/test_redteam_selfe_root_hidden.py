"""A page whose root hides it, archived from 127.0.0.1 and quoted with ``verify-quote``: never
verified (red team, evidence chain).

A browser shows nothing of ``<html hidden>`` or ``<html style="display:none">``; and its parser
gives ``<body>`` the attributes of any later ``<body ...>`` tag (the HTML standard's "in body"
rules), so one ``<body hidden>`` anywhere in a page hides the whole page (Chromium's DOM:
``<body hidden="">``). libxml2 drops the repeated tag, the extractor did not read the root's
hiding, and ``verify-quote`` answered ``exact``, exit 0, for a page no reader saw a word of. Now its
words are hidden spans of the page text (``altered``, ``not_shown``, exit 1). A repeated tag in a
script, a comment or a ``<template>`` is no tag, and a repeated tag's other attributes (a class)
hide nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from stores import capture_template, copy_store

LEAD = ("<p>The harbour board met on Tuesday and agreed next year's budget after a long debate about "
        "dredging costs and the new pier.</p>")
PAGES = {
    "/html-hidden": f"<html hidden><body><article>{LEAD}<p>The harbour master resigned in disgrace.</p></article></body></html>",
    "/html-display-none": (f'<html style="display:none"><body><article>{LEAD}<p>The pier was sold to a private '
                           f"buyer.</p></article></body></html>"),
    "/second-body-hidden": (f'<html><body class="news"><article>{LEAD}<body hidden><p>The council hid the dredging '
                            f"report.</p></article></body></html>"),
    "/second-html-style": (f"<html><body><article>{LEAD}<html style='display: none'><p>The ferry licence was quietly "
                           f"revoked.</p></article></body></html>"),
    "/not-a-tag": (f'<html><body><article>{LEAD}<script>var s = "<body hidden>";</script><!-- <body hidden> -->'
                   f"<template><body hidden></template><body class=late><p>The new pier opens in the spring."
                   f"</p></article></body></html>"),
}
HIDDEN = {"/html-hidden": "The harbour master resigned in disgrace",
          "/html-display-none": "The pier was sold to a private buyer",
          "/second-body-hidden": "The council hid the dredging report",
          "/second-html-style": "The ferry licence was quietly revoked"}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("root-hidden")
    results = capture_template(root, {path: page.encode() for path, page in PAGES.items()})
    return root, {path: r.capture_id for path, r in zip(PAGES, results, strict=True)}


@pytest.fixture
def captured(template: tuple[Path, dict[str, str]], tmp_path: Path, key_dir: Path) -> tuple[Path, dict[str, str]]:
    copy_store(template[0], tmp_path / "store", key_dir)
    return tmp_path / "store", template[1]


def _verify(captured: tuple[Path, dict[str, str]], path: str, quote: str) -> tuple[int, dict]:
    store, ids = captured
    proc = run_cli("verify-quote", quote, "--capture", ids[path], "--json", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


@pytest.mark.parametrize("path", list(HIDDEN))
def test_a_quote_of_a_page_its_root_hides_is_altered_as_not_shown(captured, path):
    code, doc = _verify(captured, path, HIDDEN[path])
    assert (code, doc["verdict"]) == (1, "altered"), doc
    assert [d["kind"] for d in doc["differences"] if d["material"]] == ["not_shown"]


def test_a_root_tag_in_a_script_comment_or_template_and_a_repeated_class_hide_nothing(captured):
    code, doc = _verify(captured, "/not-a-tag", "The new pier opens in the spring")
    assert (code, doc["verdict"], doc["where"]) == (0, "exact", "text"), doc
