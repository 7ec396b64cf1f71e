"""Whose log this is: its origin and key, and whether this machine's keys vouch for it here.

The origin and verifier key come from ``log.pub`` (else the first entry). Beside its signing
key this machine records where each of its logs lives and the last checkpoint it signed
(:mod:`archiver.provenance.keys`): a log found swapped, deleted or behind that record is
refused before anything is appended or signed.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.errors import IntegrityError, LogIdentityError, MalformedEntry, StoreError
from archiver.provenance import keys
from archiver.provenance.chain import decode_entry
from archiver.provenance.log_files import LOG_FILE, PUB_FILE, logger
from archiver.provenance.log_view import LogView
from archiver.provenance.note import Checkpoint, NoteError, Verifier, open_checkpoint

if TYPE_CHECKING:  # the whole-log checker is imported only when there is a problem to report
    from archiver.provenance.verify import Problem


@functools.lru_cache(maxsize=64)
def verified_checkpoint(note: str, vkey: str) -> Checkpoint:
    """``open_checkpoint`` memoised: a writer re-checks the same signed notes before every append."""
    return open_checkpoint(note, Verifier.from_vkey(vkey))


def refuse_new_log_where_one_is_gone(directory: Path, key_dir: Path | None) -> None:
    """Raise :class:`LogIdentityError` (exit 3) if this machine's keys (``key_dir``, None: the
    default folder) signed a log in ``directory`` that is gone: a new log must never start over it.
    Asked before a log is created, and by ``import`` before it creates a store (nothing is made).

    A record is written only after its log file exists, so a log found after reading the
    records is one another process has just created (not gone).
    """
    records = keys.origins_recorded_for(Path(key_dir) if key_dir is not None else keys.default_key_dir(), directory)
    if (directory / LOG_FILE).exists():
        return
    for record in records:
        raise LogIdentityError(
            f"this machine's key signed log {record.origin} in {directory} (recorded in {record.path}), "
            "and that log is gone: restore provenance/ from a backup; if you removed that store on "
            f"purpose, delete {record.path} first (refusing to start a new log and key in its place)"
        )


class LogIdentity(LogView):
    """The checks that this log is the one this machine's keys signed in this folder."""

    @staticmethod
    def _refuse_if_recorded(directory: Path, key_dir: Path) -> None:
        """This machine's keys signed a log in ``directory`` that is gone: never start over
        (:func:`refuse_new_log_where_one_is_gone`)."""
        refuse_new_log_where_one_is_gone(directory, key_dir)

    def _check_identity(self) -> None:
        """Before appending: the log here is the one this machine's keys signed here (exit 3)."""
        problem = next(iter(self._identity_problems()), None)
        if problem is not None:
            raise LogIdentityError(problem.message + " (refusing to append)")

    def _identity_problems(self) -> list[Problem]:
        """A log of this machine's keys was recorded in this folder under another origin: the log
        now here was swapped in (its own checkpoints and key make it look consistent)."""
        swapped = [record for record in keys.origins_recorded_for(self.key_dir, self.directory)
                   if record.origin != self.origin]
        if not swapped:  # the usual case, checked before every append
            return []
        from archiver.provenance.verify import Problem

        return [
            Problem(
                "E_LOG_REPLACED",
                f"{self.directory} held log {record.origin} (signed by this machine's key, recorded in "
                f"{record.path}) but now holds log {self.origin}: the log was swapped or replaced; restore "
                f"the original provenance/ from a backup, or if you replaced it on purpose remove "
                f"{self.directory.resolve()} from the stores listed in {record.path}",
            )
            for record in swapped
        ]

    def _signed_record(self, place: str | None = None) -> tuple[keys.LogRecord | None, Checkpoint | None]:
        """This machine's record for the log (this store's appends combined with the append
        journal) and the newest checkpoint it says the key signed; ``place``: the store as
        :func:`keys.store_place` names it, when the caller has just resolved it."""
        record = keys.read_record(self.key_dir, self.origin, place or keys.store_place(self.directory))
        if record is None or record.checkpoint is None:
            return record, None
        try:
            return record, verified_checkpoint(record.checkpoint, self.verifier.vkey)
        except NoteError as exc:
            raise IntegrityError(
                f"the checkpoint recorded in {record.path} does not verify with {self.directory / PUB_FILE}: "
                f"the log's key was replaced ({exc})"
            ) from exc

    def _first_type(self) -> str | None:
        try:
            with open(self.path, "rb") as f:
                return decode_entry(f.readline().rstrip(b"\n")).type
        except (OSError, MalformedEntry):
            return None

    def _record_signed(self, note: str) -> None:
        """Remember, beside the key, that this log lives here and what was last signed; the
        appends recorded for this store are signed now, so they are cleared."""
        try:
            keys.write_record(self.key_dir, self.origin, directory=self.directory, checkpoint=note, appends=[])
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


def older_copy_signed_size(record: keys.LogRecord, directory: Path, vkey: str, lines: int | None = None) -> int | None:
    """The size this machine's key signed its log at, when the log in ``directory`` is an honest
    older copy of it; None when ``record``'s checkpoint is to be held against the log here.

    The one rule ``log verify`` (W_OLDER_COPY or E_TRUNCATED) and every statement about a capture
    (:mod:`~archiver.provenance.proven`) follow, so that they never disagree. The record says
    which folders the key signed the log in (``stores``): in one of them, a log behind the
    recorded checkpoint was cut back or rolled back. Elsewhere (a backup, a copy made before
    later captures) it is an older copy only while the log the key signed still stands in one
    of those folders with at least the signed entries; with none standing, the copy here is the
    log cut back and moved, and the checkpoint is held against it. A copy as long as the signed
    checkpoint, or a checkpoint that does not verify with ``vkey``, is held against it too (what
    the key signed it must extend). ``lines``: the complete lines of the log here, if read
    already (else they are counted in its file).
    """
    if keys.store_place(directory) in record.stores or record.checkpoint is None:
        return None
    try:
        signed = verified_checkpoint(record.checkpoint, vkey)
    except NoteError:
        return None
    here = lines >= signed.size if lines is not None else holds_entries(directory, signed.size)
    if here or not any(holds_entries(Path(place), signed.size) for place in record.stores):
        return None
    return signed.size


def holds_entries(directory: Path, count: int) -> bool:
    """Whether the log in ``directory`` has at least ``count`` complete lines (read until it has)."""
    try:
        with (directory / LOG_FILE).open("rb") as fh:
            seen = 0
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                seen += chunk.count(b"\n")
                if seen >= count:
                    return True
    except OSError:
        return False
    return False
