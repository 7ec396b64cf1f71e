"""Capture, specified: every hop's raw bytes land in the WARC with sha256 digests we can
recompute, TLS details come from the live handshake, and failures write nothing."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import socket
import ssl
from pathlib import Path

import pytest
import trustme
from servers import Site, chunked, gzipped, html_page, response, silent_server
from warcio.archiveiterator import ArchiveIterator

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.records import MANIFEST_TYPE, TLS_TYPE
from archiver.capture.warc import StoredRecord, TornTail, http_payload, iter_records
from archiver.core.fixed_clocks import CountingIds, FixedClock
from archiver.errors import InvalidURLError

HTML = (b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Budget vote</title></head>"
        b"<body><article><h1>Budget vote</h1><p>The council approved the budget on Tuesday by "
        b"seven votes to two, after a debate that lasted four hours.</p><p>Opponents said the "
        b"plan would not fund the library.</p></article></body></html>")


def _records(store: Path) -> list[StoredRecord]:
    out: list[StoredRecord] = []
    for path in sorted((store / "warcs").glob("*.warc.gz")):
        for item in iter_records(path):
            assert not isinstance(item, TornTail), item
            out.append(item)
    return out


def _capture(store: Path, url: str, **options) -> dict:
    with Archive.open(store, fetch_options=FetchOptions(**options)) as arc:
        [result] = arc.capture_many([url])
    return result.to_dict()


def test_plain_200_writes_request_and_response_linked_with_sha256_digests(store, site):
    site.routes["/a"] = html_page(HTML)
    result = _capture(store, site.url("/a"))
    assert result["ok"] and result["status"] == 200
    recs = _records(store)
    types = [r.rec_type for r in recs]
    assert types[0] == "warcinfo"
    req = next(r for r in recs if r.rec_type == "request")
    resp = next(r for r in recs if r.rec_type == "response")
    assert req.header("WARC-Concurrent-To") == resp.record_id
    assert resp.target_uri == site.url("/a")
    assert resp.header("WARC-IP-Address") == "127.0.0.1"
    assert resp.stated_block_digest == "sha256:" + hashlib.sha256(resp.block).hexdigest()
    assert resp.stated_payload_digest == "sha256:" + hashlib.sha256(HTML).hexdigest()
    assert resp.block.endswith(HTML)
    assert req.block.startswith(b"GET /a HTTP/1.1\r\n")
    assert result["payload_digest"] == resp.stated_payload_digest


def test_warc_date_is_warc_1_1_with_microseconds(store, site):
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"x")
    _capture(store, site.url("/a"))
    for rec in _records(store):
        assert rec.date and len(rec.date) == len("2026-01-01T00:00:00.000000Z"), rec.date
    with gzip.open(next((store / "warcs").glob("*.warc.gz"))) as f:
        assert f.read(10) == b"WARC/1.1\r\n"


def test_three_hop_redirect_records_every_hop_as_its_own_pair(store, site):
    site.routes["/1"] = lambda h: response("301 Moved Permanently", [("Location", "/2")])
    site.routes["/2"] = lambda h: response("302 Found", [("Location", site.url("/3"))])
    site.routes["/3"] = lambda h: response("307 Temporary Redirect", [("Location", "/final")])
    site.routes["/final"] = lambda h: response("200 OK", [("Content-Type", "text/html")], HTML)
    result = _capture(store, site.url("/1"))
    assert result["final_url"] == site.url("/final")
    assert [h["status"] for h in result["hops"]] == [301, 302, 307, 200]
    recs = _records(store)
    responses = [r for r in recs if r.rec_type == "response"]
    requests_ = [r for r in recs if r.rec_type == "request"]
    assert [r.target_uri for r in responses] == [site.url(p) for p in ("/1", "/2", "/3", "/final")]
    assert {r.header("WARC-Concurrent-To") for r in requests_} == {r.record_id for r in responses}
    assert all(r.digests_ok for r in recs)


def test_gzip_body_is_archived_content_coded_and_payload_digest_covers_the_coded_bytes(store, site):
    coded = gzip.compress(HTML, mtime=0)
    site.routes["/gz"] = lambda h: gzipped("200 OK", [("Content-Type", "text/html; charset=utf-8")], HTML)
    result = _capture(store, site.url("/gz"))
    resp = next(r for r in _records(store) if r.rec_type == "response")
    _, payload = http_payload(resp.block)
    assert payload == coded
    assert resp.stated_payload_digest == "sha256:" + hashlib.sha256(coded).hexdigest()
    assert result["article"]["title"] == "Budget vote"


def test_chunked_response_keeps_framing_and_payload_digest_is_over_the_dechunked_body(store, site):
    pieces = [HTML[:50], HTML[50:120], HTML[120:]]
    site.routes["/c"] = lambda h: chunked("200 OK", [("Content-Type", "text/html")], pieces)
    result = _capture(store, site.url("/c"))
    resp = next(r for r in _records(store) if r.rec_type == "response")
    assert b"\r\n32\r\n" + HTML[:50] in resp.block  # chunk framing as received
    # the manifest and log carry it; the WARC header does not (checkers disagree: see warc.py)
    assert result["payload_digest"] == resp.payload_digest == "sha256:" + hashlib.sha256(HTML).hexdigest()
    assert resp.stated_payload_digest is None
    assert resp.stated_block_digest == "sha256:" + hashlib.sha256(resp.block).hexdigest()


def test_http_404_is_a_successful_capture_that_shows_the_status(store, site):
    result = _capture(store, site.url("/missing"))
    assert result["ok"] and result["status"] == 404
    assert any(r.rec_type == "response" for r in _records(store))


def test_an_http_error_page_is_extracted_as_error_page_even_when_it_reads_like_an_article(store, site):
    site.routes["/gone"] = lambda h: response("410 Gone", [("Content-Type", "text/html")], HTML)
    result = _capture(store, site.url("/gone"))
    assert result["status"] == 410
    assert result["article"]["page_state"] == "error_page"


def test_pdf_is_captured_as_is(store, site, data):
    pdf = (data("capture/sample.pdf")).read_bytes()
    site.routes["/doc.pdf"] = lambda h: response("200 OK", [("Content-Type", "application/pdf")], pdf)
    result = _capture(store, site.url("/doc.pdf"))
    assert result["ok"] and result["content_type"] == "application/pdf"
    resp = next(r for r in _records(store) if r.rec_type == "response")
    assert http_payload(resp.block)[1] == pdf
    # Its text is extracted too, with title and author from the PDF's own metadata.
    assert result["article"]["title"] == "Annual Report on Water Quality"
    assert result["article"]["authors"] == ["Maria Keller"]
    assert "11 of 12 months" in result["article"]["text"]


def test_body_over_the_limit_is_kept_truncated_and_marked(store, site):
    big = b"<html><body>" + b"a" * 300_000 + b"</body></html>"
    site.routes["/big"] = lambda h: response("200 OK", [("Content-Type", "text/html")], big)
    result = _capture(store, site.url("/big"), max_body_bytes=100_000)
    assert result["truncated"] is True
    resp = next(r for r in _records(store) if r.rec_type == "response")
    assert resp.header("WARC-Truncated") == "length"
    _, payload = http_payload(resp.block)
    assert 100_000 <= len(payload) < len(big)
    assert resp.digests_ok


def test_too_many_redirects_fails_with_a_clear_error_and_writes_nothing(store, site):
    for i in range(5):
        site.routes[f"/r{i}"] = (lambda n: lambda h: response("302 Found", [("Location", f"/r{n + 1}")]))(i)
    result = _capture(store, site.url("/r0"), max_redirects=2)
    assert not result["ok"] and "redirects" in result["error"]
    assert not any(r.rec_type in ("request", "response") for r in _records(store))


@pytest.mark.parametrize("url", ["notaurl", "ftp://example.org/x", "file:///etc/passwd", "http://", "https:// spaces .org"])
def test_invalid_url_is_refused_before_any_io(store, url):
    with Archive.open(store) as arc, pytest.raises(InvalidURLError):
        arc.capture_many([url])
    assert not (store / "warcs").exists()
    assert not (store / "provenance" / "log.jsonl").exists()


def test_one_invalid_url_among_several_refuses_the_whole_command(store, site):
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"x")
    with Archive.open(store) as arc, pytest.raises(InvalidURLError):
        arc.capture_many([site.url("/a"), "ftp://x"])
    assert site.requests == []


def test_server_that_never_answers_times_out_writes_nothing_and_is_logged(store):
    sock, port = silent_server()
    try:
        result = _capture(store, f"http://127.0.0.1:{port}/", read_timeout=0.5, connect_timeout=0.5)
    finally:
        sock.close()
    assert not result["ok"] and result["error_kind"] == "timeout"
    assert not any(r.rec_type in ("request", "response") for r in _records(store))
    with Archive.open(store) as arc:
        entries = list(arc.log.entries("capture_failed"))
    assert entries and entries[-1].data["url"] == f"http://127.0.0.1:{port}/"


def test_refused_connection_fails_and_other_urls_are_still_archived(store, site):
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"fine")
    # bound and never listened on while the captures run: refused, and no other test worker's
    # server can be given the port meanwhile (as it could once a probe's port was let go)
    with socket.socket() as s, Archive.open(store) as arc:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
        results = arc.capture_many([f"http://127.0.0.1:{closed_port}/", site.url("/a")])
    assert [r.ok for r in results] == [False, True]
    assert results[0].error_kind == "refused"
    assert len(arc.list_captures()) == 1


def test_unresolvable_host_fails_with_a_dns_error(store, monkeypatch):
    real = socket.getaddrinfo

    def no_such_host(host, *args, **kwargs):
        if host == "no-such-host.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    result = _capture(store, "http://no-such-host.invalid/page")
    assert not result["ok"] and result["error_kind"] == "dns"
    assert "could not resolve host" in result["error"]


def test_user_agent_names_the_tool_and_can_be_overridden(store, site):
    seen = []
    site.routes["/ua"] = lambda h: (seen.append(h.headers["User-Agent"]),
                                    response("200 OK", [("Content-Type", "text/plain")], b"ok"))[1]
    _capture(store, site.url("/ua"))
    _capture(store, site.url("/ua"), user_agent="MyLab-Archiver/2.0")
    assert seen[0].startswith("archiver/") and seen[1] == "MyLab-Archiver/2.0"


def test_each_warc_file_starts_with_warcinfo_naming_software_and_options(store, site):
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"x")
    _capture(store, site.url("/a"), max_redirects=3)
    first = _records(store)[0]
    assert first.rec_type == "warcinfo"
    body = first.block.decode()
    assert "software: archiver/" in body and "conformsTo: https://iipc.github.io" in body
    assert '"max_redirects": 3' in body and "python:" in body and "os:" in body


def test_manifest_lists_every_record_of_the_capture(store, site):
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/html")], HTML)
    result = _capture(store, site.url("/a"))
    recs = _records(store)
    manifest = next(r for r in recs if r.header("Content-Type") == MANIFEST_TYPE)
    doc = json.loads(manifest.block)
    assert doc["capture_id"] == result["capture_id"]
    assert {r["record_id"] for r in doc["records"]} == {r.record_id for r in recs
                                                          if r.rec_type != "warcinfo"} - {manifest.record_id}


def test_extraction_record_refers_to_the_final_response(store, site):
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/html")], HTML)
    _capture(store, site.url("/a"))
    recs = _records(store)
    resp = next(r for r in recs if r.rec_type == "response")
    extraction = next(r for r in recs if r.header("WARC-Refers-To"))
    assert extraction.header("WARC-Refers-To") == resp.record_id
    assert json.loads(extraction.block)["title"] == "Budget vote"


def test_warcio_reads_back_every_record_and_our_reader_recomputes_both_digests(store, site):
    site.routes["/c"] = lambda h: chunked("200 OK", [("Content-Type", "text/html")], [HTML[:30], HTML[30:]])
    site.routes["/g"] = lambda h: gzipped("200 OK", [("Content-Type", "text/html")], HTML)
    site.routes["/r"] = lambda h: response("302 Found", [("Location", "/g")])
    with Archive.open(store) as arc:
        arc.capture_many([site.url("/c"), site.url("/r")])
    path = next((store / "warcs").glob("*.warc.gz"))
    with open(path, "rb") as f:
        parsed = [(r.rec_type, r.rec_headers.get_header("WARC-Record-ID")) for r in ArchiveIterator(f)]
    ours = _records(store)
    assert [t for t, _ in parsed] == [r.rec_type for r in ours]
    for rec in ours:
        assert rec.digests_ok, rec.problems()
        assert rec.stated_block_digest and rec.stated_block_digest.startswith("sha256:")
        if rec.rec_type in ("request", "response") and b"chunked" not in rec.block[:400]:
            assert rec.stated_payload_digest and rec.stated_payload_digest.startswith("sha256:")


def test_same_exchange_under_fixed_clock_and_ids_gives_identical_warc_bytes(tmp_path, site, monkeypatch):
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"stable")
    # warcinfo names the store's log, whose origin is random: pin it (each store its own key dir)
    monkeypatch.setattr("archiver.provenance.log.secrets.token_hex", lambda n: "ab" * n)
    files = []
    for n in range(2):
        store = tmp_path / f"s{n}"
        with Archive.open(store, clock=FixedClock(), ids=CountingIds(), key_dir=tmp_path / f"k{n}") as arc:
            arc.capture_many([site.url("/a")])
        [path] = (store / "warcs").glob("*.warc.gz")
        files.append((path.name, path.read_bytes()))
    assert files[0] == files[1]


# --------------------------------------------------------------------------- HTTPS


@pytest.fixture
def pki(tmp_path):
    root = trustme.CA()
    intermediate = root.create_child_ca()
    leaf = intermediate.issue_cert("127.0.0.1", "localhost")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(ctx)
    bundle = tmp_path / "root.pem"
    root.cert_pem.write_to_path(str(bundle))
    return {"ctx": ctx, "bundle": bundle, "leaf": leaf, "root": root}


@pytest.fixture
def tls_site(pki):
    s = Site(ssl_context=pki["ctx"])
    s.routes["/secure"] = lambda h: response("200 OK", [("Content-Type", "text/html")], HTML)
    yield s
    s.close()


def test_https_records_tls_version_cipher_and_the_chain_presented(store, tls_site, pki):
    result = _capture(store, tls_site.url("/secure"), ca_bundle=str(pki["bundle"]))
    assert result["ok"], result["error"]
    recs = _records(store)
    resp = next(r for r in recs if r.rec_type == "response")
    tls_rec = next(r for r in recs if r.header("Content-Type") == TLS_TYPE)
    assert tls_rec.rec_type == "metadata"
    assert tls_rec.header("WARC-Concurrent-To") == resp.record_id
    doc = json.loads(tls_rec.block)
    assert doc["tls_version"].startswith("TLSv1.")
    assert doc["cipher"]
    chain = doc["peer_certificate_chain_pem"]
    assert len(chain) >= 2  # leaf + intermediate, as the server sent them
    assert chain[0].strip() == pki["leaf"].cert_chain_pems[0].bytes().decode().strip()
    leaf_der = ssl.PEM_cert_to_DER_cert(chain[0])
    assert doc["peer_cert_sha256"] == "sha256:" + hashlib.sha256(leaf_der).hexdigest()
    assert doc["certificate_verified"] is True and doc["insecure_capture"] is False
    assert result["tls"]["peer_cert_sha256"] == doc["peer_cert_sha256"]


def test_https_with_an_untrusted_certificate_fails_by_default(store, tls_site):
    result = _capture(store, tls_site.url("/secure"))
    assert not result["ok"] and result["error_kind"] == "tls"
    assert "--ca-bundle" in result["error"]
    assert not any(r.rec_type == "response" for r in _records(store))


def test_https_insecure_captures_anyway_and_the_record_says_so(store, tls_site):
    result = _capture(store, tls_site.url("/secure"), insecure=True)
    assert result["ok"]
    tls_rec = next(r for r in _records(store) if r.header("Content-Type") == TLS_TYPE)
    doc = json.loads(tls_rec.block)
    assert doc["insecure_capture"] is True and doc["certificate_verified"] is False
    assert "DISABLED" in doc["note"]


def _serve_scenario(site: Site, scenario: str) -> str:
    """Set up one capture scenario on ``site``; return the path to archive."""
    html = [("Content-Type", "text/html")]
    if scenario == "three_hop_redirect":
        site.routes["/h1"] = lambda h: response("301 Moved Permanently", [("Location", "/h2")])
        site.routes["/h2"] = lambda h: response("302 Found", [("Location", "/h3")])
        site.routes["/h3"] = lambda h: response("303 See Other", [("Location", "/p")])
        site.routes["/p"] = lambda h: response("200 OK", html, HTML)
        return "/h1"
    if scenario == "http_404":
        return "/nothing-here"
    pdf = (Path(__file__).parent / "data" / "capture" / "sample.pdf").read_bytes()
    site.routes["/x"] = {
        "plain_200": lambda h: response("200 OK", html, HTML),
        "gzip": lambda h: gzipped("200 OK", html, HTML),
        "chunked": lambda h: chunked("200 OK", html, [HTML[:7], HTML[7:]]),
        "pdf": lambda h: response("200 OK", [("Content-Type", "application/pdf")], pdf),
        "over_size_limit": lambda h: response("200 OK", [("Content-Type", "text/plain")], b"z" * 200_000),
    }[scenario]
    return "/x"


SCENARIOS = ["plain_200", "three_hop_redirect", "gzip", "chunked", "http_404", "pdf", "over_size_limit"]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_record_reads_back_with_warcio_and_recomputes_to_its_sha256_digests(store, site, scenario):
    path = _serve_scenario(site, scenario)
    result = _capture(store, site.url(path), max_body_bytes=100_000)
    assert result["ok"], result["error"]
    [warc] = (store / "warcs").glob("*.warc.gz")
    with open(warc, "rb") as f:
        for record in ArchiveIterator(f):  # warcio parses HTTP headers of every record
            record.content_stream().read()
    records = _records(store)
    assert {r.rec_type for r in records} >= {"warcinfo", "request", "response", "metadata"}
    for rec in records:
        assert rec.stated_block_digest == rec.block_digest, rec.problems()
        if rec.rec_type in ("request", "response") and rec.stated_payload_digest is not None:
            assert rec.stated_payload_digest == rec.payload_digest, rec.problems()


def test_https_page_reads_back_with_warcio_and_recomputes_to_its_sha256_digests(store, tls_site, pki):
    result = _capture(store, tls_site.url("/secure"), ca_bundle=str(pki["bundle"]))
    assert result["ok"]
    [warc] = (store / "warcs").glob("*.warc.gz")
    with open(warc, "rb") as f:
        kinds = [r.rec_type for r in ArchiveIterator(f)]
    assert kinds.count("metadata") >= 2  # TLS + extraction (+ manifest)
    assert all(r.digests_ok and r.stated_block_digest for r in _records(store))


def test_warc_files_rotate_at_the_size_limit_and_each_starts_with_warcinfo(store, site):
    noise = random.Random(0).randbytes(5000)  # incompressible, so the gzip members stay big
    site.routes["/a"] = lambda h: response("200 OK", [("Content-Type", "application/octet-stream")], noise)
    with Archive.open(store, rotate_bytes=4000) as arc:
        results = arc.capture_many([site.url("/a")] * 3)
    assert all(r.ok for r in results)
    files = sorted((store / "warcs").glob("*.warc.gz"))
    assert len(files) >= 3
    for path in files:
        records = [r for r in iter_records(path)]
        assert records[0].rec_type == "warcinfo"
        assert records[0].header("WARC-Filename") == path.name
    # Earlier files are closed and never touched again.
    sizes = [p.stat().st_size for p in files]
    with Archive.open(store) as arc:
        arc.capture_many([site.url("/a")])
    assert [p.stat().st_size for p in files] == sizes
