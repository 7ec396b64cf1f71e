"""Red team, third pass: bytes a server sends past the end of its response, taken as the page.

The recorder kept every byte the socket delivered, and every reader of the response record
(payload digest, extraction, verify-quote) takes all bytes after the head as the body. A
server could send a 304 or 204 head (no body, per HTTP) followed by a whole HTML page, or a
body longer than its Content-Length, or bytes after the last chunk: no browser or replay shows
those bytes, yet the capture's payload digest covered them and ``verify-quote`` said ``exact``
for words in them. The response record now ends where the response's own framing ends
(Content-Length, last chunk and trailers, the head of a 204/304/HEAD answer).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from conftest import run_cli
from servers import HEAD_200

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.warc import iter_records

PAGE = b"<html><head><title>Innocent</title></head><body><p>Nothing to see here at all.</p></body></html>"
HIDDEN = (b"<html><head><title>Forged</title></head><body><p>The minister resigned in disgrace "
          b"after the audit.</p></body></html>")
QUOTE = "The minister resigned in disgrace"
EMPTY = "sha256:" + hashlib.sha256(b"").hexdigest()


def _capture(store: Path, url: str):
    with Archive.open(store, fetch_options=FetchOptions()) as arc:
        [result] = arc.capture_many([url])
    assert result.ok, result.error
    return result


def _response_block(store: Path) -> bytes:
    blocks = [r.block for p in sorted((store / "warcs").glob("*.warc*")) for r in iter_records(p)
              if getattr(r, "rec_type", None) == "response"]
    assert len(blocks) == 1
    return blocks[0]


def test_a_page_sent_after_a_304_head_is_not_its_payload(tmp_path, serve_raw):
    url = serve_raw(b"HTTP/1.1 304 Not Modified\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" + HIDDEN)
    result = _capture(tmp_path / "s", url)
    assert result.payload_digest == EMPTY
    assert HIDDEN not in _response_block(tmp_path / "s")


def test_a_quote_from_a_page_sent_after_a_204_head_is_not_verified(tmp_path, serve_raw):
    url = serve_raw(b"HTTP/1.1 204 No Content\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" + HIDDEN)
    cid = _capture(tmp_path / "s", url).capture_id
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=tmp_path / "s")
    assert proc.returncode == 1 and "exact" not in proc.stdout, proc.stdout + proc.stderr


def test_bytes_past_the_content_length_are_not_in_the_payload_digest(tmp_path, serve_raw):
    url = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(PAGE) + PAGE + HIDDEN)
    result = _capture(tmp_path / "s", url)
    assert result.payload_digest == "sha256:" + hashlib.sha256(PAGE).hexdigest()
    assert _response_block(tmp_path / "s").endswith(b"\r\n\r\n" + PAGE)


def test_bytes_after_the_last_chunk_are_not_recorded(tmp_path, serve_raw):
    framed = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
    url = serve_raw(HEAD_200 + b"Transfer-Encoding: chunked\r\n\r\n" + framed + HIDDEN)
    _capture(tmp_path / "s", url)
    assert _response_block(tmp_path / "s").endswith(framed)


def test_a_body_that_runs_to_the_close_is_recorded_whole(tmp_path, serve_raw):
    url = serve_raw(HEAD_200 + b"\r\n" + PAGE + HIDDEN)
    result = _capture(tmp_path / "s", url)
    assert result.payload_digest == "sha256:" + hashlib.sha256(PAGE + HIDDEN).hexdigest()
