"""Red team, twelfth pass: 1xx interim heads are kept in a record of their own.

A server may send ``103 Early Hints`` or ``100 Continue`` heads before its final response. They
were kept at the start of the response record (as received); but every other reader of a
response record reads its block as one HTTP message: ``warcio check`` said "payload digest
failed" and FastWARC's ``check -p`` failed it (both hash what follows the first head),
cdxj-indexer (so our ``reindex --cdxj`` and a WACZ's ``index.cdxj``) listed the page as status
103 of no media type, and pywb replayed "103 Early Hints" with no body. Now the response record
holds the final response only, and the interim heads go to a ``metadata`` record of their own
(``urn:archiver:interim:<url>``, linked to the response, listed in the manifest and the log) as
trailing bytes are kept: the two blocks together are every byte the server sent.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest
from bundles import pin_bundle_key
from conftest import run_cli
from stores import capture_raw_and_export, copy_store

from archiver.capture.manifest import Manifest
from archiver.capture.records import INTERIM_FIELD, INTERIM_TYPE, MANIFEST_TYPE, CaptureResult
from archiver.capture.warc import StoredRecord, iter_records, stated_payload_digest
from archiver.export.cdxj import cdxj_text

HTML = (b"<html><head><title>Early hints</title></head><body><article>"
        + b"<p>The council voted to keep the ferry running through the winter months, said the mayor.</p>" * 6
        + b"</article></body></html>")
FINAL = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
         % len(HTML) + HTML)
INTERIM = (b"HTTP/1.1 100 Continue\r\n\r\n"
           b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n")


def _sha(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _tool(name: str) -> str | None:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, CaptureResult, Path]:
    """One capture of a page sent after a 100 and a 103 head (root/store, key in root/keys), and
    a bundle exported from a copy of it: made once for the module's read-only checks."""
    root = tmp_path_factory.mktemp("interim")
    url, result, bundle = capture_raw_and_export(root, INTERIM + FINAL)
    return root, url, result, bundle


@pytest.fixture
def captured(made_once, tmp_path: Path, key_dir: Path) -> tuple[Path, str, CaptureResult]:
    root, url, result, _ = made_once
    store = tmp_path / "s"
    copy_store(root, store, key_dir)
    return store, url, result


def _warcs(store: Path) -> list[Path]:
    return sorted((store / "warcs").glob("*.warc.gz"))


def _records(store: Path) -> list[StoredRecord]:
    return [r for p in _warcs(store) for r in iter_records(p) if isinstance(r, StoredRecord)]


def _one(store: Path, *, rec_type: str, content_type: str) -> StoredRecord:
    [rec] = [r for r in _records(store) if r.rec_type == rec_type
             and (r.header("Content-Type") or "").startswith(content_type)]
    return rec


def test_the_response_record_holds_the_final_response_and_states_its_payload_digest(made_once):
    root, _, result, _ = made_once
    resp = _one(root / "store", rec_type="response", content_type="application/http")
    assert resp.block == FINAL
    assert resp.header("WARC-Payload-Digest") == _sha(HTML) == result.payload_digest
    assert resp.header(INTERIM_FIELD) is None
    assert result.status == 200 and "ferry running" in result.article["text"]


def test_the_interim_heads_are_kept_byte_for_byte_in_a_metadata_record_linked_to_the_response(made_once):
    root, url, result, _ = made_once
    store = root / "store"
    rec = _one(store, rec_type="metadata", content_type=INTERIM_TYPE)
    resp = _one(store, rec_type="response", content_type="application/http")
    assert rec.block == INTERIM and rec.block + resp.block == INTERIM + FINAL  # nothing sent is dropped
    assert rec.target_uri == "urn:archiver:interim:" + url
    assert rec.header("WARC-Concurrent-To") == rec.header("WARC-Refers-To") == result.response_record_id
    assert rec.header(INTERIM_FIELD) == "100, 103" and rec.header("WARC-Block-Digest") == _sha(INTERIM)
    assert rec.header("WARC-Payload-Digest") is None


def test_the_manifest_the_result_and_the_log_name_the_interim_record(made_once):
    root, _, result, _ = made_once
    store = root / "store"
    rec = _one(store, rec_type="metadata", content_type=INTERIM_TYPE)
    manifest = Manifest.from_json(_one(store, rec_type="metadata", content_type=MANIFEST_TYPE).block)
    expected = {"record_id": rec.record_id, "statuses": [100, 103]}
    assert manifest.hops[0].interim == expected
    assert result.to_dict()["hops"][0]["interim"] == {**expected, "before_status_line": False}
    assert rec.record_id in {r["record_id"] for r in result.records}
    assert rec.record_id in (store / "provenance" / "log.jsonl").read_text()


def test_a_hop_without_interim_heads_shows_interim_null_and_its_manifest_keeps_its_bytes(tmp_path, serve_raw):
    from archiver.archive import Archive

    with Archive.open(tmp_path / "s") as arc:
        [result] = arc.capture_many([serve_raw(FINAL)])
    assert result.ok and result.to_dict()["hops"][0]["interim"] is None
    manifest = Manifest.from_json(_one(tmp_path / "s", rec_type="metadata", content_type=MANIFEST_TYPE).block)
    assert "interim" not in json.loads(manifest.to_json())["hops"][0]


def test_warcio_check_passes_a_capture_with_interim_heads(made_once):
    tool = _tool("warcio")
    if tool is None:
        pytest.skip("warcio's command line is not installed")
    proc = subprocess.run([tool, "check", "-v", *map(str, _warcs(made_once[0] / "store"))],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "failed" not in proc.stdout, proc.stdout + proc.stderr
    # warcinfo, request, response, interim heads, extraction, manifest: every digest checked
    assert proc.stdout.count("digest pass") == 6


def test_fastwarc_check_with_payloads_passes_a_capture_with_interim_heads(made_once, tmp_path):
    tool = _tool("fastwarc")
    if tool is None:
        pytest.skip("FastWARC is not installed")
    for path in _warcs(made_once[0] / "store"):
        out = tmp_path / "fastwarc.txt"
        proc = subprocess.run([tool, "check", "-p", "-q", "-o", str(out), str(path)],
                              capture_output=True, text=True, timeout=120)
        lines = out.read_text().splitlines()
        assert proc.returncode == 0, "\n".join(lines) + proc.stderr
        assert lines and all(line.endswith(("OK, PAYLOAD_OK", "OK, PAYLOAD_NO_DIGEST")) for line in lines)
        assert sum(line.endswith("PAYLOAD_OK") for line in lines) == 2  # the request's and the response's


def test_our_cdxj_lists_the_page_with_the_final_status_and_media_type(made_once):
    root, url, _, _ = made_once
    text = cdxj_text(_warcs(root / "store"), root=root / "store" / "warcs")
    docs = [json.loads(line.split(" ", 2)[2]) for line in text.splitlines()]
    assert [(d["url"], d["status"], d.get("mime")) for d in docs] == [(url, "200", "text/html")]


@pytest.mark.skipif(not os.environ.get("ARCHIVER_PYWB"), reason="pywb not installed: run `make integration`")
def test_pywb_replays_the_final_response_not_the_interim_head(captured, tmp_path):
    store, url, _ = captured
    assert run_cli("cdxj", store=store).returncode == 0
    (tmp_path / "config.yaml").write_text(
        f"collections:\n  evidence:\n    index_paths: {store.resolve()}/indexes\n"
        f"    archive_paths: {store.resolve()}/warcs/\n")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([os.environ["ARCHIVER_PYWB"], "-p", str(port), "-b", "127.0.0.1"], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        replay = f"http://127.0.0.1:{port}/evidence/2000id_/{url}"
        status, body = 0, b""
        for _ in range(100):  # until pywb listens
            try:
                with urllib.request.urlopen(replay, timeout=5) as r:
                    status, body = r.status, r.read()
                break
            except urllib.error.HTTPError as exc:
                status, body = exc.code, exc.read()
                break
            except OSError:
                time.sleep(0.2)
        assert (status, body) == (200, HTML)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_bundle_carries_the_interim_record_and_verifies(made_once, captured, tmp_path):
    root, _, result, bundle = made_once  # (captured: the bundle's key is this test's own)
    rec = _one(root / "store", rec_type="metadata", content_type=INTERIM_TYPE)
    with zipfile.ZipFile(bundle) as z:
        warcs = [n for n in z.namelist() if n.startswith("archive/")]
        for name in warcs:
            (tmp_path / Path(name).name).write_bytes(z.read(name))
        cdxj = b"".join(z.read(n) for n in z.namelist() if n.startswith("indexes/")).decode()
    carried = [r for p in sorted(tmp_path.glob("*.warc*")) for r in iter_records(p)
               if isinstance(r, StoredRecord) and r.record_id == rec.record_id]
    assert [r.block for r in carried] == [INTERIM]
    # the index names the final response alone (a "103" could be any timestamp's digits: the fields are read)
    statuses = [json.loads(line.split(" ", 2)[2]).get("status") for line in cdxj.splitlines() if line.strip()]
    assert statuses == ["200"]
    proc = run_cli("verify-bundle", str(bundle), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["ok"], proc.stdout
    assert doc["records_checked"] == len(result.records) + 1  # and the WARC file's warcinfo


def test_importing_the_bundle_lists_the_interim_record_with_the_capture(made_once, tmp_path):
    bundle = made_once[3]
    other = tmp_path / "other"
    pin_bundle_key(bundle)  # the recipient trusts its key
    proc = run_cli("import", str(bundle), "--json", store=other)
    assert proc.returncode == 0, proc.stderr
    [cap] = json.loads(proc.stdout)["captures"]
    rec = _one(other, rec_type="metadata", content_type=INTERIM_TYPE)
    doc = json.loads(run_cli("show", cap["capture_id"], "--json", store=other).stdout)
    assert doc["status"] == 200 and doc["hops"][0]["interim"] == {"record_id": rec.record_id, "statuses": [100, 103],
                                                                "before_status_line": False}
    assert rec.record_id in {r["record_id"] for r in doc["records"]}


def test_deep_log_verify_and_reindex_keep_the_capture(captured):
    store, _, result = captured
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert run_cli("reindex", store=store).returncode == 0
    proc = run_cli("show", result.capture_id, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert doc["status"] == 200 and doc["hops"][0]["interim"]["statuses"] == [100, 103]


def test_a_response_block_that_begins_with_an_interim_head_states_no_payload_digest():
    """The smallest mend, kept as a guard: a block written before the heads were kept apart (or
    by any other path) states no WARC-Payload-Digest, which every checker would fail."""
    assert stated_payload_digest("response", INTERIM + FINAL, _sha(HTML)) is None
    assert stated_payload_digest("response", FINAL, _sha(HTML)) == _sha(HTML)
