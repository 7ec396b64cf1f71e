"""Heads whose body Chromium 156 never shows are vouched for by no reader (rvsec69, bench/head_cases_chromium.py).

- A 407 (Proxy Authentication Required) from the site itself: Chromium, reached with no proxy, shows its error page
  (``ERR_UNEXPECTED_PROXY_AUTH``). ``archive`` recorded the body and verified its words ``exact``; now it refuses the
  response (``proxy_auth_from_origin``) and another tool's record of one is read with no body.
- ``X-Content-Type-Options: nosniff`` with ``unknown/unknown`` or ``application/unknown``: Chromium downloads the body
  ("Download is starting"); we read it as text/plain, as MIME Sniffing says, and its words were ``exact``. With ``*/*``,
  no type or one that does not parse Chromium shows the body as text, and so do we.
"""

from __future__ import annotations

import json

import pytest
from captures import foreign_warc
from cli import run_cli
from servers import Site, response

WORDS = "The council met on Tuesday to discuss the harbour wall"
HTML = (f"<html><head><title>Minutes</title></head><body><article><p>{WORDS}. The repairs begin in March "
        "after a long vote by the members of the council.</p></article></body></html>").encode()
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")
NOSNIFF = ("X-Content-Type-Options", "nosniff")


def _archive(tmp_path, status: str, fields: list[tuple[str, str]]) -> tuple[int, str, str]:
    """Serve HTML under ``status`` and ``fields`` from loopback, archive it: (archive's exit code, its stderr, URL)."""
    site = Site()
    site.routes["/minutes"] = lambda h: response(status, fields, HTML)
    try:
        url = site.url("/minutes")
        proc = run_cli("archive", url, store=tmp_path / "store")
    finally:
        site.close()
    return proc.exit_code, proc.stderr, url


def _verdict(tmp_path, url: str) -> str:
    proc = run_cli("verify-quote", WORDS, "--url", url, "--json", store=tmp_path / "store")
    try:
        return str(json.loads(proc.stdout)["verdict"])
    except ValueError:
        return "no verdict"


def test_archive_refuses_a_407_from_the_site(tmp_path, key_dir):
    code, stderr, url = _archive(tmp_path, "407 Proxy Authentication Required",
                                 [HTML_TYPE, ("Proxy-Authenticate", 'Basic realm="x"')])
    assert code == 1 and "407" in stderr and "no page to record" in stderr
    assert _verdict(tmp_path, url) not in ("exact", "normalized")


def test_another_tools_record_of_a_407_is_no_capture_to_quote(tmp_path, key_dir):
    warc = foreign_warc(tmp_path / "other.warc.gz", [HTML_TYPE], HTML, status="407 Proxy Authentication Required")
    assert run_cli("import", str(warc), store=tmp_path / "store").exit_code == 0
    assert _verdict(tmp_path, "https://example.org/minutes") not in ("exact", "normalized")


@pytest.mark.parametrize("kind", ["unknown/unknown", "application/unknown", "Application/Unknown; charset=utf-8"])
def test_a_nosniff_body_of_an_unknown_type_is_a_download(kind, tmp_path, key_dir):
    code, _, url = _archive(tmp_path, "200 OK", [("Content-Type", kind), NOSNIFF])
    assert code == 0
    assert _verdict(tmp_path, url) not in ("exact", "normalized")


@pytest.mark.parametrize("fields", [[("Content-Type", "*/*"), NOSNIFF], [NOSNIFF], [("Content-Type", "foo"), NOSNIFF]],
                         ids=["star-star", "no-type", "unparsed"])
def test_a_nosniff_body_chromium_shows_as_text_is_still_quotable(fields, tmp_path, key_dir):
    code, _, url = _archive(tmp_path, "200 OK", fields)
    assert code == 0
    assert _verdict(tmp_path, url) in ("exact", "normalized")
