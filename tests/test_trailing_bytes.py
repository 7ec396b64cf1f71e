"""Bytes a server sends past the end of its response: kept, in a record of their own, never trusted.

The response record ends where the response's own framing ends (tests/test_redteam3_capture_framing.py);
what came after it (a page after a 204 or 304 head, bytes past Content-Length or after the last
chunk) crossed the wire too, so it is kept: in a ``metadata`` record whose target URI is a URN
(``urn:archiver:trailing:<url>``), linked to the response, listed in the manifest and the log,
shown by ``show``, carried by exports and checked by ``verify-bundle``, and never extracted,
indexed as text, served as the page or matched by ``verify-quote``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from servers import HEAD_200
from stores import capture_raw_and_export, copy_store

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.manifest import Manifest
from archiver.capture.records import MANIFEST_TYPE, TRAILING_TYPE, CaptureResult
from archiver.capture.warc import StoredRecord, iter_records
from archiver.export.cdxj import cdxj_text

PAGE = b"<html><head><title>Innocent</title></head><body><p>Nothing to see here at all.</p></body></html>"
HIDDEN = (b"<html><head><title>Forged</title></head><body><p>The minister resigned in disgrace "
          b"after the audit.</p></body></html>")
TRUE_QUOTE = "Nothing to see here at all."
HIDDEN_QUOTE = "The minister resigned in disgrace"


def _sha(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _capture(store: Path, url: str, options: FetchOptions | None = None):
    with Archive.open(store, fetch_options=options or FetchOptions()) as arc:
        [result] = arc.capture_many([url])
    assert result.ok, result.error
    return result


def _records(store: Path) -> list[StoredRecord]:
    return [r for p in sorted((store / "warcs").glob("*.warc*")) for r in iter_records(p)
            if isinstance(r, StoredRecord)]


def _trailing_records(store: Path) -> list[StoredRecord]:
    return [r for r in _records(store) if r.header("Content-Type") == TRAILING_TYPE]


def _manifest(store: Path) -> Manifest:
    [rec] = [r for r in _records(store) if (r.header("Content-Type") or "").startswith(MANIFEST_TYPE)]
    return Manifest.from_json(rec.block)


def _past_content_length(serve_raw) -> str:
    return serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(PAGE) + PAGE + HIDDEN)


@pytest.fixture(scope="module")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, CaptureResult, Path]:
    """One capture of a page whose server sent HIDDEN past its Content-Length (in root/store, its
    key in root/keys), and a bundle of it exported from a copy of that store: made once for the
    module's tests of the record, the index, verification and export, which each made their own
    (about 25 ms a capture, as much an export); each test gets a copy of the store (:func:`captured`)."""
    root = tmp_path_factory.mktemp("trailing")
    url, result, bundle = capture_raw_and_export(root, HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(PAGE) + PAGE + HIDDEN)
    return root, url, result, bundle


@pytest.fixture
def captured(made_once: tuple[Path, str, CaptureResult, Path], tmp_path: Path,
             key_dir: Path) -> tuple[Path, str, CaptureResult]:
    """A store of this test's own holding one page whose server sent HIDDEN past its
    Content-Length: a copy of :func:`made_once`'s, its key in this test's key folder."""
    root, url, result, _ = made_once
    store = tmp_path / "s"
    copy_store(root, store, key_dir)
    return store, url, result


# ------------------------------------------------------------------ the record


def test_bytes_past_the_content_length_are_kept_in_a_metadata_record_of_their_own(captured):
    store, url, result = captured
    [rec] = _trailing_records(store)
    assert rec.rec_type == "metadata" and rec.block == HIDDEN
    assert rec.target_uri == "urn:archiver:trailing:" + url
    assert rec.header("WARC-Concurrent-To") == result.response_record_id
    assert rec.header("WARC-Refers-To") == result.response_record_id
    assert rec.header("WARC-Refers-To-Target-URI") == url
    assert rec.header("Archiver-Trailing-Bytes") == str(len(HIDDEN))
    assert rec.header("WARC-Block-Digest") == _sha(HIDDEN) and rec.header("WARC-Truncated") is None
    assert result.payload_digest == _sha(PAGE)


def test_a_page_sent_after_a_204_head_is_kept_apart_not_as_the_response(tmp_path, serve_raw):
    url = serve_raw(b"HTTP/1.1 204 No Content\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" + HIDDEN)
    result = _capture(tmp_path / "s", url)
    [rec] = _trailing_records(tmp_path / "s")
    assert rec.block == HIDDEN and result.payload_digest == _sha(b"")


def test_bytes_after_the_last_chunk_are_kept_apart(tmp_path, serve_raw):
    framed = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
    url = serve_raw(HEAD_200 + b"Transfer-Encoding: chunked\r\n\r\n" + framed + HIDDEN)
    _capture(tmp_path / "s", url)
    [rec] = _trailing_records(tmp_path / "s")
    assert rec.block == HIDDEN


def test_a_response_with_nothing_past_its_end_has_no_trailing_record_and_its_manifest_no_trailing_key(
        tmp_path, serve_raw):
    url = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(PAGE) + PAGE)
    _capture(tmp_path / "s", url)
    assert _trailing_records(tmp_path / "s") == []
    assert "trailing" not in json.loads(_manifest(tmp_path / "s").to_json())["hops"][0]


def test_trailing_bytes_past_max_body_are_kept_up_to_it_and_marked_truncated(tmp_path, serve_raw):
    url = serve_raw(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n" + HIDDEN)
    _capture(tmp_path / "s", url, FetchOptions(max_body_bytes=16))
    [rec] = _trailing_records(tmp_path / "s")
    assert rec.block == HIDDEN[:16] and rec.header("WARC-Truncated") == "length"
    assert rec.header("Archiver-Trailing-Bytes") == str(len(HIDDEN))
    assert _manifest(tmp_path / "s").hops[0].trailing == {"record_id": rec.record_id, "bytes": len(HIDDEN),
                                                          "recorded": 16}


def test_archive_warns_on_stderr_with_the_count_and_the_record(tmp_path, serve_raw):
    """Before, the warning was a log line, silent without -v (the archiver logger has a NullHandler)."""
    url = _past_content_length(serve_raw)
    proc = run_cli("archive", url, "--json", store=tmp_path / "s")
    assert proc.returncode == 0, proc.stderr
    [rec] = _trailing_records(tmp_path / "s")
    [warning] = [ln for ln in proc.stderr.splitlines() if "past the end of its response" in ln]
    assert warning.startswith("warning: ") and f"sent {len(HIDDEN)} bytes" in warning and rec.record_id in warning
    doc = json.loads(proc.stdout)
    assert doc["hops"][0]["trailing"]["record_id"] == rec.record_id


def test_archive_says_nothing_of_trailing_bytes_when_there_were_none(tmp_path, serve_raw):
    url = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(PAGE) + PAGE)
    proc = run_cli("archive", url, store=tmp_path / "s")
    assert proc.returncode == 0 and "past the end" not in proc.stderr + proc.stdout


def test_warcio_check_passes_the_warc_with_a_trailing_record(captured):
    store, _, _ = captured
    proc = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v",
                           *map(str, sorted((store / "warcs").glob("*.warc.gz")))],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "failed" not in proc.stdout, proc.stdout + proc.stderr
    # warcinfo, request, response, trailing bytes, extraction, manifest: every digest checked
    assert proc.stdout.count("digest pass") == 6 and proc.stdout.count(" metadata\n") == 3


def _cdxj_urls(text: str) -> list[tuple[str, str]]:
    return [(doc["url"], doc.get("mime", "")) for doc in (json.loads(line.split(" ", 2)[2])
                                                          for line in text.splitlines())]


def test_our_cdxj_index_lists_only_the_response_for_the_page(captured):
    store, url, _ = captured
    text = cdxj_text(sorted((store / "warcs").glob("*.warc.gz")), root=store / "warcs")
    assert _cdxj_urls(text) == [(url, "text/html")]


def test_an_indexer_that_lists_every_record_lists_the_trailing_bytes_under_their_urn_not_the_page(captured):
    """cdxj-indexer's default (pywb's and py-wacz's indexer) indexes metadata records under their
    WARC-Target-URI: the URN keeps the trailing bytes from ever being a capture of the page."""
    import io

    from cdxj_indexer.main import CDXJIndexer

    store, url, _ = captured
    out = io.StringIO()
    CDXJIndexer(out, [str(p) for p in sorted((store / "warcs").glob("*.warc.gz"))], sort=True).process_all()
    # (py-wacz, imported by other tests of the run, appends "warcinfo" to cdxj-indexer's default
    # record types on import: a warcinfo line has no url and says nothing of the page)
    lines = [line for line in out.getvalue().splitlines() if '"url"' in line]
    listed = _cdxj_urls("\n".join(lines))
    assert [u for u, _ in listed if u == url] == [url]
    assert ("urn:archiver:trailing:" + url, TRAILING_TYPE) in listed


# ------------------------------------------------------------------ manifest, show, reindex


def test_the_manifest_records_the_count_and_the_record(captured):
    store, _, _ = captured
    [rec] = _trailing_records(store)
    hop = _manifest(store).hops[0]
    assert hop.trailing == {"record_id": rec.record_id, "bytes": len(HIDDEN), "recorded": len(HIDDEN)}


def test_a_manifest_without_trailing_bytes_reads_and_writes_the_same_bytes_as_before(captured):
    store, _, _ = captured
    doc = json.loads(_manifest(store).to_json())
    for hop in doc["hops"]:
        hop.pop("trailing", None)  # a manifest as written before the key existed
    old = Manifest.from_dict(doc)
    assert old.hops[0].trailing is None and json.loads(old.to_json()) == doc


@pytest.mark.parametrize("bad", ["yes", {"record_id": "x", "bytes": -1, "recorded": 0},
                                 {"record_id": "x", "bytes": 3, "recorded": 5}, {"bytes": 3, "recorded": 3}])
def test_a_manifest_whose_trailing_part_is_malformed_is_refused(captured, bad):
    from archiver.errors import MalformedManifestError

    store, _, _ = captured
    doc = json.loads(_manifest(store).to_json())
    doc["hops"][0]["trailing"] = bad
    with pytest.raises(MalformedManifestError, match="trailing"):
        Manifest.from_dict(doc)


def test_the_capture_log_entry_lists_the_trailing_record_with_its_digest_and_deep_verify_passes(captured):
    store, _, result = captured
    [rec] = _trailing_records(store)
    entries = json.loads(run_cli("log", "show", "--type", "capture", "--json", store=store).stdout)
    [entry] = [e for e in entries if e["data"]["capture_id"] == result.capture_id]
    [logged] = [r for r in entry["data"]["records"] if r["record_id"] == rec.record_id]
    assert logged["block_digest"] == _sha(HIDDEN) and logged["target_uri"] == rec.target_uri
    proc = run_cli("log", "verify", "--deep", "--json", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_show_json_gives_the_trailing_part_of_each_hop_and_lists_the_record(captured):
    store, _, result = captured
    proc = run_cli("show", result.capture_id, "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    [rec] = _trailing_records(store)
    assert doc["hops"][0]["trailing"] == {"record_id": rec.record_id, "bytes": len(HIDDEN), "recorded": len(HIDDEN)}
    assert rec.record_id in {r["record_id"] for r in doc["records"]} and doc["evidence"] == "present"


def test_show_json_of_a_capture_without_trailing_bytes_gives_null(tmp_path, serve_raw):
    url = serve_raw(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(PAGE) + PAGE)
    cid = _capture(tmp_path / "s", url).capture_id
    doc = json.loads(run_cli("show", cid, "--json", store=tmp_path / "s").stdout)
    assert doc["hops"][0]["trailing"] is None


def test_show_says_so_in_one_line_naming_the_record(captured):
    store, url, result = captured
    [rec] = _trailing_records(store)
    proc = run_cli("show", result.capture_id, store=store)
    assert proc.returncode == 0, proc.stderr
    [line] = [ln for ln in proc.stdout.splitlines() if "TRAILING BYTES" in ln]
    assert f"{len(HIDDEN)} bytes past the end" in line and rec.record_id in line and url in line


def test_reindex_keeps_the_trailing_facts(captured):
    store, _, result = captured
    assert run_cli("reindex", store=store).returncode == 0
    doc = json.loads(run_cli("show", result.capture_id, "--json", store=store).stdout)
    assert doc["evidence"] == "present" and doc["hops"][0]["trailing"]["bytes"] == len(HIDDEN)


def test_an_index_that_hides_the_trailing_bytes_disagrees_with_the_manifest(captured):
    store, _, result = captured
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        [raw] = db.execute("SELECT detail FROM captures WHERE capture_id=?", (result.capture_id,)).fetchone()
        detail = json.loads(raw)
        detail["hops"] = [{k: v for k, v in h.items() if k != "trailing"} for h in detail["hops"]]
        db.execute("UPDATE captures SET detail=? WHERE capture_id=?", (json.dumps(detail), result.capture_id))
    db.close()
    proc = run_cli("show", result.capture_id, "--json", store=store)
    assert proc.returncode == 1 and json.loads(proc.stdout)["evidence"] == "altered"


def test_an_index_with_a_forged_trailing_part_is_altered_and_never_a_traceback(captured):
    store, _, result = captured
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        [raw] = db.execute("SELECT detail FROM captures WHERE capture_id=?", (result.capture_id,)).fetchone()
        detail = json.loads(raw)
        detail["hops"][0]["trailing"] = {"note": "nothing here"}
        db.execute("UPDATE captures SET detail=? WHERE capture_id=?", (json.dumps(detail), result.capture_id))
    db.close()
    proc = run_cli("show", result.capture_id, store=store)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr


# ------------------------------------------------------------------ never the page's words


def test_a_quote_of_the_trailing_words_is_not_found_in_the_capture(captured):
    store, _, result = captured
    proc = run_cli("verify-quote", HIDDEN_QUOTE, "--capture", result.capture_id, "--json", store=store)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "not_found"


def test_a_quote_of_the_trailing_words_is_not_found_in_the_whole_archive(captured):
    store, _, _ = captured
    proc = run_cli("verify-quote", HIDDEN_QUOTE, "--json", store=store)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "not_found"


def test_a_quote_of_the_true_body_still_verifies_exact(captured):
    store, _, result = captured
    proc = run_cli("verify-quote", TRUE_QUOTE, "--capture", result.capture_id, "--json", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "exact"


def test_the_extracted_text_holds_none_of_the_trailing_words(captured):
    store, _, result = captured
    doc = json.loads(run_cli("show", result.capture_id, "--json", store=store).stdout)
    assert "minister" not in json.dumps(doc["article"]) and "Nothing to see here" in doc["article"]["text"]


# ------------------------------------------------------------------ export, verify-bundle, import


@pytest.fixture
def exported(captured, made_once):
    """:func:`captured`, and the bundle exported from a copy of the same store (read only)."""
    store, url, result = captured
    return store, url, result, made_once[3]


def _bundle_records(bundle: Path, tmp_path: Path) -> list[StoredRecord]:
    out = []
    with zipfile.ZipFile(bundle) as z:
        for name in z.namelist():
            if name.startswith("archive/"):
                path = tmp_path / Path(name).name
                path.write_bytes(z.read(name))
                out += [r for r in iter_records(path) if isinstance(r, StoredRecord)]
    return out


def test_the_bundle_carries_the_trailing_record_and_its_cdxj_does_not_list_it(exported, tmp_path):
    store, _, _, bundle = exported
    [rec] = _trailing_records(store)
    carried = [r for r in _bundle_records(bundle, tmp_path) if r.record_id == rec.record_id]
    assert [r.block for r in carried] == [HIDDEN]
    with zipfile.ZipFile(bundle) as z:
        cdxj = b"".join(z.read(n) for n in z.namelist() if n.startswith("indexes/"))
    assert b"trailing" not in cdxj


def test_wacz_validate_accepts_a_bundle_with_a_trailing_record(exported):
    from pywacz import wacz_validate

    code, printed = wacz_validate(exported[3])
    assert code == 0 and "Validation succeeded" in printed, printed


def test_verify_bundle_checks_the_trailing_record_like_any_other(exported):
    _, _, result, bundle = exported
    proc = run_cli("verify-bundle", str(bundle), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["ok"], proc.stdout
    # every record the capture lists, and the warcinfo of the file they were written to
    assert doc["records_checked"] == len(result.records) + 1


def test_verify_bundle_names_an_altered_trailing_record(exported, tmp_path):
    import gzip
    import zlib

    store, _, _, bundle = exported
    [rec] = _trailing_records(store)
    bad = tmp_path / "bad.wacz"
    with zipfile.ZipFile(bundle) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("archive/"):
                members = []
                while data:
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    members.append(d.decompress(data))
                    data = d.unused_data
                data = b"".join(gzip.compress(m.replace(b"resigned in disgrace", b"resigned in triumph"), mtime=0)
                                for m in members)
            zout.writestr(info, data)
    proc = run_cli("verify-bundle", str(bad), "--json")
    assert proc.returncode == 1
    assert any(rec.record_id in p["message"] and "altered" in p["message"]
               for p in json.loads(proc.stdout)["problems"]), proc.stdout


def test_importing_the_bundle_lists_the_trailing_record_with_the_capture_and_does_not_extract_it(
        exported, tmp_path):
    _, _, _, bundle = exported
    other = tmp_path / "other"
    proc = run_cli("import", str(bundle), "--json", store=other)
    assert proc.returncode == 0, proc.stderr
    [cap] = json.loads(proc.stdout)["captures"]
    [rec] = _trailing_records(other)
    assert rec.block == HIDDEN
    doc = json.loads(run_cli("show", cap["capture_id"], "--json", store=other).stdout)
    assert doc["evidence"] == "present" and "minister" not in json.dumps(doc["article"])
    assert doc["hops"][0]["trailing"] == {"record_id": rec.record_id, "bytes": len(HIDDEN), "recorded": len(HIDDEN)}
    assert rec.record_id in {r["record_id"] for r in doc["records"]}
    quote = run_cli("verify-quote", HIDDEN_QUOTE, "--json", store=other)
    assert quote.returncode == 1 and json.loads(quote.stdout)["verdict"] == "not_found"


# ------------------------------------------------------------------ browser captures


def test_the_recording_proxy_hands_the_browser_the_response_and_keeps_the_trailing_bytes_apart(serve_raw):
    import time

    import requests

    from archiver.capture.fetch import Fetcher
    from archiver.capture.proxy import RecordingProxy

    url = _past_content_length(serve_raw)
    with RecordingProxy(Fetcher(FetchOptions()), deadline=time.monotonic() + 30, max_resources=10) as p:
        got = requests.get(url, proxies={"http": p.address})
    [hop] = p.log.hops
    assert got.content == PAGE and hop.response_bytes.endswith(PAGE)
    assert hop.trailing == HIDDEN and hop.trailing_received == len(HIDDEN)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium')")
def test_a_browser_capture_keeps_the_trailing_bytes_apart_as_archive_url_does(tmp_path, serve_raw):
    url = _past_content_length(serve_raw)
    store = tmp_path / "s"
    proc = run_cli("archive", url, "--browser", "--json", "--total-timeout", "60", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    captured = json.loads(proc.stdout)  # one URL asked for: one object
    cid = captured["capture_id"]
    doc = json.loads(run_cli("show", cid, "--json", store=store).stdout)
    page = doc["hops"][-1]["trailing"]
    assert page is not None and page["bytes"] == len(HIDDEN)
    [rec] = [r for r in _trailing_records(store) if r.record_id == page["record_id"]]
    assert rec.block == HIDDEN and rec.target_uri == "urn:archiver:trailing:" + url
    assert "minister" not in json.dumps(doc["article"])
    quote = run_cli("verify-quote", HIDDEN_QUOTE, "--capture", cid, "--json", store=store)
    assert quote.returncode == 1 and json.loads(quote.stdout)["verdict"] == "not_found"
    # every exchange of the page (this server answers its favicon request alike) is in the browser part
    listed = {t["record_id"]: t for t in doc["browser"]["trailing"]}
    assert {r.record_id for r in _trailing_records(store)} == set(listed)
    assert all(t["bytes"] == len(HIDDEN) and t["url"].startswith(url) for t in listed.values())
    shown = run_cli("show", cid, store=store).stdout
    assert shown.count(page["record_id"]) == 2  # once in the TRAILING BYTES line, once among the records
