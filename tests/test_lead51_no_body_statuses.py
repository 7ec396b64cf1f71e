"""A 204, 205 or 304 response has no body, whatever bytes follow its head (RFC 9112 section 6.3; Chromium frames a
205 so too and shows no page of any of them: navigation aborted, measured with Chromium 156). Session 51, lead:
``archive`` of a 205 with bytes after its head made them the capture's text, and another tool's WARC record of a
204 or 205 with such bytes was imported and its words verified ``exact``. Now the capture keeps them apart (as it
kept a 204's: a record of their own, never served), and every reader of an archived response reads no body.
"""

from __future__ import annotations

import json

import pytest
from captures import foreign_warc
from cli import run_cli
from servers import Site, response

WORDS = "The council met on Tuesday to discuss the harbour wall"
HTML = f"<html><body><article><p>{WORDS}. The repairs begin in March after a long vote.</p></article></body></html>".encode()


def test_archive_of_a_205_with_bytes_after_its_head_has_no_text_to_quote(tmp_path, key_dir):
    site = Site()
    site.routes["/minutes"] = lambda h: response("205 Reset Content", [("Content-Type", "text/html")], HTML)
    try:
        made = run_cli("archive", site.url("/minutes"), "--json", store=tmp_path / "store")
    finally:
        site.close()
    assert made.exit_code == 0, made.output
    assert "not served, extracted or searched" in made.stderr
    assert run_cli("verify-quote", WORDS, store=tmp_path / "store").exit_code == 1


@pytest.mark.parametrize("status", ["204 No Content", "205 Reset Content", "304 Not Modified"])
def test_an_imported_no_body_response_with_bytes_after_its_head_has_no_text_to_quote(status, tmp_path, key_dir):
    warc = foreign_warc(tmp_path / "other.warc.gz", [("Content-Type", "text/html")], HTML, status=status)
    store = tmp_path / "store"
    assert run_cli("import", str(warc), "--json", store=store).exit_code == 0
    proc = run_cli("verify-quote", WORDS, "--json", store=store)
    assert proc.exit_code == 1 and json.loads(proc.stdout)["verdict"] == "not_found", proc.output
