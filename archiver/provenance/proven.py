"""Which lines of ``log.jsonl`` are proven to be in the signed log, once per process.

A statement about a capture (``verify-quote``, ``show``, ``cite``) rests on two log entries,
its capture's and its extraction's. Reading them where the index places them, and checking
that the next entry names them, is one link of the chain: a forger with write access to the
store who edits those entries and recomputes the ``prev`` of a few entries after them moves the
break further down, where only ``archiver log verify`` saw it. So an entry counts only if it is
PROVEN to be in the log the key signed:

- the lines the latest signed checkpoint covers hash (RFC 6962 leaves, :mod:`merkle`) to the
  root it signs, verified with the log's key; the
  newest checkpoint is the largest of the store's ``checkpoint`` file, the largest
  ``checkpoints/<size>.checkpoint`` whose signature verifies, and the one this machine's key
  folder records as last signed (so swapping in an older, genuinely signed checkpoint, or
  deleting ``checkpoint``, does not shrink what is signed: on another machine the immutable
  ``checkpoints/`` are what ``log verify`` holds the log to, and statements now too);
- a log of more than one line has a signed checkpoint (every log signs its first line, the
  ``key_created`` entry, when it is made: ``1.checkpoint``); none at all is a log whose
  checkpoints were deleted, as ``log verify`` says (``E_NO_CHECKPOINT``);
- every line after them (the unsigned tail: a batch still running, a killed process) is
  chained to the one before it, from the checkpoint's last line to the log's last line; and
  the whole log is one chain with ``seq`` equal to its line number.

A proven line of the unsigned tail may add a capture, never change a signed one: a
re-extraction (``archiver reextract``) is followed only when :meth:`ProvenLog.trusted` says so
(signed, or recorded in this machine's key folder as one of its own appends).

How (the fallback of the design note, not an O(log n) inclusion proof per entry): the whole
log is read and hashed ONCE per process per log file (O(n), ~1 µs a line) and what it proved is
remembered here: one 32-byte leaf hash per line. A later check hashes the entry line it just
read and compares it with the remembered leaf for its seq: O(1), so a statement's cost stays
near the short path's. Lines appended since (another process writing) are chained on from the
last proven line, and a newer checkpoint's root is checked from the remembered leaves; a file
that got shorter or is another file is proven afresh. Nothing read is trusted without this
proof: the memory holds only hashes of bytes proven in this process, and the bytes a statement
uses are read and hashed again in its own call.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from archiver.core.reextractions import SupersedeRule
from archiver.errors import ArchiverError, MalformedEntry
from archiver.provenance import keys
from archiver.provenance.chain import SCHEMA_VERSION, parse_line
from archiver.provenance.key_pins import pin_mismatch
from archiver.provenance.log_files import CHECKPOINT_DIR, LATEST_FILE
from archiver.provenance.log_identity import (
    LogIdentity,
    older_copy_signed_size,
    verified_checkpoint,
)
from archiver.provenance.merkle import CompactRange, leaf_hash
from archiver.provenance.note import Checkpoint, NoteError, as_text
from archiver.provenance.reader import prev_of, seq_of

#: How a ``capture`` or ``import`` entry's line ends (canonical JSON, sorted keys: ``type`` then
#: ``v``): one ``endswith`` per line, ~0.3 µs of the ~3 µs a line costs to prove (a slice and two
#: ``in`` tests cost twice that). tests/test_index_completeness.py holds it to the real log.
_LISTS_CAPTURES = tuple(f'"type":"{t}","v":{SCHEMA_VERSION}}}'.encode() for t in ("capture", "import"))
#: How a ``capture`` entry's line begins (its data's first key, canonical JSON: sorted keys).
_CAPTURE_HEAD = b'{"data":{"capture_id":"'
#: A capture id an entry lists (an import lists several; its ``original_capture_id`` is not one:
#: the quote before ``capture_id`` is part of the literal, which the regex engine scans for fast).
_CAPTURE_ID = re.compile(rb'"capture_id":"([^"\\]+)"')
#: How an ``extraction`` entry's line ends (held to :class:`SupersedeRule`, ``archiver reextract``).
_IS_EXTRACTION = f'"type":"extraction","v":{SCHEMA_VERSION}}}'.encode()

#: Why a statement was refused, said after the problem (the one command that names every break).
VERIFY_HINT = "the provenance log was edited; run 'archiver log verify'"


class _Signed(NamedTuple):
    """The newest checkpoint found (``None``: none signed yet), or why none can be trusted (a
    ``NamedTuple``, not a dataclass: ``archive`` reads the log's proof as it starts, and a
    dataclass costs its definition there; tests/test_startup_imports.py)."""

    checkpoint: Checkpoint | None
    problem: str | None = None


class ProvenLog:
    """What this process proved of one ``log.jsonl`` file (see the module docstring)."""

    def __init__(self, path: Path, key_dir: Path | None) -> None:
        self.path = path
        self.key_dir = key_dir
        self.leaves = bytearray()  # leaf hash of each proven line, 32 bytes per line, by line number
        self.end = 0  # bytes of the file proven: the end of its last complete line
        self.last_hash: str | None = None  # line hash of the last proven line (the next one's prev)
        self.tree = CompactRange()  # the leaves of the signed lines, at :attr:`signed`
        self.signed = 0  # lines the newest checkpoint checked so far signs
        self.problem: str | None = None  # why nothing of this file can be proven
        self.seen: tuple[int, int] = (-1, -1)  # the file's (size, mtime) when last proven: unchanged, nothing to do
        #: capture id -> seq of the ``capture``/``import`` entry that lists it, for every proven line:
        #: what a statement claiming completeness holds the derived capture index against
        self.logged: dict[str, int] = {}
        #: (capture id, extraction entry seq) -> seq of the proven ``extraction`` entry of that capture
        #: that supersedes it (``archiver reextract``): an index pointing at the former is older than
        #: the log. Keyed by capture: a line of another capture naming this one's entry changes
        #: nothing here (``log verify`` names it: ``E_SUPERSEDE``)
        self.superseded: dict[tuple[str, int], int] = {}
        #: seq -> line hash (``sha256:``) of each line no checkpoint signed when it was proven: what
        #: the key folder's record of this machine's appends is compared with (:meth:`trusted`)
        self.unsigned: dict[int, str] = {}
        #: capture id -> seq of its last proven re-extraction entry (one naming ``supersedes_seq``, or
        #: logging it null: the later first extraction of a capture whose extraction failed):
        #: what a reader consults when the index lacks the capture's extraction
        self.reextracted: dict[str, int] = {}
        #: capture id -> seq of its newest proven extraction entry that keeps the log's rule (the one
        #: made with it, or the last re-extraction): what a reader holds an index lacking the
        #: capture's extraction to (a row deleted by hand is not "no extracted text")
        self.extracted: dict[str, int] = {}
        #: the log's rule of extraction entries, fed every proven extraction line in order
        self.rule = SupersedeRule()
        #: seq -> why the proven extraction entry breaks the rule (``log verify``: E_SUPERSEDE):
        #: a reader never follows it, and refuses an index pointing at it
        self.broken: dict[int, str] = {}
        self.lock = threading.Lock()

    @property
    def lines(self) -> int:
        return len(self.leaves) // 32

    def holds(self, seq: int, line: bytes) -> bool:
        """Whether ``line`` is the proven line of entry ``seq``."""
        at = seq * 32
        return self.problem is None and seq >= 0 and at + 32 <= len(self.leaves) and (
            self.leaves[at:at + 32] == leaf_hash(line))

    def superseding(self, capture_id: str, seq: int) -> int | None:
        """The seq of the proven extraction entry of capture ``capture_id`` that supersedes its
        extraction entry ``seq`` (None: none)."""
        with self.lock:
            return self.superseded.get((capture_id, seq))

    def breaks_rule(self, seq: int) -> str | None:
        """Why proven extraction entry ``seq`` breaks the log's rule of re-extractions (None: it
        keeps it, or is no extraction entry)."""
        with self.lock:
            return self.broken.get(seq)

    def newest_reextraction(self, capture_id: str) -> int | None:
        """The seq of capture ``capture_id``'s last proven re-extraction entry (None: none)."""
        with self.lock:
            return self.reextracted.get(capture_id)

    def newest_extraction(self, capture_id: str) -> int | None:
        """The seq of capture ``capture_id``'s newest proven extraction entry (None: the log holds
        none: its extraction failed, or it has no text, as an image)."""
        with self.lock:
            return self.extracted.get(capture_id)

    def extracted_captures(self) -> dict[str, int]:
        """Capture id -> seq of its newest proven extraction entry, for every capture the log
        holds an extraction of."""
        with self.lock:
            return dict(self.extracted)

    def trusted(self, seq: int) -> bool:
        """Whether proven entry ``seq`` may change what a signed capture serves (a re-extraction):
        a signed checkpoint covers it, or this machine's key folder records it as an append of
        one of its own archiver processes, not signed yet (a ``reextract`` still running, or killed
        before it signed). A line anyone wrote into ``log.jsonl`` by hand, well chained and
        all, is neither: before re-extraction, unsigned lines could add captures but never change
        a signed one, and they still cannot."""
        if self._covered(seq):
            return True
        try:  # signed meanwhile? (signing empties the record of appends: look again)
            st = os.stat(self.path)
        except OSError:
            return False
        self.update(st.st_size, st.st_mtime_ns)
        return self._covered(seq)

    def _covered(self, seq: int) -> bool:
        with self.lock:
            if self.problem is not None or not 0 <= seq < self.lines:
                return False
            if seq < self.signed:
                return True
        return _own_append(self.path.parent, self.key_dir, seq, self._unsigned_hash)

    def _unsigned_hash(self, seq: int) -> str | None:
        with self.lock:
            return self.unsigned.get(seq)

    def logged_captures(self) -> dict[str, int]:
        """Capture id -> seq of the entry listing it, for every capture the proven lines list."""
        with self.lock:
            return dict(self.logged)

    def reason(self, seq: int) -> str:
        """One line saying why entry ``seq`` is not proven (after :meth:`holds` said no)."""
        name = f"{self.path.parent.name}/{self.path.name}"
        if self.problem is not None:
            return f"{name}: {self.problem}: {VERIFY_HINT}"
        if not 0 <= seq < self.lines:
            return f"{name} has no proven entry {seq}: {VERIFY_HINT}"
        return (f"{name}: log entry {seq} is not the line this process proved to be in the signed log "
                f"(it was changed since): {VERIFY_HINT}")

    def update(self, size: int, mtime: int = -1) -> None:
        """Prove the lines of the file not proven yet; ``size`` and ``mtime`` (ns) are its ``stat``
        now. A file changed without growing (shorter, or rewritten in place) is proven afresh."""
        with self.lock:
            if (size, mtime) == self.seen:
                return
            if size <= self.end or self.problem is not None:
                self._reset()
            self.seen = (size, mtime)
            signed = self._signed()  # read before the lines: a checkpoint never signs lines not written yet
            try:
                with open(self.path, "rb") as f:
                    f.seek(self.end)
                    data = f.read()  # to the end now (lines a checkpoint read above signs are in)
            except OSError as exc:
                self.problem = f"cannot be read ({exc.strerror or exc})"
                return
            newest = signed.checkpoint.size if signed.checkpoint is not None and signed.problem is None else 0
            self._chain(data, max(newest, self.signed))
            if self.problem is None:
                self._check_signed(signed)

    def _reset(self) -> None:
        self.leaves.clear()
        self.end, self.last_hash, self.signed, self.problem = 0, None, 0, None
        self.tree = CompactRange()
        self.logged = {}
        self.superseded = {}
        self.unsigned = {}
        self.reextracted = {}
        self.extracted = {}
        self.rule = SupersedeRule()
        self.broken = {}

    def _chain(self, data: bytes, chain_from: int) -> None:
        """Take in the complete lines of ``data`` (the bytes after :attr:`end`), each with ``seq``
        its line number; from line ``chain_from`` on (the first line no checkpoint signs) each
        must name the one before it as its ``prev``. The signed lines before it are proven by the
        root instead (:meth:`_check_signed`), so they are hashed once, as leaves. The first
        problem stops it. Each ``capture``/``import`` line's capture ids go to :attr:`logged` (a
        byte test of its end, then a small regex: no JSON parse on this once-per-process pass); each
        ``extraction`` line is parsed and held to the log's rule (:meth:`_take_extraction`)."""
        stop = data.rfind(b"\n") + 1
        if stop == 0:
            return
        n, last, leaves = self.lines, self.last_hash, self.leaves
        sha, leaf, before = hashlib.sha256, leaf_hash, b""
        lists_captures = _LISTS_CAPTURES
        for line in data[:stop - 1].split(b"\n"):
            if seq_of(line) != n:
                self.problem = f"line {n + 1} is not entry {n} (entries were deleted, duplicated or reordered)"
                return
            if n >= chain_from:
                if last is None and n:
                    last = "sha256:" + sha(before).hexdigest()
                if prev_of(line) != last:
                    self.problem = (f"the hash chain breaks at entry {n} (its prev is not the hash of entry {n - 1})"
                                    if n else "the first entry names a predecessor")
                    return
                last = "sha256:" + sha(line).hexdigest()
                self.unsigned[n] = last
            else:
                last, before = None, line
            leaves += leaf(line)
            if line.endswith(lists_captures):
                self._take_ids(line, n)
            elif line.endswith(_IS_EXTRACTION):
                self._take_extraction(line, n)
            n += 1
        if last is None:
            last = "sha256:" + sha(before).hexdigest()
        self.last_hash, self.end = last, self.end + stop

    def _take_extraction(self, line: bytes, seq: int) -> None:
        """Hold extraction entry ``seq`` (its ``line``) to the log's rule (:class:`SupersedeRule`,
        every extraction line: one per capture and re-extraction, parsed); one that breaks it is
        noted in :attr:`broken` and followed by no reader; one that keeps it is the capture's
        newest (:attr:`extracted`). A re-extraction that keeps it (it
        names ``supersedes_seq``, or lists its own ``record``) goes to :attr:`superseded` and
        :attr:`reextracted`."""
        try:
            obj, _ = parse_line(line)
        except MalformedEntry:
            return  # E_PARSE: log verify names it; a reader reading it refuses it
        data = obj.get("data") if isinstance(obj, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("capture_id"), str):
            return
        problem = self.rule.take(seq, data)
        if problem is not None:
            self.broken[seq] = problem
            return
        capture, named_seq = data["capture_id"], data.get("supersedes_seq")
        self.extracted[capture] = seq
        if type(named_seq) is int:
            self.superseded[(capture, named_seq)] = seq
        if "supersedes_seq" in data or _lists_own_record(data):
            self.reextracted[capture] = seq

    def _take_ids(self, line: bytes, seq: int) -> None:
        """Note the capture ids entry ``seq`` (a ``capture`` or ``import`` line) lists
        (:func:`listed_capture_ids`)."""
        for cid in listed_capture_ids(line):
            self.logged[cid] = seq

    def _signed(self) -> _Signed:
        """The newest checkpoint of the log, verified with its key (see the module docstring)."""
        directory = self.path.parent
        latest = directory / LATEST_FILE
        try:
            origin, verifier = LogIdentity._identity(directory)
        except ArchiverError:
            return _Signed(None)  # no readable identity: nothing was signed (a log with no entry yet)
        if (mismatch := pin_mismatch(verifier, self.key_dir)) is not None:
            return _Signed(None, mismatch)  # a key pinned for this log's name is the log's key
        found: list[Checkpoint] = []
        try:
            found.append(verified_checkpoint(as_text(latest.read_bytes(), str(latest)), verifier.vkey))
        except FileNotFoundError:
            pass
        except (OSError, NoteError) as exc:
            return _Signed(None, f"its signed checkpoint {LATEST_FILE} does not verify with the log's key ({exc})")
        kept = _largest_kept(directory / CHECKPOINT_DIR, verifier.vkey)
        if kept is not None:
            found.append(kept)
        for note, problem in self._recorded(origin, verifier.vkey):
            if problem is not None:
                return _Signed(None, problem)
            try:
                found.append(verified_checkpoint(note, verifier.vkey))
            except NoteError as exc:
                return _Signed(None, f"the checkpoint this machine's key signed for it does not verify with "
                                     f"the log's key, which was replaced ({exc})")
        return _Signed(max(found, key=lambda cp: cp.size) if found else None)

    def _recorded(self, origin: str, vkey: str) -> list[tuple[str, str | None]]:
        """(checkpoint note, problem) of each record in this machine's key folder that holds the
        log here to what its key signed: a record naming this folder as a place its log lives
        (the last checkpoint its key signed here, or why the log here is not the one it signed:
        another origin, swapped), and the record of this log's origin when it names only other
        folders, unless the log here is an honest older copy of the log still standing there
        (:func:`~archiver.provenance.log_identity.older_copy_signed_size`, the rule ``log
        verify`` follows: a backup stays readable, the log cut back and moved away does not).
        None: ``[]`` (another machine)."""
        key_dir = self.key_dir or keys.default_key_dir()
        directory = self.path.parent
        try:
            records = keys.origins_recorded_for(key_dir, directory)
        except (ArchiverError, OSError):
            return []
        try:
            own = keys.read_record(key_dir, origin)
        except (ArchiverError, OSError):  # unreadable: appending refuses and says so; nothing to hold here
            own = None
        out: list[tuple[str, str | None]] = []
        for record in records:
            if record.origin != origin:
                out.append(("", f"this machine's key signed log {record.origin} in this folder (recorded in "
                                f"{record.path}), and it now holds log {origin}: the log was swapped"))
            elif record.checkpoint is not None:
                out.append((record.checkpoint, None))
        if (own is not None and own.checkpoint is not None and keys.store_place(directory) not in own.stores
                and older_copy_signed_size(own, directory, vkey) is None):
            out.append((own.checkpoint, None))
        return out

    def _check_signed(self, signed: _Signed) -> None:
        """The newest checkpoint's root recomputed from the proven leaves it covers."""
        if signed.problem is not None:
            self.problem = signed.problem
            return
        cp = signed.checkpoint
        if cp is None and self.lines > 1:
            self.problem = (f"it holds {self.lines} entries and no signed checkpoint (E_NO_CHECKPOINT: "
                            f"{LATEST_FILE} and {CHECKPOINT_DIR}/ were deleted, or none verifies with the log's key)")
            return
        if cp is None or cp.size <= self.signed:
            return
        if cp.size > self.lines:
            self.problem = (f"it holds {self.lines} entries, fewer than the {cp.size} its signed checkpoint "
                            "signs (entries were removed)")
            return
        tree = self.tree
        for i in range(self.signed, cp.size):
            tree.append(bytes(self.leaves[i * 32:i * 32 + 32]))
        if tree.root() != cp.root:
            self.problem = (f"its first {cp.size} entries do not hash to the root its signed checkpoint "
                            "commits to (a signed entry was changed)")
            return
        self.signed = cp.size
        if self.unsigned:  # signed now: kept no longer (a long batch's tail)
            self.unsigned = {seq: h for seq, h in self.unsigned.items() if seq >= cp.size}


def listed_capture_ids(line: bytes) -> list[str]:
    """The capture ids log line ``line`` lists (none: not a ``capture``/``import`` entry): a
    capture's read where its line begins (a slice: the regex scanning a 2 KB line cost ~9 µs an
    entry, more than proving it), an import's (rare) found by the regex."""
    if not line.endswith(_LISTS_CAPTURES):
        return []
    if line.startswith(_CAPTURE_HEAD):
        head = len(_CAPTURE_HEAD)
        return [line[head:line.index(b'"', head)].decode("ascii", "replace")]
    return [cid.decode("ascii", "replace") for cid in _CAPTURE_ID.findall(line)]


def _own_append(directory: Path, key_dir: Path | None, seq: int, hash_of: Callable[[int], str | None]) -> bool:
    """Whether this machine's key folder records unsigned line ``seq`` of the log in ``directory``
    as one of its own appends (:mod:`~archiver.provenance.log_appends`): a recorded span covers it
    and names the line hash the log holds there (the span's hash of that very line, or of its
    last line, which the proven chain ties to every line before it). ``hash_of``: the line hash
    of a proven unsigned line (None: not one). No record here (another machine), or one from before appends
    were recorded: not own. The journal's lines are not authenticated (anyone who can write the
    key folder can add one), so it is consulted only where the log's private key is, matching
    its public key (``log.pub``): a folder without the key (kept offline, handed over, synced)
    vouches for nothing."""
    from archiver.provenance import log_appends

    try:
        origin, verifier = LogIdentity._identity(directory)
        folder = key_dir or keys.default_key_dir()
        keys.load_key(folder, origin, expected_vkey=verifier.vkey)  # no key here, or another log's: not own
        place = keys.store_place(directory)
        record = keys.read_record(folder, origin, place)
        spans = log_appends.recorded_spans(record, place)
    except (ArchiverError, OSError):
        return False
    for span in spans or ():
        first, last = span["from_seq"], span["to_seq"]
        if not first <= seq <= last:
            continue
        each = span["line_hashes"]
        if len(each) > seq - first and each[seq - first] == hash_of(seq) is not None:
            return True
        if span["last_line_hash"] == hash_of(last) is not None:
            return True
    return False


def _largest_kept(folder: Path, vkey: str) -> Checkpoint | None:
    """The largest ``<size>.checkpoint`` in ``folder`` whose signature verifies with ``vkey``
    (None: none). One ``listdir`` and, as a rule, one signature check: the largest is tried
    first; one that does not verify (damaged, or not signed by this key) is passed over here,
    and ``log verify`` names it."""
    try:
        names = os.listdir(folder)
    except OSError:  # no folder (a log with no entry yet), or not a folder: log verify says so
        return None
    suffix = ".checkpoint"
    sizes = sorted((int(n[:-len(suffix)]) for n in names
                    if n.endswith(suffix) and n[:-len(suffix)].isdigit() and len(n) < 40), reverse=True)
    for size in sizes:
        path = folder / f"{size}{suffix}"
        try:
            return verified_checkpoint(as_text(path.read_bytes(), str(path)), vkey)
        except (OSError, NoteError):
            continue
    return None


_PROVEN: dict[tuple[str, int, int], ProvenLog] = {}
_GUARD = threading.Lock()


def proven_log(path: Path, st: os.stat_result, key_dir: Path | None = None) -> ProvenLog:
    """The :class:`ProvenLog` of the log file at ``path`` (``st``: its ``stat`` just taken),
    updated to the file's size now. One per file per process (a few files at most)."""
    ident = (str(path), st.st_dev, st.st_ino)
    with _GUARD:
        proven = _PROVEN.get(ident)
        if proven is None:
            if len(_PROVEN) >= 8:
                _PROVEN.clear()
            proven = _PROVEN[ident] = ProvenLog(path, key_dir)
    proven.update(st.st_size, st.st_mtime_ns)
    return proven


def forget() -> None:
    """Forget every proof (tests that rewrite a log in place between commands of one process)."""
    with _GUARD:
        _PROVEN.clear()


__all__ = ["VERIFY_HINT", "ProvenLog", "forget", "proven_log"]


def _lists_own_record(data: dict[str, Any]) -> bool:
    """Whether an extraction entry lists its own record (``record``, naming its ``record_id``)."""
    rec = data.get("record")
    return type(rec) is dict and rec.get("record_id") is not None and rec.get("record_id") == data.get("record_id")
