"""Proof files a paper can cite: built from the log, checked with only the public key."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

import pytest
import rfc8785

from archiver.capture.warc import RecordSpec, WarcAppender
from archiver.core.fixed_clocks import FixedClock
from archiver.errors import UsageError
from archiver.provenance import ProvenanceLog, verify_consistency_proof, verify_proof
from archiver.provenance.chain import line_hash
from archiver.provenance.merkle import CompactRange, leaf_hash
from archiver.provenance.note import Checkpoint, Signer, sign_checkpoint
from archiver.provenance.proof import HEADER, parse_proof

BODY_CHUNKED = b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + BODY_CHUNKED
RECORD_ID = "<urn:uuid:11111111-2222-3333-4444-555555555555>"
PAYLOAD = "sha256:" + hashlib.sha256(b"hello world").hexdigest()  # de-chunked, content coding kept


@pytest.fixture
def log(tmp_path: Path, key_dir: Path) -> ProvenanceLog:
    log = ProvenanceLog.open(tmp_path / "provenance", key_dir=key_dir, clock=FixedClock())
    log.append_many([("capture_failed", {"url": f"https://x/{i}", "error": "refused"}) for i in range(20)])
    cap = log.append("capture", {"capture_id": "cap1", "url": "https://example.org/a", "warc": "warcs/a.warc.gz",
                                 "response_record_id": RECORD_ID, "payload_digest": PAYLOAD})
    ext = log.append("extraction", {"capture_seq": cap.seq, "capture_id": "cap1", "text_sha256": "sha256:" + "ab" * 32})
    log.append("quote_verification", {"capture_seq": cap.seq, "extraction_seq": ext.seq, "capture_id": "cap1",
                                      "quote": "hello world", "verdict": "exact", "start": 0, "end": 11,
                                      "text_sha256": "sha256:" + "ab" * 32})
    log.append_many([("export", {"path": f"e{i}"}) for i in range(10)])
    log.checkpoint()
    return log


@pytest.fixture
def pub(log: ProvenanceLog) -> Path:
    return log.directory / "log.pub"


QUOTE_SEQ, CAPTURE_SEQ, EXTRACTION_SEQ = 23, 21, 22


def test_proof_of_a_quote_bundles_its_extraction_and_capture_against_one_checkpoint(log, pub):
    data = log.proof(QUOTE_SEQ)
    blocks = parse_proof(data)
    assert [b.index for b in blocks] == [QUOTE_SEQ, CAPTURE_SEQ, EXTRACTION_SEQ]
    assert len({b.note for b in blocks}) == 1
    assert data.decode().count(HEADER) == 3
    report = verify_proof(data, public_key_file=pub)
    assert report.ok, report.problems
    assert [e["type"] for e in report.entries] == ["quote_verification", "capture", "extraction"]
    assert report.checkpoint_size == log.size and report.origin == log.origin
    assert report.key_fingerprint == log.public_key_fingerprint


def test_proof_of_a_plain_entry_is_a_single_standard_tlog_proof(log, pub):
    text = log.proof(5).decode()
    lines = text.splitlines()
    assert lines[0] == HEADER and lines[1].startswith("extra ") and lines[2] == "index 5"
    assert base64.b64decode(lines[1][6:]) == log.entry(5).line
    assert text.endswith(log.checkpoint_note())
    assert verify_proof(text.encode(), public_key_file=pub).ok


def codes(report) -> set[str]:
    return {p.code for p in report.problems}


def test_altered_entry_bytes_fail(log, pub):
    data = log.proof(QUOTE_SEQ)
    entry = log.entry(QUOTE_SEQ).line
    forged = entry.replace(b"hello world", b"hello wodld")
    bad = data.replace(base64.b64encode(entry), base64.b64encode(forged))
    report = verify_proof(bad, public_key_file=pub)
    assert not report.ok
    assert "E_PROOF_INCLUSION" in codes(report)
    assert report.problems[0].seq == QUOTE_SEQ


def test_altered_index_fails_with_its_own_message(log, pub):
    bad = log.proof(5).replace(b"index 5\n", b"index 6\n")
    report = verify_proof(bad, public_key_file=pub)
    assert "E_PROOF_INDEX" in codes(report)
    assert any("proof index 6 but the entry says seq 5" in p.message for p in report.problems)


def test_altered_inclusion_path_fails(log, pub):
    data = log.proof(5)
    first_path_line = data.decode().split("\n")[3]
    raw = bytearray(base64.b64decode(first_path_line))
    raw[0] ^= 1
    bad = data.replace(first_path_line.encode(), base64.b64encode(bytes(raw)))
    report = verify_proof(bad, public_key_file=pub)
    assert codes(report) == {"E_PROOF_INCLUSION"}


def test_altered_checkpoint_fails_signature(log, pub):
    data = log.proof(5)
    root_line = log.checkpoint_note().split("\n")[2]
    raw = bytearray(base64.b64decode(root_line))
    raw[0] ^= 1
    bad = data.replace(root_line.encode(), base64.b64encode(bytes(raw)))
    report = verify_proof(bad, public_key_file=pub)
    assert "E_PROOF_SIG" in codes(report)


def test_proof_checked_with_another_key_fails_signature(log, tmp_path):
    other = tmp_path / "other.pub"
    other.write_text(Signer.generate(log.origin).verifier.vkey + "\n")
    report = verify_proof(log.proof(5), public_key_file=other)
    assert codes(report) == {"E_PROOF_SIG"}


def test_proof_missing_a_referenced_entry_fails(log, pub):
    data = log.proof(EXTRACTION_SEQ).decode()
    first_block = data[: data.index(HEADER, 1)]
    report = verify_proof(first_block.encode(), public_key_file=pub)
    assert codes(report) == {"E_PROOF_MISSING_REF"}


def test_garbage_is_reported_as_malformed_not_a_crash(pub):
    report = verify_proof(b"hello\n", public_key_file=pub)
    assert not report.ok and codes(report) == {"E_PROOF_FORMAT"}


def test_unreadable_key_file_is_a_usage_error(log, tmp_path):
    with pytest.raises(UsageError, match="cannot read key file"):
        verify_proof(log.proof(5), public_key_file=tmp_path / "missing.pub")


def test_old_proof_stays_valid_after_1000_more_entries_and_a_new_one_verifies_too(log, pub):
    old = log.proof(QUOTE_SEQ)
    log.append_many([("export", {"path": f"later{i}"}) for i in range(1000)])
    log.checkpoint()
    assert verify_proof(old, public_key_file=pub).ok
    new = log.proof(QUOTE_SEQ)
    report = verify_proof(new, public_key_file=pub)
    assert report.ok and report.checkpoint_size == log.size


def test_proof_signs_a_checkpoint_first_when_the_entry_is_not_covered_yet(log, pub):
    e = log.append("export", {"path": "fresh"})
    report = verify_proof(log.proof(e.seq), public_key_file=pub)
    assert report.ok and report.checkpoint_size == e.seq + 1


def write_warc(path: Path, block: bytes) -> None:
    with open(path, "wb") as f:
        WarcAppender(f).write([RecordSpec("response", "https://example.org/a", "2026-01-01T00:00:00Z",
                                          RECORD_ID, block, "application/http; msgtype=response")])


def test_warc_payload_digest_is_recomputed_dechunked(log, pub, tmp_path):
    warc = tmp_path / "a.warc.gz"
    write_warc(warc, RESPONSE)
    report = verify_proof(log.proof(QUOTE_SEQ), public_key_file=pub, warc=warc)
    assert report.ok, report.problems
    assert report.payload_digest == PAYLOAD


def test_warc_whose_payload_differs_from_the_logged_digest_fails(log, pub, tmp_path):
    warc = tmp_path / "a.warc.gz"
    write_warc(warc, RESPONSE.replace(b"hello", b"jello"))
    report = verify_proof(log.proof(CAPTURE_SEQ), public_key_file=pub, warc=warc)
    assert codes(report) == {"E_PROOF_WARC"}
    assert f"the capture entry says {PAYLOAD}" in report.problems[0].message


# --- consistency: a newer checkpoint extends an older one ------------------------------------
def test_consistency_proof_shows_the_latest_checkpoint_extends_an_old_one(log, pub):
    old_note = log.checkpoint_note()
    old_size = log.latest_checkpoint().size
    log.append_many([("export", {"path": f"more{i}"}) for i in range(37)])
    log.checkpoint()
    data = log.consistency_proof(old_size)
    assert data.decode().startswith(f"old {old_size}\n")
    report = verify_consistency_proof(data, old_checkpoint=old_note, public_key_file=pub)
    assert report.ok and report.new_size == old_size + 37


def test_consistency_proof_with_an_altered_hash_fails(log, pub):
    old_note, old_size = log.checkpoint_note(), log.latest_checkpoint().size
    log.append_many([("export", {"path": f"more{i}"}) for i in range(5)])
    log.checkpoint()
    lines = log.consistency_proof(old_size).decode().split("\n")
    raw = bytearray(base64.b64decode(lines[1]))
    raw[5] ^= 0x10
    lines[1] = base64.b64encode(bytes(raw)).decode()
    report = verify_consistency_proof("\n".join(lines).encode(), old_checkpoint=old_note, public_key_file=pub)
    assert [p.code for p in report.problems] == ["E_CONSISTENCY"]


def test_a_forked_history_signed_with_the_same_key_is_not_consistent(log, pub, tmp_path, key_dir):
    old_note, old_size = log.checkpoint_note(), log.latest_checkpoint().size
    fork_dir = tmp_path / "fork"
    shutil.copytree(log.directory, fork_dir)
    lines = (fork_dir / "log.jsonl").read_bytes().split(b"\n")[:-1]
    obj = json.loads(lines[5])
    obj["data"]["error"] = "forged"
    lines[5] = rfc8785.dumps(obj)
    for i in range(6, len(lines)):
        later = json.loads(lines[i])
        later["prev"] = line_hash(lines[i - 1])
        lines[i] = rfc8785.dumps(later)
    (fork_dir / "log.jsonl").write_bytes(b"".join(line + b"\n" for line in lines))
    for p in [*fork_dir.glob("checkpoints/*"), fork_dir / "checkpoint", fork_dir / "tree.json"]:
        p.unlink()
    stolen = tmp_path / "stolen-keys"  # the key file only: the owner's record would refuse the fork
    stolen.mkdir()
    for key in key_dir.glob("*.key"):
        shutil.copy(key, stolen / key.name)
    # a log with entries and no checkpoint is never signed over: the forger signs size 1 by hand
    signer = Signer.from_skey(next(stolen.glob("*.key")).read_text())
    first = CompactRange()
    first.append(leaf_hash(lines[0]))
    (fork_dir / "checkpoint").write_text(sign_checkpoint(Checkpoint(log.origin, 1, first.root()), signer))
    fork = ProvenanceLog.open(fork_dir, key_dir=stolen, create=False)
    fork.append("export", {"path": "after the fork"})
    fork.checkpoint()  # the key holder signs the rewritten history
    report = verify_consistency_proof(fork.consistency_proof(old_size), old_checkpoint=old_note, public_key_file=pub)
    assert [p.code for p in report.problems] == ["E_CONSISTENCY"]
    assert "history was rewritten" in report.problems[0].message
