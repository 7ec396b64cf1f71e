"""A redirect a browser follows shows no body, whatever another tool's record holds after its head (rvimp70).

Chromium leaves a 301, 302, 303, 307 or 308 that has a non-empty ``Location`` for that location
(``HttpResponseHeaders::IsRedirect``), and replay (pywb, ReplayWeb.page) redirects too: the page in such a
response's body is never shown. Until rvimp70 ``import`` of another tool's WARC holding one made a capture of the
redirect whose body's words verified ``exact``. Now ``capture/warc.record_payload`` gives such a response no body,
as it gives a 204's or 304's none; a 300, or a redirect status with an empty ``Location``, is shown as before.
"""

from __future__ import annotations

import json

import pytest
from captures import foreign_warc
from cli import run_cli

from archiver.capture.warc import followed_redirect

WORDS = "The harbour board approved the new pier on Tuesday evening"
HTML = (f"<html><head><title>Pier</title></head><body><article><p>{WORDS} after a long debate. Work begins in "
        "spring, when the weather allows the divers to reach the old piles.</p></article></body></html>").encode()
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")


def _verdict_after_import(tmp_path, status, fields):
    warc = foreign_warc(tmp_path / "other.warc.gz", [HTML_TYPE, *fields], HTML, status=status)
    made = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert made.exit_code == 0, made.output
    proc = run_cli("verify-quote", WORDS, "--json", store=tmp_path / "store")
    return json.loads(proc.stdout)["verdict"]


def test_the_body_of_an_imported_redirect_is_not_vouched_for(tmp_path, key_dir):
    assert _verdict_after_import(tmp_path, "302 Found", [("Location", "https://example.org/elsewhere")]) == "not_found"


def test_the_body_of_an_imported_redirect_with_an_empty_location_is_the_page_shown(tmp_path, key_dir):
    assert _verdict_after_import(tmp_path, "302 Found", [("Location", " ")]) == "exact"


def test_the_body_of_an_imported_300_is_the_page_shown(tmp_path, key_dir):
    """Chromium follows no 300 (Multiple Choices): it shows its body."""
    assert _verdict_after_import(tmp_path, "300 Multiple Choices", [("Location", "/a")]) == "exact"


@pytest.mark.parametrize("status", ["301 Moved Permanently", "303 See Other", "307 Temporary Redirect",
                                    "308 Permanent Redirect"])
def test_every_status_chromium_follows_is_a_followed_redirect(status):
    assert followed_redirect(f"HTTP/1.1 {status}", [("Location", "/next")])


def test_a_redirect_status_without_a_location_is_no_followed_redirect():
    assert not followed_redirect("HTTP/1.1 302 Found", [("Content-Type", "text/html")])
