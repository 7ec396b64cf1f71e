"""``archiver import``: WARC and WACZ files made by other tools become evidence we can check quotes
against, always marked as imported, never rewritten."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from pywacz import wacz_create
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.archive import Archive
from archiver.capture.warc import file_sha256
from archiver.export.bundle_verify import verify_bundle

PAGE = (b"<html><head><title>Bridge delayed</title><meta name='author' content='Ann Other'>"
        b"<meta property='og:site_name' content='City Herald'></head><body><article><h1>Bridge delayed</h1><p>Ann Other</p>"
        + b"".join(b"<p>Paragraph %d: the minister said the bridge would open in May, not in June as "
                   b"planned, and that the budget had not grown.</p>" % i for i in range(6))
        + b"</article></body></html>")
QUOTE = "the minister said the bridge would open in May"


def _foreign_warc(path: Path) -> Path:
    """A WARC as another tool writes it: plain warcio, sha1 digests, request + response, and an image."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        req = w.create_warc_record("https://example.org/bridge", "request", payload=io.BytesIO(b""),
                                   http_headers=StatusAndHeaders("GET /bridge HTTP/1.1", [("Host", "example.org")],
                                                                 is_http_request=True))
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                           ("Content-Length", str(len(PAGE)))], protocol="HTTP/1.1")
        resp = w.create_warc_record("https://example.org/bridge", "response", payload=io.BytesIO(PAGE),
                                    http_headers=http, warc_headers_dict={"WARC-IP-Address": "93.184.216.34"})
        req.rec_headers.add_header("WARC-Concurrent-To", resp.rec_headers.get_header("WARC-Record-ID"))
        w.write_record(req)
        w.write_record(resp)
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n...."), http_headers=img))
    return path


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    return _foreign_warc(tmp_path / "wayback-copy.warc.gz")


def _import(store: Path, path: Path) -> dict:
    proc = run_cli("import", str(path), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_the_foreign_warc_has_sha1_digests_as_other_tools_write(warc):
    import gzip

    assert b"WARC-Payload-Digest: sha1:" in gzip.decompress(warc.read_bytes())


def test_import_copies_the_warc_into_the_store_byte_for_byte(store, warc):
    doc = _import(store, warc)
    [name] = doc["warcs"]
    assert (store / name).read_bytes() == warc.read_bytes()
    assert doc["sha256"] == file_sha256(warc) and doc["format"] == "warc"


def test_each_html_response_becomes_a_capture_marked_imported(store, warc):
    doc = _import(store, warc)
    assert [c["url"] for c in doc["captures"]] == ["https://example.org/bridge"]
    assert doc["skipped_responses"] == 1  # the image is kept, not extracted
    listed = json.loads(run_cli("list", "--json", store=store).stdout)
    assert [(c["origin"], c["title"]) for c in listed] == [("imported", "Bridge delayed")]
    shown = json.loads(run_cli("show", doc["captures"][0]["capture_id"], "--json", store=store).stdout)
    assert shown["origin"] == "imported" and shown["ip"] == "93.184.216.34"
    assert shown["article"]["authors"] == ["Ann Other"]


def test_import_is_logged_with_the_file_sha256_source_and_captures(store, warc, key_dir):
    doc = _import(store, warc)
    with Archive.open(store, key_dir=key_dir) as arc:
        entry = arc.log.entry(doc["log_seq"])
        extraction = arc.log.entry(doc["captures"][0]["extraction_log_seq"])
    assert entry.type == "import"
    assert entry.data["sha256"] == file_sha256(warc) and entry.data["source"] == warc.name
    assert [c["capture_id"] for c in entry.data["captures"]] == [doc["captures"][0]["capture_id"]]
    recorded = entry.data["captures"][0]["records"]
    assert {r["type"] for r in recorded} >= {"request", "response"}
    assert all(r["block_digest"].startswith("sha256:") for r in recorded)  # our own digests of foreign bytes
    assert extraction.type == "extraction" and extraction.data["capture_seq"] == entry.seq


def test_a_quote_verifies_against_an_imported_capture_and_says_it_was_imported(store, warc):
    _import(store, warc)
    proc = run_cli("verify-quote", QUOTE, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["verdict"] == "exact"
    assert doc["origin"] == "imported"


def test_citations_of_an_imported_capture_say_it_was_not_captured_here(store, warc):
    cid = _import(store, warc)["captures"][0]["capture_id"]
    line = run_cli("cite", cid, store=store).stdout
    assert "Imported copy (not captured by archiver)" in line
    csl = json.loads(run_cli("cite", cid, "--style", "csl-json", store=store).stdout)[0]
    assert csl["note"].startswith(f"Imported (not captured by archiver) from {warc.name}")


def test_reindex_rebuilds_imported_captures_without_calling_foreign_records_orphans(store, warc):
    doc = _import(store, warc)
    before = json.loads(run_cli("list", "--json", store=store).stdout)
    (store / "index.sqlite3").unlink()
    proc = run_cli("reindex", "--json", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["incomplete_captures"] == []
    after = json.loads(run_cli("list", "--json", store=store).stdout)
    assert after == before and after[0]["log_seq"] == doc["log_seq"]


def test_importing_the_same_file_twice_is_refused(store, warc):
    _import(store, warc)
    proc = run_cli("import", str(warc), store=store)
    assert proc.returncode == 2 and "already imported" in proc.stderr


def test_a_file_that_is_not_a_warc_is_refused_and_nothing_is_kept(store, tmp_path):
    bad = tmp_path / "notes.warc"
    bad.write_text("hello\n")
    proc = run_cli("import", str(bad), store=store)
    assert proc.returncode == 2 and proc.stderr.startswith("error:")
    assert not list((store / "warcs").glob("imported-*"))


def test_a_wacz_made_by_py_wacz_is_imported_from_its_archive_folder(store, warc, tmp_path):
    wacz = tmp_path / "webrecorder.wacz"
    wacz_create(wacz, warc)
    doc = _import(store, wacz)
    assert doc["format"] == "wacz" and doc["warnings"] == []
    [name] = doc["warcs"]
    assert (store / name).read_bytes() == warc.read_bytes()  # the member, unchanged
    assert [c["origin"] for c in doc["captures"]] == ["imported"]


def test_an_imported_capture_exports_and_verifies_offline_as_imported(store, warc, tmp_path):
    cid = _import(store, warc)["captures"][0]["capture_id"]
    bundle = tmp_path / "b.wacz"
    proc = run_cli("export", cid, "-o", str(bundle), store=store)
    assert proc.returncode == 0, proc.stderr
    shutil.rmtree(store)  # the reader has only the bundle
    report = verify_bundle(bundle)
    assert report.ok, report.problems
    assert report.captures[0]["origin"] == "imported"
    assert any("IMPORTED, not captured by this tool" in s for s in report.proven)


def test_readable_list_and_show_mark_an_imported_capture(store, warc):
    cid = _import(store, warc)["captures"][0]["capture_id"]
    assert "  IMPORTED  https://example.org/bridge" in run_cli("list", store=store).stdout
    assert "IMPORTED from a WARC/WACZ made elsewhere" in run_cli("show", cid, store=store).stdout


def _edit_members(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes inside a per-record gzip WARC, keeping its headers (and stated digests)."""
    import gzip
    import zlib

    raw, members = path.read_bytes(), []
    while raw:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(d.decompress(raw))
        raw = d.unused_data
    path.write_bytes(b"".join(gzip.compress(m.replace(old, new), mtime=0) for m in members))


def test_a_foreign_sha1_block_digest_that_does_not_match_is_reported_at_import(store, warc):
    _edit_members(warc, b"the budget had not grown", b"the budget had not GROWN")
    proc = run_cli("import", str(warc), "--json", store=store)
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1  # imported as it is, with a problem naming the record
    assert any("block digest is not the sha1 its header states" in w for w in doc["problems"])


def test_verify_bundle_warns_about_a_foreign_digest_that_was_already_wrong_when_imported(store, warc, tmp_path):
    _edit_members(warc, b"the budget had not grown", b"the budget had not GROWN")
    cid = json.loads(run_cli("import", str(warc), "--json", store=store).stdout)["captures"][0]["capture_id"]
    bundle = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(bundle), store=store).returncode == 0
    report = verify_bundle(bundle)
    assert report.ok  # the log holds exactly these bytes ...
    [warning] = [w for w in report.warnings if w.code == "W_FOREIGN_DIGEST"]
    assert warning.file.startswith("archive/imported-")  # ... but the other tool's digest never matched them
