"""The provenance log on disk: the only code that touches ``<store>/provenance/``.

:class:`ProvenanceLog` opens (or creates) a log and makes proofs and time anchors; the rest of
its methods come from one module per job:

- :mod:`~archiver.provenance.log_files`: the file layout, durable writes, the writer lock;
- :mod:`~archiver.provenance.log_view`: reading entries (no lock);
- :mod:`~archiver.provenance.log_identity`: origin and key, and this machine's record of them;
- :mod:`~archiver.provenance.log_checkpoints`: signing checkpoints and reading signed ones;
- :mod:`~archiver.provenance.log_append`: the locked append path (torn-tail repair, guard, fsync);
- :mod:`~archiver.provenance.log_verify`: ``verify`` (gathers files for the pure checker, anchors).

Writers take an exclusive ``flock`` on ``log.lock``, read the last entry for ``seq``/``prev``,
repair a torn tail (logging a ``recovery`` entry), then emit all new lines with one ``write``
on an ``O_APPEND`` descriptor followed by one ``fsync``. Readers take no lock and ignore an
incomplete last line. The lock is advisory and ``flock`` is unreliable on NFS: keep stores on
a local disk.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core.clock import Clock, default_clock
from archiver.core.durable import write_atomic
from archiver.errors import IntegrityError, StoreError, UsageError
from archiver.provenance import key_announce, keys
from archiver.provenance.log_append import LogAppender
from archiver.provenance.log_files import (
    CHECKPOINT_DIR,
    LOG_FILE,
    PUB_FILE,
    logger,
    writer_lock,
)
from archiver.provenance.log_verify import LogVerification
from archiver.provenance.merkle import leaf_hash
from archiver.provenance.merkle import root as merkle_root

if TYPE_CHECKING:  # proofs and anchors are imported where they are made: appending needs neither
    from archiver.provenance.anchor import Anchor
    from archiver.provenance.note import Checkpoint

DEFAULT_NAME = "archiver"


class ProvenanceLog(LogAppender, LogVerification):
    """A tamper-evident, append-only log of what the tool did, with signed checkpoints."""

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
            IncompleteCheckError: a new log's key folder is a file (nothing made).
        """
        directory = Path(directory)
        key_dir = Path(key_dir) if key_dir is not None else keys.default_key_dir()
        clock = clock or default_clock()
        if not (directory / LOG_FILE).exists():
            if not create:
                raise UsageError(f"no provenance log in {directory} (nothing has been archived there yet)")
            keys.refuse_non_folder(key_dir)  # (before anything is made: no key can be stored there)
            cls._refuse_if_recorded(directory, key_dir)
            directory.mkdir(parents=True, exist_ok=True)
            with writer_lock(directory):
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
        key_announce.mark_unannounced(key_dir, origin, directory)
        return log

    # ------------------------------------------------------------------ proofs and anchors
    def proof(self, seq: int) -> bytes:
        """A self-contained proof file for entry ``seq`` (and the entries it refers to).

        Uses the latest signed checkpoint; signs a new one first if that does not cover ``seq``.
        """
        from archiver.provenance.proof import build_proof

        cp = self.latest_checkpoint()
        if cp is None or cp.size <= seq:
            self.checkpoint()
            cp = self.latest_checkpoint()
        assert cp is not None
        note = self.checkpoint_note()
        if not 0 <= seq < cp.size:
            raise UsageError(f"no entry {seq}: the log has entries 0..{self.size - 1}")
        lines, leaves = self._signed_lines(cp)
        return build_proof(lines, seq, cp, note, leaves)

    def consistency_proof(self, old_size: int) -> bytes:
        """A proof that the latest signed checkpoint extends the log as it was at ``old_size``.

        Lets someone holding only an old checkpoint (e.g. from a paper) check, with the public
        key, that the log has only grown since (see :func:`verify_consistency_proof`).
        """
        from archiver.provenance.proof import build_consistency

        cp = self.latest_checkpoint()
        if cp is None:
            raise UsageError("no signed checkpoint yet")
        if not 0 <= old_size <= cp.size:
            raise UsageError(f"size {old_size} is not between 0 and the latest checkpoint size {cp.size}")
        _, leaves = self._signed_lines(cp)
        return build_consistency(leaves, old_size, self.checkpoint_note(), cp)

    def _signed_lines(self, cp: Checkpoint) -> tuple[list[bytes], list[bytes]]:
        """The first ``cp.size`` lines and their leaf hashes, refused unless those hash to the
        root ``cp`` signs (the proof is built from the same leaves: hashed once).

        Why: a proof is built from these bytes and checked by its readers against the signed
        root; built from a changed line (or a line that is not JSON) it fails for every reader
        (a consistency proof even reads as a fork), so the writer says so instead.

        Raises:
            IntegrityError: fewer lines than the checkpoint signs, or another root (exit 1).
        """
        lines = self.lines(cp.size)
        if len(lines) < cp.size:
            raise IntegrityError(
                f"log.jsonl has {len(lines)} entries but its signed checkpoint covers {cp.size}: no proof "
                "can be made from it; run `archiver log verify`")
        leaves = [leaf_hash(line) for line in lines]
        if merkle_root(leaves) != cp.root:
            raise IntegrityError(
                f"the first {cp.size} entries of log.jsonl do not hash to the root its signed checkpoint "
                "commits to (a signed entry was changed): no proof made from them would verify; "
                "run `archiver log verify`")
        return lines, leaves

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
