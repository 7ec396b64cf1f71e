"""A record's gzip member re-made in place in the store is evidence that no longer matches its log.

The log records, for each record a capture writes, the sha256 of its gzip member as stored
(``member_sha256``); ``verify-bundle`` holds a bundle's members to it and ``import`` refuses a
member that differs. In the store, the evidence check read the record inside instead whenever
the member's digest differed, and found it intact: so ``export`` copied a re-compressed member
(the same record, other gzip bytes) into a bundle that then failed ``verify-bundle``, and
``show``, ``verify-quote`` and ``cite`` spoke from bytes the signed log does not name. Now a
member that is not the logged one is altered evidence (exit 1) wherever a statement rests on it,
named by capture and WARC file, and a refused export writes nothing.

The damage is made by real byte edits of a captured store's WARC file where nothing else moves:
a gzip header field of the response's member changed (MTIME: same length), and the member
ending the file deflated again with a gzip comment (FCOMMENT) added.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pytest
from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")
QUOTE = "The harbour handled 41,000 containers in March"

template, captured = one_capture_fixtures("recompressed_member", "/news", PAGE)


def _records(store: Path, cid: str) -> list[dict]:
    """The capture's records, as its log entry lists them."""
    for line in (store / "provenance" / "log.jsonl").read_text().splitlines():
        entry = json.loads(line)
        if entry["type"] == "capture" and entry["data"]["capture_id"] == cid:
            return list(entry["data"]["records"])
    raise AssertionError(f"no capture entry for {cid}")


def _mtime_changed(member: bytes, raw: bytes) -> bytes:
    """The member with its gzip header's MTIME (bytes 4..7) set: no part of the record."""
    return member[:4] + struct.pack("<I", 1_234_567_890) + member[8:]


def _commented(member: bytes, raw: bytes) -> bytes:
    """``raw`` deflated again into one member whose header carries a comment (FCOMMENT)."""
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    body = deflate.compress(raw) + deflate.flush()
    return (b"\x1f\x8b\x08\x10\0\0\0\0\0\xff" + b"Certified true copy\0" + body
            + struct.pack("<II", zlib.crc32(raw), len(raw) & 0xFFFFFFFF))


def _remake_member(store: Path, rec: dict, remake) -> str:  # type: ignore[no-untyped-def]
    """Re-make the gzip member of the logged record ``rec`` (the record inside unchanged) where it
    lies, ``remake(member, record)`` giving the new member; the WARC file's name as the log gives
    it. A member of another length only where it ends the file (nothing after it moves)."""
    path = store / rec["warc"]
    data = path.read_bytes()
    start, end = rec["offset"], rec["offset"] + rec["length"]
    member = data[start:end]
    raw = zlib.decompress(member, 16 + zlib.MAX_WBITS)
    made = remake(member, raw)
    assert made != member and zlib.decompress(made, 16 + zlib.MAX_WBITS) == raw
    assert len(made) == len(member) or end == len(data)
    path.write_bytes(data[:start] + made + data[end:])
    return str(rec["warc"])


def _remake_response_member(store: Path, cid: str, remake) -> str:  # type: ignore[no-untyped-def]
    """The response's member re-made where it lies (same offset and length: a header field set)."""
    return _remake_member(store, next(r for r in _records(store, cid) if r["type"] == "response"), remake)


def _comment_the_files_last_member(store: Path, cid: str) -> str:
    """The member ending the capture's WARC file deflated again with a gzip comment added."""
    return _remake_member(store, max(_records(store, cid), key=lambda r: r["offset"]), _commented)


def _one_line(result, code: int = 1) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("damage", ["response_mtime", "last_member_commented"])
def test_an_export_of_a_capture_whose_member_was_re_made_is_refused_naming_capture_and_file(captured, tmp_path,
                                                                                             damage):
    store, cid = captured
    name = (_remake_response_member(store, cid, _mtime_changed) if damage == "response_mtime"
            else _comment_the_files_last_member(store, cid))
    out = tmp_path / "out"
    out.mkdir()
    line = _one_line(run_cli("export", cid, "-o", str(out / "b.wacz"), store=store))
    assert cid in line and name in line and "gzip member" in line, line
    assert list(out.iterdir()) == []  # no bundle, no partial file, no work folder


def test_an_export_refused_for_a_re_made_member_logs_no_export(captured, tmp_path):
    store, cid = captured
    _remake_response_member(store, cid, _mtime_changed)
    before = (store / "provenance" / "log.jsonl").read_bytes()
    run_cli("export", cid, "-o", str(tmp_path / "b.wacz"), store=store)
    assert (store / "provenance" / "log.jsonl").read_bytes() == before


def test_show_calls_a_capture_whose_member_was_re_made_altered(captured):
    store, cid = captured
    name = _comment_the_files_last_member(store, cid)
    proc = run_cli("show", cid, "--json", store=store)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "altered"
    assert any(name in p and "gzip member" in p for p in doc["evidence_problems"]), doc["evidence_problems"]


def test_verify_quote_gives_no_verdict_from_a_re_made_member(captured):
    store, cid = captured
    _remake_response_member(store, cid, _mtime_changed)
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "exact" not in proc.stdout.lower() and "verified" not in proc.stdout.lower()
    assert "gzip member" in proc.stderr, proc.stderr


def test_cite_refuses_a_capture_whose_member_was_re_made(captured):
    store, cid = captured
    name = _remake_response_member(store, cid, _mtime_changed)
    line = _one_line(run_cli("cite", cid, store=store))
    assert cid in line and name in line and "gzip member" in line, line


def test_an_untouched_capture_still_exports(captured, tmp_path):
    store, cid = captured
    proc = run_cli("export", cid, "-o", str(tmp_path / "b.wacz"), store=store)
    assert proc.returncode == 0, proc.stderr


def test_log_verify_deep_names_a_re_made_member(captured):
    store, cid = captured
    name = _remake_response_member(store, cid, _mtime_changed)
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert name in proc.stdout + proc.stderr and "gzip member" in proc.stdout + proc.stderr
