"""A gzip WARC whose members hold more than one record each is refused by ``import``, nothing imported.

WARC 1.1 (annex D) compresses a WARC record at a time, one gzip member each, so that a record is read by its
place; warcio refuses to read on past a member that continues beyond its record ("non-chunked gzip file detected";
``warcio recompress`` makes a file of one member per record). ``archiver import`` read the first record of such a
file, warned that the rest was "damaged data" (at a negative byte, for a file gzipped whole), and logged the capture
with a place that is not its member's (its uncompressed length, or a negative one): ``export`` of it then wrote a
bundle ``verify-bundle`` fails ("cut short"), or showed a traceback (``os.pread`` at a negative offset). The file is
not damaged, only not laid out record by record: refused as input (exit 2), no copy left, no entry logged, with the
command that lays it out so.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from conftest import run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = (b"<html><head><title>Bridge delayed</title></head><body><article><h1>Bridge delayed</h1>"
        + b"".join(b"<p>Paragraph %d: the minister said the bridge would open in May, not in June as "
                   b"planned, and that the budget had not grown.</p>" % i for i in range(6))
        + b"</article></body></html>")


def _records(url: str) -> bytes:
    """A response and its request, uncompressed, back to back."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(PAGE)))], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(PAGE), http_headers=http,
                                        warc_headers_dict={"WARC-Date": "2026-11-30T10:00:00Z"}))
    req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req,
                                        warc_headers_dict={"WARC-Date": "2026-11-30T10:00:00Z"}))
    return buf.getvalue()


def _gzipped_whole(path: Path) -> Path:
    path.write_bytes(gzip.compress(_records("https://example.org/a") + _records("https://example.org/b")))
    return path


def _gzipped_by_pairs(path: Path) -> Path:
    path.write_bytes(gzip.compress(_records("https://example.org/a")) + gzip.compress(_records("https://example.org/b")))
    return path


@pytest.mark.parametrize("make", [_gzipped_whole, _gzipped_by_pairs])
def test_a_gzip_warc_with_several_records_in_a_member_is_refused_and_nothing_imported(tmp_path, make):
    warc = make(tmp_path / "crawl.warc.gz")
    store = tmp_path / "store"
    proc = run_cli("import", str(warc), store=store)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert "warcio recompress" in proc.stderr
    assert list((store / "warcs").glob("imported-*")) == []
    assert run_cli("list", "--json", store=store).stdout.strip() == "[]"
