"""Whole-log verification over bytes handed in by ``log.py``: pure, collects every problem.

One streaming pass over the lines checks each entry on its own (parse, canonical bytes, schema,
origin), against its neighbour (``seq``, ``prev``, time order), and feeds the Merkle compact range
so the root at every checkpointed size is known at the end. Then each signed checkpoint (the
log's own and any external one given with ``--against``) is checked for signature, truncation
and root. Every problem names the entry or file and says what probably happened. Two rules span
entries and are checked in passes of their own, over the lines of one type: re-extractions
(:mod:`.supersedes`, ``E_SUPERSEDE``) and corrections (:mod:`.correction_entry`,
``E_CORRECTION``: a correction naming another signer than the log's key, or no entry position, or
changing a field in another shape than ``archiver correct`` writes, corrects nothing, and the log
holding it is said so). The findings and the report are in :mod:`.findings`.
"""

from __future__ import annotations

import base64
import hashlib
import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from archiver.errors import MalformedEntry
from archiver.provenance.chain import (
    LogEntry,
    is_canonical,
    parse_line,
    schema_problem,
)
from archiver.provenance.correction_entry import broken_corrections
from archiver.provenance.findings import (
    ERROR,
    WARNING,
    ArtifactMissing,
    ArtifactProblem,
    DeepChecker,
    Problem,
    VerificationReport,
)
from archiver.provenance.merkle import CompactRange, leaf_hash
from archiver.provenance.note import Checkpoint, NoteError, Verifier, open_checkpoint
from archiver.provenance.supersedes import broken_supersedes

#: The findings' names, imported from here by callers written before they had a module of their own.
__all__ = ["ERROR", "WARNING", "ArtifactMissing", "ArtifactProblem", "CheckpointFile", "DeepChecker", "Problem",
           "VerificationReport", "check_log"]


@dataclass(frozen=True, slots=True)
class CheckpointFile:
    """A signed checkpoint note to check, with the name problems should use for it."""

    name: str
    note: str
    external: bool = False


def _parse_checkpoints(
    files: Sequence[CheckpointFile], verifier: Verifier, problems: list[Problem], own_key: Verifier | None = None
) -> list[tuple[CheckpointFile, Checkpoint]]:
    """The checkpoints ``verifier`` signed; the others are problems. With ``own_key`` (the key the
    log names itself, which is not ``verifier``: the caller reported that, E_KEY), those that key
    signed are one problem, not one each: a consequence of the key, not a finding per file."""
    good: list[tuple[CheckpointFile, Checkpoint]] = []
    by_own_key: list[str] = []
    for f in files:
        try:
            cp = open_checkpoint(f.note, verifier)
        except NoteError as exc:
            if own_key is not None and _signed_by(f.note, own_key):
                by_own_key.append(f.name)
                continue
            problems.append(
                Problem("E_CKPT_SIG", f"{f.name}: signature invalid or by unknown key ({exc})")
            )
            continue
        stem = f.name.rsplit("/", 1)[-1]
        if not f.external and stem.endswith(".checkpoint") and stem != f"{cp.size}.checkpoint":
            problems.append(
                Problem("E_CKPT_NAME", f"{f.name}: file name does not match its size {cp.size}")
            )
        good.append((f, cp))
    if by_own_key:
        assert own_key is not None
        shown = ", ".join(by_own_key[:3]) + (f" and {len(by_own_key) - 3} more" if len(by_own_key) > 3 else "")
        problems.append(Problem(
            "E_CKPT_SIG", f"{len(by_own_key)} checkpoint(s) ({shown}) are signed by the key log.pub names "
            f"({own_key.fingerprint}), not by the key this check trusts ({verifier.fingerprint}): none of them "
            "vouches for the log under that key"))
    return good


def _signed_by(note: str, key: Verifier) -> bool:
    try:
        open_checkpoint(note, key)
    except NoteError:
        return False
    return True


def check_log(
    data: bytes,
    *,
    verifier: Verifier,
    key_source: str,
    checkpoints: Sequence[CheckpointFile] = (),
    deep: DeepChecker | None = None,
    origin: str | None = None,
    problems: Sequence[Problem] = (),
    own_key: Verifier | None = None,
) -> VerificationReport:
    """Verify the bytes of ``log.jsonl`` against the key and the signed checkpoints.

    Args:
        origin: the log identity entries must carry; defaults to the key's name.
        problems: findings the caller already made (e.g. about key files), listed first.
        own_key: the key the log names itself (``log.pub``) when it is not ``verifier``, which
            the caller reported once (E_KEY, among ``problems``). Its consequences are not said
            again per item: the entries are held to that key's log name and its ``key_created``
            entry, the corrections to either key (one naming a third signer is still named), and
            the checkpoints it signed are one problem. Before, a wrong ``--key``
            added an E_ORIGIN per entry, an E_CORRECTION per correction, an E_CKPT_SIG per
            checkpoint and E_NO_CHECKPOINT's advice to restore them from a backup.
    """
    claimed = own_key or verifier  # what the log's own lines are held to
    origin = origin or claimed.name
    ckpt_problems: list[Problem] = []
    cps = _parse_checkpoints(checkpoints, verifier, ckpt_problems, own_key)
    wanted = {cp.size for _, cp in cps}

    lines = data.split(b"\n")
    tail = lines.pop()
    n = len(lines)
    roots: dict[int, bytes] = {}
    if 0 in wanted:
        roots[0] = CompactRange().root()
    out: list[Problem] = [*problems, *_check_lines(lines, origin, claimed, wanted, roots, deep),
                          *(Problem("E_SUPERSEDE", m, seq=s, line=at) for s, at, m in broken_supersedes(lines)),
                          *(Problem("E_CORRECTION", m, seq=s, line=at)
                            for s, at, m in broken_corrections(
                                lines, claimed.fingerprint, verifier.fingerprint if own_key is not None else None))]
    problems = out
    if tail:
        offset = len(data) - len(tail)
        signed = max((cp.size for _, cp in cps), default=0)
        problems.append(
            Problem(
                "E_TORN_TAIL",
                f"log.jsonl: last line (byte offset {offset}, {len(tail)} bytes) is incomplete — "
                "interrupted write; the next append repairs it (entries after the last checkpoint only)"
                if n >= signed else
                f"log.jsonl: last line (byte offset {offset}, {len(tail)} bytes) is signed entry {n} and lacks "
                "its final newline (no append repairs a signed entry): if the line is otherwise whole, add "
                "the newline back, else restore log.jsonl from a backup",
                line=n + 1,
            )
        )
    problems.extend(ckpt_problems)
    if n == 0:
        problems.append(Problem("E_EMPTY", "log.jsonl has no complete entry: nothing to verify"))

    own: list[int] = []
    latest = _check_checkpoints(cps, n, roots, problems, own)
    unsigned_said = own_key is not None and not own  # (the key problem says why nothing is signed)
    if n and not own and not _only_key_created(lines) and not unsigned_said:
        problems.append(
            Problem(
                "E_NO_CHECKPOINT",
                f"log.jsonl has {n} entries but no valid signed checkpoint of its own: nothing vouches "
                "for its history (the checkpoints were deleted, or the log was rewritten and they removed); "
                "restore provenance/checkpoint and provenance/checkpoints/ from a backup",
            )
        )
    if n and (latest is None or latest < n) and not unsigned_said:
        start = latest or 0
        problems.append(
            Problem(
                "W_UNCHECKPOINTED",
                f"entries {start}..{n - 1} are not covered by any signed checkpoint and are not "
                "tamper-evident yet (run `archiver log checkpoint`)",
                severity=WARNING,
            )
        )
    head = roots.get(n)
    return VerificationReport(
        origin=origin,
        size=n,
        root=base64.b64encode(head).decode() if head is not None else None,
        vkey=verifier.vkey,
        key_fingerprint=verifier.fingerprint,
        key_source=key_source,
        checkpoints_checked=len(checkpoints),
        latest_checkpoint_size=latest,
        deep=deep is not None,
        problems=tuple(problems),
    )


def _only_key_created(lines: list[bytes]) -> bool:
    """A log holding only the entry that creates it: a crash between writing that entry and
    signing the first checkpoint leaves exactly this, and it vouches for nothing yet."""
    if len(lines) != 1:
        return False
    try:
        obj, _ = parse_line(lines[0])
    except MalformedEntry:
        return False
    return isinstance(obj, dict) and obj.get("type") == "key_created"


def _check_lines(
    lines: list[bytes],
    origin: str,
    verifier: Verifier,
    wanted: set[int],
    roots: dict[int, bytes],
    deep: DeepChecker | None,
) -> list[Problem]:
    """The per-entry checks, plus the Merkle root at each size in ``wanted`` and at the end.

    The per-entry checks (JSON parsing and re-encoding dominate) are independent once each
    range knows the line before it, so on a multi-core machine a large log is split in two and
    the second half is checked in a forked process while this one hashes the tree and checks
    the first half. A deep check stays sequential: it reads other files.
    """
    n = len(lines)
    split = n
    if deep is None and n >= PARALLEL_MIN and _idle_cpu() and _can_fork():
        split = int(n * 0.45)
    if split == n:
        problems = _check_range(lines, 0, n, origin, verifier.vkey, deep)
        _merkle_roots(lines, wanted, roots)
        return problems
    global _SHARED
    _SHARED = lines
    try:
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
            later = pool.submit(_check_shared_range, split, n, origin, verifier.vkey)
            problems = _check_range(lines, 0, split, origin, verifier.vkey, None)
            _merkle_roots(lines, wanted, roots)
            problems.extend(later.result())
    finally:
        _SHARED = []
    return problems


PARALLEL_MIN = 20_000
_SHARED: list[bytes] = []


def _idle_cpu() -> bool:
    """A second core that is not already busy: on a saturated machine two processes only contend."""
    cpus = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return cpus > 1 and load < cpus - 0.5


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _check_shared_range(start: int, end: int, origin: str, vkey: str) -> list[Problem]:
    """Runs in the forked worker, which inherited the lines in ``_SHARED``."""
    return _check_range(_SHARED, start, end, origin, vkey, None)


def _merkle_roots(lines: list[bytes], wanted: set[int], roots: dict[int, bytes]) -> None:
    cr = CompactRange()
    append = cr.append
    for size, line in enumerate(lines, 1):
        append(leaf_hash(line))
        if size in wanted:
            roots[size] = cr.root()
    roots[len(lines)] = cr.root()


def _state_before(lines: list[bytes], start: int) -> tuple[str | None, int, str | None]:
    """(prev hash, prev seq, prev time) as the sequential pass would have them at ``start``."""
    if start == 0:
        return None, -1, None
    line = lines[start - 1]
    prev_hash = "sha256:" + hashlib.sha256(line).hexdigest()
    try:
        obj, _ = parse_line(line)
    except MalformedEntry:
        return prev_hash, start - 1, None
    if schema_problem(obj):
        return prev_hash, start - 1, None
    return prev_hash, obj["seq"], obj["time"]


def _check_range(
    lines: list[bytes], start: int, end: int, origin: str, vkey: str, deep: DeepChecker | None
) -> list[Problem]:
    """Entry checks for lines ``[start, end)``; each line is compared with the one before it."""
    problems: list[Problem] = []
    add = problems.append
    sha256 = hashlib.sha256
    prev_hash, prev_seq, prev_time = _state_before(lines, start)
    seq: Any
    for i in range(start, end):
        line = lines[i]
        lineno = i + 1
        this_hash = "sha256:" + sha256(line).hexdigest()
        try:
            obj, plain = parse_line(line)
        except MalformedEntry as exc:
            add(Problem("E_PARSE", f"line {lineno}: not valid JSON ({exc})", line=lineno))
            prev_hash, prev_seq = this_hash, i
            continue
        bad = schema_problem(obj)
        seq = obj.get("seq") if isinstance(obj, dict) else None
        if bad:
            add(Problem("E_SCHEMA", f"line {lineno}: {bad}", seq=seq if isinstance(seq, int) else None, line=lineno))
            prev_hash, prev_seq = this_hash, i
            continue
        if not is_canonical(line, obj, plain):
            add(
                Problem(
                    "E_NONCANONICAL",
                    f"line {lineno}: bytes are not RFC 8785 canonical — entry was edited by hand or by another tool",
                    seq=seq,
                    line=lineno,
                )
            )
        if obj["log"] != origin:
            add(
                Problem(
                    "E_ORIGIN",
                    f"seq {seq}: belongs to log {obj['log']}, expected {origin} (entries spliced from another log)",
                    seq=seq,
                    line=lineno,
                )
            )
        if seq != i and seq != prev_seq + 1:
            add(
                Problem(
                    "E_SEQ",
                    f"line {lineno}: expected seq {i}, found {seq} — entries were deleted, duplicated or reordered",
                    seq=seq,
                    line=lineno,
                )
            )
        if obj["prev"] != prev_hash:
            what = (
                f"seq {seq}: prev hash does not match the entry before it (line {lineno - 1}) — "
                "that entry was modified, or entries between them were removed"
                if i
                else f"seq {seq}: first entry must have prev null"
            )
            add(Problem("E_PREV", what, seq=seq, line=lineno))
        t = obj["time"]
        if prev_time is not None and t < prev_time:
            add(
                Problem(
                    "W_TIME",
                    f"seq {seq}: time {t} earlier than the entry before it ({prev_time}) — clock skew or reordering",
                    seq=seq,
                    line=lineno,
                    severity=WARNING,
                )
            )
        if i == 0 and obj["type"] == "key_created" and obj["data"].get("vkey") not in (None, vkey):
            add(
                Problem(
                    "E_KEY",
                    f"seq 0: the log was created with key {obj['data'].get('vkey')}, but it is held to key {vkey} "
                    "(its log.pub, or the key this check was given)",
                    seq=0,
                    line=1,
                )
            )
        if deep is not None:
            entry = LogEntry.from_object(obj, line)
            for found in deep.check(entry):
                finding = found if isinstance(found, ArtifactProblem) else ArtifactProblem(found)
                msg = finding.message
                text = msg if msg.startswith(f"seq {seq}:") else f"seq {seq}: {msg}"
                add(Problem(finding.code, text, seq=seq, line=lineno))
        prev_hash, prev_seq, prev_time = this_hash, seq, t
    return problems


def _check_checkpoints(
    cps: list[tuple[CheckpointFile, Checkpoint]],
    n: int,
    roots: dict[int, bytes],
    problems: list[Problem],
    own: list[int],
) -> int | None:
    """Truncation, root and fork checks; returns the largest size a matching checkpoint covers.

    The sizes of the log's own (not external) checkpoints that match are added to ``own``.
    """
    by_size: dict[int, tuple[CheckpointFile, Checkpoint]] = {}
    for f, cp in cps:
        seen = by_size.get(cp.size)
        if seen and seen[1].root != cp.root:
            problems.append(
                Problem(
                    "E_CONSISTENCY",
                    f"checkpoints {seen[0].name} and {f.name} are inconsistent — both signed for size "
                    f"{cp.size} with different roots (a fork: two histories were signed)",
                )
            )
        by_size.setdefault(cp.size, (f, cp))
    good_sizes: list[int] = [0]
    latest: int | None = None
    for f, cp in sorted(cps, key=lambda fc: fc[1].size):
        if cp.size > n:
            problems.append(
                Problem(
                    "E_TRUNCATED",
                    f"log has {n} entries but checkpoint {f.name} (signed, size {cp.size}) commits to "
                    f"{cp.size} — the log was truncated or replaced",
                )
            )
            continue
        if roots.get(cp.size) != cp.root:
            a = good_sizes[-1]
            problems.append(
                Problem(
                    "E_ROOT_MISMATCH",
                    f"entries 0..{cp.size - 1} do not match checkpoint {f.name} (signed, size {cp.size}) — "
                    f"the log was rewritten; first divergence is in entries {a}..{cp.size - 1} "
                    f"(between checkpoints at sizes {a} and {cp.size})",
                    seq=None,
                )
            )
            continue
        good_sizes.append(cp.size)
        latest = cp.size if latest is None else max(latest, cp.size)
        if not f.external:
            own.append(cp.size)
    return latest
