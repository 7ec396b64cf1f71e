"""A WARC whose WARC-Date names a moment no UTC time can hold imports as one whose date is unreadable.

``0001-01-01T00:00:00+05:00`` parses, but is before year 1 in UTC: converting it raised OverflowError,
which ``archiver import`` did not expect (only ValueError): a traceback, exit 1, and the copied WARC
left in the store's warcs/ with no import entry naming it. An unreadable date is one line: since imp71 the page is
made no capture (a capture with no date cannot be cited), a problem, exit 1; until then it was given the import's
time (``tests/test_imp71_import_dates.py``)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from conftest import run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = (b"<html><head><title>Bridge delayed</title></head><body><article><h1>Bridge delayed</h1>"
        + b"".join(b"<p>Paragraph %d: the minister said the bridge would open in May, not in June as "
                   b"planned, and that the budget had not grown.</p>" % i for i in range(6))
        + b"</article></body></html>")


def _warc_dated(path: Path, date: str) -> Path:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(PAGE)))], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/bridge", "response", payload=io.BytesIO(PAGE),
                                            http_headers=http, warc_headers_dict={"WARC-Date": date}))
    return path


def test_a_warc_date_before_year_one_in_utc_is_one_problem_line_and_no_capture(tmp_path):
    warc = _warc_dated(tmp_path / "odd-date.warc.gz", "0001-01-01T00:00:00+05:00")
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["captures"] == [] and [p for p in doc["problems"] if "0001-01-01" in p]
    assert json.loads(run_cli("list", "--json", store=tmp_path / "store").stdout) == []
