"""``--max-body N`` keeps exactly the first N bytes of a longer body, and marks only such a body.

The limit counts the final response's body as it crossed the wire, after its head: what the
response record holds, chunk-size lines and CRLFs included for a chunked body. A body longer
than N is cut at exactly N (``WARC-Truncated: length``), wherever the socket's reads fell, so
two captures of one page keep the same bytes; a body its own framing ends within N (its
Content-Length reached, its last chunk, the close) is whole and not marked, even when the read
that brought it went past N. Before, the fetch stopped after the read that passed the limit and
kept every byte that read brought: a 398-byte page under ``--max-body 100`` was kept whole yet
marked truncated, and two captures of one long page kept different byte counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from servers import HEAD_200, Hostile

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.records import CaptureResult
from archiver.capture.warc import StoredRecord, http_payload, iter_records

PAGE = (b"<html><head><title>Harbour</title></head><body><article>"
        + b"".join(b"<p>Section %d: the harbour board met on Tuesday and agreed the dredging budget.</p>" % i
                   for i in range(2000))
        + b"</article></body></html>")
LIMIT = 50_000


def _capture(store: Path, server: Hostile, limit: int) -> CaptureResult:
    with Archive.open(store, fetch_options=FetchOptions(max_body_bytes=limit)) as arc:
        [result] = arc.capture_many([server.url("/")])
    assert result.ok, result.error
    return result


def _capture_served(store: Path, limit: int, *pieces: bytes) -> CaptureResult:
    """Serve ``pieces`` (each one write) from a loopback server, capture it into ``store``, close it."""
    server = _served(*pieces)
    try:
        return _capture(store, server, limit=limit)
    finally:
        server.close()


def _response(store: Path) -> StoredRecord:
    [rec] = [r for p in sorted((store / "warcs").glob("*.warc*")) for r in iter_records(p)
             if isinstance(r, StoredRecord) and r.rec_type == "response"]
    return rec


def _body(rec: StoredRecord) -> bytes:
    return rec.block.split(b"\r\n\r\n", 1)[1]


def _served(*pieces: bytes) -> Hostile:
    def script() -> Iterator[bytes]:
        yield from pieces
    return Hostile(script)


def _with_length(body: bytes) -> bytes:
    return HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(body) + body


def _chunked(body: bytes, size: int = 4096) -> bytes:
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
                      for i in range(0, len(body), size))
    return HEAD_200 + b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"


def test_a_body_within_the_limit_is_whole_though_the_read_that_brought_it_went_past_the_limit(tmp_path):
    short = PAGE[:300]
    # one write: the head, the body, bytes past it
    result = _capture_served(tmp_path / "s", 400, _with_length(short) + b"x" * 5000)
    rec = _response(tmp_path / "s")
    assert not result.truncated
    assert rec.header("WARC-Truncated") is None
    assert _body(rec) == short


def test_a_page_exactly_the_limit_long_is_whole(tmp_path):
    result = _capture_served(tmp_path / "s", LIMIT, _with_length(PAGE[:LIMIT]))
    rec = _response(tmp_path / "s")
    assert not result.truncated and rec.header("WARC-Truncated") is None
    assert _body(rec) == PAGE[:LIMIT]


def test_a_longer_page_keeps_exactly_the_first_limit_bytes_and_is_marked_truncated(tmp_path):
    result = _capture_served(tmp_path / "s", LIMIT, _with_length(PAGE))
    rec = _response(tmp_path / "s")
    assert result.truncated and rec.header("WARC-Truncated") == "length"
    assert _body(rec) == PAGE[:LIMIT]


def test_the_note_of_a_cut_page_counts_the_bytes_kept(tmp_path):
    result = _capture_served(tmp_path / "s", LIMIT, _with_length(PAGE))
    assert result.article is not None
    assert result.article["notes"][0].startswith(f"the capture holds only the first {LIMIT:,} bytes of the body")


def test_a_page_one_socket_read_brings_whole_is_still_cut_at_the_limit(tmp_path):
    small = PAGE[:398]
    result = _capture_served(tmp_path / "s", 100, _with_length(small))
    rec = _response(tmp_path / "s")
    assert result.truncated and rec.header("WARC-Truncated") == "length"
    assert _body(rec) == small[:100]


def test_two_captures_of_a_long_page_keep_the_same_bytes_however_the_reads_fell(tmp_path):
    raw = _with_length(PAGE)
    first = _capture_served(tmp_path / "a", LIMIT, raw)
    second = _capture_served(tmp_path / "b", LIMIT, *(raw[i:i + 1000] for i in range(0, len(raw), 1000)))
    assert first.truncated and second.truncated
    assert _body(_response(tmp_path / "a")) == _body(_response(tmp_path / "b")) == PAGE[:LIMIT]


def test_a_long_chunked_page_keeps_exactly_the_first_limit_raw_body_bytes(tmp_path):
    raw = _chunked(PAGE)
    result = _capture_served(tmp_path / "s", LIMIT, raw)
    rec = _response(tmp_path / "s")
    assert result.truncated and rec.header("WARC-Truncated") == "length"
    assert _body(rec) == raw.split(b"\r\n\r\n", 1)[1][:LIMIT]  # chunk framing counts: it is on the wire


def test_the_note_of_a_cut_chunked_page_counts_the_payload_bytes_its_kept_chunks_hold(tmp_path):
    result = _capture_served(tmp_path / "s", LIMIT, _chunked(PAGE))
    _, payload = http_payload(_response(tmp_path / "s").block)
    assert len(payload) < LIMIT and PAGE.startswith(payload)
    assert result.article is not None
    assert result.article["notes"][0].startswith(f"the capture holds only the first {len(payload):,} bytes of the body")


def test_a_chunked_page_whose_last_chunk_ends_within_the_limit_is_whole(tmp_path):
    raw = _chunked(PAGE[:10_000])
    wire = raw.split(b"\r\n\r\n", 1)[1]
    result = _capture_served(tmp_path / "s", len(wire), raw + b"x" * 5000)
    rec = _response(tmp_path / "s")
    assert not result.truncated and rec.header("WARC-Truncated") is None
    assert _body(rec) == wire
