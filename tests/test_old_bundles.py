"""Bundles archiver exported before 2026-11-29 (commit f704731) still verify and import.

That exporter named the replay index ``indexes/index.cdxj`` (ours is ``indexes/index.cdx`` since)
and signed the WACZ digest with ECDSA P-256 (P-384 since). The bundle in
``tests/data/export/before_index_cdx`` was written by that exporter (commit 6078620, see
``make_before_index_cdx.py`` beside it): one page, one quote found on it and one not. Its
recipient pins its log key (``log.pub``, as published by its author) as for any bundle.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from bundles import pin_bundle_key
from conftest import run_cli

OLD = Path(__file__).parent / "data" / "export" / "before_index_cdx"
CAPTURE_ID = json.loads((OLD / "capture.json").read_text())["capture_id"]


@pytest.fixture
def old_bundle(tmp_path: Path) -> Path:
    """A copy of the old bundle whose log key the recipient has pinned."""
    bundle = shutil.copy2(OLD / "before.wacz", tmp_path / "before.wacz")
    pin_bundle_key(bundle)
    assert bundle.with_name("before.wacz.log.pub").read_bytes() == (OLD / "log.pub").read_bytes()
    return bundle


def test_the_old_bundle_is_what_that_exporter_wrote():
    with zipfile.ZipFile(OLD / "before.wacz") as z:
        names = z.namelist()
        signed = json.loads(z.read("datapackage-digest.json"))["signedData"]
    assert "indexes/index.cdxj" in names and "indexes/index.cdx" not in names
    assert signed["publicKey"].startswith("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQc")  # a P-256 SPKI


def test_a_bundle_exported_before_the_index_was_renamed_verifies(old_bundle):
    proc = run_cli("verify-bundle", str(old_bundle))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("VERIFIED")


def test_its_index_under_the_old_name_is_checked_as_ours(old_bundle):
    doc = json.loads(run_cli("verify-bundle", str(old_bundle), "--json").stdout)
    assert doc["verdict"] == "verified" and doc["problems"] == []
    assert [w["code"] for w in doc["warnings"]] == ["W_VERSIONS"]  # its extractor was version 1
    assert any(s.startswith("The replay index (indexes/index.cdxj) has 1 line") and "leaves out no record" in s
               for s in doc["proven"])


def test_its_quote_checks_are_in_the_bundle_and_re_run(old_bundle):
    doc = json.loads(run_cli("verify-bundle", str(old_bundle), "--json").stdout)
    [capture] = doc["captures"]
    assert capture["capture_id"] == CAPTURE_ID and len(capture["quote_verification_seqs"]) == 2
    assert doc["quotes_checked"] == 2
    [said] = [s for s in doc["proven"] if s.startswith(f"Capture {CAPTURE_ID}")]
    assert "verdict 'exact' (re-run here on the reproduced text: same verdict)" in said
    assert "verdict 'not_found' (re-run here on the reproduced text: same verdict)" in said


def test_a_bundle_with_the_index_under_both_names_is_refused(old_bundle, tmp_path):
    both = tmp_path / "both.wacz"
    with zipfile.ZipFile(old_bundle) as z, zipfile.ZipFile(both, "w") as out:
        for info in z.infolist():
            out.writestr(info, z.read(info))
        out.writestr("indexes/index.cdx", z.read("indexes/index.cdxj"))  # no exporter wrote both
    proc = run_cli("verify-bundle", str(both), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert [(p["code"], p["file"]) for p in doc["problems"]] == [("E_ZIP_LAYOUT", "indexes/index.cdxj")]


def test_a_bundle_exported_before_the_index_was_renamed_imports_with_its_capture_id(old_bundle, store):
    proc = run_cli("import", str(old_bundle), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert [c["capture_id"] for c in json.loads(proc.stdout)["captures"]] == [CAPTURE_ID]


def test_a_quote_verifies_against_the_capture_imported_from_the_old_bundle(old_bundle, store):
    assert run_cli("import", str(old_bundle), store=store).returncode == 0
    proc = run_cli("verify-quote", "The committee said on Tuesday", "--capture", CAPTURE_ID, "--json",
                   store=store)
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["verdict"] == "exact" and doc["capture"] == CAPTURE_ID
    assert doc["origin"] == "imported" and doc["evidence"] == "present"
