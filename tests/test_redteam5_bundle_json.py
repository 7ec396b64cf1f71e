"""Red team, fifth pass: a bundle member nested deeper than Python's parser recurses.

``json.loads`` recurses once per nesting level, so ``[[[[...]]]]`` a few thousand deep raises
RecursionError, which is no ValueError: every ``except ValueError`` around the parse of a
bundle's ``datapackage.json``, ``datapackage-digest.json``, ``bundle.json`` or
``pages/pages.jsonl`` missed it, and ``verify-bundle`` (and ``import``) ended in a traceback
instead of a report. A member too deeply nested is now malformed JSON like any other.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from bundles import HARBOUR_PAGE as PAGE
from bundles import with_member
from conftest import run_cli

DEEP = b"[" * 100_000 + b"]" * 100_000
MEMBERS = ("datapackage.json", "datapackage-digest.json", "provenance/bundle.json", "pages/pages.jsonl")


@pytest.fixture(scope="module")
def bundle(one_page_bundle: dict[str, Path]) -> dict[str, Path]:
    """A store with one capture, its bundle, and the log's public key (shared: tests/bundles.py)."""
    return one_page_bundle


@pytest.mark.parametrize("member", MEMBERS)
def test_a_deeply_nested_member_fails_the_bundle_check_without_a_traceback(bundle, tmp_path, member):
    doctored = with_member(bundle["bundle"], tmp_path / "deep.wacz", member, DEEP)
    proc = run_cli("verify-bundle", str(doctored), "--key", str(bundle["key"]), "--json")
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr, proc.stderr[-400:]
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["ok"] is False and any(p["file"] == member for p in doc["problems"])


@pytest.mark.parametrize("member", ["datapackage.json", "pages/pages.jsonl"])
def test_import_of_a_wacz_with_a_deeply_nested_member_is_refused_without_a_traceback(bundle, tmp_path, member):
    """A member that is not JSON is malformed input like one of the wrong shape
    (tests/test_bundle_json_shapes.py): refused in one line naming it (exit 2), nothing imported.
    (Before, the WACZ was imported with a warning, its datapackage's hashes left unchecked.)"""
    doctored = with_member(bundle["bundle"], tmp_path / "deep.wacz", member, DEEP)
    proc = run_cli("import", str(doctored), "--json", store=tmp_path / "other")
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr, proc.stderr[-400:]
    assert proc.returncode == 2 and member in proc.stderr and "nothing imported" in proc.stderr, proc.stderr
    assert json.loads(run_cli("list", "--json", store=tmp_path / "other").stdout or "[]") == []


def test_a_proof_whose_entry_is_nested_too_deeply_fails_without_a_traceback(bundle, tmp_path):
    import base64

    with zipfile.ZipFile(bundle["bundle"]) as z:
        name = sorted(n for n in z.namelist() if n.endswith(".tlog-proof"))[0]
        lines = z.read(name).split(b"\n")
    lines = [b"extra " + base64.b64encode(DEEP) if line.startswith(b"extra ") else line for line in lines]
    doctored = with_member(bundle["bundle"], tmp_path / "deep.wacz", name, b"\n".join(lines))
    proc = run_cli("verify-bundle", str(doctored), "--key", str(bundle["key"]), "--json")
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr, proc.stderr[-400:]
    assert proc.returncode == 1 and json.loads(proc.stdout)["ok"] is False


def test_import_of_a_warc_whose_manifest_record_is_nested_too_deeply_imports_its_page(tmp_path):
    """A foreign WARC's archiver manifest is read only for the capture id it names: one nested
    too deeply is a manifest we cannot read (the page gets a new id), not a traceback that
    leaves the copied WARC behind in the store."""
    import io
    import uuid

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from archiver.capture.records import MANIFEST_TYPE

    warc = tmp_path / "deep-manifest.warc.gz"
    with open(warc, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/harbour", "response", http_headers=http,
                                            payload=io.BytesIO(PAGE)))
        w.write_record(w.create_warc_record("urn:archiver:capture:https://example.org/harbour", "metadata",
                                            payload=io.BytesIO(DEEP), warc_content_type=MANIFEST_TYPE,
                                            warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{uuid.uuid4()}>"}))
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr, proc.stderr[-400:]
    assert proc.returncode == 0, proc.stderr
    listed = json.loads(run_cli("list", "--json", store=tmp_path / "store").stdout)
    assert [c["url"] for c in listed] == ["https://example.org/harbour"]
