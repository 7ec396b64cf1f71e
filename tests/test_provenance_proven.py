"""Which log lines a process proves to be in the signed log (archiver/provenance/proven.py).

Real logs on disk, signed with a real key: the signed lines must hash to the checkpoint's root,
the lines after it (the unsigned tail) must chain on from its last line, and what was proven is
remembered so that a later check costs one hash.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from archiver.provenance import ProvenanceLog
from archiver.provenance.proven import ProvenLog


def _log(tmp_path: Path, signed: int, unsigned: int) -> tuple[Path, Path]:
    """A log of ``signed`` signed entries (the first, ``key_created``, included) and ``unsigned``
    entries appended after its checkpoint (a process killed before it signed)."""
    directory, key_dir = tmp_path / "provenance", tmp_path / "keys"
    log = ProvenanceLog.open(directory, key_dir=key_dir)
    for n in range(signed - 1):
        log.append("export", {"n": n})
    log.checkpoint()
    for n in range(unsigned):
        log.append("export", {"n": signed + n})
    return directory / "log.jsonl", key_dir


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def _write(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"\n".join(lines) + b"\n")


def _edit_and_rechain(path: Path, at: int, upto: int) -> None:
    """Entry ``at`` edited (same length), the ``prev`` of entries ``at+1 .. upto-1`` recomputed."""
    lines = _lines(path)
    lines[at] = lines[at].replace(b'"n":', b'"m":')
    for i in range(at + 1, upto):
        old = json.loads(lines[i])["prev"].encode()
        lines[i] = lines[i].replace(old, ("sha256:" + hashlib.sha256(lines[i - 1]).hexdigest()).encode())
    _write(path, lines)


def _proven(path: Path, key_dir: Path) -> ProvenLog:
    proven = ProvenLog(path, key_dir)
    proven.update(os.stat(path).st_size)
    return proven


def test_every_line_of_an_intact_log_is_proven_signed_and_unsigned_alike(tmp_path):
    path, key_dir = _log(tmp_path, signed=4, unsigned=3)
    proven = _proven(path, key_dir)
    assert proven.signed == 4
    assert all(proven.holds(seq, line) for seq, line in enumerate(_lines(path)))


def test_an_unsigned_entry_edited_and_rechained_short_of_the_end_is_not_proven(tmp_path):
    path, key_dir = _log(tmp_path, signed=3, unsigned=5)
    _edit_and_rechain(path, at=4, upto=6)
    proven = _proven(path, key_dir)
    assert not proven.holds(4, _lines(path)[4])
    assert "hash chain breaks at entry 6" in proven.reason(4)


def test_a_signed_entry_edited_and_rechained_to_the_end_is_not_proven(tmp_path):
    path, key_dir = _log(tmp_path, signed=5, unsigned=2)
    _edit_and_rechain(path, at=2, upto=7)
    proven = _proven(path, key_dir)
    assert not proven.holds(2, _lines(path)[2])
    assert "do not hash to the root its signed checkpoint commits to" in proven.reason(2)


def test_a_log_shorter_than_its_signed_checkpoint_proves_nothing(tmp_path):
    path, key_dir = _log(tmp_path, signed=5, unsigned=0)
    _write(path, _lines(path)[:3])
    proven = _proven(path, key_dir)
    assert not proven.holds(0, _lines(path)[0])
    assert "fewer than the 5 its signed checkpoint signs" in proven.reason(0)


def test_lines_appended_after_a_check_are_chained_on_and_a_newer_checkpoint_checked(tmp_path):
    path, key_dir = _log(tmp_path, signed=3, unsigned=1)
    proven = _proven(path, key_dir)
    log = ProvenanceLog.open(path.parent, key_dir=key_dir)
    log.append("export", {"n": 99})
    log.checkpoint()
    proven.update(os.stat(path).st_size)
    assert proven.signed == 5 and proven.holds(4, _lines(path)[4])


def test_an_entry_changed_after_it_was_proven_is_not_held(tmp_path):
    path, key_dir = _log(tmp_path, signed=3, unsigned=0)
    proven = _proven(path, key_dir)
    lines = _lines(path)
    edited = lines[1].replace(b'"n":', b'"m":')
    assert not proven.holds(1, edited) and proven.holds(1, lines[1])
    assert "changed since" in proven.reason(1)


def test_a_log_rewritten_in_place_to_the_same_size_is_proven_afresh(tmp_path):
    path, key_dir = _log(tmp_path, signed=4, unsigned=0)
    st = os.stat(path)
    proven = ProvenLog(path, key_dir)
    proven.update(st.st_size, st.st_mtime_ns)
    assert proven.problem is None
    _edit_and_rechain(path, at=1, upto=4)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    st = os.stat(path)
    proven.update(st.st_size, st.st_mtime_ns)
    assert proven.problem is not None and "signed checkpoint" in proven.problem


def test_a_log_whose_key_was_replaced_and_checkpoints_removed_proves_nothing(tmp_path):
    """Without its checkpoints the log would be one unsigned chain, which a forger can recompute;
    this machine's key folder still records what its key signed in this folder."""
    import shutil

    path, key_dir = _log(tmp_path, signed=4, unsigned=0)
    other = ProvenanceLog.open(tmp_path / "other", key_dir=key_dir)
    other.checkpoint()
    shutil.copy(tmp_path / "other" / "log.pub", path.parent / "log.pub")
    (path.parent / "checkpoint").unlink()
    shutil.rmtree(path.parent / "checkpoints")
    proven = _proven(path, key_dir)
    assert proven.problem is not None and "swapped" in proven.problem


def test_an_older_copy_of_the_log_kept_elsewhere_is_still_proven(tmp_path):
    """A backup taken before later entries were signed: this machine's record of the newer
    checkpoint names the live folder, not the copy, so the copy's own checkpoint decides."""
    import shutil

    path, key_dir = _log(tmp_path, signed=3, unsigned=0)
    backup = tmp_path / "backup" / "provenance"
    shutil.copytree(path.parent, backup)
    log = ProvenanceLog.open(path.parent, key_dir=key_dir)
    log.append("export", {"n": 50})
    log.checkpoint()
    proven = _proven(backup / "log.jsonl", key_dir)
    assert proven.problem is None and proven.signed == 3
