"""Our WARC files pass the third-party WARC checkers that install here, and we still read old ones.

Where checkers disagree with the WARC 1.1 spec (the payload of a chunked body; payload digests of
non-HTTP records) we state no WARC-Payload-Digest rather than flag-worthy or wrong ones; our own
de-chunked payload digest stays in the manifest and the log. Each checker test skips cleanly when
the checker is not installed.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import shutil
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import DATA
from servers import Site, chunked, gzipped, response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.archive import Archive
from archiver.capture.warc import StoredRecord, iter_records

HTML = (b"<html><head><title>Checker page</title></head><body><article>"
        + b"<p>The council voted to keep the ferry running through the winter months.</p>" * 12
        + b"</article></body></html>")
PDF = DATA / "capture" / "sample.pdf"


def _tool(name: str) -> str | None:
    """A checker's command, from this interpreter's environment first, then PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def _close_delimited(handler: BaseHTTPRequestHandler) -> bytes:
    """An HTTP/1.0 answer with no Content-Length: the body ends where the server closes."""
    handler.close_connection = True
    return b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML


#: The edges of what a server sends, each checked by both checkers (red team rvi54): a redirect
#: chain with relative Locations, a 404 page, a PDF, a Shift_JIS page, 12 KB and 60 repeated
#: header lines, a header value in Latin-1 bytes, a close-delimited HTTP/1.0 body, an empty
#: body, a 204 and a page with no Content-Type.
EDGES = {
    "/r1": lambda h: response("301 Moved Permanently", [("Location", "r2")]),
    "/r2": lambda h: response("302 Found", [("Location", "../plain?from=r2")]),
    "/missing": lambda h: response("404 Not Found", [("Content-Type", "text/html")], HTML),
    "/doc.pdf": lambda h: response("200 OK", [("Content-Type", "application/pdf")], PDF.read_bytes()),
    "/sjis": lambda h: response("200 OK", [("Content-Type", "text/html; charset=Shift_JIS")],
                                "<html><body><p>東京都は三月に新しい橋の建設を始めると発表した。</p></body></html>".encode("shift_jis")),
    "/long-headers": lambda h: response("200 OK", [("Content-Type", "text/html"), ("X-Long", "a" * 12000)]
                                        + [("Set-Cookie", f"c{i}=v{i}; Path=/") for i in range(60)], HTML),
    "/latin1-header": lambda h: response("200 OK", [("Content-Type", "text/html"), ("X-Author", "Ren\xe9e M\xfcller")],
                                         HTML),
    "/http10": _close_delimited,
    "/empty": lambda h: response("200 OK", [("Content-Type", "text/html")], b""),
    "/no-content": lambda h: response("204 No Content", [], b"", length=False),
    "/no-type": lambda h: response("200 OK", [], HTML),
}


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A store with a plain page, a chunked page and a chunked+gzip page (extraction, manifest),
    and the captures of :data:`EDGES`."""
    store = tmp_path_factory.mktemp("checkers") / "store"
    site = Site()
    coded = gzip.compress(HTML, mtime=0)
    site.routes["/plain"] = lambda h: response("200 OK", [("Content-Type", "text/html")], HTML)
    site.routes["/chunked"] = lambda h: chunked("200 OK", [("Content-Type", "text/html")], [HTML[:40], HTML[40:]])
    site.routes["/cgz"] = lambda h: chunked("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                            [coded[:30], coded[30:]])
    site.routes["/gz"] = lambda h: gzipped("200 OK", [("Content-Type", "text/html")], HTML)
    site.routes.update(EDGES)
    try:
        with Archive.open(store) as arc:
            paths = ("/plain", "/chunked", "/cgz", "/gz", *(p for p in EDGES if p != "/r2"))
            results = arc.capture_many([site.url(p) for p in paths])
    finally:
        site.close()
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    return sorted((store / "warcs").glob("*.warc.gz"))


@pytest.fixture(scope="module")
def brotli_warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A store with one brotli-coded page. Kept apart: warcio 1.8.1's ``check`` stops with a
    traceback at any ``Content-Encoding: br`` record when Google's ``brotli`` is installed (it
    sets an attribute only brotlipy's decompressor has; warcio #73), whoever wrote the file."""
    brotli = pytest.importorskip("brotli")
    store = tmp_path_factory.mktemp("checkers-br") / "store"
    site = Site()
    site.routes["/br"] = lambda h: response("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "br")],
                                            brotli.compress(HTML))
    try:
        with Archive.open(store) as arc:
            [result] = arc.capture_many([site.url("/br")])
    finally:
        site.close()
    assert result.ok, result.error
    return sorted((store / "warcs").glob("*.warc.gz"))


def _records(paths: list[Path]) -> list[StoredRecord]:
    return [r for p in paths for r in iter_records(p) if isinstance(r, StoredRecord)]


def test_warcio_check_passes_every_record_we_write_including_chunked_ones(warcs):
    tool = _tool("warcio")
    if tool is None:
        pytest.skip("warcio's command line is not installed")
    proc = subprocess.run([tool, "check", "-v", *map(str, warcs)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "failed" not in proc.stdout and proc.stdout.count("digest pass") >= 16 + 3 * len(EDGES)


@pytest.mark.parametrize("which", ["warcs", "brotli_warcs"])
def test_fastwarc_check_with_payloads_passes_every_record_we_write(which, tmp_path, request):
    tool = _tool("fastwarc")
    if tool is None:
        pytest.skip("FastWARC is not installed")
    for path in request.getfixturevalue(which):
        out = tmp_path / "fastwarc.txt"
        proc = subprocess.run([tool, "check", "-p", "-q", "-o", str(out), str(path)],
                              capture_output=True, text=True, timeout=120)
        lines = out.read_text().splitlines()
        assert proc.returncode == 0, "\n".join(lines) + proc.stderr
        assert lines and all(line.endswith(("OK, PAYLOAD_OK", "OK, PAYLOAD_NO_DIGEST")) for line in lines)


def test_a_chunked_response_states_no_payload_digest_but_our_reader_recomputes_it_dechunked(warcs):
    chunked_resps = [r for r in _records(warcs) if r.rec_type == "response" and b"chunked" in r.block[:300]]
    assert len(chunked_resps) == 2
    for rec in chunked_resps:
        assert rec.header("WARC-Payload-Digest") is None and rec.header("WARC-Block-Digest")
        assert rec.payload_digest and rec.payload_digest.startswith("sha256:")
    plain = next(r for r in _records(warcs) if r.rec_type == "response" and r.target_uri.endswith("/plain"))
    assert plain.header("WARC-Payload-Digest") == "sha256:" + hashlib.sha256(HTML).hexdigest()


def test_metadata_and_warcinfo_records_state_only_a_block_digest(warcs):
    others = [r for r in _records(warcs) if r.rec_type not in ("request", "response")]
    assert {r.rec_type for r in others} >= {"warcinfo", "metadata"}
    for rec in others:
        assert rec.header("WARC-Payload-Digest") is None, rec.headers
        assert rec.stated_block_digest == rec.block_digest


def _one_record_warc(path: Path, block_label: str, payload_label: str | None, body: bytes) -> Path:
    """A response record as another writer (or an older archiver) states its digests."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    framed = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    block = head + framed
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=False)
        headers = [("WARC-Type", "response"), ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000001>"),
                   ("WARC-Date", "2024-01-01T00:00:00Z"), ("WARC-Target-URI", "https://example.org/")]
        digest = hashlib.sha256(block).digest()
        headers.append(("WARC-Block-Digest", block_label.format(hex=digest.hex(),
                                                                b32=base64.b32encode(digest).decode())))
        if payload_label:
            pd = hashlib.sha256(body).digest()
            headers.append(("WARC-Payload-Digest", payload_label.format(hex=pd.hex(), b32=base64.b32encode(pd).decode())))
        rec = w.create_warc_record("https://example.org/", "response", payload=io.BytesIO(block), length=len(block),
                                   warc_headers=StatusAndHeaders("", headers, protocol="WARC/1.1"))
        w.write_record(rec)
    return path


def test_a_record_written_with_a_dechunked_hex_payload_header_still_verifies(tmp_path):
    """Stores written before this change state the de-chunked payload digest in hex: still fine."""
    [rec] = iter_records(_one_record_warc(tmp_path / "old.warc", "sha256:{hex}", "sha256:{hex}", HTML))
    assert rec.digests_ok and rec.problems() == []
    assert rec.stated_payload_digest == rec.payload_digest == "sha256:" + hashlib.sha256(HTML).hexdigest()


def test_base32_sha256_labels_read_as_the_same_hex_digests(tmp_path):
    [rec] = iter_records(_one_record_warc(tmp_path / "b32.warc", "sha256:{b32}", "sha256:{b32}", HTML))
    assert rec.digests_ok and rec.problems() == []
    assert rec.stated_block_digest == rec.block_digest and rec.block_digest.startswith("sha256:")
    assert rec.stated_payload_digest == "sha256:" + hashlib.sha256(HTML).hexdigest()


def test_a_wrong_base32_sha256_label_is_still_reported(tmp_path):
    wrong = "sha256:" + base64.b32encode(hashlib.sha256(b"other").digest()).decode()
    [rec] = iter_records(_one_record_warc(tmp_path / "bad.warc", wrong, None, HTML))
    assert not rec.digests_ok and "block digest" in rec.problems()[0]
