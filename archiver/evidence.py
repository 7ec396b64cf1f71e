"""No statement about a capture without its evidence.

The evidence of a capture is its WARC records and its provenance log entries; the SQLite
index and the text index are caches derived from them (``archiver reindex``). Anything the
tool *states* about a capture (a quote verdict, a receipt, a citation, ``show``, ``diff``,
``history``, an export) first calls :func:`check_capture`, which answers, cheaply:

- the log entries the index points at (capture or import, and extraction) are read by their
  sequence number, with a binary search over ``log.jsonl`` (no scan of the log), and they are
  about this capture;
- the facts the index holds (URL, final URL, capture time, HTTP status, payload digest) are
  the ones those entries record;
- the WARC records the statement rests on (the final response and the extraction record; every
  record the log lists with ``full=True``) are present at their logged offsets, carry their
  logged record ids, and their recomputed block digests equal the logged ones;
- the extracted text the index serves hashes to the ``text_sha256`` the extraction entry
  recorded, and the whole cached extraction equals the extraction record in the WARC.

The answer is an :class:`Evidence`: ``present`` (everything matched), ``missing`` (a WARC file
or the log is not there: the check could not be completed, exit 3) or ``altered`` (bytes or the
cache disagree with the log: exit 1). :meth:`Evidence.require` turns the last two into errors.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.digests import sha256_label
from archiver.errors import (
    ArchiverError,
    IncompleteCheckError,
    IntegrityError,
    StoreError,
    WarcError,
)
from archiver.provenance.chain import LogEntry
from archiver.warc import read_record

PRESENT, MISSING, ALTERED = "present", "missing", "altered"
#: Index fields checked against the logged capture facts, as (index attribute, log key).
CHECKED_FACTS: tuple[tuple[str, str], ...] = (
    ("url", "url"), ("final_url", "final_url"), ("capture_time", "capture_time"),
    ("status", "http_status"), ("payload_digest", "payload_digest"),
)
REINDEX_HINT = "the index is a derived cache: run 'archiver reindex' to rebuild it from the WARC files and the log"
_SEQ_KEY = b',"seq":'


class EvidenceError(ArchiverError):
    """A statement about a capture was refused because its evidence did not check out."""

    def __init__(self, evidence: Evidence) -> None:
        super().__init__(evidence.message())
        self.evidence = evidence

    def to_dict(self) -> dict[str, Any]:
        return {**self.evidence.to_dict(), "error": self.diagnostics()}


class EvidenceMissingError(EvidenceError, IncompleteCheckError):
    """A WARC file (or the log) the capture rests on is not in the store: exit 3."""


class EvidenceAlteredError(EvidenceError, IntegrityError):
    """The WARC bytes or the index disagree with the provenance log: exit 1."""


@dataclass(frozen=True)
class Evidence:
    """What the log and the WARC files vouch for about one capture.

    The facts (``url`` ... ``text_sha256``) come from the log entries, never from the index;
    ``article`` is the extraction as the WARC's extraction record holds it (when checked).
    """

    capture_id: str
    status: str
    problems: tuple[str, ...] = ()
    missing_file: str | None = None
    url: str | None = None
    final_url: str | None = None
    capture_time: str | None = None
    http_status: int | None = None
    payload_digest: str | None = None
    capture_seq: int | None = None
    extraction_seq: int | None = None
    text_sha256: str | None = None
    records_checked: int = 0
    article: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.status == PRESENT

    def message(self) -> str:
        """One line naming the problem (the first one) and what to do."""
        if self.ok:
            return f"capture {self.capture_id}: evidence present ({self.records_checked} WARC records checked)"
        first = self.problems[0] if self.problems else "evidence not found"
        more = f" (and {len(self.problems) - 1} more problem(s))" if len(self.problems) > 1 else ""
        if self.status == MISSING:
            return (f"capture {self.capture_id}: {first}{more}; nothing can be stated about it until the "
                    "file is restored")
        return f"capture {self.capture_id}: {first}{more}; refusing to answer from it"

    def require(self) -> Evidence:
        """Return self if the evidence is present; raise otherwise (missing: exit 3, altered: exit 1)."""
        if self.status == MISSING:
            raise EvidenceMissingError(self)
        if self.status == ALTERED:
            raise EvidenceAlteredError(self)
        return self

    def to_dict(self) -> dict[str, Any]:
        """The ``evidence`` facts a JSON answer carries (``evidence`` is the status word)."""
        return {"capture_id": self.capture_id, "evidence": self.status,
                "evidence_problems": list(self.problems), "missing_file": self.missing_file,
                "records_checked": self.records_checked}


# ------------------------------------------------------------------------------ the log


def read_entry(log_path: Path, seq: int) -> LogEntry | None:
    """The entry with sequence number ``seq``, found by binary search over the file's bytes.

    Entries are one per line in ``seq`` order, so the line holding ``seq`` is found with about
    log2(file size) short reads however long the log is. ``None`` when there is no such
    complete line (an incomplete last line is not an entry).
    Raises ``FileNotFoundError`` when the log file is missing.
    """
    with open(log_path, "rb") as f:
        size = f.seek(0, os.SEEK_END)
        lo, hi = 0, size
        while lo < hi:  # smallest position whose next line has a seq >= the one wanted
            mid = (lo + hi) // 2
            got = _seq_of(_line_from(f, mid))
            if got is None or got >= seq:
                hi = mid
            else:
                lo = mid + 1
        line = _line_from(f, lo)
    if line is None or _seq_of(line) != seq:
        return None
    try:
        entry = LogEntry.from_line(line)
    except (ValueError, KeyError, TypeError):
        return None
    return entry if entry.seq == seq else None


def _line_from(f: Any, pos: int) -> bytes | None:
    """The first complete line starting at or after byte ``pos`` (without its newline)."""
    if pos > 0:
        f.seek(pos - 1)
        f.readline()  # the rest of the line that holds byte pos-1
    else:
        f.seek(0)
    line = f.readline()
    if not line.endswith(b"\n"):
        return None
    return bytes(line[:-1])


def _seq_of(line: bytes | None) -> int | None:
    """The top-level ``seq`` of a canonical entry line without parsing it all.

    RFC 8785 sorts keys, so ``seq`` follows ``data``; the last ``,"seq":`` is the top-level
    one (inside strings the quotes are escaped). ``-1`` for a line that is not an entry, so
    the search moves past it.
    """
    if line is None:
        return None
    at = line.rfind(_SEQ_KEY)
    if at < 0:
        return -1
    digits = line[at + len(_SEQ_KEY):at + len(_SEQ_KEY) + 20].split(b",", 1)[0]
    return int(digits) if digits.isdigit() else -1


# ------------------------------------------------------------------------------ the check


class _Check:
    """Collects the problems found while checking one capture."""

    def __init__(self, capture_id: str) -> None:
        self.capture_id = capture_id
        self.problems: list[str] = []
        self.missing: list[str] = []
        self.records_checked = 0

    def altered(self, message: str) -> None:
        self.problems.append(message)

    def lost(self, message: str, file: str) -> None:
        self.problems.append(message)
        self.missing.append(file)

    @property
    def status(self) -> str:
        if self.missing:
            return MISSING
        return ALTERED if self.problems else PRESENT


def check_capture(archive: Any, capture_id: str, *, full: bool = False, with_text: bool = True,
                  extraction: dict[str, Any] | None = None) -> Evidence:
    """Check capture ``capture_id`` (a full id) against its log entries and WARC records.

    ``full`` checks every record the log lists for it (``show``, export), else the final
    response and the extraction record (what a verdict or a citation rests on). ``with_text``
    also checks the cached extraction against the extraction record and the logged text digest;
    ``extraction`` is the index's extraction row when the caller has already read it.
    Raises :class:`~archiver.errors.UnknownCaptureError` when the index does not know the id.
    """
    row = archive.index.get(capture_id)
    check = _Check(capture_id)
    log_path = Path(archive.root) / "provenance" / "log.jsonl"
    facts = _logged_capture(log_path, row, check)
    if facts is None:
        return _evidence(check)
    _compare_facts(row, facts, check)
    if with_text and extraction is None:
        extraction = archive.index.extraction(capture_id)
    elif not with_text:
        extraction = None
    ext_entry = _logged_extraction(log_path, capture_id, row.log_seq, extraction, check)
    records = facts.get("records") or []
    wanted = _records_to_check(records, facts, ext_entry, full, check)
    article = None
    for rec in wanted:
        block = _check_record(archive, rec, check)
        if block is not None and ext_entry is not None and rec["record_id"] == ext_entry.data.get("record_id"):
            article = _check_extraction_block(block, extraction, ext_entry, check)
    return _evidence(check, facts=facts, capture_seq=row.log_seq,
                     extraction_seq=ext_entry.seq if ext_entry else None,
                     text_sha256=ext_entry.data.get("text_sha256") if ext_entry else None, article=article)


def require_shown(doc: dict[str, Any]) -> None:
    """Raise for a ``show`` document (see :meth:`archiver.archive.Archive.show`) whose
    evidence is not present (missing: exit 3, altered: exit 1)."""
    Evidence(capture_id=doc["capture_id"], status=doc["evidence"],
             problems=tuple(doc.get("evidence_problems") or ()),
             missing_file=doc.get("missing_file")).require()


def require_evidence(archive: Any, capture_ids: list[str], *, full: bool = True) -> list[Evidence]:
    """Check every capture (full ids) and raise on the first whose evidence is not present.

    For export: a bundle publishes only captures whose every record is present and intact.
    """
    return [check_capture(archive, cid, full=full).require() for cid in capture_ids]


def _evidence(check: _Check, *, facts: dict[str, Any] | None = None, capture_seq: int | None = None,
              extraction_seq: int | None = None, text_sha256: str | None = None,
              article: dict[str, Any] | None = None) -> Evidence:
    facts = facts or {}
    return Evidence(
        capture_id=check.capture_id, status=check.status, problems=tuple(check.problems),
        missing_file=check.missing[0] if check.missing else None,
        url=facts.get("url"), final_url=facts.get("final_url"), capture_time=facts.get("capture_time"),
        http_status=facts.get("http_status"), payload_digest=facts.get("payload_digest"),
        capture_seq=capture_seq, extraction_seq=extraction_seq, text_sha256=text_sha256,
        records_checked=check.records_checked, article=article if check.status == PRESENT else None,
    )


def _read_logged(log_path: Path, seq: int | None, check: _Check, what: str) -> LogEntry | None:
    """The log entry ``seq`` the index names for ``what``, or ``None`` (with the problem noted)."""
    if seq is None:
        check.altered(f"the index names no log entry for its {what}: the index disagrees with the "
                      f"provenance log; {REINDEX_HINT}")
        return None
    try:
        entry = read_entry(log_path, seq)
    except FileNotFoundError:
        check.lost(f"the provenance log {log_path.parent.name}/{log_path.name} is missing from the store",
                   f"{log_path.parent.name}/{log_path.name}")
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the provenance log {log_path}: {exc.strerror or exc}") from exc
    if entry is None:
        check.altered(f"the index names log entry {seq} for its {what}, and the log has no such entry: "
                      f"the index disagrees with the provenance log; {REINDEX_HINT}")
    return entry


def _logged_capture(log_path: Path, row: Any, check: _Check) -> dict[str, Any] | None:
    """The capture's facts as its ``capture`` entry (or the ``import`` entry's item) logs them."""
    entry = _read_logged(log_path, row.log_seq, check, "capture")
    if entry is None:
        return None
    if entry.type == "capture" and entry.data.get("capture_id") == row.capture_id:
        return dict(entry.data)
    if entry.type == "import":
        for item in entry.data.get("captures") or []:
            if isinstance(item, dict) and item.get("capture_id") == row.capture_id:
                # an import logs one URL per capture: it is both the requested and the final one
                return {**item, "final_url": item.get("final_url") or item.get("url")}
    check.altered(f"log entry {entry.seq} ({entry.type}) is not about this capture, yet the index points "
                  f"to it: the index disagrees with the provenance log; {REINDEX_HINT}")
    return None


def _compare_facts(row: Any, facts: dict[str, Any], check: _Check) -> None:
    for attr, key in CHECKED_FACTS:
        if key not in facts:
            continue
        cached, logged = getattr(row, attr), facts.get(key)
        if cached != logged:
            check.altered(f"the index says {attr} {cached!r}, the provenance log (entry {row.log_seq}) says "
                          f"{logged!r}: the index disagrees with the log; {REINDEX_HINT}")


def _logged_extraction(log_path: Path, capture_id: str, capture_seq: int | None,
                       extraction: dict[str, Any] | None, check: _Check) -> LogEntry | None:
    """The ``extraction`` entry behind the cached extraction, checked to be this capture's."""
    if extraction is None:
        return None
    entry = _read_logged(log_path, extraction.get("log_seq"), check, "extracted text")
    if entry is None:
        return None
    if (entry.type != "extraction" or entry.data.get("capture_id") != capture_id
            or entry.data.get("capture_seq") != capture_seq):
        check.altered(f"log entry {entry.seq} is not the extraction of this capture, yet the index points to "
                      f"it: the index disagrees with the provenance log; {REINDEX_HINT}")
        return None
    return entry


def _records_to_check(records: list[dict[str, Any]], facts: dict[str, Any], ext_entry: LogEntry | None,
                      full: bool, check: _Check) -> list[dict[str, Any]]:
    """The logged records a statement rests on: the final response and the extraction record."""
    if full:
        return [r for r in records if isinstance(r, dict)]
    wanted_ids = {facts.get("response_record_id")}
    if ext_entry is not None:
        wanted_ids.add(ext_entry.data.get("record_id"))
    wanted_ids.discard(None)
    out = [r for r in records if isinstance(r, dict) and r.get("record_id") in wanted_ids]
    for rid in sorted(wanted_ids - {r["record_id"] for r in out}):
        check.altered(f"record {rid} is not among the records the provenance log lists for this capture")
    return out


def _check_record(archive: Any, rec: dict[str, Any], check: _Check) -> bytes | None:
    """Read one logged record at its offset; compare its id and block digest with the log.

    Returns the record's block when it matches, else ``None`` (the problem noted).
    """
    name = str(rec.get("warc"))
    try:
        path = archive.storage.local_path(name)
    except StoreError as exc:
        check.altered(exc.diagnostics())
        return None
    if not path.exists():
        check.lost(f"WARC file {name} named by the provenance log is missing from the store", name)
        return None
    check.records_checked += 1
    try:
        stored = read_record(path, int(rec["offset"]))
    except (WarcError, OSError, KeyError, ValueError) as exc:
        reason = exc.diagnostics() if isinstance(exc, ArchiverError) else str(exc)
        check.altered(f"WARC file {name}: the logged record {rec.get('record_id')} cannot be read ({reason}): "
                      "the archived evidence was altered")
        return None
    if stored.record_id != rec.get("record_id"):
        check.altered(f"WARC file {name} holds record {stored.record_id} at byte {rec['offset']}, the log says "
                      f"{rec.get('record_id')}: the archived evidence was altered")
        return None
    if stored.block_digest != rec.get("block_digest"):
        check.altered(f"WARC file {name}: record {stored.record_id} has block {stored.block_digest}, the log says "
                      f"{rec.get('block_digest')}: the archived evidence was altered")
        return None
    return stored.block


def _check_extraction_block(block: bytes, extraction: dict[str, Any] | None, entry: LogEntry,
                            check: _Check) -> dict[str, Any] | None:
    """The WARC's extraction against the log entry, and the cached extraction against both."""
    logged_sha = entry.data.get("extraction_sha256")
    if logged_sha and sha256_label(block) != logged_sha:
        check.altered(f"the extraction record has {sha256_label(block)}, extraction entry {entry.seq} says "
                      f"{logged_sha}: the archived evidence was altered")
        return None
    try:
        article = json.loads(block)
    except ValueError:
        check.altered("the extraction record is not JSON: the archived evidence was altered")
        return None
    text = article.get("text") or ""
    if sha256_label(text.encode("utf-8")) != entry.data.get("text_sha256"):
        check.altered(f"the archived extraction's text does not hash to the logged text_sha256 "
                      f"{entry.data.get('text_sha256')}")
        return None
    cached = (extraction or {}).get("article") or {}
    cached_text = cached.get("text") or ""
    if sha256_label(cached_text.encode("utf-8")) != entry.data.get("text_sha256"):
        check.altered(f"the index's extracted text hashes to {sha256_label(cached_text.encode('utf-8'))}, the "
                      f"provenance log (entry {entry.seq}) says {entry.data.get('text_sha256')}: the index "
                      f"disagrees with the log; {REINDEX_HINT}")
        return None
    if cached != article:
        fields = sorted(k for k in set(cached) | set(article) if cached.get(k) != article.get(k))
        check.altered(f"the index's extraction differs from the archived one in {', '.join(fields)}: the index "
                      f"disagrees with the log; {REINDEX_HINT}")
        return None
    return article


__all__ = [
    "ALTERED",
    "MISSING",
    "PRESENT",
    "Evidence",
    "EvidenceAlteredError",
    "EvidenceError",
    "EvidenceMissingError",
    "check_capture",
    "read_entry",
    "require_shown",
    "require_evidence",
]
