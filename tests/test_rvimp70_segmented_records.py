"""A segmented record's first part is imported as what it is: a cut page, said so (rvimp70: red team of ``import``).

WARC 1.1 (section 5.10) lets a writer split a long record: the first segment carries ``WARC-Segment-Number: 1``
and the start of the block, ``continuation`` records the rest. ``import`` does not join them. Until rvimp70 the
first segment became a capture of a whole page, with nothing said; now the import says the continuation is not
joined (exit 0: the file is sound) and the capture is marked truncated, as one of a ``WARC-Truncated`` record is.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from cli import run_cli

URL = "https://example.org/pier"
PAGE = (b"<html><head><title>Pier</title></head><body><article><p>The harbour board approved the new pier on "
        b"Tuesday evening after a long debate.</p><p>Work begins in spring.</p></article></body></html>")
MESSAGE = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(PAGE), PAGE)


def _record(rec_type: str, number: int, block: bytes, extra: str = "") -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {rec_type}\r\nWARC-Record-ID: <urn:uuid:5e9a1c2e-0000-4000-8000-00000000000{number}>"
            f"\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {URL}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nWARC-Segment-Number: {number}\r\n{extra}"
            f"Content-Length: {len(block)}\r\n\r\n")
    return gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0)


def _segmented_warc(path: Path) -> Path:
    half = len(MESSAGE) // 2
    rest = (f"WARC-Segment-Origin-ID: <urn:uuid:5e9a1c2e-0000-4000-8000-000000000001>\r\n"
            f"WARC-Segment-Total-Length: {len(MESSAGE)}\r\n")
    path.write_bytes(_record("response", 1, MESSAGE[:half]) + _record("continuation", 2, MESSAGE[half:], rest))
    return path


def _imported(tmp_path: Path) -> dict:
    proc = run_cli("import", str(_segmented_warc(tmp_path / "seg.warc.gz")), "--json", store=tmp_path / "store")
    assert proc.exit_code == 0, proc.output
    return json.loads(proc.stdout)


def test_the_import_of_a_segmented_record_says_its_continuation_is_not_joined(tmp_path, key_dir):
    doc = _imported(tmp_path)
    [said] = [w for w in doc["warnings"] if "segment" in w]
    assert URL in said and "not joined" in said and "truncated" in said, said


def test_the_capture_of_a_segmented_records_first_part_is_marked_truncated(tmp_path, key_dir):
    [made] = _imported(tmp_path)["captures"]
    proc = run_cli("show", made["capture_id"], "--json", store=tmp_path / "store")
    assert json.loads(proc.stdout)["truncated"] is True, proc.output
