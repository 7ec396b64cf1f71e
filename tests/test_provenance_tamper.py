"""``verify`` detects every kind of tampering, each with a distinct message naming the entry.

One 1,000-entry log (seq 0..999, signed checkpoints at sizes 1, 400, 800 and 1000) is built
once per module; each test tampers with its own copy.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import rfc8785

from archiver.core.fixed_clocks import FixedClock
from archiver.provenance import ProvenanceLog
from archiver.provenance.chain import line_hash
from archiver.provenance.note import Checkpoint, Signer, sign_checkpoint


def capture_data(i: int) -> dict:
    return {
        "capture_id": f"c{i:05d}",
        "url": f"https://example.org/article/{i}",
        "final_url": f"https://example.org/article/{i}",
        "http_status": 200,
        "warc": "warcs/archiver-test.warc.gz",
        "response_record_id": f"<urn:uuid:00000000-0000-0000-0000-{i:012d}>",
        "payload_digest": "sha256:" + f"{i:064x}",
    }


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("pristine")
    key_dir = root / "keys"
    log = ProvenanceLog.open(root / "provenance", key_dir=key_dir, clock=FixedClock())
    seq = 1
    for size in (400, 800, 1000):
        log.append_many([("capture", capture_data(i)) for i in range(seq, size)])
        log.checkpoint()
        seq = size
    assert log.size == 1000
    return root / "provenance", key_dir


@pytest.fixture
def copy(pristine: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """The log and its owner's key folder, copied; the key's record names the copy's folder, as
    if the log had been built there (the record's checkpoint is held against the folders it
    lists: a copy elsewhere is an older copy, test_log_pins_and_copies.py)."""
    src, key_dir = pristine
    dst = tmp_path / "provenance"
    shutil.copytree(src, dst)
    keys_copy = tmp_path / "owner-keys"
    shutil.copytree(key_dir, keys_copy)
    old, new = str(src.resolve()).encode(), str(dst.resolve()).encode()
    for path in keys_copy.iterdir():
        if path.suffix != ".key" and old in (data := path.read_bytes()):
            path.write_bytes(data.replace(old, new))
    return dst, keys_copy


def open_log(directory: Path, key_dir: Path) -> ProvenanceLog:
    return ProvenanceLog.open(directory, key_dir=key_dir, create=False)


def read_lines(directory: Path) -> list[bytes]:
    return (directory / "log.jsonl").read_bytes().split(b"\n")[:-1]


def write_lines(directory: Path, lines: list[bytes]) -> None:
    (directory / "log.jsonl").write_bytes(b"".join(line + b"\n" for line in lines))


def find(report, code: str):
    hits = [p for p in report.problems if p.code == code]
    assert hits, f"expected {code}, got {[(p.code, p.message) for p in report.problems]}"
    return hits


def test_intact_log_verifies_with_no_problems(copy):
    report = open_log(*copy).verify()
    assert report.ok and report.problems == ()
    assert report.size == 1000 and report.latest_checkpoint_size == 1000


def test_every_problem_message_is_one_line(copy):
    directory, key_dir = copy
    lines = read_lines(directory)
    lines[10], lines[11] = lines[11], lines[10]
    lines[500] = lines[500].replace(b"article/500", b"article/501")
    write_lines(directory, lines[:-3])
    report = open_log(directory, key_dir).verify()
    assert len(report.errors) >= 4
    assert all("\n" not in p.message for p in report.problems)


def test_one_byte_changed_in_entry_500_is_reported_at_seq_501(copy):
    directory, key_dir = copy
    lines = read_lines(directory)
    lines[500] = lines[500].replace(b"article/500", b"article/5O0", 1)
    write_lines(directory, lines)
    report = open_log(directory, key_dir).verify()
    prev = find(report, "E_PREV")
    assert [p.seq for p in prev] == [501]
    assert "seq 501: prev hash does not match" in prev[0].message
    assert "E_NONCANONICAL" not in report.codes()
    assert not report.ok


def test_reserialised_entry_is_reported_as_non_canonical_at_its_line(copy):
    directory, key_dir = copy
    lines = read_lines(directory)
    lines[500] = json.dumps(json.loads(lines[500]), indent=None).encode()  # ", " and ": "
    write_lines(directory, lines)
    hits = find(open_log(directory, key_dir).verify(), "E_NONCANONICAL")
    assert [p.line for p in hits] == [501]
    assert hits[0].message.startswith("line 501: bytes are not RFC 8785 canonical")


def test_swapped_entries_are_reported_as_reordered(copy):
    directory, key_dir = copy
    lines = read_lines(directory)
    lines[500], lines[501] = lines[501], lines[500]
    write_lines(directory, lines)
    hits = find(open_log(directory, key_dir).verify(), "E_SEQ")
    assert hits[0].line == 501
    assert hits[0].message == "line 501: expected seq 500, found 501 — entries were deleted, duplicated or reordered"


def test_deleted_entry_is_reported_once_at_the_gap(copy):
    directory, key_dir = copy
    lines = read_lines(directory)
    del lines[700]
    write_lines(directory, lines)
    report = open_log(directory, key_dir).verify()
    hits = find(report, "E_SEQ")
    assert [p.line for p in hits] == [701]
    assert "expected seq 700, found 701" in hits[0].message
    find(report, "E_TRUNCATED")  # the log is now shorter than checkpoint 1000


def test_duplicated_entry_is_reported(copy):
    directory, key_dir = copy
    lines = read_lines(directory)
    lines.insert(301, lines[300])
    write_lines(directory, lines)
    hits = find(open_log(directory, key_dir).verify(), "E_SEQ")
    assert hits[0].line == 302 and "found 300" in hits[0].message


def test_dropped_tail_is_reported_as_truncation_against_the_signed_checkpoint(copy):
    directory, key_dir = copy
    write_lines(directory, read_lines(directory)[:-10])
    report = open_log(directory, key_dir).verify()
    hits = find(report, "E_TRUNCATED")
    assert any("log has 990 entries but checkpoint" in p.message and "size 1000" in p.message for p in hits)
    assert report.codes() <= {"E_TRUNCATED", "W_UNCHECKPOINTED"}


def test_dropped_tail_and_checkpoints_are_caught_by_an_external_checkpoint(copy, tmp_path):
    directory, key_dir = copy
    saved = tmp_path / "paper.checkpoint"
    shutil.copy(directory / "checkpoint", saved)
    write_lines(directory, read_lines(directory)[:-10])
    (directory / "checkpoint").unlink()
    (directory / "checkpoints" / "1000.checkpoint").unlink()
    log = open_log(directory, tmp_path / "colleague-keys")
    assert "E_TRUNCATED" not in log.verify().codes()  # nothing inside the store shows it...
    hits = find(log.verify(against=saved), "E_TRUNCATED")  # ...the checkpoint held elsewhere does
    assert str(saved) in hits[0].message
    # ...and so does the owner's machine, which recorded the newest checkpoint its key signed
    owner = find(open_log(directory, key_dir).verify(), "E_TRUNCATED")
    assert "the checkpoint recorded in" in owner[0].message


def test_consistent_rewrite_of_history_is_caught_by_the_signed_roots_and_localised(copy):
    directory, key_dir = copy
    lines = read_lines(directory)
    obj = json.loads(lines[500])
    obj["data"]["url"] = "https://example.org/forged"
    lines[500] = rfc8785.dumps(obj)
    for i in range(501, len(lines)):  # recompute every later prev: the chain alone looks perfect
        later = json.loads(lines[i])
        later["prev"] = line_hash(lines[i - 1])
        lines[i] = rfc8785.dumps(later)
    write_lines(directory, lines)
    report = open_log(directory, key_dir).verify()
    assert "E_PREV" not in report.codes() and "E_SEQ" not in report.codes()
    hits = find(report, "E_ROOT_MISMATCH")
    assert "checkpoints/800.checkpoint" in hits[0].message
    assert "first divergence is in entries 400..799" in hits[0].message


def test_entry_spliced_from_another_log_is_reported(copy, tmp_path):
    directory, key_dir = copy
    other = ProvenanceLog.open(tmp_path / "other", key_dir=key_dir, clock=FixedClock())
    other.append_many([("capture", capture_data(i)) for i in range(1, 600)])
    lines = read_lines(directory)
    lines[550] = read_lines(tmp_path / "other")[550]
    write_lines(directory, lines)
    hits = find(open_log(directory, key_dir).verify(), "E_ORIGIN")
    assert [p.seq for p in hits] == [550]
    assert "entries spliced from another log" in hits[0].message


def test_checkpoint_signed_by_another_key_is_reported(copy):
    directory, key_dir = copy
    log = open_log(directory, key_dir)
    impostor = Signer.generate(log.origin)  # same name, different key
    cp = log.latest_checkpoint()
    forged = sign_checkpoint(Checkpoint(cp.origin, cp.size, cp.root), impostor)
    (directory / "checkpoints" / "1000.checkpoint").write_text(forged)
    hits = find(log.verify(), "E_CKPT_SIG")
    assert hits[0].message.startswith("checkpoints/1000.checkpoint: signature invalid or by unknown key")


def test_replaced_key_and_resigned_checkpoints_are_caught_by_a_pinned_key(copy, tmp_path):
    directory, key_dir = copy
    published = tmp_path / "published.pub"
    shutil.copy(directory / "log.pub", published)
    log = open_log(directory, key_dir)
    impostor = Signer.generate(log.origin)
    (directory / "log.pub").write_text(impostor.verifier.vkey + "\n")
    for p in [*(directory / "checkpoints").glob("*.checkpoint"), directory / "checkpoint"]:
        text = p.read_text().split("\n\n")[0] + "\n"
        p.write_text(sign_checkpoint(Checkpoint.parse(text), impostor))
    relaxed = open_log(directory, tmp_path / "colleague-keys").verify()
    assert "E_CKPT_SIG" not in relaxed.codes()
    assert "E_KEY" in relaxed.codes()  # seq 0 recorded the original key
    # the owner's machine recorded a checkpoint signed by the original key: it no longer verifies
    owner = find(open_log(directory, key_dir).verify(), "E_CKPT_SIG")
    assert any("the checkpoint recorded in" in p.message for p in owner)
    pinned = open_log(directory, key_dir).verify(key=published)
    assert {"E_KEY", "E_CKPT_SIG"} <= pinned.codes()
    assert pinned.key_source == f"pinned key {published}"


def test_torn_final_line_is_reported_with_the_repair_hint(copy):
    directory, key_dir = copy
    with open(directory / "log.jsonl", "ab") as f:
        f.write(b'{"data":{"url":"https://exa')
    hits = find(open_log(directory, key_dir).verify(), "E_TORN_TAIL")
    assert "interrupted write; the next append repairs it" in hits[0].message


def test_entries_beyond_the_last_checkpoint_are_a_warning_not_an_error(copy):
    directory, key_dir = copy
    log = open_log(directory, key_dir)
    log.append("capture", capture_data(1000))
    report = log.verify()
    assert report.ok
    assert [p.code for p in report.warnings] == ["W_UNCHECKPOINTED"]
    assert "entries 1000..1000 are not covered" in report.warnings[0].message


class FlagOne:
    """A deep checker that says the WARC record of one capture no longer matches."""

    def __init__(self, bad_seq: int) -> None:
        self.bad_seq = bad_seq
        self.seen: list[int] = []

    def check(self, entry) -> list[str]:
        self.seen.append(entry.seq)
        if entry.seq == self.bad_seq:
            return [f"WARC record {entry.data['response_record_id']} has payload sha256:0, log says x"]
        return []


def test_deep_verification_asks_the_checker_about_every_entry_and_reports_its_findings(copy):
    checker = FlagOne(123)
    report = open_log(*copy).verify(deep=checker)
    assert checker.seen == list(range(1000))
    hits = find(report, "E_ARTIFACT")
    assert [p.seq for p in hits] == [123]
    assert hits[0].message.startswith("seq 123: WARC record")
    assert report.deep


def _tamper_across_the_split(directory: Path, how: str) -> None:
    lines = read_lines(directory)
    if how == "edit_449":
        lines[449] = lines[449].replace(b"article/449", b"article/44X")
    elif how == "edit_450":
        lines[450] = lines[450].replace(b"article/450", b"article/45X")
    elif how == "swap_449_450":
        lines[449], lines[450] = lines[450], lines[449]
    elif how == "delete_450":
        del lines[450]
    elif how == "garbage_450":
        lines[450] = b"not json"
    write_lines(directory, lines)


TAMPERINGS_ACROSS_THE_SPLIT = ["edit_449", "edit_450", "swap_449_450", "delete_450", "garbage_450"]

#: For each log folder given: verify sequentially, then split in two (this process checks the first
#: part, a forked worker the rest), recording the ranges this process checked.
PARALLEL_VS_SEQUENTIAL = """
import json, sys
from pathlib import Path
from archiver.provenance import ProvenanceLog
from archiver.provenance import verify as verify_mod
key_dir, real, default_min = Path(sys.argv[1]), verify_mod._check_range, verify_mod.PARALLEL_MIN
out = []
for directory in sys.argv[2:]:
    assert verify_mod._can_fork()
    log = ProvenanceLog.open(Path(directory), key_dir=key_dir, create=False)
    verify_mod.PARALLEL_MIN, verify_mod._check_range = default_min, real
    sequential = log.verify().to_dict()
    verify_mod.PARALLEL_MIN = 100
    verify_mod._idle_cpu = lambda: True  # split even on a busy machine: this test is about results
    calls = []
    verify_mod._check_range = lambda lines, start, end, *rest: calls.append((start, end)) or real(lines, start, end, *rest)
    parallel = log.verify().to_dict()
    out.append({"sequential": sequential, "parallel": parallel, "calls": calls})
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def parallel_vs_sequential(pristine: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each tampering of TAMPERINGS_ACROSS_THE_SPLIT on its own copy of the log, verified both
    ways in one fresh single-threaded process (the parallel path forks only there; one process
    for all of them)."""
    if (os.cpu_count() or 1) < 2:
        pytest.skip("parallel verification needs two CPUs")
    src, key_dir = pristine
    root = tmp_path_factory.mktemp("split")
    for how in TAMPERINGS_ACROSS_THE_SPLIT:
        shutil.copytree(src, root / how)
        _tamper_across_the_split(root / how, how)  # the worker's range starts near line index 450
    proc = subprocess.run([sys.executable, "-c", PARALLEL_VS_SEQUENTIAL, str(key_dir),
                           *(str(root / how) for how in TAMPERINGS_ACROSS_THE_SPLIT)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return dict(zip(TAMPERINGS_ACROSS_THE_SPLIT, json.loads(proc.stdout), strict=True))


@pytest.mark.parametrize("how", TAMPERINGS_ACROSS_THE_SPLIT)
def test_parallel_verify_reports_exactly_what_sequential_verify_reports(parallel_vs_sequential, how):
    out = parallel_vs_sequential[how]
    [(start, split)] = out["calls"]  # this process checked the first part, a forked worker the rest
    assert start == 0 and 0 < split < out["sequential"]["size"]
    assert out["parallel"] == out["sequential"]
    assert not out["parallel"]["ok"]


def test_rewrite_resigned_with_the_stolen_key_is_caught_only_by_a_checkpoint_held_elsewhere(copy, tmp_path):
    directory, key_dir = copy
    paper = tmp_path / "paper.checkpoint"
    shutil.copy(directory / "checkpoints" / "800.checkpoint", paper)
    lines = read_lines(directory)
    obj = json.loads(lines[500])
    obj["data"]["url"] = "https://example.org/forged"
    lines[500] = rfc8785.dumps(obj)
    for i in range(501, len(lines)):
        later = json.loads(lines[i])
        later["prev"] = line_hash(lines[i - 1])
        lines[i] = rfc8785.dumps(later)
    write_lines(directory, lines)
    for p in (directory / "checkpoints").glob("*.checkpoint"):
        if p.name != "1.checkpoint":  # the forger removes every checkpoint the rewrite contradicts
            p.unlink()
    shutil.copy(directory / "checkpoints" / "1.checkpoint", directory / "checkpoint")
    (directory / "tree.json").unlink()
    stolen = tmp_path / "forger-keys"  # the key file alone, without the owner's record of it
    stolen.mkdir()
    for key in key_dir.glob("*.key"):
        shutil.copy(key, stolen / key.name)
    open_log(directory, stolen).checkpoint()  # whoever holds the key signs the forged head
    log = open_log(directory, tmp_path / "colleague-keys")
    assert log.verify().ok  # the store alone cannot tell
    hits = find(log.verify(against=paper), "E_ROOT_MISMATCH")
    assert str(paper) in hits[0].message and "size 800" in hits[0].message
    # the owner's machine can: its record holds the checkpoint at size 1000 its key signed
    owner = find(open_log(directory, key_dir).verify(), "E_ROOT_MISMATCH")
    assert "the checkpoint recorded in" in owner[0].message
