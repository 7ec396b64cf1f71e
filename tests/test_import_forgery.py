"""Forgery by import: a foreign WARC built from what a user published cannot put words into their captures.

The attacker knows the user's capture id, record ids and manifest (a published bundle reveals
them) and writes a WARC with warcio holding an invented extraction and a manifest claiming the
user's capture. Imported files are data: only log-vouched records are ever served.
"""

from __future__ import annotations

import gzip
import io
import json
import struct
import uuid
import zlib
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.archive import Archive
from archiver.capture.records import EXTRACTION_TYPE, MANIFEST_TYPE
from archiver.capture.warc import read_record
from archiver.core.digests import sha256_label

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p>"
        b"<p>Dock workers did not strike.</p></article></body></html>")
INVENTED = "The mayor admitted taking bribes from the port authority."


@pytest.fixture
def victim(store, tmp_path):
    """A real store with one real capture; returns (capture id, its manifest, its article)."""
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    try:
        proc = run_cli("archive", site.url("/news"), "--json", store=store)
    finally:
        site.close()
    assert proc.returncode == 0, proc.stderr
    capture_id = json.loads(proc.stdout)["capture_id"]
    bundle = tmp_path / "published.wacz"
    assert run_cli("export", capture_id, "-o", str(bundle), store=store).returncode == 0
    with Archive.open(store) as arc:
        shown = arc.show(capture_id)
        by_type = {}
        for rec in shown["records"]:
            block = read_record(arc.storage.local_path(rec["warc"]), rec["offset"]).block
            if rec["type"] == "metadata" and rec["record_id"] == shown["extraction_record_id"]:
                by_type["article"] = (rec, json.loads(block))
            elif rec["type"] == "metadata" and b'"capture_id"' in block:
                by_type["manifest"] = (rec, json.loads(block))
    return capture_id, by_type["manifest"][1], by_type["article"][1], by_type["article"][0]["record_id"]


def _rid() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def _metadata(w: WARCWriter, url: str, content_type: str, body: dict, record_id: str):  # noqa: ANN202
    return w.create_warc_record(url, "metadata", payload=io.BytesIO(json.dumps(body).encode()),
                                warc_content_type=content_type, warc_headers_dict={"WARC-Record-ID": record_id})


def _forged_warc(path: Path, manifest: dict, article: dict, *, extraction_id: str | None = None) -> Path:
    """A WARC with a harmless page, an invented extraction and a manifest for ``manifest['capture_id']``."""
    forged_article = {**article, "text": article["text"] + "\n\n" + INVENTED}
    forged_article["text_sha256"] = sha256_label(forged_article["text"].encode())
    ext_id = extraction_id or _rid()
    forged_manifest = {**manifest, "extraction_record_id": ext_id}
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/cover", "response", http_headers=http,
                                            payload=io.BytesIO(b"<html><body><p>Cover page.</p></body></html>")))
        url = manifest["final_url"]
        w.write_record(_metadata(w, url, EXTRACTION_TYPE, forged_article, ext_id))
        w.write_record(_metadata(w, url, MANIFEST_TYPE, forged_manifest, _rid()))
    return path


def _verdict(store: Path, quote: str, capture_id: str) -> str:
    proc = run_cli("verify-quote", quote, "--capture", capture_id, "--json", store=store)
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)["verdict"] if proc.stdout else f"exit {proc.returncode}"


def test_a_forged_manifest_claiming_the_users_capture_cannot_make_invented_text_verify(store, tmp_path, victim):
    capture_id, manifest, article, _ = victim
    forged = _forged_warc(tmp_path / "forged.warc.gz", manifest, article)
    assert run_cli("import", str(forged), store=store).returncode in (0, 1)
    proc = run_cli("reindex", "--json", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert _verdict(store, INVENTED, capture_id) == "not_found"
    assert _verdict(store, "The harbour handled 41,000 containers in March", capture_id) == "exact"
    assert run_cli("verify-quote", INVENTED, store=store).returncode == 1  # nor anywhere else
    assert json.loads(proc.stdout)["ignored_foreign_metadata"] == 2


def test_a_foreign_record_reusing_the_users_extraction_record_id_is_refused_and_nothing_is_kept(store, tmp_path, victim):
    capture_id, manifest, article, extraction_id = victim
    before = sorted(p.name for p in (store / "warcs").iterdir())
    forged = _forged_warc(tmp_path / "forged.warc.gz", manifest, article, extraction_id=extraction_id)
    proc = run_cli("import", str(forged), store=store)
    assert proc.returncode == 2 and extraction_id in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(p.name for p in (store / "warcs").iterdir()) == before
    run_cli("reindex", store=store)
    assert _verdict(store, INVENTED, capture_id) == "not_found"


def test_a_wholly_fake_capture_in_an_imported_file_is_never_listed_as_native(store, tmp_path, victim):
    _, manifest, article, _ = victim
    fake_id = "01dxf0000000000000"  # a capture "made" in 2020 that no log entry knows
    fake = {**manifest, "capture_id": fake_id, "capture_time": "2020-01-01T00:00:00Z"}
    forged = _forged_warc(tmp_path / "fake.warc.gz", fake, article)
    run_cli("import", str(forged), store=store)
    run_cli("reindex", store=store)
    listed = json.loads(run_cli("list", "--json", store=store).stdout)
    assert fake_id not in {c["capture_id"] for c in listed}
    assert all(c["origin"] == "imported" or c["capture_time"] >= "2026" for c in listed)
    assert run_cli("show", fake_id, store=store).returncode == 2


def _rewrite_member(path: Path, offset: int, length: int, edit) -> None:  # noqa: ANN001
    """Replace the gzip member at ``offset`` with an edited one of exactly the same length
    (padded with a gzip FNAME field), so every later offset stays where the log says."""
    data = path.read_bytes()
    raw = edit(gzip.decompress(data[offset:offset + length]))
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = comp.compress(raw) + comp.flush()
    pad = length - (10 + len(deflated) + 8) - 1
    assert pad >= 1, "the edited member does not fit"
    member = (b"\x1f\x8b\x08\x08" + b"\0\0\0\0\x02\xff" + b"p" * pad + b"\0" + deflated
              + struct.pack("<II", zlib.crc32(raw), len(raw) & 0xFFFFFFFF))
    assert len(member) == length
    path.write_bytes(data[:offset] + member + data[offset + length:])


def _now_strike(record: bytes) -> bytes:
    """Edit the extracted text, same length; drop the stated block digest (as a forger would)."""
    head, sep, block = record.partition(b"\r\n\r\n")
    head = b"\r\n".join(h for h in head.split(b"\r\n") if not h.startswith(b"WARC-Block-Digest"))
    return head + sep + block.replace(b"did not strike", b"did now strike")


def test_reindex_does_not_index_extracted_text_that_differs_from_the_logged_digest(store, victim):
    capture_id, *_ = victim
    with Archive.open(store) as arc:
        shown = arc.show(capture_id)
    ext = next(r for r in shown["records"] if r["record_id"] == shown["extraction_record_id"])
    _rewrite_member(store / ext["warc"], ext["offset"], ext["length"], _now_strike)
    proc = run_cli("reindex", "--json", store=store)
    report = json.loads(proc.stdout)
    assert proc.returncode == 1 and report["captures"] == 1 and report["extractions"] == 0
    assert report["unverified_extractions"] and capture_id in report["unverified_extractions"][0]
    assert _verdict(store, "Dock workers did now strike", capture_id) != "exact"
