"""A correction made on an extraction a later ``archiver reextract`` superseded, in a bundle.

A correction states the value it replaced ("corrected from X"), as the extraction it was made on
(``extraction_seq``) held it. ``verify-bundle`` held that value only for a correction made on the
capture's current extraction (red team sec52): one made on an extraction superseded since was
stated in the report with nothing checked, and when that extraction was a re-extraction its
record did not travel at all (export carried the records of the extractions published quote
checks were made on, not those corrections were made on). Now export carries the extraction each
correction was made on, like a quote check's, the value before is held to that extraction's
record (a later correction of the same field: to the value the one before it left), and when a
bundle does not hold that record the report says the value before is the correction's own word.

Each test works on its own copy of the store extractor 56 made (tests/test_reextract.py), re-
extracted by a middle extractor ("58", today's text and one sentence more), corrected, then
re-extracted by today's.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from bundles import members, resign
from conftest import run_cli
from test_redteam51_bundle_corrections import _adopted_correction
from test_reextract import CAPTURE_ID, _extraction_entries, bundle_checked, copy_old_store
from test_reextract_bundles import _extractor_58

from archiver.archive import Archive

TITLE = "Harbour tax to go"


@pytest.fixture
def old_store(tmp_path: Path, key_dir: Path) -> Path:
    return copy_old_store(tmp_path, key_dir)


def _middle_then_today(store: Path, correct) -> dict:
    """56 -> 58, ``correct()`` on 58's extraction, 58 -> today's; the middle extraction entry."""
    with Archive.open(store, extractor=_extractor_58) as arc:
        assert arc.reextract([CAPTURE_ID]).to_dict()["counts"]["reextracted"] == 1
    correct()
    assert run_cli("reextract", CAPTURE_ID, store=store).exit_code == 0
    _, middle, _ = _extraction_entries(store)
    return middle


def _extracted_title(store: Path) -> str:
    return json.loads(run_cli("show", CAPTURE_ID, "--json", store=store).stdout)["article"]["title"]


def test_a_correction_made_on_a_middle_re_extraction_travels_with_its_record_and_verifies(old_store, tmp_path):
    middle = _middle_then_today(old_store, lambda: run_cli(
        "correct", CAPTURE_ID, "--title", TITLE, "--reason", "the printed headline", store=old_store))
    doc = bundle_checked(old_store, tmp_path)
    assert f"archive/{Path(middle['data']['record']['warc']).name}" in zipfile.ZipFile(doc["path"]).namelist()
    assert not doc["problems"], doc["problems"]
    [sentence] = [p for p in doc["proven"] if "Correction at position" in p]
    assert f"to '{TITLE}'" in sentence and "not proven" not in sentence


def test_a_correction_made_on_a_middle_re_extraction_stating_a_value_it_never_held_fails(
        old_store, tmp_path, key_dir):
    def forged() -> None:
        before = _extracted_title(old_store)
        entries = [json.loads(line) for line in (old_store / "provenance" / "log.jsonl").read_text().splitlines()]
        key = next(e for e in entries if e["type"] == "key_created")["data"]["key_fingerprint"]
        middle = [e for e in entries if e["type"] == "extraction"][-1]
        assert before != "Harbour closed for good"
        _adopted_correction(old_store, {"ARCHIVER_KEY_DIR": str(key_dir)}, {
            "capture_id": CAPTURE_ID, "capture_seq": middle["data"]["capture_seq"], "extraction_seq": middle["seq"],
            "fields": {"title": {"old": "Harbour closed for good", "new": TITLE}},
            "reason": "the printed headline", "key_fingerprint": key})

    middle = _middle_then_today(old_store, forged)
    doc = bundle_checked(old_store, tmp_path)
    assert doc["exit"] == 1
    assert any("Harbour closed for good" in p["message"] and f"entry {middle['seq']}" in p["message"]
               for p in doc["problems"]), doc["problems"]


def _without_the_middle_extraction(old_store: Path, tmp_path: Path, key_dir: Path) -> tuple[dict, Path]:
    """The middle extraction's entry and a bundle re-signed by the WACZ key's holder without that
    entry's proof and record (as an export made before the record travelled, or a holder dropping
    them so a false value before is not checked)."""
    middle = _middle_then_today(old_store, lambda: run_cli(
        "correct", CAPTURE_ID, "--title", TITLE, "--reason", "the printed headline", store=old_store))
    doc = bundle_checked(old_store, tmp_path)
    files = members(doc["path"])
    warc = f"archive/{Path(middle['data']['record']['warc']).name}"
    kept = {n: b for n, b in files.items() if n not in (warc, f"provenance/entry-{middle['seq']}.tlog-proof")}
    older = tmp_path / "older.wacz"
    package = json.loads(kept["datapackage.json"])
    package["resources"] = [r for r in package["resources"] if r["path"] in kept]
    kept["datapackage.json"] = json.dumps(package).encode()
    with zipfile.ZipFile(older, "w") as z:
        for name, data in kept.items():
            z.writestr(name, data)
    return middle, resign(older, tmp_path / "older-signed.wacz", {"datapackage.json": kept["datapackage.json"]}, key_dir)


def test_a_bundle_without_the_record_a_correction_was_made_on_says_its_value_before_is_unproven(
        old_store, tmp_path, key_dir):
    middle, older = _without_the_middle_extraction(old_store, tmp_path, key_dir)
    checked = run_cli("verify-bundle", str(older), "--json", store=old_store)
    report = json.loads(checked.stdout)
    assert not report["problems"], report["problems"]
    [sentence] = [p for p in report["proven"] if "Correction at position" in p]
    assert "not proven" in sentence and f"log entry {middle['seq']}" in sentence


def test_a_bundle_without_the_extraction_a_correction_was_made_on_is_not_verified(old_store, tmp_path, key_dir):
    """The signed log says the extraction exists; a check that cannot be made on it is no success
    (conventions: exit 3, as for a WARC the log names that is missing)."""
    middle, older = _without_the_middle_extraction(old_store, tmp_path, key_dir)
    checked = run_cli("verify-bundle", str(older), "--key", str(old_store / "provenance" / "log.pub"), "--json",
                      store=old_store)
    report = json.loads(checked.stdout)
    assert checked.returncode == 3 and report["verdict"] == "incomplete", checked.stdout
    assert any(w["code"] == "W_INCOMPLETE" and f"log entry {middle['seq']}" in w["message"]
               for w in report["warnings"]), report["warnings"]
