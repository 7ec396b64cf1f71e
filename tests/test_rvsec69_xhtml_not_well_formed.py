"""An XHTML page that is not well-formed XML vouches for none of its words (rvsec69, archiver/extract/xhtml.py).

Chromium 156 parses ``application/xhtml+xml`` as XML and shows a page that is not well-formed as its XML error page,
with part of the tree beneath it that leaves out words before the error too (``bench/markup_structure_chromium.py``).
Extraction read it as HTML, repaired, and every word was ``exact``. A well-formed page, and one whose ``&nbsp;`` a
DOCTYPE lets Chromium resolve, stay pages. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import json

import pytest
from cli import run_cli
from servers import Site, response

FIRST = "The council met on Tuesday to discuss the harbour wall"
SECOND = "The repairs will begin in March after a long vote"
ROOT = "<html xmlns='http://www.w3.org/1999/xhtml'><head><title>Minutes</title></head>"
XHTML_DOCTYPE = ("<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' "
                 "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'>")


def _vouched(tmp_path, page: str) -> list[bool]:
    """Serve ``page`` as application/xhtml+xml from loopback, archive it, and say of each sentence whether
    ``verify-quote`` vouches for it (exact or normalized)."""
    site = Site()
    site.routes["/minutes"] = lambda h: response("200 OK", [("Content-Type", "application/xhtml+xml")], page.encode())
    try:
        url = site.url("/minutes")
        assert run_cli("archive", url, store=tmp_path / "store").exit_code == 0
    finally:
        site.close()
    out = []
    for sentence in (FIRST, SECOND):
        proc = run_cli("verify-quote", sentence, "--url", url, "--json", store=tmp_path / "store")
        out.append(proc.exit_code == 0 and json.loads(proc.stdout)["verdict"] in ("exact", "normalized"))
    return out


@pytest.mark.parametrize("body", [
    f"<p>{FIRST}.</p><br><p>{SECOND}.</p>",
    f"<p>{FIRST}.</p><p>&nbsp;{SECOND}.</p>",
    f"<p>{FIRST}.</p><p>{SECOND}.",
], ids=["open-br", "undefined-entity", "unclosed-p"])
def test_an_xhtml_page_that_is_not_well_formed_vouches_for_none_of_its_words(body, tmp_path, key_dir):
    assert _vouched(tmp_path, f"{ROOT}<body>{body}</body></html>") == [False, False]


def test_a_well_formed_xhtml_page_is_still_quoted(tmp_path, key_dir):
    assert _vouched(tmp_path, f"{ROOT}<body><p>{FIRST}.</p><br/><p>{SECOND}.</p></body></html>") == [True, True]


def test_an_entity_an_xhtml_doctype_defines_leaves_the_page_quoted(tmp_path, key_dir):
    page = f"{XHTML_DOCTYPE}{ROOT}<body><p>{FIRST}.</p><p>&nbsp;{SECOND}.</p></body></html>"
    assert _vouched(tmp_path, page) == [True, True]
