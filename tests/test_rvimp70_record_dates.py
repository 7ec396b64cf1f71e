"""An imported record's capture time is the one its WARC-Date names, in UTC (rvimp70).

A date with no zone is UTC, as WARC dates are: it was read in the zone of the machine importing it. (A record with
no ``WARC-Date`` that reads as a time was dated at the import and said so here, exit 0; since imp71 it is made no
capture, a problem: ``tests/test_imp71_import_dates.py``.)
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from cli import run_cli

URL = "https://example.org/pier"
PAGE = (b"<html><head><title>Pier</title></head><body><article><p>The harbour board approved the new pier on "
        b"Tuesday evening after a long debate.</p></article></body></html>")


def _warc(path: Path, date_line: str) -> Path:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(PAGE), PAGE)
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0b7c4f0e-0000-4000-8000-000000000001>\r\n"
            f"{date_line}WARC-Target-URI: {URL}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block)}\r\n\r\n")
    path.write_bytes(gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0))
    return path


def _import(tmp_path: Path, date_line: str) -> dict:
    proc = run_cli("import", str(_warc(tmp_path / "f.warc.gz", date_line)), "--json", store=tmp_path / "store")
    assert proc.exit_code == 0, proc.output
    return json.loads(proc.stdout)


def test_a_record_with_a_date_says_nothing_of_it(tmp_path, key_dir):
    assert not [w for w in _import(tmp_path, "WARC-Date: 2024-05-01T10:00:00Z\r\n")["warnings"] if "WARC-Date" in w]


@pytest.fixture
def tokyo(monkeypatch):
    """This process in a zone nine hours from UTC, for the test (restored after)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_date_with_no_zone_is_read_as_utc_in_any_zone(tmp_path, key_dir, tokyo):
    _import(tmp_path, "WARC-Date: 2024-05-01T10:00:00\r\n")
    [listed] = json.loads(run_cli("list", "--json", store=tmp_path / "store").stdout)
    assert listed["capture_time"].startswith("2024-05-01T10:00:00"), listed
