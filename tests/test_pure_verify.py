"""Verification is pure, and every error is one of ours (issue 13, points 3 and 4).

Proofs are built and checked here entirely in memory (a log made of ``build_line`` bytes, a
key made with ``Signer.generate``), with every way of opening a file disabled: what a reader
needs to check a proof is bytes and a key. Bundle verification leaves no temporary file. Each
format's one decoder raises our own ``Malformed...`` error (exit 2), never a ``ValueError`` or
``UnicodeDecodeError``, and every exception class in the package is an ``ArchiverError``.
"""

from __future__ import annotations

import base64
import builtins
import importlib
import inspect
import io
import os
import pkgutil
import tempfile
from pathlib import Path

import pytest

import archiver
from archiver.errors import (
    EXIT_PROBLEM,
    EXIT_USAGE,
    ArchiverError,
    MalformedEntry,
    MalformedKey,
    MalformedNote,
    MalformedProof,
    NoteSignatureError,
    ProofError,
)
from archiver.provenance.chain import build_line, decode_entry, format_time, line_hash
from archiver.provenance.merkle import (
    InclusionProver,
    inclusion_proof,
    inclusion_proofs,
    leaf_hash,
    root,
)
from archiver.provenance.note import Checkpoint, Signer, Verifier, open_checkpoint, sign_checkpoint
from archiver.provenance.proof import (
    build_consistency,
    build_proofs,
    check_consistency,
    check_proof,
    require_consistency,
    require_proof,
)
from archiver.provenance.prooftext import parse_consistency, parse_proof

ORIGIN = "archiver.test/pure"


def _memory_log(n: int) -> tuple[Signer, list[bytes]]:
    """``n`` log lines (a capture, then extractions referring to it), built without any file."""
    import datetime as dt

    signer = Signer.generate(ORIGIN)
    lines: list[bytes] = []
    prev = None
    for seq in range(n):
        data = ({"capture_id": "c0", "payload_digest": "sha256:" + "0" * 64} if seq == 0
                else {"capture_id": "c0", "capture_seq": 0, "text_sha256": "sha256:" + "1" * 64})
        line = build_line(origin=ORIGIN, seq=seq, prev=prev, time=format_time(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),
                          type_="capture" if seq == 0 else "extraction", data=data, tool="archiver test")
        lines.append(line)
        prev = line_hash(line)
    return signer, lines


def _signed(signer: Signer, lines: list[bytes], size: int) -> tuple[Checkpoint, str]:
    cp = Checkpoint(ORIGIN, size, root(leaf_hash(x) for x in lines[:size]))
    return cp, sign_checkpoint(cp, signer)


@pytest.fixture
def no_files(monkeypatch: pytest.MonkeyPatch):
    """Any attempt to open a file fails the test: what runs inside must work from bytes only."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"verification opened a file: {args[:1]}")

    for target, name in ((builtins, "open"), (io, "open"), (os, "open"), (Path, "open"),
                         (Path, "read_bytes"), (Path, "read_text")):
        monkeypatch.setattr(target, name, refuse)


def test_a_proof_verifies_from_bytes_and_a_key_without_opening_any_file(no_files):
    signer, lines = _memory_log(9)
    cp, note = _signed(signer, lines, 9)
    proofs = build_proofs(lines, [0, 5], cp, note)
    report = check_proof(proofs[5], signer.verifier, key_source="test key")
    assert report.ok, report.problems
    assert [e["seq"] for e in report.entries] == [5, 0]  # the extraction, then the capture it names
    assert report.key_source == "test key"


def test_a_tampered_proof_fails_from_bytes_and_the_raising_wrapper_raises_proof_error(no_files):
    signer, lines = _memory_log(9)
    cp, note = _signed(signer, lines, 9)
    proof = build_proofs(lines, [5], cp, note)[5]
    block = parse_proof(proof)[0]
    forged = proof.replace(base64.b64encode(block.path[0]), base64.b64encode(bytes(32)))
    assert forged != proof
    assert not check_proof(forged, signer.verifier).ok
    with pytest.raises(ProofError, match="not included in checkpoint") as raised:
        require_proof(forged, signer.verifier)
    assert raised.value.exit_code == EXIT_PROBLEM
    assert require_proof(proof, signer.verifier).ok


def test_a_proof_checked_with_another_key_reports_the_signature_without_raising(no_files):
    signer, lines = _memory_log(3)
    cp, note = _signed(signer, lines, 3)
    report = check_proof(build_proofs(lines, [2], cp, note)[2], Signer.generate(ORIGIN).verifier)
    assert [p.code for p in report.problems] == ["E_PROOF_SIG"]


def test_a_consistency_proof_verifies_from_bytes_and_a_fork_does_not(no_files):
    signer, lines = _memory_log(12)
    old_cp, old_note = _signed(signer, lines, 5)
    new_cp, new_note = _signed(signer, lines, 12)
    leaves = [leaf_hash(x) for x in lines]
    proof = build_consistency(leaves, 5, new_note, new_cp)
    assert parse_consistency(proof).old_size == 5
    assert require_consistency(proof, old_checkpoint=old_note.encode(), verifier=signer.verifier).new_size == 12
    forked = [*lines[:2], lines[2].replace(b'"c0"', b'"c9"'), *lines[3:]]  # entry 2 rewritten, re-signed
    fork_cp, fork_note = _signed(signer, forked, 12)
    fork = build_consistency([leaf_hash(x) for x in forked], 5, fork_note, fork_cp)
    report = check_consistency(fork, old_checkpoint=old_note, verifier=signer.verifier)
    assert [p.code for p in report.problems] == ["E_CONSISTENCY"]
    with pytest.raises(ProofError):
        report.raise_for_problems()


@pytest.mark.parametrize("size", [1, 2, 3, 7, 8, 9, 31, 64, 100])
def test_batched_inclusion_proofs_equal_the_proofs_computed_one_by_one(size):
    leaves = [leaf_hash(bytes([i % 256, i // 256])) for i in range(size)]
    batched = inclusion_proofs(leaves, range(size), size)
    assert batched == {i: inclusion_proof(leaves, i, size) for i in range(size)}


def test_the_batched_prover_hashes_each_subtree_once():
    size = 1000
    leaves = [leaf_hash(i.to_bytes(2, "big")) for i in range(size)]
    prover = InclusionProver(leaves, size)
    for i in range(size):
        prover.proof(i)
    assert len(prover._memo) < size  # an interior node per subtree, never per proof


@pytest.mark.parametrize(("decode", "data", "error"), [
    (Verifier.from_vkey, b"\xff\xfe not a key", MalformedKey),
    (Verifier.from_vkey, b"name+0000+AAAA", MalformedKey),
    (Signer.from_skey, b"\x80", MalformedKey),
    (Checkpoint.parse, b"\xff\n1\n", MalformedNote),
    (parse_proof, b"\xff", MalformedProof),
    (parse_proof, b"c2sp.org/tlog-proof@v1\nindex x\n", MalformedProof),
    (parse_consistency, b"old 3\n", MalformedProof),
    (decode_entry, b"\xff", MalformedEntry),
    (decode_entry, b"[1]", MalformedEntry),
    (decode_entry, b'{"seq":"0","type":"capture","time":"t","data":{}}', MalformedEntry),
])
def test_each_format_has_one_decoder_raising_our_own_malformed_error(decode, data, error):
    with pytest.raises(error) as raised:
        decode(data)
    assert not isinstance(raised.value, ValueError)  # ours, not a stray ValueError/UnicodeDecodeError
    assert raised.value.exit_code == EXIT_USAGE
    assert "\n" not in raised.value.diagnostics()


def test_a_note_in_bytes_that_are_not_utf8_is_malformed_and_a_wrong_signature_is_integrity():
    signer, lines = _memory_log(2)
    _, note = _signed(signer, lines, 2)
    with pytest.raises(MalformedNote, match="not UTF-8"):
        open_checkpoint(b"\xff" + note.encode(), signer.verifier)
    with pytest.raises(NoteSignatureError) as raised:
        open_checkpoint(note.encode(), Signer.generate(ORIGIN).verifier)
    assert raised.value.exit_code == EXIT_PROBLEM


def test_a_signing_key_file_that_is_not_text_is_a_store_error_not_a_traceback(tmp_path):
    from archiver.errors import StoreError
    from archiver.provenance import keys

    keys.key_path(tmp_path, ORIGIN).write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(StoreError, match="cannot read signing key"):
        keys.load_key(tmp_path, ORIGIN)


def _exception_classes() -> list[tuple[str, type[BaseException]]]:
    found = []
    for info in pkgutil.walk_packages(archiver.__path__, "archiver."):
        if info.name.endswith("__main__"):
            continue  # running it would run the CLI
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == module.__name__ and issubclass(obj, BaseException):
                found.append((f"{info.name}.{name}", obj))
    return found


def test_every_exception_class_defined_in_archiver_derives_from_archiver_error():
    classes = _exception_classes()
    assert len(classes) > 20  # the walk did find the package's errors
    outside = [name for name, cls in classes if not issubclass(cls, ArchiverError)]
    assert outside == []


def test_bundle_verification_creates_no_temporary_file(tmp_path, monkeypatch):
    from servers import Site, response

    from archiver.archive import Archive
    from archiver.export.bundle_verify import verify_bundle
    from archiver.export.wacz import export_wacz

    page = b"<html><head><title>Pier</title></head><body><article><p>" + b"The pier reopened on Monday. " * 20 \
        + b"</p></article></body></html>"
    site = Site()
    site.routes["/pier"] = lambda h: response("200 OK", [("Content-Type", "text/html")], page)
    key_dir = tmp_path / "keys"
    try:
        with Archive.open(tmp_path / "store", key_dir=key_dir) as arc:
            cid = arc.capture(site.url("/pier")).capture_id
            bundle = tmp_path / "pier.wacz"
            export_wacz(arc, [cid], bundle)
            pub = tmp_path / "log.pub"
            pub.write_text(arc.log.vkey + "\n")
    finally:
        site.close()

    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("bundle verification made a temporary file")

    for name in ("mkstemp", "mkdtemp", "TemporaryDirectory", "NamedTemporaryFile", "TemporaryFile",
                 "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, refuse)
    report = verify_bundle(bundle, key_file=pub)
    assert report.verdict == "verified", [p.message for p in report.problems]
    assert report.records_checked >= 2
    assert list(scratch.iterdir()) == []


def test_a_stored_checkpoint_that_is_not_text_is_reported_as_tampering_not_a_traceback(tmp_path):
    from archiver.errors import IntegrityError
    from archiver.provenance import ProvenanceLog

    log = ProvenanceLog.open(tmp_path / "prov", key_dir=tmp_path / "keys")
    log.checkpoint()
    (log.directory / "checkpoint").write_bytes(b"\xff\xfe" + (log.directory / "checkpoint").read_bytes())
    with pytest.raises(IntegrityError, match="does not verify"):
        log.latest_checkpoint()


def test_a_user_file_that_cannot_be_written_leaves_nothing_behind(tmp_path):
    from archiver.core.files import write_user_file
    from archiver.errors import UsageError

    target = tmp_path / "missing-folder" / "proof.tlog-proof"
    with pytest.raises(UsageError, match="cannot write proof"):
        write_user_file(target, b"data", "proof")
    assert not target.parent.exists()
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(UsageError, match="cannot write"):
        write_user_file(folder, b"data")  # a folder where the file should go
    assert list(tmp_path.iterdir()) == [folder] and list(folder.iterdir()) == []
