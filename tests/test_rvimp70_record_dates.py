"""An imported record's capture time is the one its WARC-Date names, in UTC, or said to be the import's (rvimp70).

A record with no ``WARC-Date``, or one that reads as no time (``yesterday``), is dated at the import, as it always
was (review s38), but until rvimp70 nothing said so, and a citation of it gave the import's time as the moment it
was captured. Now a warning line says so (exit 0: the import did what it does). A date with no zone is UTC, as WARC
dates are: it was read in the zone of the machine importing it.
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


@pytest.mark.parametrize("date_line", ["", "WARC-Date: yesterday\r\n"])
def test_a_record_with_no_readable_date_is_said_to_be_dated_at_the_import(date_line, tmp_path, key_dir):
    [said] = [w for w in _import(tmp_path, date_line)["warnings"] if "WARC-Date" in w]
    assert URL in said and "dated at this import" in said, said


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
