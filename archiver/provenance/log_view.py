"""Reading a provenance log: its entries, in order or by number, with no lock taken.

An incomplete last line (a writer still writing, or a torn tail not yet repaired) is ignored;
the lines as stored are the leaves of the log's Merkle tree.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from archiver.core.clock import Clock
from archiver.errors import IntegrityError, MalformedEntry, UsageError
from archiver.provenance.chain import LogEntry, complete_lines, decode_entry
from archiver.provenance.log_files import LOG_FILE
from archiver.provenance.note import Signer, Verifier
from archiver.provenance.reader import read_entry


class LogView:
    """A provenance log's identity fields and its entries, read without the writer lock."""

    def __init__(
        self, directory: Path, *, origin: str, verifier: Verifier, key_dir: Path, clock: Clock
    ) -> None:
        self.directory = directory
        self.origin = origin
        self.verifier = verifier
        self.key_dir = key_dir
        self.clock = clock
        self._signer: Signer | None = None

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

    def _read(self) -> bytes:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return b""

    def lines(self, size: int) -> list[bytes]:
        """The first ``size`` complete lines, as stored: the leaves of the tree at that size."""
        return complete_lines(self._read())[:size]

    def entries(self, type_: str | None = None) -> Iterator[LogEntry]:
        """Entries in order (optionally of one type), each with its byte ``offset`` in the log.
        An incomplete last line is skipped."""
        at = 0
        for i, line in enumerate(complete_lines(self._read())):
            try:
                entry = decode_entry(line, offset=at)
            except MalformedEntry as exc:
                raise IntegrityError(f"line {i + 1} of log.jsonl is not a valid entry (run `archiver log verify`)") from exc
            at += len(line) + 1
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
