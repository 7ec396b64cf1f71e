"""Up to 4 bytes before a status line are skipped, as Chromium skips them; more fail the capture.

Chromium looks for ``http`` at the first 5 offsets of a response (``LocateStartOfStatusLine``):
``\\r\\nHTTP/1.1 200 OK``, ``\\r\\n\\r\\n``, a BOM or 4 stray bytes first, and the page is shown; 5
or more and it is HTTP/0.9 to it, ``ERR_INVALID_HTTP_RESPONSE`` on a port other than 80/443
(checked on Debian's Chromium 156 against a raw 127.0.0.1 server, 2026-12-02). The capture
refused every such response (cap55, rvcap56's left item). A page captured so keeps every byte:
the skipped ones in the interim-heads record, before the response record, which starts at its
status line so that warcio, cdxj-indexer and pywb read it. Each server is a raw socket on 127.0.0.1.
"""

from __future__ import annotations

import json

import pytest
from captures import capture_one, stored_records
from cli import run_cli
from warcio.archiveiterator import ArchiveIterator

from archiver.archive import Archive
from archiver.capture.records import INTERIM_TYPE
from archiver.capture.warc import interim_statuses

SENTENCE = b"The council approved the harbour budget on Tuesday evening."
PAGE = b"<html><head><title>Harbour</title></head><body><article><p>" + SENTENCE + b"</p></article></body></html>"
RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(PAGE) + PAGE)
HINT = b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
SKIPPED = [b"\r\n", b"\n", b"\r\n\r\n", b"\xef\xbb\xbf", b" ", b"junk"]


def _kept_apart(store) -> list[bytes]:
    return [r.block for r in stored_records(store, "metadata") if r.header("Content-Type") == INTERIM_TYPE]


@pytest.mark.parametrize("before", SKIPPED)
def test_a_page_after_up_to_4_bytes_is_captured_with_every_byte(store, serve_raw, before):
    result = capture_one(store, serve_raw(before + RESPONSE))
    assert result.ok, result.error
    assert result.status == 200
    assert [r.block for r in stored_records(store, "response")] == [RESPONSE]
    assert _kept_apart(store) == [before]
    assert SENTENCE.decode() in str((result.article or {}).get("text"))


def test_warcio_reads_the_response_record_of_a_page_after_a_crlf(store, serve_raw):
    assert capture_one(store, serve_raw(b"\r\n" + RESPONSE)).ok
    [path] = sorted((store / "warcs").glob("*.warc*"))
    with open(path, "rb") as fh:
        statuses = [r.http_headers.get_statuscode() for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert statuses == ["200"]


def test_show_says_the_bytes_before_the_status_line_were_kept_apart(store, serve_raw):
    result = capture_one(store, serve_raw(b"\r\n" + RESPONSE))
    proc = run_cli("show", "--json", str(result.capture_id), store=store)
    assert proc.returncode == 0, proc.stderr
    [hop] = json.loads(proc.stdout)["hops"]
    assert hop["status"] == 200 and hop["interim"]["statuses"] == []


def test_log_verify_deep_passes_for_a_page_after_a_bom(store, serve_raw):
    assert capture_one(store, serve_raw(b"\xef\xbb\xbf" + RESPONSE)).ok
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("before", [b"\r\n\r\n\r\n", b"\n" * 5, b"junk5", b"\xef\xbb\xbf\r\n\r\n"])
def test_a_page_after_5_bytes_or_more_is_refused_as_chromium_refuses_it(store, serve_raw, before):
    result = capture_one(store, serve_raw(before + RESPONSE))
    assert not result.ok and "no HTTP status line" in str(result.error) and "\n" not in str(result.error)
    assert stored_records(store, "response") == []
    with Archive.open(store) as arc:
        [entry] = list(arc.log.entries("capture_failed"))
    assert entry.data["error"] == result.error


def test_a_crlf_before_a_1xx_head_and_before_the_final_head_are_kept_with_the_1xx_head(store, serve_raw):
    before = b"\r\n" + HINT + b"\r\n"
    result = capture_one(store, serve_raw(before + RESPONSE))
    assert result.ok, result.error
    assert [r.block for r in stored_records(store, "response")] == [RESPONSE]
    assert _kept_apart(store) == [before]
    assert interim_statuses(before) == [103]


def test_interim_statuses_skip_up_to_4_bytes_before_each_head():
    assert interim_statuses(b"\r\n" + HINT + b"junk" + HINT + RESPONSE) == [103, 103]
    assert interim_statuses(b"junk5" + HINT) == []
