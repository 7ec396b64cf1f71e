"""The provenance log on disk: the only code that touches ``<store>/provenance/``.

Files::

    log.jsonl                      append-only, one RFC 8785 entry per line, '\\n'-terminated
    log.lock                       flock target serialising writers (processes and threads)
    log.pub                        the verifier key (vkey) of the log: what a user publishes
    checkpoint                     latest signed checkpoint (copy of the newest below)
    checkpoints/<size>.checkpoint  immutable signed checkpoints, one per size
    checkpoints/<size>.<kind>      time-anchor proofs (e.g. ``rfc3161.tsr``)
    recovered/<offset>.torn        bytes of a torn final line removed by a repair
    tree.json                      cache: Merkle compact range at the last checkpoint

Writers take an exclusive ``flock`` on ``log.lock``, read the last entry for ``seq``/``prev``,
repair a torn tail (logging a ``recovery`` entry), then emit all new lines with one ``write``
on an ``O_APPEND`` descriptor followed by one ``fsync``. Readers take no lock and ignore an
incomplete last line. The lock is advisory and ``flock`` is unreliable on NFS: keep stores on
a local disk.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import fcntl
import functools
import json
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from archiver import __version__
from archiver.core.clock import Clock, default_clock
from archiver.core.digests import sha256_label
from archiver.core.files import read_user_file
from archiver.errors import (
    IntegrityError,
    LogIdentityError,
    MalformedEntry,
    ReadOnlyStoreError,
    StoreError,
    UsageError,
)
from archiver.provenance import keys
from archiver.provenance.anchor import ANCHOR_TOLERANCE, Anchor, AnchorError, RFC3161Anchor
from archiver.provenance.chain import (
    LogEntry,
    build_line,
    complete_lines,
    decode_entry,
    format_time,
    line_hash,
)
from archiver.provenance.merkle import CompactRange, leaf_hash
from archiver.provenance.note import (
    Checkpoint,
    NoteError,
    Signer,
    Verifier,
    as_text,
    open_checkpoint,
    sign_checkpoint,
)
from archiver.provenance.proof import build_consistency, build_proof, read_verifier
from archiver.provenance.reader import read_entry
from archiver.provenance.verify import (
    WARNING,
    CheckpointFile,
    DeepChecker,
    Problem,
    VerificationReport,
    check_log,
)

logger = logging.getLogger(__name__)

#: An entry's data, or a function making it from the entries appended before it in the same call.
EntryData = dict[str, Any] | Callable[[list[LogEntry]], dict[str, Any]]

LOG_FILE = "log.jsonl"
LOCK_FILE = "log.lock"
PUB_FILE = "log.pub"
LATEST_FILE = "checkpoint"
CHECKPOINT_DIR = "checkpoints"
RECOVERED_DIR = "recovered"
TREE_STATE_FILE = "tree.json"
DEFAULT_NAME = "archiver"
TOOL = f"archiver/{__version__}"

#: Test hook: called with a point name ("after_write") between writing and fsync, so a test
#: process can die there. None in production.
fault_injector: Callable[[str], None] | None = None

_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(path: Path) -> threading.Lock:
    # flock already excludes threads (each call opens its own file description); this lock
    # just keeps threads of one process queueing in Python rather than in the kernel.
    with _thread_locks_guard:
        return _thread_locks.setdefault(os.path.abspath(path), threading.Lock())


def _fsync(fd: int) -> None:
    """Make written data durable. macOS ``fsync`` stops at the drive cache; F_FULLFSYNC does not."""
    if hasattr(fcntl, "F_FULLFSYNC"):
        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:  # not supported by this filesystem
            pass
    os.fsync(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a fsynced temporary file and ``os.replace``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, data)
        _fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _entry_time(line: bytes) -> dt.datetime | None:
    """The time an entry claims, or None for a line ``log verify`` reports as broken anyway."""
    try:
        return dt.datetime.strptime(decode_entry(line).time, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except (MalformedEntry, ValueError):  # ValueError: a time string strptime refuses
        return None


@functools.lru_cache(maxsize=64)
def _verified_checkpoint(note: str, vkey: str) -> Checkpoint:
    """``open_checkpoint`` memoised: a writer re-checks the same signed notes before every append."""
    return open_checkpoint(note, Verifier.from_vkey(vkey))


class ProvenanceLog:
    """A tamper-evident, append-only log of what the tool did, with signed checkpoints."""

    def __init__(
        self, directory: Path, *, origin: str, verifier: Verifier, key_dir: Path, clock: Clock
    ) -> None:
        self.directory = directory
        self.origin = origin
        self.verifier = verifier
        self.key_dir = key_dir
        self.clock = clock
        self._signer: Signer | None = None

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        directory: Path,
        *,
        key_dir: Path | None = None,
        clock: Clock | None = None,
        create: bool = True,
        name: str = DEFAULT_NAME,
    ) -> ProvenanceLog:
        """Open the log in ``directory``, creating it and its key on first use if ``create``.

        Args:
            name: the host-like first part of a new log's origin (``<name>/prov/<8 hex>``).

        Raises:
            UsageError: ``create`` is false and there is no log here.
            StoreError: the directory holds something that is not a readable log.
        """
        directory = Path(directory)
        key_dir = Path(key_dir) if key_dir is not None else keys.default_key_dir()
        clock = clock or default_clock()
        if not (directory / LOG_FILE).exists():
            if not create:
                raise UsageError(f"no provenance log in {directory} (nothing has been archived there yet)")
            cls._refuse_if_recorded(directory, key_dir)
            directory.mkdir(parents=True, exist_ok=True)
            with cls._flock(directory):
                if not (directory / LOG_FILE).exists() or (directory / LOG_FILE).stat().st_size == 0:
                    if any((directory / CHECKPOINT_DIR).glob("*.checkpoint")):
                        raise StoreError(
                            f"{directory / LOG_FILE} is missing or empty but signed checkpoints exist: "
                            "the log was deleted; restore it from a backup (refusing to start a new log)"
                        )
                    cls._refuse_if_recorded(directory, key_dir)
                    return cls._create(directory, key_dir=key_dir, clock=clock, name=name)
        origin, verifier = cls._identity(directory)
        return cls(directory, origin=origin, verifier=verifier, key_dir=key_dir, clock=clock)

    @classmethod
    def _create(cls, directory: Path, *, key_dir: Path, clock: Clock, name: str) -> ProvenanceLog:
        if not re.fullmatch(r"[A-Za-z0-9.\-_]+", name):
            raise UsageError(f"invalid log name {name!r} (letters, digits, '.', '-', '_')")
        origin = f"{name}/prov/{secrets.token_hex(4)}"
        signer = keys.create_key(key_dir, origin)
        verifier = signer.verifier
        write_atomic(directory / PUB_FILE, (verifier.vkey + "\n").encode())
        log = cls(directory, origin=origin, verifier=verifier, key_dir=key_dir, clock=clock)
        log._signer = signer
        data = {"algorithm": "ed25519", "key_fingerprint": verifier.fingerprint, "vkey": verifier.vkey}
        log._append_locked([("key_created", data)])
        log._checkpoint_locked()
        logger.info("created provenance log %s in %s", origin, directory)
        keys.mark_unannounced(key_dir, origin, directory)
        return log

    @staticmethod
    def _refuse_if_recorded(directory: Path, key_dir: Path) -> None:
        """This machine's keys signed a log in ``directory`` that is gone: never start over.

        A record is written only after its log file exists, so a log found after reading the
        records is one another process has just created (not gone).
        """
        records = keys.origins_recorded_for(key_dir, directory)
        if (directory / LOG_FILE).exists():
            return
        for record in records:
            raise LogIdentityError(
                f"this machine's key signed log {record.origin} in {directory} (recorded in {record.path}), "
                "and that log is gone: restore provenance/ from a backup; if you removed that store on "
                f"purpose, delete {record.path} first (refusing to start a new log and key in its place)"
            )

    def _check_identity(self) -> None:
        """Before appending: the log here is the one this machine's keys signed here (exit 3)."""
        problem = next(iter(self._identity_problems()), None)
        if problem is not None:
            raise LogIdentityError(problem.message + " (refusing to append)")

    def _identity_problems(self) -> list[Problem]:
        """A log of this machine's keys was recorded in this folder under another origin: the log
        now here was swapped in (its own checkpoints and key make it look consistent)."""
        return [
            Problem(
                "E_LOG_REPLACED",
                f"{self.directory} held log {record.origin} (signed by this machine's key, recorded in "
                f"{record.path}) but now holds log {self.origin}: the log was swapped or replaced; restore "
                f"the original provenance/ from a backup, or if you replaced it on purpose remove "
                f"{self.directory.resolve()} from the stores listed in {record.path}",
            )
            for record in keys.origins_recorded_for(self.key_dir, self.directory)
            if record.origin != self.origin
        ]

    def _signed_record(self) -> tuple[keys.LogRecord | None, Checkpoint | None]:
        """This machine's record for the log and the newest checkpoint it says the key signed."""
        record = keys.read_record(self.key_dir, self.origin)
        if record is None or record.checkpoint is None:
            return record, None
        try:
            return record, _verified_checkpoint(record.checkpoint, self.verifier.vkey)
        except NoteError as exc:
            raise IntegrityError(
                f"the checkpoint recorded in {record.path} does not verify with {self.directory / PUB_FILE}: "
                f"the log's key was replaced ({exc})"
            ) from exc

    def _guard_locked(self, size: int) -> None:
        """Under the lock, before appending or signing: refuse a log this key must not sign over.

        A log with entries and no valid checkpoint (checkpoints deleted, history perhaps
        rewritten), a log behind what this machine's key already signed (rolled back, or an old
        copy), or one that forks from it: signing would vouch for a history nobody can check.
        """
        cp = self.latest_checkpoint()
        record, signed = self._signed_record()
        where = f"recorded in {record.path}" if record is not None else ""
        if cp is None:
            if signed is not None:
                raise LogIdentityError(
                    f"this machine signed log {self.origin} up to size {signed.size} ({where}), but "
                    f"{self.directory} has no signed checkpoint: the checkpoints were deleted and the log may "
                    "have been rewritten; restore provenance/ from a backup (refusing to sign over it; "
                    "`archiver log verify` shows what differs)"
                )
            if size > 1 or (size == 1 and self._first_type() != "key_created"):
                raise LogIdentityError(
                    f"log {self.origin} has {size} entries but no valid signed checkpoint: nothing vouches "
                    "for its history, so it is not signed over; restore provenance/checkpoint and "
                    "provenance/checkpoints/ from a backup (`archiver log verify` shows the state)"
                )
            if size == 1 and self._signer is not None:
                # a crash between creating the log and signing it: sign that lone entry now
                self._checkpoint_locked()
            return
        if size < cp.size:
            raise IntegrityError(
                f"log.jsonl has {size} entries but its signed checkpoint covers {cp.size}: the log was "
                "truncated; restore it from a backup (run `archiver log verify`)"
            )
        if signed is None:
            return
        if signed.size > cp.size:
            raise LogIdentityError(
                f"this machine signed log {self.origin} up to size {signed.size} ({where}), but the newest "
                f"checkpoint in {self.directory} is size {cp.size}: this is an older copy of the log or its "
                "newest checkpoints were deleted; use the current copy or restore provenance/ from a backup "
                "(refusing to sign)"
            )
        if signed.size == cp.size and signed.root != cp.root:
            raise IntegrityError(
                f"the checkpoint in {self.directory} and the one recorded in {record.path if record else ''} "
                f"both sign size {cp.size} with different roots: two histories; refusing to sign"
            )

    def _first_type(self) -> str | None:
        try:
            with open(self.path, "rb") as f:
                return decode_entry(f.readline().rstrip(b"\n")).type
        except (OSError, MalformedEntry):
            return None

    def _record_signed(self, note: str) -> None:
        """Remember, beside the key, that this log lives here and what was last signed."""
        try:
            keys.write_record(self.key_dir, self.origin, directory=self.directory, checkpoint=note)
        except OSError as exc:  # the signature stands; only the owner's extra check is weaker
            logger.warning("could not update the log record in %s: %s", self.key_dir, exc)

    @staticmethod
    def _identity(directory: Path) -> tuple[str, Verifier]:
        """Origin and verifier of an existing log: from ``log.pub``, else from its first entry."""
        pub = directory / PUB_FILE
        try:
            if pub.exists():
                verifier = Verifier.from_vkey(pub.read_bytes())
                return verifier.name, verifier
            with open(directory / LOG_FILE, "rb") as f:
                first = decode_entry(f.readline().rstrip(b"\n"))
            vkey = first.data.get("vkey")
            if not isinstance(vkey, str):
                raise MalformedEntry("the first entry names no verifier key")
            return first.origin, Verifier.from_vkey(vkey)
        except (OSError, MalformedEntry, NoteError) as exc:
            raise StoreError(f"cannot read the identity of the log in {directory}: {exc}") from exc

    # ------------------------------------------------------------------ properties
    @property
    def path(self) -> Path:
        return self.directory / LOG_FILE

    @property
    def vkey(self) -> str:
        return self.verifier.vkey

    @property
    def public_key_fingerprint(self) -> str:
        return self.verifier.fingerprint

    @property
    def size(self) -> int:
        """Number of complete entries."""
        return self._read().count(b"\n")

    # ------------------------------------------------------------------ locking
    @staticmethod
    @contextlib.contextmanager
    def _flock(directory: Path) -> Iterator[None]:
        tlock = _thread_lock(directory)
        with tlock:
            try:
                fd = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:  # a read-only store: nothing can be appended or signed
                raise ReadOnlyStoreError(
                    f"cannot lock the provenance log in {directory} ({exc.strerror}): the store is read-only, "
                    "nothing can be appended or signed; copy it somewhere writable"
                ) from exc
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # closing releases the flock

    def ensure_writable(self) -> None:
        """Raise :class:`KeyMissingError` (exit 3) now if this machine cannot append to the log.

        Lets a command refuse before doing work (fetching, extracting) whose record it could
        not then write.
        """
        self._load_signer()

    def _load_signer(self) -> Signer:
        if self._signer is None:
            self._check_identity()
            self._signer = keys.load_key(self.key_dir, self.origin, expected_vkey=self.vkey)
        return self._signer

    # ------------------------------------------------------------------ appending
    def append(self, type_: str, data: dict[str, Any]) -> LogEntry:
        """Append one entry: written and fsynced under the exclusive lock before returning.

        Raises:
            KeyMissingError: this machine lacks the log's signing key (exit 3).
            UsageError: unknown type, or data that is not plain JSON (floats, huge ints).
        """
        return self.append_many([(type_, data)])[-1]

    def append_many(self, items: list[tuple[str, EntryData]]) -> list[LogEntry]:
        """Append several entries with one write and one fsync (a command's batch of events).

        An item's data may be a function of the entries written before it in this call (e.g.
        an ``extraction`` entry naming the ``seq`` of the ``capture`` entry it belongs to).
        """
        if not items:
            return []
        self._load_signer()
        with self._flock(self.directory):
            entries = self._append_locked(items)
        return entries[-len(items) :]

    def _append_locked(self, items: list[tuple[str, EntryData]]) -> list[LogEntry]:
        """Under the lock: repair a torn tail, then write ``items`` (recovery entry first)."""
        new_file = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        if new_file:
            _fsync_dir(self.directory)
        try:
            seq, prev, recovery = self._tail(fd)
            self._guard_locked(seq)
            if recovery is not None:
                items = [("recovery", recovery), *items]
            if not items:
                return []
            entries: list[LogEntry] = []
            for type_, item_data in items:
                data = item_data(entries) if callable(item_data) else item_data
                time = format_time(self.clock.now())
                try:
                    line = build_line(
                        origin=self.origin, seq=seq, prev=prev, time=time, type_=type_, data=data, tool=TOOL
                    )
                except MalformedEntry as exc:
                    raise UsageError(f"refusing to log a {type_!r} entry: {exc}") from exc
                entry_hash = line_hash(line)
                entries.append(LogEntry(seq=seq, type=type_, time=time, data=data, line=line, entry_hash=entry_hash))
                seq, prev = seq + 1, entry_hash
            _write_all(fd, b"".join(e.line + b"\n" for e in entries))
            if fault_injector is not None:
                fault_injector("after_write")
            _fsync(fd)
        finally:
            os.close(fd)
        return entries

    def _tail(self, fd: int) -> tuple[int, str | None, dict[str, Any] | None]:
        """(next seq, prev hash, recovery data or None) from the end of the file, repairing a torn tail."""
        end = os.fstat(fd).st_size
        if end == 0:
            return 0, None, None
        chunk = 1 << 12  # grows below if the last entry is longer
        pos = end
        buf = b""
        # Read backwards until the buffer holds the last complete line and what follows it.
        while True:
            start = max(0, pos - chunk)
            buf = os.pread(fd, pos - start, start) + buf
            pos = start
            chunk = min(chunk * 4, 1 << 20)
            last_nl = buf.rfind(b"\n")
            if last_nl >= 0 and (pos == 0 or buf.rfind(b"\n", 0, last_nl) >= 0):
                break
            if pos == 0:
                break
        recovery = None
        last_nl = buf.rfind(b"\n")
        torn = buf[last_nl + 1 :]
        if torn:
            offset = pos + last_nl + 1
            recovery = self._repair(fd, offset, torn)
        if last_nl < 0:
            return 0, None, recovery
        line_start = buf.rfind(b"\n", 0, last_nl) + 1
        last = buf[line_start:last_nl]
        try:
            seq = decode_entry(last).seq + 1
        except MalformedEntry as exc:
            raise IntegrityError(
                "the last entry of log.jsonl is corrupt; refusing to append (run `archiver log verify`)"
            ) from exc
        return seq, line_hash(last), recovery

    def _repair(self, fd: int, offset: int, torn: bytes) -> dict[str, Any]:
        """Cut an incomplete final line (a write interrupted by a crash), keeping its bytes aside."""
        recovered = self.directory / RECOVERED_DIR
        recovered.mkdir(exist_ok=True)
        write_atomic(recovered / f"{offset}.torn", torn)
        os.ftruncate(fd, offset)
        _fsync(fd)
        logger.warning("repaired torn tail of %s: %d bytes at offset %d", self.path, len(torn), offset)
        return {
            "reason": "torn_tail",
            "offset": offset,
            "truncated_bytes": len(torn),
            "truncated_sha256": sha256_label(torn),
            "saved_as": f"{RECOVERED_DIR}/{offset}.torn",
        }

    # ------------------------------------------------------------------ checkpoints
    def checkpoint(self) -> Path:
        """Sign the current head (after repairing a torn tail); returns the checkpoint file.

        Refuses (IntegrityError) to sign a head inconsistent with the last signed checkpoint:
        a log must never sign two histories.
        """
        self._load_signer()
        with self._flock(self.directory):
            self._append_locked([])
            return self._checkpoint_locked()

    def _checkpoint_locked(self) -> Path:
        signer = self._load_signer()
        previous = self.latest_checkpoint()
        cr, end = self._tree_from_state(previous) or self._tree_from_scratch(previous)
        size = cr.size
        cp = Checkpoint(self.origin, size, cr.root())
        cdir = self.directory / CHECKPOINT_DIR
        cdir.mkdir(exist_ok=True)
        path = cdir / f"{cp.size}.checkpoint"
        if path.exists():
            try:
                existing = open_checkpoint(path.read_bytes(), self.verifier)
            except NoteError as exc:
                raise IntegrityError(f"{path} does not verify: {exc}") from exc
            if existing.root != cp.root:
                raise IntegrityError(f"{path} signs a different root for size {cp.size}; refusing to sign")
            note = path.read_text()
        else:
            note = sign_checkpoint(cp, signer)
            write_atomic(path, note.encode())
        latest = self.directory / LATEST_FILE
        if not latest.exists() or latest.read_text() != note:
            write_atomic(latest, note.encode())
        self._save_tree_state(cr, end)
        self._record_signed(note)
        return path

    # The Merkle state at the last checkpoint (compact range + where the file had got to) is
    # cached in tree.json so that signing after each command costs O(new entries), not O(log).
    # The cache is used only when its root is the signed root and the file's line before the
    # new entries is still the one it saw; anything else falls back to a full recomputation.
    def _tree_from_scratch(self, previous: Checkpoint | None) -> tuple[CompactRange, int]:
        data = self._read()
        end = data.rfind(b"\n") + 1
        cr = CompactRange()
        prev_root = cr.root() if previous is not None and previous.size == 0 else None
        for line in complete_lines(data):
            cr.append(leaf_hash(line))
            if previous is not None and cr.size == previous.size:
                prev_root = cr.root()
        if previous is not None and prev_root != previous.root:
            raise IntegrityError(
                f"log.jsonl does not extend the last signed checkpoint (size {previous.size}); "
                "refusing to sign a conflicting head (run `archiver log verify`)"
            )
        return cr, end

    def _tree_from_state(self, previous: Checkpoint | None) -> tuple[CompactRange, int] | None:
        path = self.directory / TREE_STATE_FILE
        if previous is None or not path.exists():
            return None
        try:
            state = json.loads(path.read_text())
            cr = CompactRange.from_state(state["size"], [base64.b64decode(h) for h in state["stack"]])
            offset, last_hash = int(state["offset"]), state["last_entry_hash"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if cr.size != previous.size or cr.root() != previous.root or offset <= 0:
            return None
        with open(self.path, "rb") as f:
            f.seek(max(0, offset - (1 << 16)))
            head = f.read(offset - max(0, offset - (1 << 16)))
            tail = f.read()
        last_line = head[: -1][head[:-1].rfind(b"\n") + 1 :]
        if not head.endswith(b"\n") or line_hash(last_line) != last_hash:
            return None
        for line in complete_lines(tail):
            cr.append(leaf_hash(line))
        return cr, offset + tail.rfind(b"\n") + 1

    def _save_tree_state(self, cr: CompactRange, end: int) -> None:
        if end <= 0:
            return
        with open(self.path, "rb") as f:
            f.seek(max(0, end - (1 << 16)))
            head = f.read(end - max(0, end - (1 << 16)))
        last_line = head[:-1][head[:-1].rfind(b"\n") + 1 :]
        state = {
            "size": cr.size,
            "offset": end,
            "last_entry_hash": line_hash(last_line),
            "stack": [base64.b64encode(h).decode() for h in cr.stack],
        }
        write_atomic(self.directory / TREE_STATE_FILE, json.dumps(state).encode())

    def latest_checkpoint(self) -> Checkpoint | None:
        """The latest checkpoint, verified with the log's key; None if none was signed yet."""
        path = self.directory / LATEST_FILE
        if not path.exists():
            return None
        try:
            return _verified_checkpoint(as_text(path.read_bytes(), str(path)), self.verifier.vkey)
        except NoteError as exc:
            raise IntegrityError(f"{path} does not verify with the log's key: {exc}") from exc

    def checkpoint_note(self, size: int | None = None) -> str:
        """The signed checkpoint note (latest, or the one for ``size``)."""
        path = self.directory / (LATEST_FILE if size is None else f"{CHECKPOINT_DIR}/{size}.checkpoint")
        if not path.exists():
            raise UsageError(f"no signed checkpoint {'yet' if size is None else f'for size {size}'}")
        return path.read_text()

    # ------------------------------------------------------------------ reading
    def _read(self) -> bytes:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return b""

    def lines(self, size: int) -> list[bytes]:
        """The first ``size`` complete lines, as stored: the leaves of the tree at that size."""
        return complete_lines(self._read())[:size]

    def entries(self, type_: str | None = None) -> Iterator[LogEntry]:
        """Entries in order (optionally of one type). An incomplete last line is skipped."""
        for i, line in enumerate(complete_lines(self._read())):
            try:
                entry = decode_entry(line)
            except MalformedEntry as exc:
                raise IntegrityError(f"line {i + 1} of log.jsonl is not a valid entry (run `archiver log verify`)") from exc
            if type_ is None or entry.type == type_:
                yield entry

    def entry(self, seq: int) -> LogEntry:
        """Entry ``seq``, found with a few short reads (:class:`LogReader`); when that finds no
        such line, the whole log is read to say exactly why (out of range, or out of order)."""
        try:
            found = read_entry(self.path, seq)
        except FileNotFoundError:
            found = None
        if found is not None:
            return found
        lines = complete_lines(self._read())
        if not 0 <= seq < len(lines):
            raise UsageError(f"no entry {seq}: the log has entries 0..{len(lines) - 1}")
        try:
            entry = decode_entry(lines[seq])
        except MalformedEntry as exc:
            raise IntegrityError(f"line {seq + 1} of log.jsonl is not a valid entry (run `archiver log verify`)") from exc
        if entry.seq != seq:
            raise IntegrityError(f"line {seq + 1} holds seq {entry.seq} (run `archiver log verify`)")
        return entry

    # ------------------------------------------------------------------ verification
    def _key_for_verify(self, key: Path | None) -> tuple[Verifier, str, list[Problem]]:
        problems: list[Problem] = []
        if key is None:
            return self.verifier, f"{PUB_FILE} beside the log (not pinned; pass --key to pin a published key)", problems
        pinned = read_verifier(Path(key))
        if pinned.vkey != self.verifier.vkey:
            problems.append(
                Problem(
                    "E_KEY",
                    f"{PUB_FILE} beside the log ({self.verifier.vkey}) is not the pinned key {pinned.vkey}",
                )
            )
        return pinned, f"pinned key {key}", problems

    def verify(
        self,
        *,
        deep: DeepChecker | None = None,
        against: Path | list[Path] | None = None,
        key: Path | None = None,
        anchor: Anchor | None = None,
    ) -> VerificationReport:
        """Check the whole log; returns every problem found (never raises for tampering).

        Args:
            deep: re-checks the artifacts each entry names (WARC records, extracted text).
            against: external checkpoint file(s), e.g. the one printed in a paper.
            key: a published verifier key to pin instead of trusting ``log.pub``.
            anchor: verifies the time-anchor proofs stored beside checkpoints.
        """
        verifier, source, problems = self._key_for_verify(key)
        problems.extend(self._identity_problems())
        files = self._checkpoint_files()
        record = keys.read_record(self.key_dir, self.origin)
        if record is not None and record.checkpoint is not None:
            # the newest checkpoint this machine's key signed: a log rolled back, or rewritten
            # with its checkpoints deleted, does not match it
            files.append(CheckpointFile(f"the checkpoint recorded in {record.path}", record.checkpoint,
                                        external=True))
        paths = [against] if isinstance(against, Path | str) else list(against or [])
        for p in paths:
            text = as_text(read_user_file(p, "checkpoint file"), f"checkpoint file {p}")
            files.append(CheckpointFile(str(p), text, external=True))
        data = self._read()
        report = check_log(
            data, verifier=verifier, key_source=source, checkpoints=files, deep=deep,
            origin=verifier.name if key is not None else self.origin, problems=problems,
        )
        if anchor is not None or any(self._anchor_files(RFC3161Anchor.suffix)):
            extra = self._check_anchors(anchor, data)
            if extra:
                report = dataclasses.replace(report, problems=report.problems + tuple(extra))
        return report

    def _checkpoint_files(self) -> list[CheckpointFile]:
        files = []
        cdir = self.directory / CHECKPOINT_DIR
        for p in sorted(cdir.glob("*.checkpoint"), key=lambda q: (len(q.name), q.name)):
            files.append(CheckpointFile(f"{CHECKPOINT_DIR}/{p.name}", p.read_text(errors="replace")))
        latest = self.directory / LATEST_FILE
        if latest.exists():
            files.append(CheckpointFile(LATEST_FILE, latest.read_text(errors="replace")))
        return files

    def _anchor_files(self, suffix: str) -> Iterator[Path]:
        yield from sorted((self.directory / CHECKPOINT_DIR).glob(f"*.{suffix}"))

    def _check_anchors(self, anchor: Anchor | None, data: bytes) -> list[Problem]:
        """Each stored anchor proof must cover its checkpoint's text, at a plausible time."""
        checker = anchor or RFC3161Anchor(None)
        lines = complete_lines(data)
        problems = []
        for tsr in self._anchor_files(checker.suffix):
            stem = tsr.name.split(".", 1)[0]
            if not stem.isdigit():
                continue
            size = int(stem)
            name = f"{CHECKPOINT_DIR}/{tsr.name}"
            cp_path = self.directory / CHECKPOINT_DIR / f"{size}.checkpoint"
            if not cp_path.exists():
                problems.append(Problem("E_ANCHOR", f"{name}: no checkpoint {size} beside it"))
                continue
            text = cp_path.read_text().split("\n\n", 1)[0] + "\n"
            try:
                result = checker.verify(text.encode(), tsr.read_bytes())
            except AnchorError as exc:
                problems.append(Problem("E_ANCHOR", f"checkpoint {size}: {checker.kind} anchor invalid ({exc})"))
                continue
            last_time = _entry_time(lines[size - 1]) if 0 < size <= len(lines) else None
            if last_time is not None and result.time + ANCHOR_TOLERANCE < last_time:
                problems.append(
                    Problem(
                        "E_ANCHOR",
                        f"checkpoint {size}: anchor time {result.time:%Y-%m-%dT%H:%M:%SZ} is earlier than "
                        f"entry {size - 1} ({last_time:%Y-%m-%dT%H:%M:%SZ}) it covers",
                    )
                )
            if not result.trusted:
                problems.append(
                    Problem(
                        "W_ANCHOR_UNTRUSTED",
                        f"checkpoint {size}: {checker.kind} anchor matches (time {result.time:%Y-%m-%dT%H:%M:%SZ}, "
                        f"{result.issuer}) "
                        "but its issuer was not checked against a trusted root (pass --tsa-root)",
                        severity=WARNING,
                    )
                )
        return problems

    # ------------------------------------------------------------------ proofs and anchors
    def proof(self, seq: int) -> bytes:
        """A self-contained proof file for entry ``seq`` (and the entries it refers to).

        Uses the latest signed checkpoint; signs a new one first if that does not cover ``seq``.
        """
        cp = self.latest_checkpoint()
        if cp is None or cp.size <= seq:
            self.checkpoint()
            cp = self.latest_checkpoint()
        assert cp is not None
        note = self.checkpoint_note()
        lines = self.lines(cp.size)
        if not 0 <= seq < len(lines):
            raise UsageError(f"no entry {seq}: the log has entries 0..{self.size - 1}")
        return build_proof(lines, seq, cp, note)

    def consistency_proof(self, old_size: int) -> bytes:
        """A proof that the latest signed checkpoint extends the log as it was at ``old_size``.

        Lets someone holding only an old checkpoint (e.g. from a paper) check, with the public
        key, that the log has only grown since (see :func:`verify_consistency_proof`).
        """
        cp = self.latest_checkpoint()
        if cp is None:
            raise UsageError("no signed checkpoint yet")
        if not 0 <= old_size <= cp.size:
            raise UsageError(f"size {old_size} is not between 0 and the latest checkpoint size {cp.size}")
        lines = self.lines(cp.size)
        return build_consistency([leaf_hash(line) for line in lines], old_size, self.checkpoint_note(), cp)

    def anchor(self, anchor: Anchor) -> Path:
        """Time-stamp the latest checkpoint's text; the proof is stored beside it."""
        cp = self.latest_checkpoint()
        if cp is None:
            raise UsageError("no signed checkpoint to anchor yet")
        proof_bytes = anchor.stamp(cp.text().encode())
        path = self.anchor_path(cp.size, anchor.suffix)
        write_atomic(path, proof_bytes)
        return path

    def anchor_path(self, size: int, suffix: str) -> Path:
        """Where the time anchor (``suffix``: its kind) of checkpoint ``size`` is kept, beside it."""
        return self.directory / CHECKPOINT_DIR / f"{size}.{suffix}"

