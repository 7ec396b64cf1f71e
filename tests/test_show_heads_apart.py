"""Plain-text ``show`` names what a hop's server sent before its response, as ``--json`` does (review rvl58).

The interim-heads record holds a hop's 1xx heads (``103 Early Hints``) and the few bytes Chromium
skips before a status line (``\\r\\n``, a BOM); ``show --json`` gives each hop's ``interim`` part, but
the text said nothing of them, so a reader of ``show`` could not learn that the WARC holds bytes the
page's record does not. Each server is a raw socket on 127.0.0.1.
"""

from __future__ import annotations

import json

from captures import capture_one
from cli import run_cli

PAGE = b"<html><head><title>Harbour</title></head><body><p>The council approved the harbour budget.</p></body></html>"
RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(PAGE) + PAGE)
HINT = b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"


def _show(store, capture_id) -> tuple[str, dict]:  # type: ignore[no-untyped-def]
    text = run_cli("show", capture_id, store=store)
    as_json = run_cli("show", capture_id, "--json", store=store)
    assert text.returncode == 0 and as_json.returncode == 0, text.stderr + as_json.stderr
    return text.stdout, json.loads(as_json.stdout)


def test_show_names_a_hops_1xx_heads_and_the_record_holding_them(store, serve_raw):
    result = capture_one(store, serve_raw(HINT + HINT + RESPONSE))
    text, doc = _show(store, str(result.capture_id))
    record = doc["hops"][0]["interim"]["record_id"]
    assert "interim (1xx) heads 103, 103" in text and record in text


def test_show_names_bytes_before_a_status_line_and_the_record_holding_them(store, serve_raw):
    result = capture_one(store, serve_raw(b"\r\n" + RESPONSE))
    text, doc = _show(store, str(result.capture_id))
    record = doc["hops"][0]["interim"]["record_id"]
    assert "bytes before its status line" in text and record in text
    assert "interim (1xx) heads" not in text


def test_show_says_nothing_of_heads_apart_for_a_plain_response(store, serve_raw):
    result = capture_one(store, serve_raw(RESPONSE))
    text, _ = _show(store, str(result.capture_id))
    assert "interim (1xx) heads" not in text and "before its status line" not in text
