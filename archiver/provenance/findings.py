"""What ``log verify`` (and the proof and deep checks beside it) report: findings and the report.

Kept apart from :mod:`.verify`, the checks themselves: the findings are what every caller
imports (the proof checker, the deep check, the CLI, the facade), the checks only ``log verify``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from archiver.provenance.chain import LogEntry

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class ArtifactProblem:
    """A deep-check finding about an artifact the log names: altered or unreadable (``E_ARTIFACT``)."""

    message: str
    code: str = "E_ARTIFACT"

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class ArtifactMissing(ArtifactProblem):
    """An artifact the log names is missing (not altered): the check could not be completed.

    Reported as ``E_MISSING`` (exit 3 when nothing else is wrong), which is different from
    finding the artifact tampered with (``E_ARTIFACT``).
    """

    code: str = "E_MISSING"


class DeepChecker(Protocol):
    """Re-checks the artifacts an entry names (WARC records, extracted text).

    ``check`` returns one finding per problem (empty when the artifacts match): a plain message
    is an :class:`ArtifactProblem`; an :class:`ArtifactMissing` says the check could not be
    completed. It raises :class:`archiver.errors.IncompleteCheckError` when it cannot check at all.
    """

    def check(self, entry: LogEntry) -> Sequence[str | ArtifactProblem]: ...


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: a stable ``code`` (E_* error, W_* warning), where, and a one-line message."""

    code: str
    message: str
    seq: int | None = None
    line: int | None = None
    severity: str = ERROR

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "seq": self.seq,
            "line": self.line,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class VerificationReport:
    """Everything ``log verify`` found. ``ok`` is false when any error-level problem exists."""

    origin: str
    size: int
    root: str | None
    vkey: str
    key_fingerprint: str
    key_source: str
    checkpoints_checked: int
    latest_checkpoint_size: int | None
    deep: bool
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def incomplete(self) -> bool:
        """Every error is a missing artifact: the check could not be completed, nothing was
        found altered."""
        return bool(self.errors) and all(p.code == "E_MISSING" for p in self.errors)

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def codes(self) -> set[str]:
        return {p.code for p in self.problems}

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "origin": self.origin,
            "size": self.size,
            "root": self.root,
            "vkey": self.vkey,
            "key_fingerprint": self.key_fingerprint,
            "key_source": self.key_source,
            "checkpoints_checked": self.checkpoints_checked,
            "latest_checkpoint_size": self.latest_checkpoint_size,
            "deep": self.deep,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "problems": [p.to_dict() for p in self.problems],
        }
