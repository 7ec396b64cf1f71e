"""Verifying a provenance log in its folder: gathering its files for :func:`check_log`.

Collects the checkpoints (beside the log, recorded by this machine, given by the user), the
key (pinned or ``log.pub``) and the identity problems, runs the pure checker
(:mod:`archiver.provenance.verify`), and checks the stored time-anchor proofs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.core.files import read_user_file
from archiver.errors import MalformedEntry
from archiver.provenance import key_pins, keys
from archiver.provenance.chain import complete_lines, decode_entry
from archiver.provenance.log_files import CHECKPOINT_DIR, LATEST_FILE, PUB_FILE
from archiver.provenance.log_identity import LogIdentity, older_copy_signed_size
from archiver.provenance.note import Verifier, as_text

# ProvenanceLog inherits this class, and every command that appends to the log opens one: the
# checker, proofs and anchors (multiprocessing, urllib.request) are imported by the methods
# that verify, so appending does not pay for them.
if TYPE_CHECKING:
    from archiver.provenance.anchor import Anchor
    from archiver.provenance.verify import CheckpointFile, DeepChecker, Problem, VerificationReport


def _entry_time(line: bytes) -> dt.datetime | None:
    """The time an entry claims, or None for a line ``log verify`` reports as broken anyway."""
    try:
        return dt.datetime.strptime(decode_entry(line).time, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    except (MalformedEntry, ValueError):  # ValueError: a time string strptime refuses
        return None


class LogVerification(LogIdentity):
    """``verify``: every problem of the log in this folder, as a report (never raises for tampering)."""

    def _key_for_verify(self, key: Path | None) -> tuple[Verifier, str, list[Problem]]:
        from archiver.provenance.proof import read_verifier
        from archiver.provenance.verify import Problem

        problems: list[Problem] = []
        if key is None:
            return self._key_pinned_here()
        pinned = read_verifier(Path(key))
        if pinned.vkey != self.verifier.vkey:
            problems.append(
                Problem(
                    "E_KEY",
                    f"{PUB_FILE} beside the log ({self.verifier.vkey}) is not the pinned key {pinned.vkey}",
                )
            )
        return pinned, f"pinned key {key}", problems

    def _key_pinned_here(self) -> tuple[Verifier, str, list[Problem]]:
        """Without ``--key``: the key pinned for this log's origin with ``archiver key pin``, if
        any (:mod:`~archiver.provenance.key_pins`), else ``log.pub``. A ``log.pub`` that is not
        a pinned key of its origin is E_KEY, and the log is checked with the pinned key (as with
        ``--key``): a copy re-keyed under the same origin is consistent only with its own key."""
        from archiver.provenance.verify import Problem

        pinned = key_pins.pinned_for(self.origin, self.key_dir)
        where = key_pins.pins_path(self.key_dir)
        if not pinned:
            return self.verifier, f"{PUB_FILE} beside the log (not pinned; pass --key to pin a published key)", []
        if any(p.vkey == self.verifier.vkey for p in pinned):
            return self.verifier, f"{PUB_FILE} beside the log, pinned with `archiver key pin` ({where})", []
        mismatch = key_pins.pin_mismatch(self.verifier, self.key_dir)
        assert mismatch is not None
        return pinned[0], f"key pinned with `archiver key pin` ({where})", [Problem("E_KEY", mismatch)]

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
        from archiver.provenance.anchor import RFC3161Anchor
        from archiver.provenance.verify import CheckpointFile, check_log

        verifier, source, problems = self._key_for_verify(key)
        problems.extend(self._identity_problems())
        files = self._checkpoint_files()
        paths = [against] if isinstance(against, Path | str) else list(against or [])
        for p in paths:
            text = as_text(read_user_file(p, "checkpoint file"), f"checkpoint file {p}")
            files.append(CheckpointFile(str(p), text, external=True))
        data = self._read()
        record = keys.read_record(self.key_dir, self.origin)
        if record is not None and record.checkpoint is not None:
            # the newest checkpoint this machine's key signed: a log rolled back, or rewritten
            # with its checkpoints deleted, does not match it
            older = self._older_copy(record, verifier, data)
            if older is not None:
                problems.append(older)
            else:
                files.append(CheckpointFile(f"the checkpoint recorded in {record.path}", record.checkpoint,
                                            external=True))
        own_key = self.verifier if self.verifier.vkey != verifier.vkey else None  # (E_KEY said, above)
        report = check_log(
            data, verifier=verifier, key_source=source, checkpoints=files, deep=deep,
            origin=verifier.name if key is not None and own_key is None else self.origin, problems=problems,
            own_key=own_key,
        )
        if anchor is not None or any(self._anchor_files(RFC3161Anchor.suffix)):
            extra = self._check_anchors(anchor, data)
            if extra:
                report = dataclasses.replace(report, problems=report.problems + tuple(extra))
        return report

    def _older_copy(self, record: keys.LogRecord, verifier: Verifier, data: bytes) -> Problem | None:
        """W_OLDER_COPY when the log here is an older copy of one this machine's key signed in
        other folders; None when ``record``'s checkpoint is to be held against it (a log cut back,
        in its folder or moved away from all of them: E_TRUNCATED). The rule is
        :func:`~archiver.provenance.log_identity.older_copy_signed_size`, which ``show`` and
        every other statement follow too."""
        from archiver.provenance.verify import WARNING, Problem

        size = len(complete_lines(data))
        signed = older_copy_signed_size(record, self.directory, verifier.vkey, size)
        if signed is None:
            return None
        return Problem(
            "W_OLDER_COPY",
            f"this is an older copy of the log signed at {', '.join(record.stores)}: it holds {size} entries, "
            f"this machine's key signed {signed} (recorded in {record.path}); the entries here are checked "
            "against their own checkpoints",
            severity=WARNING,
        )

    def _checkpoint_files(self) -> list[CheckpointFile]:
        from archiver.provenance.verify import CheckpointFile

        files = []
        cdir = self.directory / CHECKPOINT_DIR
        for p in sorted(cdir.glob("*.checkpoint"), key=lambda q: (len(q.name), q.name)):
            try:
                text = p.read_text(errors="replace")
            except (IsADirectoryError, NotADirectoryError):  # a folder by that name: no signed note
                text = ""
            files.append(CheckpointFile(f"{CHECKPOINT_DIR}/{p.name}", text))
        latest = self.directory / LATEST_FILE
        if latest.exists():
            files.append(CheckpointFile(LATEST_FILE, latest.read_text(errors="replace")))
        return files

    def _anchor_files(self, suffix: str) -> Iterator[Path]:
        yield from sorted((self.directory / CHECKPOINT_DIR).glob(f"*.{suffix}"))

    def _check_anchors(self, anchor: Anchor | None, data: bytes) -> list[Problem]:
        """Each stored anchor proof must cover its checkpoint's text, at a plausible time."""
        from archiver.provenance.anchor import ANCHOR_TOLERANCE, AnchorError, RFC3161Anchor
        from archiver.provenance.verify import WARNING, Problem

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

