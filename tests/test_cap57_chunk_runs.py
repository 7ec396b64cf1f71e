"""Chunk framing read in bulk by the capture's wire guard gives the records it gave line by line.

cap57 reads runs of plain chunks (a size line of hex digits, the data, CRLF or LF) with one regex
match each (``_WireGuard._whole_chunks``): 1 MiB of one-byte-chunk framing cost 0.6 s of CPU read
as lines. Whatever it reads must be what the line reader read: the response record byte for byte,
the text a browser shows, and each limit refused at the same byte, however the server's writes fall
into the capture's reads. Each server is a raw socket on 127.0.0.1.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from captures import capture_from, capture_one, stored_records

from archiver.capture.chunked import Dechunker, dechunk

SENTENCE = b"The council approved the harbour budget on Tuesday evening."
PAGE = b"<html><head><title>Harbour</title></head><body><article><p>" + SENTENCE + b"</p></article></body></html>"
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"


def _one_byte_chunks(body: bytes, eols: tuple[bytes, ...] = (b"\r\n", b"\n"), last: bytes = b"0\r\n\r\n") -> bytes:
    """``body`` as one-byte chunks, line ends taken in turn from ``eols``, then ``last``."""
    return b"".join(b"1" + eols[i % len(eols)] + body[i:i + 1] + eols[(i + 1) % len(eols)]
                    for i in range(len(body))) + last


def _dripped(raw: bytes, sizes: tuple[int, ...] = (1, 7, 2, 300, 3, 5)) -> Iterator[bytes]:
    """``raw`` in writes of uneven sizes, a pause after each, so reads end inside chunks and lines."""
    i = k = 0
    while i < len(raw):
        size = sizes[k % len(sizes)]
        yield raw[i:i + size]
        i, k = i + size, k + 1
        time.sleep(0.002)


def _assert_captured_as_sent(store, result, raw: bytes) -> None:
    assert result.ok, result.error
    assert [r.block for r in stored_records(store, "response")] == [raw]
    assert SENTENCE.decode() in str((result.article or {}).get("text"))


def test_one_byte_chunks_in_one_write_are_captured_byte_for_byte(store, serve_raw):
    raw = HEAD + _one_byte_chunks(PAGE)
    _assert_captured_as_sent(store, capture_one(store, serve_raw(raw)), raw)


def test_one_byte_chunks_in_uneven_writes_are_captured_byte_for_byte(store):
    raw = HEAD + _one_byte_chunks(PAGE)
    _assert_captured_as_sent(store, capture_from(store, lambda: _dripped(raw)), raw)


def test_plain_chunks_between_chunks_with_extensions_and_spaces_are_captured(store, serve_raw):
    body = (b"%x\r\n%s\r\n" % (20, PAGE[:20]) + b"5;note=skip\r\n" + PAGE[20:25] + b"\r\n"
            + b"3  \n" + PAGE[25:28] + b"\n" + _one_byte_chunks(PAGE[28:]))  # spaces after a size only (Chromium)
    raw = HEAD + body
    result = capture_one(store, serve_raw(raw))
    _assert_captured_as_sent(store, result, raw)
    assert "note=skip" not in str((result.article or {}).get("text"))


def _framing(raw_body: bytes, body: bytes) -> int:
    return len(raw_body) - len(b"0\r\n\r\n") - len(body)


@pytest.mark.parametrize("dripped", [False, True], ids=["one write", "uneven writes"])
def test_chunk_framing_of_exactly_the_limit_is_captured(store, serve_raw, dripped):
    chunks = _one_byte_chunks(PAGE, (b"\n",))
    limit = _framing(chunks, PAGE) + len(b"0\r\n")  # the last chunk's size line counts too
    raw = HEAD + chunks
    result = (capture_from(store, lambda: _dripped(raw), max_chunk_framing_bytes=limit) if dripped
              else capture_one(store, serve_raw(raw), max_chunk_framing_bytes=limit))
    _assert_captured_as_sent(store, result, raw)


@pytest.mark.parametrize("dripped", [False, True], ids=["one write", "uneven writes"])
def test_chunk_framing_one_byte_over_the_limit_is_refused(store, serve_raw, dripped):
    chunks = _one_byte_chunks(PAGE, (b"\n",))
    limit = _framing(chunks, PAGE) + len(b"0\r\n") - 1
    raw = HEAD + chunks
    result = (capture_from(store, lambda: _dripped(raw), max_chunk_framing_bytes=limit) if dripped
              else capture_one(store, serve_raw(raw), max_chunk_framing_bytes=limit))
    assert not result.ok and result.error_kind == "chunk_framing_too_large", result.error
    assert stored_records(store, "response") == []


def test_a_size_line_longer_than_the_extension_limit_is_refused_in_a_run(store, serve_raw):
    raw = HEAD + _one_byte_chunks(PAGE[:40], last=b"") + b"00000001\r\nx\r\n0\r\n\r\n"
    result = capture_one(store, serve_raw(raw), max_chunk_extension_bytes=7)  # (its CRLF not counted)
    assert not result.ok and result.error_kind == "chunk_extension_too_long", result.error


def test_chunk_data_not_followed_by_a_line_end_is_refused_in_a_run(store, serve_raw):
    raw = HEAD + _one_byte_chunks(PAGE[:40], last=b"") + b"1\r\nxy\r\n0\r\n\r\n"
    result = capture_one(store, serve_raw(raw))
    assert not result.ok and result.error_kind == "bad_chunk", result.error


# -- the records' reader (archiver.capture.chunked.Dechunker) -----------------------------------

def test_one_byte_chunks_are_de_chunked_the_same_however_the_record_is_split():
    body = _one_byte_chunks(PAGE) + b"0\r\nX-T: 1\r\n\r\n"
    for step in (1, 2, 3, 5, 64, len(body)):
        d = Dechunker()
        assert b"".join(d.feed(body[i:i + step]) for i in range(0, len(body), step)) + d.finish() == PAGE, step


def test_a_run_of_chunks_then_data_not_followed_by_a_line_end_is_read_as_it_came_from_there():
    body = _one_byte_chunks(PAGE[:10], last=b"") + b"2\r\nxyz\r\nmore"
    assert dechunk(body) == PAGE[:10] + b"xyz\r\nmore"
