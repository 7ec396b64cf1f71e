"""A bundle's WARC records are the gzip members the log names, byte for byte.

The log records, for every record a capture writes, the sha256 of its gzip member as stored
(``member_sha256``), and ``export`` copies records byte for byte, so a bundle's member for a
record is that member. Before, ``verify-bundle`` checked the record inside (id, block and payload
digests, header lines) but not the member: a response whose member was re-made around the same
record (a gzip comment or file name in its header, up to 64 KiB of extra field, another deflate,
or the whole file stored uncompressed), the index set to the new places and the bundle re-signed
with the genuine WACZ key, verified, carrying bytes nobody wrote that ``zcat -N`` or a gzip
reader shows. Now such a bundle fails (exit 1) naming the record and its member.

The genuine bundle is one page captured from a loopback server (``one_page_bundle``); each test
doctors a copy.
"""

from __future__ import annotations

import gzip
import json
import struct
import zlib
from pathlib import Path

from bundles import members, resign
from cli import run_cli

from archiver.capture.warc import StoredRecord, iter_records


def _members(data: bytes) -> list[tuple[bytes, bytes]]:
    """The WARC file's gzip members: (as stored, inflated)."""
    out, at = [], 0
    while at < len(data):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = inflater.decompress(data[at:])
        end = len(data) - len(inflater.unused_data)
        out.append((data[at:end], raw))
        at = end
    return out


def _commented(raw: bytes, comment: bytes) -> bytes:
    """``raw`` as one gzip member whose header carries ``comment`` (FCOMMENT)."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = deflate.compress(raw) + deflate.flush()
    return (b"\x1f\x8b\x08\x10\0\0\0\0\0\xff" + comment + b"\0" + body
            + struct.pack("<II", zlib.crc32(raw), len(raw) & 0xFFFFFFFF))


def _reframed(bundle: Path, out: Path, tmp_path: Path, key_dir: Path, frame) -> Path:  # type: ignore[no-untyped-def]
    """``bundle`` with its WARC file's members re-made by ``frame(stored, inflated)`` (the
    records inside unchanged), its index lines moved to the records' new places, and
    datapackage.json re-hashed and re-signed with the genuine WACZ key in ``key_dir``."""
    files = members(bundle)
    [warc] = [n for n in files if n.startswith("archive/")]
    data = b"".join(frame(stored, raw) for stored, raw in _members(files[warc]))
    assert data != files[warc]
    copy = tmp_path / Path(warc).name
    copy.write_bytes(data)
    places = {r.record_id: r for r in iter_records(copy) if isinstance(r, StoredRecord)}
    by_url = {r.target_uri: r for r in places.values() if r.rec_type == "response"}
    lines = []
    for line in files["indexes/index.cdx"].decode().splitlines():
        key, ts, fields = line.split(" ", 2)
        doc = json.loads(fields)
        doc.update(offset=str(by_url[doc["url"]].offset), length=str(by_url[doc["url"]].length))
        lines.append(f"{key} {ts} {json.dumps(doc)}\n")
    return resign(bundle, out, {warc: data, "indexes/index.cdx": "".join(lines).encode()}, key_dir)


def _verify(bundle: Path, key: Path) -> tuple[int, str]:
    proc = run_cli("verify-bundle", str(bundle), "--key", str(key))
    assert "Traceback" not in proc.stderr
    return proc.returncode, proc.stdout + proc.stderr


def test_a_response_member_given_a_gzip_comment_fails_the_bundle(one_page_bundle: dict[str, Path],
                                                                  tmp_path: Path) -> None:
    def frame(stored: bytes, raw: bytes) -> bytes:
        return _commented(raw, b"Certified true copy") if b"WARC-Type: response\r\n" in raw else stored

    bundle = _reframed(one_page_bundle["bundle"], tmp_path / "c.wacz", tmp_path, one_page_bundle["keys"], frame)
    code, out = _verify(bundle, one_page_bundle["key"])
    assert code == 1, out
    assert "FAILED" in out
    assert "gzip member" in out and "not the one log entry 1 names" in out


def test_records_recompressed_with_another_deflate_fail_the_bundle(one_page_bundle: dict[str, Path],
                                                                   tmp_path: Path) -> None:
    def frame(stored: bytes, raw: bytes) -> bytes:
        return gzip.compress(raw, compresslevel=1, mtime=12345)

    bundle = _reframed(one_page_bundle["bundle"], tmp_path / "r.wacz", tmp_path, one_page_bundle["keys"], frame)
    code, out = _verify(bundle, one_page_bundle["key"])
    assert code == 1, out
    assert "gzip member" in out


def test_a_warc_file_stored_uncompressed_fails_the_bundle(one_page_bundle: dict[str, Path], tmp_path: Path) -> None:
    def frame(stored: bytes, raw: bytes) -> bytes:
        return raw

    bundle = _reframed(one_page_bundle["bundle"], tmp_path / "u.wacz", tmp_path, one_page_bundle["keys"], frame)
    code, out = _verify(bundle, one_page_bundle["key"])
    assert code == 1, out
    assert "gzip member" in out


def test_the_genuine_records_re_signed_unchanged_still_verify(one_page_bundle: dict[str, Path],
                                                              tmp_path: Path) -> None:
    files = members(one_page_bundle["bundle"])
    [warc] = [n for n in files if n.startswith("archive/")]
    bundle = resign(one_page_bundle["bundle"], tmp_path / "same.wacz", {warc: files[warc]}, one_page_bundle["keys"])
    code, out = _verify(bundle, one_page_bundle["key"])
    assert code == 0, out
