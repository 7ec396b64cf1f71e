"""What a bundle check collects and returns: findings, the checker's running state, the report.

Every stage (files, log, records, quotes, conclusion) takes the one :class:`Checker`, reads
members through it and adds its findings to it; :class:`BundleReport` is what comes out.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.capture.warc import StoredRecord
from archiver.core.limits import open_member, read_member
from archiver.provenance.note import Verifier


@dataclass(frozen=True)
class Finding:
    """A problem (the bundle fails) or a warning (a check could not be concluded)."""

    message: str
    file: str | None = None
    code: str = "E_BUNDLE"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "file": self.file, "message": self.message}


@dataclass(frozen=True)
class BundleReport:
    bundle: str
    key_fingerprint: str | None
    key_source: str
    log_origin: str | None
    checkpoint_size: int | None
    files_checked: int
    records_checked: int
    entries_checked: int
    extractions_checked: int
    captures: tuple[dict[str, Any], ...]
    proven: tuple[str, ...]
    not_proven: tuple[str, ...]
    problems: tuple[Finding, ...] = field(default=())
    warnings: tuple[Finding, ...] = field(default=())
    time_anchor: dict[str, Any] | None = None
    key_pinned: bool = False
    entries: dict[str, list[int]] = field(default_factory=dict)
    quotes_checked: int = 0
    #: not an archiver bundle (no provenance log): only the other tool's own claims were checked
    foreign: bool = False

    @property
    def ok(self) -> bool:
        """No tampering or corruption found (which says nothing yet about who signed)."""
        return not self.problems

    @property
    def verdict(self) -> str:
        """``verified`` only against a trusted key with every check concluded."""
        if self.problems:
            return "failed"
        if self.foreign:
            return "foreign"
        if any(w.code == "W_INCOMPLETE" for w in self.warnings):
            return "incomplete"
        return "verified" if self.key_pinned else "key_not_pinned"

    @property
    def exit_code(self) -> int:
        """0 verified, 1 tampering or corruption found, 3 a check (or the signer, or for a foreign
        bundle its provenance) not concluded."""
        return {"verified": 0, "failed": 1}.get(self.verdict, 3)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "verdict": self.verdict, "verified": self.verdict == "verified", "foreign": self.foreign,
            "bundle": self.bundle, "key_fingerprint": self.key_fingerprint, "key_pinned": self.key_pinned,
            "key_source": self.key_source or None, "log_origin": self.log_origin,
            "checkpoint_size": self.checkpoint_size, "files_checked": self.files_checked,
            "records_checked": self.records_checked, "entries_checked": self.entries_checked,
            "extractions_checked": self.extractions_checked, "quotes_checked": self.quotes_checked,
            "entries": {"count": sum(len(v) for v in self.entries.values()),
                        "by_type": {t: list(v) for t, v in self.entries.items()}},
            "captures": list(self.captures),
            "time_anchor": self.time_anchor, "proven": list(self.proven), "not_proven": list(self.not_proven),
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
        }


class Checker:
    """The state of one bundle check: the open zip, what the stages found and proved so far."""

    def __init__(self, zf: zipfile.ZipFile, bundle: Path, key_file: Path | None,
                 tsa_roots: list[Path] | None = None, trusted: dict[str, str] | None = None,
                 key_dir: Path | None = None) -> None:
        self.zf = zf
        self.trusted = trusted or {}
        #: the key folder whose pins hold for the bundle's log name (None: the user's)
        self.key_dir = key_dir
        self.key_pinned = False
        self.articles: dict[int, Any] = {}
        #: what the report cannot say of quotes made on a superseded extraction (see recheck_quote)
        self.superseded_quotes: list[str] = []
        self.quotes_checked = 0
        self.tsa_roots = tsa_roots or []
        self.checkpoint: Any = None
        self.anchor: dict[str, Any] | None = None
        self.anchor_check: tuple[Any, bytes] | None = None
        self.bundle = bundle
        self.key_file = key_file
        #: every entry of the zip, folder entries included: each must be a file the bundle lists
        self.names = {i.filename for i in zf.infolist()}
        #: members datapackage.json does not list (added after signing): no later stage parses them
        self.unlisted: set[str] = set()
        self.problems: list[Finding] = []
        self.warnings: list[Finding] = []
        self.files_checked = 0
        self.records_checked = 0
        self.extractions_checked = 0
        self.verifier: Verifier | None = None
        self.key_source = ""
        self.checkpoint_note: str | None = None
        self.checkpoint_size: int | None = None
        self.origin: str | None = None
        self.entries: dict[int, dict[str, Any]] = {}
        self.records: dict[str, tuple[str, StoredRecord]] = {}
        #: every record read, by its place (member name, offset): what index lines point at
        self.places: dict[tuple[str, int], StoredRecord] = {}
        #: the sha256 of every record's bytes as stored (its gzip member), by WARC member and
        #: offset: each WARC member read once, when a record of it is first held to its log entry
        self.member_digests: dict[str, dict[int, str]] = {}
        #: what the replay index check proved (a sentence for the report), once it passed
        self.index_sentence: str | None = None
        self.index_lines = 0

    def fail(self, message: str, file: str | None = None, code: str = "E_BUNDLE") -> None:
        self.problems.append(Finding(message, file, code))

    def warn(self, message: str, file: str | None = None, code: str = "W_BUNDLE") -> None:
        self.warnings.append(Finding(message, file, code))

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        return read_member(self.zf, name)

    def digest(self, name: str) -> tuple[str, int] | None:
        """``(sha256 label, size)`` of a member, read as a stream (a WARC may be gigabytes), or None
        if the zip has no such member; within the member limits of :mod:`archiver.core.limits`."""
        if name not in self.names:
            return None
        h, size = hashlib.sha256(), 0
        with open_member(self.zf, name) as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
        return "sha256:" + h.hexdigest(), size

    def parseable(self, prefix: str) -> list[str]:
        """The members under ``prefix`` that later stages may parse: the listed ones.

        A member datapackage.json does not list is no part of what was signed: it is reported
        once and never parsed (a 1 MB one inflating to 1 GiB cost 634 MB and 4.7 CPU-s before it
        was reported). A listed member whose bytes differ is still parsed, under the same limits
        as a genuine one, so the report can name the record that was altered or cannot be read.
        """
        return sorted(n for n in self.names if n.startswith(prefix) and n not in self.unlisted)
