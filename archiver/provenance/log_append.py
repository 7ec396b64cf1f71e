"""Appending to a provenance log: the locked write path.

Writers take the exclusive lock, read the last entry for ``seq``/``prev``, refuse a log this
machine's key must not sign over (or whose unsigned lines it did not record:
:mod:`~archiver.provenance.log_appends`; or whose last *signed* line lost its final newline),
only then repair a torn tail (logging a ``recovery`` entry: a refusal changes nothing), record the appends
in the key folder's append journal (one line, one fsync: :func:`~archiver.provenance.keys.append_journal`),
then emit all new lines with one ``write`` on an ``O_APPEND`` descriptor followed by one ``fsync``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from archiver import __version__
from archiver.core.digests import sha256_label
from archiver.core.durable import fsync, fsync_dir, write_all, write_atomic
from archiver.errors import IntegrityError, LogIdentityError, MalformedEntry, StoreError, UsageError
from archiver.provenance import keys, log_appends
from archiver.provenance.chain import LogEntry, build_line, decode_entry, format_time, line_hash
from archiver.provenance.log_checkpoints import LogCheckpoints
from archiver.provenance.log_files import (
    RECOVERED_DIR,
    logger,
    writer_lock,
)
from archiver.provenance.note import Checkpoint

#: An entry's data, or a function making it from the entries appended before it in the same call.
EntryData = dict[str, Any] | Callable[[list[LogEntry]], dict[str, Any]]

TOOL = f"archiver/{__version__}"

#: Test hook: called with a point name ("after_write") between writing and fsync, so a test
#: process can die there. None in production.
fault_injector: Callable[[str], None] | None = None


class LogAppender(LogCheckpoints):
    """Appending entries, and signing the head, under the writer lock."""

    def ensure_writable(self) -> None:
        """Raise :class:`KeyMissingError` (exit 3) now if this machine cannot append to the log.

        Lets a command refuse before doing work (fetching, extracting) whose record it could
        not then write.
        """
        self._load_signer()
        self._check_appendable()

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
        with writer_lock(self.directory):
            entries = self._append_locked(items)
        return entries[-len(items) :]

    def _append_locked(self, items: list[tuple[str, EntryData]]) -> list[LogEntry]:
        """Under the lock: repair a torn tail, then write ``items`` (recovery entry first)."""
        new_file = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        if new_file:
            fsync_dir(self.directory)
        try:
            seq, prev, torn = self._tail(fd)
            self._refuse_torn_signed_line(seq, torn)
            # how the key folder names this store: resolved once per append (a realpath walk of
            # the store's folders, ~0.05 ms a capture each time), given to every step below
            place = keys.store_place(self.directory)
            cp, record = self._guard_locked(seq, place)
            confirmed = self._settle_locked(seq, prev, cp, record, place)
            if torn is not None:  # repaired only once every check passed: a refusal changes nothing
                items = [("recovery", self._repair(fd, *torn)), *items]
            if not items:
                return []
            entries: list[LogEntry] = []
            at = os.fstat(fd).st_size  # under the lock, after any repair: where the lines land (O_APPEND)
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
                entries.append(LogEntry(seq=seq, type=type_, time=time, data=data, line=line, entry_hash=entry_hash,
                                        offset=at))
                seq, prev, at = seq + 1, entry_hash, at + len(line) + 1
            self._record_appends(confirmed + [log_appends.pending(
                place, entries[0].seq, [e.line for e in entries])], record, place)
            write_all(fd, b"".join(e.line + b"\n" for e in entries))
            if fault_injector is not None:
                fault_injector("after_write")
            fsync(fd)
        finally:
            os.close(fd)
        return entries

    def _settle_locked(self, size: int, tail: str | None, cp: Checkpoint | None,
                       record: keys.LogRecord | None, place: str) -> list[log_appends.Span]:
        """Under the lock: the unsigned lines are this machine's recorded appends (else refuse);
        ``cp`` and ``record`` as :meth:`_guard_locked` just read them (read once per append),
        ``place`` the store as :func:`keys.store_place` names it."""
        spans = log_appends.recorded_spans(record, place)
        return log_appends.settle(spans, place, signed=cp.size if cp else 0, size=size, tail=tail)

    def _record_appends(self, spans: list[log_appends.Span], record: keys.LogRecord | None,
                        place: str | None = None) -> None:
        """Record, durably and before the lines are written, the appends this store now holds:
        one line of the key folder's append journal (one fsync), or, while ``record`` (as just
        read) is missing or predates appends, the record itself, which makes it strict."""
        strict = record is not None and record.appends is not None
        try:
            if strict:
                keys.append_journal(self.key_dir, self.origin, directory=self.directory, appends=spans, place=place)
            else:
                keys.write_record(self.key_dir, self.origin, directory=self.directory, checkpoint=None,
                                  appends=spans, durable=True)
        except OSError as exc:
            where = (keys.journal_path if strict else keys.record_path)(self.key_dir, self.origin)
            raise StoreError(
                f"cannot record the append in {where} ({exc.strerror}): "
                "nothing was appended; make the key folder writable"
            ) from exc

    def adopt(self, first: int, last: int) -> LogEntry:
        """Accept lines ``first``..``last`` that no writer of this machine recorded (the owner has
        inspected them), logging a ``recovery`` entry that names them and their last line's hash;
        the next checkpoint then signs them like the owner's own."""
        self._load_signer()
        with writer_lock(self.directory):
            cp = self.latest_checkpoint()
            signed = cp.size if cp else 0
            lines = self.lines(self.size)
            if not signed <= first <= last < len(lines):
                raise UsageError(
                    f"{first}..{last} is not a range of unsigned entries (the log has {len(lines)} entries, "
                    f"{signed} of them signed)")
            tail = line_hash(lines[last])
            place = keys.store_place(self.directory)
            record = keys.read_record(self.key_dir, self.origin, place)
            spans = log_appends.recorded_spans(record, place) or []
            adopted = {"store": place, "from_seq": first, "to_seq": last, "last_line_hash": tail,
                       "line_hashes": [line_hash(line) for line in lines[first:last + 1]]}
            # every other unsigned line must be covered too: refused here, nothing recorded or logged
            log_appends.settle([*spans, adopted], place, signed=signed, size=len(lines), tail=line_hash(lines[-1]))
            self._record_appends([*spans, adopted], record)
            data = {"reason": "adopted", "from_seq": first, "to_seq": last, "last_line_sha256": tail}
            return self._append_locked([("recovery", data)])[-1]

    def _tail(self, fd: int) -> tuple[int, str | None, tuple[int, bytes] | None]:
        """(next seq, prev hash, (offset, bytes) of a torn tail or None) from the end of the file.

        The torn tail is not cut here: the caller repairs it (:meth:`_repair`) once the guard
        has passed, so that a refused command leaves the file as it found it."""
        pos, buf = self._read_tail(fd)
        if not buf:
            return 0, None, None
        last_nl = buf.rfind(b"\n")
        torn = buf[last_nl + 1 :]
        seq, prev = self._last_entry(buf)
        return seq, prev, ((pos + last_nl + 1, torn) if torn else None)

    def _refuse_torn_signed_line(self, seq: int, torn: tuple[int, bytes] | None) -> None:
        """Refuse bytes after the last newline that begin inside the signed region.

        A torn tail is a write cut short after the signed lines, which the next append cuts
        aside. When the complete lines are fewer than the log's latest checkpoint signs, those bytes
        are (the start of) a signed entry: typically the last line, whose final newline an editor
        or a copy dropped. Cutting it would remove a signed entry (and the guard would then
        refuse the log as truncated, the cut done): never repaired, said as it is.

        Raises:
            IntegrityError: the bytes after the last newline begin before the signed region ends.
        """
        if torn is None:
            return
        cp = self.latest_checkpoint()  # (a log behind what this machine signed: the guard's refusal)
        if cp is None or seq >= cp.size:
            return
        raise IntegrityError(
            f"the last line of log.jsonl (byte offset {torn[0]}, {len(torn[1])} bytes) is signed entry {seq} "
            f"(the signed checkpoint covers {cp.size} entries) and lacks its final newline: it is not a torn write "
            "and is not cut; if the line is otherwise whole, add the newline back "
            f"(printf '\\n' >> {self.path}), else restore log.jsonl from a backup "
            "(`archiver log verify` shows the state); refusing to append or sign"
        )

    @staticmethod
    def _read_tail(fd: int) -> tuple[int, bytes]:
        """(where ``buf`` starts, ``buf``): the file's end, from before its last complete line."""
        end = os.fstat(fd).st_size
        if end == 0:
            return 0, b""
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
        return pos, buf

    @staticmethod
    def _last_entry(buf: bytes) -> tuple[int, str | None]:
        """(next seq, its prev) from the last complete line in ``buf`` (see :meth:`_read_tail`)."""
        last_nl = buf.rfind(b"\n")
        if last_nl < 0:
            return 0, None
        line_start = buf.rfind(b"\n", 0, last_nl) + 1
        last = buf[line_start:last_nl]
        try:
            seq = decode_entry(last).seq + 1
        except MalformedEntry as exc:
            raise IntegrityError(
                "the last entry of log.jsonl is corrupt; refusing to append (run `archiver log verify`)"
            ) from exc
        return seq, line_hash(last)

    def _check_appendable(self) -> None:
        """Refuse now (before a command fetches anything) a log whose unsigned lines this
        machine's writers did not record; reads only the log's last line, changes nothing."""
        if not self.path.exists():
            return
        with writer_lock(self.directory):
            fd = os.open(self.path, os.O_RDONLY)
            try:
                seq, prev, torn = self._tail(fd)
            finally:
                os.close(fd)
            self._refuse_torn_signed_line(seq, torn)
            # a log without checkpoints is refused first, as when appending
            place = keys.store_place(self.directory)
            self._settle_locked(seq, prev, *self._guard_locked(seq, place), place)

    def _repair(self, fd: int, offset: int, torn: bytes) -> dict[str, Any]:
        """Cut an incomplete final line (a write interrupted by a crash), keeping its bytes aside."""
        recovered = self.directory / RECOVERED_DIR
        recovered.mkdir(exist_ok=True)
        write_atomic(recovered / f"{offset}.torn", torn)
        os.ftruncate(fd, offset)
        fsync(fd)
        logger.warning("repaired torn tail of %s: %d bytes at offset %d", self.path, len(torn), offset)
        return {
            "reason": "torn_tail",
            "offset": offset,
            "truncated_bytes": len(torn),
            "truncated_sha256": sha256_label(torn),
            "saved_as": f"{RECOVERED_DIR}/{offset}.torn",
        }

    def _guard_locked(self, size: int, place: str) -> tuple[Checkpoint | None, keys.LogRecord | None]:
        """Under the lock, before appending or signing: refuse a log this key must not sign over;
        else the latest checkpoint and this machine's record of the log, as read for the check.

        A log with entries and no valid checkpoint (checkpoints deleted, history perhaps
        rewritten), a log behind what this machine's key already signed (rolled back, or an old
        copy), or one that forks from it: signing would vouch for a history nobody can check.
        """
        cp = self.latest_checkpoint()
        record, signed = self._signed_record(place)
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
                # as just signed
                return self.latest_checkpoint(), keys.read_record(self.key_dir, self.origin, place)
            return cp, record
        if size < cp.size:
            raise IntegrityError(
                f"log.jsonl has {size} entries but its signed checkpoint covers {cp.size}: the log was "
                "truncated; restore it from a backup (run `archiver log verify`)"
            )
        if signed is None:
            return cp, record
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
        return cp, record

    def checkpoint(self, *, within: float | None = None) -> Path:
        """Sign the current head (after repairing a torn tail); returns the checkpoint file.
        ``within``: wait that many seconds at most for another writer holding the log (else
        :class:`LockBusyError`, nothing signed).

        Refuses (IntegrityError) to sign a head inconsistent with the last signed checkpoint:
        a log must never sign two histories.
        """
        self._load_signer()
        with writer_lock(self.directory, within=within):
            self._append_locked([])
            return self._checkpoint_locked()
