"""The log on disk: creation and keys, appending, checkpoints, crash safety, concurrency."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from archiver.core.fixed_clocks import FixedClock
from archiver.errors import (
    IntegrityError,
    KeyMissingError,
    LogIdentityError,
    StoreError,
    UsageError,
)
from archiver.provenance import ProvenanceLog
from archiver.provenance.chain import line_hash
from archiver.provenance.note import Verifier, open_checkpoint


@pytest.fixture
def log(tmp_path: Path, key_dir: Path) -> ProvenanceLog:
    return ProvenanceLog.open(tmp_path / "provenance", key_dir=key_dir, clock=FixedClock())


def run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout)


# --- creation and keys -----------------------------------------------------------------------
def test_new_log_creates_key_outside_the_store_with_mode_0600(log, key_dir):
    keys = list(key_dir.glob("*.key"))
    assert len(keys) == 1 and keys[0].name == log.origin.replace("/", "_") + ".key"
    assert stat.S_IMODE(keys[0].stat().st_mode) == 0o600
    assert not list(log.directory.rglob("*.key"))


def test_new_log_records_key_creation_as_entry_0_and_signs_a_checkpoint(log):
    first = log.entry(0)
    assert first.type == "key_created" and first.data["vkey"] == log.vkey
    assert first.data["key_fingerprint"] == log.public_key_fingerprint
    assert (log.directory / "log.pub").read_text().strip() == log.vkey
    assert open_checkpoint((log.directory / "checkpoints" / "1.checkpoint").read_text(), log.verifier).size == 1


def test_origin_is_name_prov_random_and_matches_the_key_name(log):
    assert log.origin.startswith("archiver/prov/") and len(log.origin.rsplit("/", 1)[1]) == 8
    assert Verifier.from_vkey(log.vkey).name == log.origin


def test_opening_a_missing_log_without_create_is_a_usage_error(tmp_path, key_dir):
    with pytest.raises(UsageError, match="no provenance log"):
        ProvenanceLog.open(tmp_path / "nothing", key_dir=key_dir, create=False)
    assert not (tmp_path / "nothing").exists()


def test_appending_without_the_key_is_refused_with_exit_3_and_says_how_to_bring_it(log, tmp_path):
    elsewhere = ProvenanceLog.open(log.directory, key_dir=tmp_path / "empty-keys", create=False)
    before = log.path.read_bytes()
    with pytest.raises(KeyMissingError, match="copy the key file") as info:
        elsewhere.append("capture", {"url": "https://example.org/"})
    assert info.value.exit_code == 3
    assert log.path.read_bytes() == before
    with pytest.raises(KeyMissingError):
        elsewhere.checkpoint()


def test_reading_and_verifying_work_without_the_key(log, tmp_path):
    log.append("capture", {"url": "https://example.org/"})
    log.checkpoint()
    elsewhere = ProvenanceLog.open(log.directory, key_dir=tmp_path / "empty-keys", create=False)
    assert [e.type for e in elsewhere.entries()] == ["key_created", "capture"]
    assert elsewhere.verify().ok


# --- appending ------------------------------------------------------------------------------
def test_append_returns_the_entry_as_stored_and_chains_it(log):
    e = log.append("capture", {"url": "https://example.org/", "http_status": 200})
    stored = log.path.read_bytes().split(b"\n")[1]
    assert e.line == stored and e.seq == 1 and e.type == "capture"
    assert e.entry_hash == line_hash(stored)
    assert json.loads(stored)["prev"] == log.entry(0).entry_hash
    assert log.entry(1) == e


def test_append_many_writes_consecutive_entries(log):
    entries = log.append_many([("capture_failed", {"url": f"https://x/{i}", "error": "refused"}) for i in range(5)])
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert [e.entry_hash for e in entries[:-1]] == [json.loads(e.line)["prev"] for e in entries[1:]]
    assert log.size == 6


def test_entries_filters_by_type(log):
    log.append("capture", {"url": "a"})
    log.append("export", {"path": "b"})
    log.append("capture", {"url": "c"})
    assert [e.data["url"] for e in log.entries("capture")] == ["a", "c"]


def test_float_data_is_refused_as_usage_error_and_nothing_is_written(log):
    before = log.path.read_bytes()
    with pytest.raises(UsageError, match="floats are not allowed"):
        log.append("capture", {"elapsed": 1.5})
    assert log.path.read_bytes() == before


# --- checkpoints ----------------------------------------------------------------------------
def test_checkpoint_files_are_immutable_one_per_size(log):
    log.append("capture", {"url": "a"})
    first = log.checkpoint()
    content = first.read_bytes()
    assert log.checkpoint() == first and first.read_bytes() == content
    log.append("capture", {"url": "b"})
    second = log.checkpoint()
    assert second.name == "3.checkpoint" and first.read_bytes() == content
    assert (log.directory / "checkpoint").read_bytes() == second.read_bytes()


def test_checkpoint_refuses_to_sign_a_head_that_rewrites_signed_history(log):
    log.append("capture", {"url": "a"})
    log.checkpoint()
    lines = log.path.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b'"url":"a"', b'"url":"b"')
    log.path.write_bytes(b"\n".join(lines))
    with pytest.raises(IntegrityError, match="refusing to sign a conflicting head"):
        log.checkpoint()


# --- crash safety ---------------------------------------------------------------------------
def test_torn_tail_is_repaired_by_the_next_append_with_a_recovery_entry(log):
    log.append("capture", {"url": "a"})
    torn = b'{"data":{"url":"https://half-writ'
    with open(log.path, "ab") as f:
        f.write(torn)
    assert "E_TORN_TAIL" in log.verify().codes()
    e = log.append("capture", {"url": "b"})
    recovery = log.entry(e.seq - 1)
    assert recovery.type == "recovery" and recovery.data["truncated_bytes"] == len(torn)
    assert (log.directory / recovery.data["saved_as"]).read_bytes() == torn
    log.checkpoint()
    assert log.verify().problems == ()


CRASH_WRITER = """
import os, sys
from pathlib import Path
from archiver.provenance import log_append as logmod
from archiver.provenance import ProvenanceLog

directory, key_dir, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
log = ProvenanceLog.open(directory, key_dir=key_dir, create=False)

def crash(point):
    # die between write() and fsync(); "torn" also loses the end of the last line, as when
    # only part of the page cache reached the disk
    if mode == "torn":
        size = os.path.getsize(log.path)
        os.truncate(log.path, size - 7)
    os._exit(17)

log.append_many([("capture", {"url": "https://example.org/ok"})])
logmod.fault_injector = crash
log.append_many([("capture", {"url": "https://example.org/%d" % i}) for i in range(3)])
"""


@pytest.mark.parametrize("mode", ["complete", "torn"])
def test_process_killed_between_write_and_fsync_leaves_a_log_that_verifies_after_reopening(log, key_dir, mode):
    for _ in range(3):
        proc = run_python(CRASH_WRITER, str(log.directory), str(key_dir), mode)
        assert proc.returncode == 17, proc.stderr
        reopened = ProvenanceLog.open(log.directory, key_dir=key_dir, create=False)
        reopened.append("capture", {"url": "https://example.org/after-crash"})
        reopened.checkpoint()
        report = reopened.verify()
        assert report.ok and report.problems == (), [p.message for p in report.problems]
    recoveries = list(reopened.entries("recovery"))
    assert len(recoveries) == (3 if mode == "torn" else 0)


# --- concurrency ----------------------------------------------------------------------------
CONCURRENT_WRITER = """
import sys
from pathlib import Path
from archiver.provenance import ProvenanceLog
directory, key_dir, name, n = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
log = ProvenanceLog.open(directory, key_dir=key_dir, create=False)
for i in range(n):
    log.append("capture", {"url": "https://example.org/%s/%d" % (name, i)})
"""


def test_two_processes_appending_concurrently_give_one_valid_chain(log, key_dir):
    procs = [
        subprocess.Popen([sys.executable, "-c", CONCURRENT_WRITER, str(log.directory), str(key_dir), name, "500"])
        for name in ("a", "b")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    log.checkpoint()
    report = log.verify()
    assert report.ok and report.problems == ()
    entries = list(log.entries("capture"))
    assert [e.seq for e in log.entries()] == list(range(1001))
    for name in ("a", "b"):
        mine = [e.data["url"] for e in entries if f"/{name}/" in e.data["url"]]
        assert mine == [f"https://example.org/{name}/{i}" for i in range(500)]


def test_threads_appending_through_one_log_object_give_one_valid_chain(log):
    def work(t: int) -> None:
        for i in range(50):
            log.append("capture", {"url": f"https://example.org/{t}/{i}"})

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.checkpoint()
    assert log.verify().problems == ()
    assert log.size == 201


def test_append_fsyncs_once_per_call_and_once_per_batch(log, monkeypatch):
    calls = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd)))
    log.append("capture", {"url": "a"})
    log.append_many([("capture", {"url": "b"}), ("capture", {"url": "c"})])
    # one fsync of log.jsonl per append call, batched entries share one (the key folder's record
    # of the appends, written before them, has its own: log_appends)
    assert calls.count(str(log.path.resolve())) == 2


def test_a_deleted_log_beside_signed_checkpoints_is_not_silently_replaced(log, key_dir):
    log.path.unlink()
    with pytest.raises(StoreError, match="the log was deleted"):  # even without the owner's record
        ProvenanceLog.open(log.directory, key_dir=key_dir.parent / "another-machine")
    with pytest.raises(LogIdentityError, match="that log is gone"):  # the owner's record says it too
        ProvenanceLog.open(log.directory, key_dir=key_dir)


def test_incremental_checkpoints_sign_the_same_root_as_a_full_recomputation(log):
    for round_ in range(5):
        log.append_many([("capture", {"url": f"https://x/{round_}/{i}"}) for i in range(round_ * 7 + 1)])
        log.checkpoint()
    incremental = log.latest_checkpoint()
    assert (log.directory / "tree.json").exists()
    assert log.verify().problems == ()
    (log.directory / "tree.json").write_text("{not json")  # a damaged cache is ignored
    log.append("capture", {"url": "https://x/last"})
    log.checkpoint()
    assert log.verify().problems == ()
    assert log.latest_checkpoint().size == incremental.size + 1


def test_checkpoint_still_refuses_when_the_last_signed_entry_was_rewritten(log):
    log.append("capture", {"url": "a"})
    log.checkpoint()
    data = log.path.read_bytes()
    log.path.write_bytes(data.replace(b'"url":"a"', b'"url":"b"'))
    log.append("capture", {"url": "c"})
    with pytest.raises(IntegrityError, match="refusing to sign a conflicting head"):
        log.checkpoint()


def test_entries_larger_than_the_tail_read_window_chain_and_repair_correctly(log):
    big = "x" * 200_000  # beyond the 64 KiB window the writer reads backwards for the last entry
    log.append("quote_verification", {"quote": big})
    log.append("quote_verification", {"quote": big + "y"})
    torn = b'{"data":{"quote":"' + b"z" * 100_000
    with open(log.path, "ab") as f:
        f.write(torn)
    e = log.append("capture", {"url": "https://example.org/after"})
    assert log.entry(e.seq - 1).data["truncated_bytes"] == len(torn)
    log.checkpoint()
    assert log.verify().problems == ()


CREATOR = """
import sys
from pathlib import Path
from archiver.provenance import ProvenanceLog
print(ProvenanceLog.open(Path(sys.argv[1]), key_dir=Path(sys.argv[2])).origin)
"""


def test_two_processes_creating_the_same_log_at_once_make_one_log(tmp_path, key_dir):
    directory = tmp_path / "new-store" / "provenance"
    procs = [
        subprocess.Popen([sys.executable, "-c", CREATOR, str(directory), str(key_dir)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    origins = {p.communicate(timeout=60)[0].strip() for p in procs}
    assert len(origins) == 1
    log = ProvenanceLog.open(directory, key_dir=key_dir, create=False)
    assert log.size == 1 and len(list(key_dir.glob("*.key"))) == 1


def test_ensure_writable_refuses_early_without_the_key(log, tmp_path):
    log.ensure_writable()
    elsewhere = ProvenanceLog.open(log.directory, key_dir=tmp_path / "empty-keys", create=False)
    with pytest.raises(KeyMissingError):
        elsewhere.ensure_writable()


def test_a_last_entry_longer_than_64_kib_is_chained_on_whole_after_a_checkpoint(log):
    # before: the cached tree state hashed the last 64 KiB of such a line (a 76 kB quote a user
    # verified), the next entry chained on that fragment, and every later append was refused
    # as a rewritten log ("does not chain"), while `log verify` still passed
    log.append("quote_verification", {"quote": "the harbour wall " * 5000})  # ~85 kB, one line
    log.checkpoint()
    log.append("quote_verification", {"quote": "a short one"})
    log.checkpoint()
    log.append("quote_verification", {"quote": "and one more"})
    assert log.verify().ok
