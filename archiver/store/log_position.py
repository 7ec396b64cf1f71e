"""Where in the provenance log the index is known current, so that a writer's check "the log
lists captures the index lacks" reads only the log after it: O(what is new), not O(log).

Why: ``archive`` and ``batch`` warn when a capture was killed between its log append and its
index rows (:meth:`archiver.archive.Archive.say_index_behind_log`). Holding every capture the
log lists against the index cost each ``archive`` the log's whole proving pass (0.33 s on a
20,003-entry log). Instead the index records, in its ``meta`` table (row :data:`META_KEY`), a
:class:`LogPosition`: the last log line up to which every capture the log lists is indexed (its
seq, its bytes' place, its line hash). The check reads that line again (it must hash to the
recorded hash: the same log, unchanged up to there) and then only the lines after it, each
chained to the one before (its ``seq`` the next number, its ``prev`` the hash of the line
before), looking up just the capture ids those lines list.

What it is not: proof. It is what a writer says of its index; every reader still holds the
index to the proven log (:meth:`~archiver.archive.Archive.captures_not_indexed`). A capture row
deleted by hand before the position is not seen here (readers name it), nor one an older
archiver's ``reindex`` (which keeps ``meta`` rows it does not know) left out.

Who writes it: writers only (reading never writes): a writing command's check, as a
compare-and-set (a ``reindex`` that committed meanwhile wins; not tried while another process
holds the store's lock, whose transaction it would wait for), and ``reindex`` inside its
rebuild's transaction. It advances only to the line before the first capture the index lacks,
so a gap stays in the tail until mended. An index made before the position existed has none:
one full scan, then it is recorded.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from archiver.core import json_text
from archiver.provenance.chain import line_hash
from archiver.provenance.proven import listed_capture_ids
from archiver.provenance.reader import prev_of, seq_of

#: The index ``meta`` row holding the position (JSON of :class:`LogPosition`).
META_KEY = "log_current"


class LogPosition(NamedTuple):
    """Log line ``seq``, at bytes ``[start, end)`` of the file (``end`` past its newline), whose
    line hash is ``hash``: every capture the log lists up to it is in the index. (Classes here
    are no dataclasses: ``archive`` defines them as it starts; tests/test_startup_imports.py.)"""

    seq: int
    start: int
    end: int
    hash: str

    def to_text(self) -> str:
        return json_text.dumps({"seq": self.seq, "start": self.start, "end": self.end, "hash": self.hash},
                          sort_keys=True)

    @classmethod
    def from_text(cls, text: str | None) -> LogPosition | None:
        """The position ``text`` records; ``None`` when absent or not one (a hand-edited row:
        treated as never recorded, so one full scan replaces it)."""
        if not text:
            return None
        try:
            obj = json.loads(text)
            pos = cls(obj["seq"], obj["start"], obj["end"], obj["hash"])
        except (ValueError, TypeError, KeyError):
            return None
        ints = all(type(v) is int and v >= 0 for v in (pos.seq, pos.start, pos.end))
        return pos if ints and pos.start < pos.end and isinstance(pos.hash, str) else None


class TailScan:
    """What :func:`scan_after` found (filled in as the scan goes).

    Attributes:
        missing: capture ids the scanned lines list and the index lacks, in log order.
        position: the position to record: the last scanned line before the first capture
            lacking (or the position scanned from, when that capture is its first line);
            ``None`` for an empty log.
        mismatch: why the recorded position is not a line of this log (then nothing was scanned).
        broken: why the lines after it do not chain (an edited log: the proving pass says what;
            nothing to record).
    """

    __slots__ = ("missing", "position", "mismatch", "broken")

    def __init__(self, position: LogPosition | None = None, mismatch: str | None = None,
                 broken: str | None = None) -> None:
        self.missing: list[str] = []
        self.position = position
        self.mismatch = mismatch
        self.broken = broken


def scan_after(log_path: Path, after: LogPosition | None, has_capture: Callable[[str], bool]) -> TailScan:
    """The captures the log's lines after ``after`` (all lines: ``None``) list and
    ``has_capture`` says the index lacks. ``after`` must be a line of this log: the bytes at its
    place, a whole line of its seq hashing to its hash; else :attr:`TailScan.mismatch` says why.

    Raises:
        OSError: the log cannot be read.
    """
    with open(log_path, "rb") as f:
        if after is not None:
            f.seek(after.start)
            held = f.read(after.end - after.start)
            line = held[:-1]
            if not held.endswith(b"\n") or b"\n" in line or seq_of(line) != after.seq or line_hash(line) != after.hash:
                return TailScan(mismatch=f"its line {after.seq} (bytes {after.start}-{after.end}) is not the line "
                                f"the index recorded")
        data = f.read()
    return _scan(data, after, has_capture)


def _scan(data: bytes, after: LogPosition | None, has_capture: Callable[[str], bool]) -> TailScan:
    found = TailScan(position=after)
    n, last, offset = (after.seq + 1, after.hash, after.end) if after is not None else (0, None, 0)
    stop = data.rfind(b"\n") + 1
    good: tuple[int, int, int, str] | None = None  # the last line before the first capture lacking
    sha = hashlib.sha256
    for line in data[:stop - 1].split(b"\n") if stop else []:
        if seq_of(line) != n or prev_of(line) != last:
            found.broken = f"line {n + 1} is not entry {n} chained to entry {n - 1}"
            return found
        last = "sha256:" + sha(line).hexdigest()
        end = offset + len(line) + 1
        ids = listed_capture_ids(line)
        if ids:
            found.missing.extend(cid for cid in ids if not has_capture(cid) and cid not in found.missing)
        if not found.missing:
            good = (n, offset, end, last)
        n, offset = n + 1, end
    if good is not None:
        found.position = LogPosition(*good)
    return found


def lacking_after(log_path: Path, recorded: str | None, has_capture: Callable[[str], bool],
                  every_capture: Callable[[], set[str]]) -> tuple[TailScan, str | None]:
    """(:func:`scan_after` from the position ``recorded`` (the index's meta text), or from the
    log's start when none was recorded or it does not match the log; why it did not match).
    ``has_capture`` is asked once per capture id listed after the position; a scan from the start
    asks ``every_capture`` once instead (one index query, not one per capture the log lists)."""
    after = LogPosition.from_text(recorded)
    mismatch = None
    if after is not None:
        found = scan_after(log_path, after, has_capture)
        if found.mismatch is None:
            return found, None
        mismatch = found.mismatch
    return scan_after(log_path, None, every_capture().__contains__), mismatch


#: The index ``meta`` row holding the proving pass's verdict on a log whose lines do not chain
#: (:func:`unchained_memo`): JSON of the log's bytes it was reached on and the captures it found lacking.
UNCHAINED_KEY = "log_unchained"


def unchained_memo(data: bytes, missing: list[str], whole: bool) -> str | None:
    """What to record (:data:`UNCHAINED_KEY`) once the proving pass has found the captures
    ``missing`` of a log whose lines do not chain, read as ``data`` (read before the pass: the
    pass read at least those bytes). ``whole``: the pass took in every line (its break is one it
    proves past: lines appended later list captures it holds the index to); else it stopped at
    its problem, and lines after it are never held to the index. ``None``: an empty log.

    Why: a log whose lines do not chain (an edited log) cannot be followed from a recorded
    position (:func:`scan_after` says ``broken``), and each writing command ran the whole proving
    pass again (0.33 s on a 20,003-entry log). The verdict is derived state, never trusted over
    the bytes: it holds only while the log's bytes up to where it was reached hash the same
    (:func:`lacking_by_memo`), so any change there proves again."""
    end = data.rfind(b"\n") + 1
    if end == 0:
        return None
    start = data.rfind(b"\n", 0, end - 1) + 1
    line = data[start:end - 1]
    seq = seq_of(line)
    if not isinstance(seq, int):
        return None
    return json_text.dumps({"seq": seq, "start": start, "end": end, "hash": line_hash(line),
                            "sha256": hashlib.sha256(memoryview(data)[:end]).hexdigest(), "whole": whole,
                            "missing": sorted(set(missing))}, sort_keys=True)


def lacking_by_memo(log_path: Path, memo: str | None, has_capture: Callable[[str], bool]) -> list[str] | None:
    """The captures the proving pass would find lacking now, from its verdict ``memo``
    (:func:`unchained_memo`): those it found that ``has_capture`` still says are lacking, and
    (``whole``) those the lines appended since list. ``None`` (prove again): no memo, or the log
    is not the one it was reached on (its bytes up to there changed, or what follows does not
    chain on from its last line).

    Raises:
        OSError: the log cannot be read.
    """
    try:
        obj = json.loads(memo) if memo else None
        if not isinstance(obj, dict) or not isinstance(obj.get("missing"), list):
            return None
        pos = LogPosition.from_text(LogPosition(obj["seq"], obj["start"], obj["end"], obj["hash"]).to_text())
    except (ValueError, TypeError, KeyError):
        return None
    if pos is None:
        return None
    with open(log_path, "rb") as f:
        if _sha256_of_first(f, pos.end) != obj.get("sha256"):
            return None
        after = _scan(f.read(), pos, has_capture)
    if after.broken is not None:
        return None
    missing = [cid for cid in obj["missing"] if isinstance(cid, str) and not has_capture(cid)]
    if obj.get("whole") is True:
        missing += [cid for cid in after.missing if cid not in missing]
    return missing


#: The buffer :func:`_sha256_of_first` reads the log into, a piece at a time.
_PIECE = 1 << 18


def _sha256_of_first(f: io.BufferedReader, size: int) -> str | None:
    """The sha256 (hex) of the first ``size`` bytes of the open file ``f``, left positioned after
    them; ``None`` when it holds fewer. Read into one reused buffer, not the whole log at once:
    on the 20,015-entry bench log (5.8 MB) the recorded verdict's check took ~9-10 ms reading the
    file into one new object and hashing a copy of its prefix, of which the hash is ~3 ms; the
    rest was the two 5.8 MB allocations' page faults and copy."""
    digest = hashlib.sha256()
    buf = bytearray(min(_PIECE, max(size, 1)))
    view = memoryview(buf)
    left = size
    while left:
        n = f.readinto(view[:min(left, len(buf))])
        if not n:
            return None
        digest.update(view[:n])
        left -= n
    return digest.hexdigest()
