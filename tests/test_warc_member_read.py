"""One reader of a record at a known place (:func:`archiver.capture.warc.read_member`).

Every quote look-up reads an extraction record, and every evidence check a response record, at
the offset and length the log or the index gives. Our files hold one gzip member per record, so
the fast path reads exactly that member; anything else (an uncompressed file, a length that is
not one whole member, damage) is left to warcio's full reader, which accepts every layout and
names the problem. These tests pin that division on real WARC files written by our appender.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from archiver.capture.warc import RecordSpec, WarcAppender, WrittenRecord, read_member, read_record
from archiver.store.storage import LocalWarcStorage

DATE = "2026-11-29T12:00:00Z"
BLOCK = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nThe harbour handled 41,000 containers."


def write_warc(path: Path, *, gzip: bool = True) -> list[WrittenRecord]:
    """Two resource records in a new WARC file at ``path``."""
    buf = io.BytesIO()
    appender = WarcAppender(buf, gzip=gzip)
    written = appender.write([
        RecordSpec("resource", "http://127.0.0.1/a", DATE, "<urn:uuid:00000000-0000-4000-8000-000000000001>",
                   BLOCK, "text/plain"),
        RecordSpec("resource", "http://127.0.0.1/b", DATE, "<urn:uuid:00000000-0000-4000-8000-000000000002>",
                   b"second record", "text/plain"),
    ], sync=False)
    path.write_bytes(buf.getvalue())
    return written


def read_at(path: Path, offset: int, length: int) -> tuple[str, bytes] | None:
    fd = os.open(path, os.O_RDONLY)
    try:
        return read_member(fd, offset, length)
    finally:
        os.close(fd)


def test_a_gzip_member_at_its_place_gives_the_record_id_and_the_block(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    first, _ = write_warc(path)
    found = read_at(path, first.offset, first.length)
    assert found == (first.record_id, BLOCK)
    assert "sha256:" + hashlib.sha256(found[1]).hexdigest() == first.block_digest


def test_a_length_covering_two_members_is_left_to_the_full_reader(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    first, second = write_warc(path)
    assert read_at(path, first.offset, first.length + second.length) is None


def test_a_length_short_of_the_member_is_left_to_the_full_reader(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    first, _ = write_warc(path)
    assert read_at(path, first.offset, first.length - 1) is None


def test_a_member_holding_a_second_record_is_left_to_the_full_reader(tmp_path: Path) -> None:
    """A record is a member holding it alone (WARC 1.1 annex D): two records gzipped together are
    no record's place, though the first reads at the member's start."""
    import gzip
    import zlib

    path = tmp_path / "a.warc"
    write_warc(path, gzip=False)
    pair = gzip.compress(path.read_bytes(), mtime=0)
    (tmp_path / "pair.warc.gz").write_bytes(pair)
    assert zlib.decompress(pair, wbits=31).count(b"WARC/1.1\r\n") == 2
    assert read_at(tmp_path / "pair.warc.gz", 0, len(pair)) is None


def test_an_uncompressed_record_is_left_to_the_full_reader(tmp_path: Path) -> None:
    path = tmp_path / "a.warc"
    first, _ = write_warc(path, gzip=False)
    assert read_at(path, first.offset, first.length) is None


def test_the_store_reads_an_uncompressed_record_through_the_full_reader(tmp_path: Path) -> None:
    (tmp_path / "warcs").mkdir()
    first, _ = write_warc(tmp_path / "warcs" / "a.warc", gzip=False)
    storage = LocalWarcStorage(tmp_path)
    assert storage.read_block("warcs/a.warc", first.offset, first.length) == (first.record_id, BLOCK)


def test_the_store_reads_a_member_as_the_full_reader_does(tmp_path: Path) -> None:
    (tmp_path / "warcs").mkdir()
    _, second = write_warc(tmp_path / "warcs" / "a.warc.gz")
    storage = LocalWarcStorage(tmp_path)
    full = read_record(tmp_path / "warcs" / "a.warc.gz", second.offset)
    assert storage.read_block("warcs/a.warc.gz", second.offset, second.length) == (full.record_id, full.block)


def test_a_missing_file_is_named_by_the_full_reader(tmp_path: Path) -> None:
    from archiver.errors import WarcError

    (tmp_path / "warcs").mkdir()
    with pytest.raises(WarcError, match="missing"):
        LocalWarcStorage(tmp_path).read_block("warcs/gone.warc.gz", 0, 100)


# -- the record id and length as a header parse gives them, however the header is written ----

RID = b"<urn:uuid:00000000-0000-4000-8000-000000000009>"


def member_at(tmp_path: Path, header_lines: list[bytes], block: bytes = b"0123456789") -> tuple[str, bytes] | None:
    """read_member of one hand-written record (one gzip member) with these header lines."""
    import gzip

    raw = gzip.compress(b"\r\n".join([b"WARC/1.1", *header_lines]) + b"\r\n\r\n" + block + b"\r\n\r\n")
    path = tmp_path / "hand.warc.gz"
    path.write_bytes(raw)
    return read_at(path, 0, len(raw))


def test_header_names_are_read_whatever_their_case(tmp_path: Path) -> None:
    assert member_at(tmp_path, [b"warc-record-id: " + RID, b"CONTENT-LENGTH: 4"], b"0123") == (RID.decode(), b"0123")


def test_a_repeated_content_length_counts_as_its_last_value(tmp_path: Path) -> None:
    found = member_at(tmp_path, [b"WARC-Record-ID: " + RID, b"Content-Length: 3", b"Content-Length: 5"],
                      b"01234")
    assert found == (RID.decode(), b"01234")


def test_a_name_written_with_spaces_before_its_colon_is_still_that_name(tmp_path: Path) -> None:
    found = member_at(tmp_path, [b"WARC-Record-ID : " + RID, b"Content-Length :  6 "], b"012345")
    assert found == (RID.decode(), b"012345")


def test_a_value_that_mentions_a_header_name_does_not_stand_for_it(tmp_path: Path) -> None:
    found = member_at(tmp_path, [b"WARC-Target-URI: http://127.0.0.1/content-length:9/warc-record-id:<x>",
                                 b"WARC-Record-ID: " + RID, b"Content-Length: 2"], b"01")
    assert found == (RID.decode(), b"01")


def test_a_record_without_an_id_reads_with_an_empty_one(tmp_path: Path) -> None:
    assert member_at(tmp_path, [b"Content-Length: 1"], b"0") == ("", b"0")


def test_a_record_without_a_length_is_left_to_the_full_reader(tmp_path: Path) -> None:
    assert member_at(tmp_path, [b"WARC-Record-ID: " + RID]) is None


def test_a_member_inflating_far_past_its_record_is_left_to_the_full_reader_without_inflating_it(tmp_path: Path) -> None:
    """A member whose record says 10 bytes of block and then inflates to 64 MiB more (a damaged
    or planted member: an inflate bomb) is no record's place, found so after its record's bytes,
    not after inflating it all (the fast path stops past the record's end)."""
    import gzip
    import tracemalloc

    zeros = b"\0" * (64 << 20)
    raw = gzip.compress(b"WARC/1.1\r\nWARC-Record-ID: " + RID + b"\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n" + zeros,
                        compresslevel=9, mtime=0)
    del zeros
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(raw)
    tracemalloc.start()
    try:
        assert read_at(path, 0, len(raw)) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, peak
