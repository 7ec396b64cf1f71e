"""The append journal: appends recorded beside the key with one line and one fsync each.

Writers record the log lines they are about to write in ``<origin>.appends.jsonl`` in the key
folder (archiver/provenance/keys.py) instead of rewriting ``<origin>.log.json`` atomically
before every append; a checkpoint folds the journal into the record. The guarantees of the
record stay: a line nobody recorded is refused, a torn journal line covers nothing, a crash
between the journal line and the log lines leaves a log the next command signs, and writers
working at once keep each other's records. Real logs, real files, real processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.core.fixed_clocks import FixedClock
from archiver.errors import IntegrityError, StoreError
from archiver.provenance import ProvenanceLog, keys
from archiver.provenance.chain import build_line, line_hash


@pytest.fixture
def log(tmp_path: Path, key_dir: Path) -> ProvenanceLog:
    return ProvenanceLog.open(tmp_path / "provenance", key_dir=key_dir, clock=FixedClock())


def _journal(log: ProvenanceLog) -> Path:
    return keys.journal_path(log.key_dir, log.origin)


def _record(log: ProvenanceLog) -> dict:
    return json.loads(keys.record_path(log.key_dir, log.origin).read_text())


def _forge(log: ProvenanceLog) -> int:
    """Append a well-formed line with the right ``prev`` by hand (no key needed); its seq."""
    lines = log.path.read_bytes().split(b"\n")[:-1]
    seq = len(lines)
    line = build_line(origin=log.origin, seq=seq, prev=line_hash(lines[-1]), time="2026-11-30T06:00:00.000000Z",
                      type_="capture_failed", data={"url": "https://example.org/forged", "error": "x"},
                      tool="archiver/0.1.0")
    with open(log.path, "ab") as f:
        f.write(line + b"\n")
    return seq


def _reopen(log: ProvenanceLog) -> ProvenanceLog:
    """The log as the next command opens it."""
    return ProvenanceLog.open(log.directory, key_dir=log.key_dir, clock=log.clock, create=False)


def _signed(log: ProvenanceLog) -> int:
    cp = log.latest_checkpoint()
    return cp.size if cp else 0


def test_an_append_syncs_the_log_and_the_journal_once_each_and_leaves_the_record_alone(log, monkeypatch):
    log.append("capture_failed", {"url": "https://example.org/a", "error": "refused"})  # journal created
    record = keys.record_path(log.key_dir, log.origin)
    record_before = record.stat().st_ino, record.read_bytes()
    synced = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real(fd)))
    log.append("capture_failed", {"url": "https://example.org/b", "error": "refused"})
    assert sorted(synced) == sorted([str(log.path.resolve()), str(_journal(log).resolve())])
    assert (record.stat().st_ino, record.read_bytes()) == record_before


def test_a_checkpoint_folds_the_journal_into_the_record_and_empties_it(log):
    log.append("capture_failed", {"url": "https://example.org/a", "error": "refused"})
    assert _journal(log).stat().st_size > 0
    log.checkpoint()
    assert _journal(log).read_bytes() == b"" and _record(log)["appends"] == []
    assert _signed(log) == log.size


def test_a_torn_last_journal_line_is_ignored_and_cut_by_the_next_append(log):
    log.append("capture_failed", {"url": "https://example.org/a", "error": "refused"})
    whole = _journal(log).read_bytes()
    # a writer killed while writing its journal line: it never wrote the log lines it announced
    with open(_journal(log), "ab") as f:
        f.write(whole[: len(whole) // 2])
    again = _reopen(log)
    again.append("capture_failed", {"url": "https://example.org/b", "error": "refused"})
    lines = _journal(log).read_bytes().split(b"\n")
    assert lines[-1] == b"" and all(json.loads(line)["store"] for line in lines[:-1])
    again.checkpoint()
    assert _signed(again) == again.size and again.verify().problems == ()


def test_a_torn_journal_line_never_covers_a_line_appended_by_hand(log):
    log.append("capture_failed", {"url": "https://example.org/a", "error": "refused"})
    seq = _forge(log)
    # the line a writer would have recorded for the forged line, cut short before its newline
    place = keys.store_place(log.directory)
    forged = log.path.read_bytes().split(b"\n")[-2]
    span = {"store": place, "from_seq": 0, "to_seq": seq, "last_line_hash": line_hash(forged)}
    line = json.dumps({"store": place, "appends": [span]}).encode()
    with open(_journal(log), "ab") as f:
        f.write(line[:-1])
    with pytest.raises(IntegrityError, match=f"entry {seq} after the last signed checkpoint"):
        _reopen(log).checkpoint()
    assert _signed(log) == seq - 1


def test_a_process_killed_between_its_journal_line_and_its_log_lines_leaves_a_log_the_next_command_signs(log):
    size = log.size
    code = KILLED_AFTER_JOURNAL.format(directory=str(log.directory), key_dir=str(log.key_dir))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr  # SIGKILL, after the journal line was synced
    assert log.size == size and _journal(log).stat().st_size > 0  # announced, never written
    again = _reopen(log)
    again.append("capture_failed", {"url": "https://example.org/next", "error": "refused"})
    again.checkpoint()
    assert _signed(again) == again.size == size + 1 and again.verify().problems == ()


def test_a_line_appended_by_hand_where_a_killed_process_announced_its_own_is_refused(log):
    code = KILLED_AFTER_JOURNAL.format(directory=str(log.directory), key_dir=str(log.key_dir))
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == -9
    seq = _forge(log)  # at the seq the killed process had announced, but not its line
    with pytest.raises(IntegrityError, match=f"entry {seq} of log.jsonl is not the line"):
        _reopen(log).append("capture_failed", {"url": "https://example.org/next", "error": "refused"})


#: A writer killed with SIGKILL right after its journal line is on disk, before its log lines.
KILLED_AFTER_JOURNAL = """
import os, signal
from pathlib import Path
from archiver.provenance import ProvenanceLog, keys

real = keys.append_journal
def append_then_die(*args, **kwargs):
    real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)

keys.append_journal = append_then_die
log = ProvenanceLog.open(Path({directory!r}), key_dir=Path({key_dir!r}), create=False)
log.append("capture_failed", {{"url": "https://example.org/killed", "error": "refused"}})
"""


def test_a_key_folder_without_a_journal_signs_the_unsigned_lines_its_record_holds(log):
    # as an archiver from before the journal left it: the appends in the record, no journal
    log.append("capture_failed", {"url": "https://example.org/a", "error": "refused"})
    (line,) = _journal(log).read_bytes().splitlines()
    path = keys.record_path(log.key_dir, log.origin)
    doc = json.loads(path.read_text())
    doc["appends"] = json.loads(line)["appends"]
    path.write_text(json.dumps(doc))
    _journal(log).unlink()
    again = _reopen(log)
    again.append("capture_failed", {"url": "https://example.org/b", "error": "refused"})
    again.checkpoint()
    assert _signed(again) == again.size and again.verify().problems == ()


def test_a_key_folder_without_a_journal_still_refuses_a_line_appended_by_hand(log):
    log.append("capture_failed", {"url": "https://example.org/a", "error": "refused"})
    log.checkpoint()
    _journal(log).unlink()
    seq = _forge(log)
    with pytest.raises(IntegrityError, match=f"entry {seq} after the last signed checkpoint"):
        _reopen(log).append("capture_failed", {"url": "https://example.org/b", "error": "refused"})


def test_a_reader_takes_a_stores_appends_from_its_newest_journal_line_and_the_others_from_the_record(key_dir,
                                                                                                     tmp_path):
    origin = "example.org/prov/00000000"
    one, two = keys.store_place(tmp_path / "one"), keys.store_place(tmp_path / "two")
    span = {"from_seq": 1, "to_seq": 1, "last_line_hash": "sha256:" + "1" * 64}
    keys.write_record(key_dir, origin, directory=Path(one), checkpoint=None, appends=[{**span, "store": one}])
    keys.write_record(key_dir, origin, directory=Path(two), checkpoint=None, appends=[{**span, "store": two}])
    newer = {**span, "store": two, "to_seq": 3, "last_line_hash": "sha256:" + "3" * 64}
    keys.append_journal(key_dir, origin, directory=Path(two), appends=[newer])
    assert keys.read_record(key_dir, origin, two).appends == ({**span, "store": one}, newer)
    assert _of(keys.read_record(key_dir, origin, one), one) == [{**span, "store": one}]
    # a checkpoint of the first store clears its appends and keeps the second's, from the journal
    keys.write_record(key_dir, origin, directory=Path(one), checkpoint=None, appends=[])
    assert keys.journal_path(key_dir, origin).read_bytes() == b""
    assert keys.read_record(key_dir, origin, two).appends == (newer,)


def _of(record: keys.LogRecord | None, place: str) -> list[dict]:
    return [span for span in (record.appends if record else None) or () if span["store"] == place]


def test_an_unreadable_journal_line_is_refused_naming_the_journal(log):
    log.append("capture_failed", {"url": "https://example.org/a", "error": "refused"})
    with open(_journal(log), "ab") as f:
        f.write(b"{not json\n")
    with pytest.raises(StoreError, match="append journal .*appends.jsonl holds an unreadable line"):
        _reopen(log).append("capture_failed", {"url": "https://example.org/b", "error": "refused"})


def test_two_processes_appending_at_once_record_every_line_and_sign_them_all(log):
    procs = [subprocess.Popen([sys.executable, "-c", APPENDER, str(log.directory), str(log.key_dir), name],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("a", "b")]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    again = _reopen(log)
    again.checkpoint()
    assert again.size == 1 + 2 * 25 and _signed(again) == again.size and again.verify().problems == ()


APPENDER = """
import sys
from pathlib import Path
from archiver.provenance import ProvenanceLog
log = ProvenanceLog.open(Path(sys.argv[1]), key_dir=Path(sys.argv[2]), create=False)
for i in range(25):
    log.append("capture_failed", {"url": f"https://example.org/{sys.argv[3]}/{i}", "error": "refused"})
"""


def test_a_checkpoint_folding_the_journal_keeps_another_stores_lines_written_meanwhile(key_dir, tmp_path):
    origin = "example.org/prov/00000000"
    one, two = tmp_path / "one", tmp_path / "two"
    two.mkdir()
    keys.write_record(key_dir, origin, directory=one, checkpoint=None, appends=[])
    proc = subprocess.Popen([sys.executable, "-c", JOURNAL_WRITER, str(key_dir), origin, str(two)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while proc.poll() is None:  # the first store signs (folds the journal) while the second appends
            keys.write_record(key_dir, origin, directory=one, checkpoint=None, appends=[])
    finally:
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    place = keys.store_place(two)
    assert [s["to_seq"] for s in _of(keys.read_record(key_dir, origin, place), place)] == [199]


JOURNAL_WRITER = """
import sys
from pathlib import Path
from archiver.provenance import keys
key_dir, origin, two = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
for i in range(200):
    span = {"store": keys.store_place(two), "from_seq": 0, "to_seq": i, "last_line_hash": "sha256:" + "0" * 64}
    keys.append_journal(key_dir, origin, directory=two, appends=[span])
"""
