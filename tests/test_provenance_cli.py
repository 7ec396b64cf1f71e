"""``archiver log ...`` end to end, through the real CLI (in-process)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, chunked

from archiver.core.fixed_clocks import FixedClock
from archiver.provenance import ProvenanceLog


@pytest.fixture
def store(tmp_path: Path, key_dir: Path) -> Path:
    """A store whose log holds a capture, its extraction and a quote check, checkpointed."""
    store = tmp_path / "store"
    log = ProvenanceLog.open(store / "provenance", key_dir=key_dir, clock=FixedClock())
    cap = log.append("capture", {"capture_id": "cap1", "url": "https://example.org/a", "http_status": 200})
    ext = log.append("extraction", {"capture_seq": cap.seq, "capture_id": "cap1", "text_sha256": "sha256:" + "0" * 64})
    log.append("quote_verification", {"capture_seq": cap.seq, "extraction_seq": ext.seq, "capture_id": "cap1",
                                      "quote": "a quote", "verdict": "exact"})
    log.append("capture_failed", {"url": "https://unreachable.invalid/", "error": "DNS lookup failed"})
    log.checkpoint()
    return store


def test_verify_intact_log_exits_0_and_names_the_key_it_trusted(store):
    proc = run_cli("log", "verify", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "from log.pub beside the log (not pinned" in proc.stdout
    assert "fingerprint sha256:" in proc.stdout
    assert proc.stdout.strip().endswith(": OK")


def test_verify_json_with_pinned_key_is_one_document(store, tmp_path):
    published = tmp_path / "published.pub"
    shutil.copy(store / "provenance" / "log.pub", published)
    proc = run_cli("log", "verify", "--key", str(published), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["ok"] is True and doc["problems"] == [] and doc["size"] == 5
    assert doc["key_source"] == f"pinned key {published}"
    assert doc["key_fingerprint"].startswith("sha256:")


def test_verify_tampered_log_exits_1_with_one_line_per_problem_naming_the_entry(store):
    path = store / "provenance" / "log.jsonl"
    path.write_bytes(path.read_bytes().replace(b"https://example.org/a", b"https://example.org/b"))
    proc = run_cli("log", "verify", store=store)
    assert proc.returncode == 1
    errors = [line for line in proc.stdout.splitlines() if line.startswith("ERROR")]
    assert any(line.startswith("ERROR E_PREV: seq 2: prev hash does not match") for line in errors)
    assert any(line.startswith("ERROR E_ROOT_MISMATCH") for line in errors)
    assert "Traceback" not in proc.stderr


def test_verify_against_unreadable_checkpoint_is_a_usage_error(store, tmp_path):
    proc = run_cli("log", "verify", "--against", str(tmp_path / "missing.checkpoint"), store=store)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: cannot read checkpoint file")


def test_verify_without_a_log_is_a_usage_error_and_creates_nothing(tmp_path):
    proc = run_cli("log", "verify", store=tmp_path / "empty")
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error: no archiver store at {tmp_path / 'empty'} (nothing created")
    assert not (tmp_path / "empty").exists()


def test_show_json_is_an_array_and_nl_one_object_per_line(store):
    as_json = run_cli("log", "show", "--json", store=store)
    entries = json.loads(as_json.stdout)
    assert [e["type"] for e in entries] == ["key_created", "capture", "extraction", "quote_verification", "capture_failed"]
    assert all(e["entry_hash"].startswith("sha256:") for e in entries)
    as_nl = run_cli("log", "show", "--nl", "--type", "capture_failed", store=store)
    lines = as_nl.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["data"]["error"] == "DNS lookup failed"


def test_show_readable_lists_seq_time_type_and_what(store):
    proc = run_cli("log", "show", "--type", "capture", store=store)
    assert proc.returncode == 0
    entry = ProvenanceLog.open(store / "provenance", create=False).entry(1)
    assert proc.stdout.split() == ["1", entry.time, "capture", "https://example.org/a"]


def test_show_unknown_type_is_a_usage_error(store):
    assert run_cli("log", "show", "--type", "captured", store=store).returncode == 2


def test_checkpoint_without_the_key_exits_3_and_says_how_to_bring_it(store, tmp_path):
    proc = run_cli("log", "checkpoint", store=store, env={"ARCHIVER_KEY_DIR": str(tmp_path / "no-keys")})
    assert proc.returncode == 3
    assert "copy the key file" in proc.stderr and proc.stderr.count("\n") == 1


def test_key_prints_the_vkey_to_publish(store):
    proc = run_cli("log", "key", store=store)
    assert proc.stdout.strip() == (store / "provenance" / "log.pub").read_text().strip()
    assert "fingerprint sha256:" in proc.stderr


def test_proof_then_verify_proof_round_trip_and_a_tampered_proof_fails(store, tmp_path):
    proof = tmp_path / "quote-3.tlog-proof"
    made = run_cli("log", "proof", "3", "-o", str(proof), "--json", store=store)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["entries"] == [3, 1, 2]
    pub = store / "provenance" / "log.pub"
    ok = run_cli("log", "verify-proof", str(proof), "--key", str(pub))
    assert ok.returncode == 0, ok.stdout
    assert ok.stdout.strip().endswith(": OK")
    proof.write_bytes(proof.read_bytes().replace(b"index 3\n", b"index 4\n", 1))
    bad = run_cli("log", "verify-proof", str(proof), "--key", str(pub), "--json")
    assert bad.returncode == 1
    assert "E_PROOF_INDEX" in {p["code"] for p in json.loads(bad.stdout)["problems"]}


def test_proof_of_an_entry_that_does_not_exist_is_a_usage_error(store, tmp_path):
    proc = run_cli("log", "proof", "99", "-o", str(tmp_path / "p"), store=store)
    assert proc.returncode == 2 and "no entry 99" in proc.stderr


PAGE = b"<html><body><article><p>The harbour handled 41,000 containers in March.</p></article></body></html>"


def test_archived_capture_is_provable_offline_with_its_warc(tmp_path):
    """The whole path: archive a page, cite its capture entry, check it with key + WARC only."""
    site = Site()
    site.routes["/news"] = lambda h: chunked("200 OK", [("Content-Type", "text/html")], [PAGE[:40], PAGE[40:]])
    store = tmp_path / "store"
    try:
        archived = run_cli("archive", site.url("/news"), store=store)
    finally:
        site.close()
    assert archived.returncode == 0, archived.stderr
    captures = json.loads(run_cli("log", "show", "--type", "capture", "--json", store=store).stdout)
    assert len(captures) == 1
    capture = captures[0]
    proof = tmp_path / "capture.tlog-proof"
    assert run_cli("log", "proof", str(capture["seq"]), "-o", str(proof), store=store).returncode == 0
    warc = store / capture["data"]["warc"]
    checked = run_cli("log", "verify-proof", str(proof), "--key", str(store / "provenance" / "log.pub"),
                      "--warc", str(warc), "--json")
    assert checked.returncode == 0, checked.stdout
    doc = json.loads(checked.stdout)
    assert doc["payload_digest"] == capture["data"]["payload_digest"]
    deep = run_cli("log", "verify", "--deep", store=store)
    assert deep.returncode == 0, deep.stdout + deep.stderr


def test_consistency_from_a_saved_checkpoint_to_the_latest_verifies(store, tmp_path, key_dir):
    saved = tmp_path / "paper.checkpoint"
    shutil.copy(store / "provenance" / "checkpoint", saved)
    log = ProvenanceLog.open(store / "provenance", key_dir=key_dir, create=False)
    log.append_many([("export", {"path": f"x{i}"}) for i in range(9)])
    log.checkpoint()
    proof = tmp_path / "grown.consistency"
    made = run_cli("log", "consistency", str(saved), "-o", str(proof), store=store)
    assert made.returncode == 0, made.stderr
    pub = store / "provenance" / "log.pub"
    checked = run_cli("log", "verify-consistency", str(proof), "--old", str(saved), "--key", str(pub), "--json")
    assert checked.returncode == 0, checked.stdout
    doc = json.loads(checked.stdout)
    assert (doc["old_size"], doc["new_size"]) == (5, 14)


def test_verify_readable_output_caps_a_flood_of_one_problem_and_json_keeps_all(store, key_dir):
    log = ProvenanceLog.open(store / "provenance", key_dir=key_dir, create=False)
    log.append_many([("export", {"path": f"x{i}"}) for i in range(30)])
    log.checkpoint()
    path = store / "provenance" / "log.jsonl"
    path.write_bytes(path.read_bytes().replace(log.origin.encode(), b"other.example/prov/00000000"))
    text = run_cli("log", "verify", store=store)
    assert text.returncode == 1
    origin_lines = [line for line in text.stdout.splitlines() if line.startswith("ERROR E_ORIGIN")]
    assert len(origin_lines) == 20
    assert "... and 15 more E_ORIGIN (all of them with --json)" in text.stdout
    doc = json.loads(run_cli("log", "verify", "--json", store=store).stdout)
    assert sum(p["code"] == "E_ORIGIN" for p in doc["problems"]) == 35
