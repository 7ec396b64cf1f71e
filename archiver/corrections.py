"""The user has the last word: corrections of extracted metadata, as log entries.

Extraction can get a title, an author, a date or an outlet wrong, and a citation that rests on a
wrong author is worse than none. ``archiver correct`` never edits the extraction (its WARC record
and log entry are evidence of what the tool read off the page); it appends a ``correction`` entry
to the provenance log naming the capture, each field with its value before and after, the reason,
and the fingerprint of the log key that signs it. Everything that states metadata (``show``,
``cite``, ``export``, ``diff``) reads the capture's corrections back from the log, applies them
in log order (the latest wins) and says that the value is corrected, by which key and why.

Corrections live only in the log (not in the index), so ``reindex`` cannot lose them and a copy
of the store carries them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.errors import UsageError
from archiver.provenance.chain import LogEntry

if TYPE_CHECKING:
    from archiver.ports import CorrectionStore
    from archiver.provenance.proven import ProvenLog

#: Metadata fields a user may correct (names of :class:`archiver.extract.model.Article` fields).
CORRECTABLE = ("title", "authors", "published", "outlet")
#: Longest value or reason accepted: a title or a reason, not a document.
MAX_TEXT = 2000
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
#: Correction entries are canonical JSON (no spaces): this marks their lines without parsing the
#: others. A string value cannot contain it unescaped, and every hit is parsed and checked.
_NEEDLE = b'"type":"correction"'


@dataclass(frozen=True)
class Correction:
    """One logged correction of one capture's metadata."""

    log_seq: int
    time: str
    capture_id: str
    fields: dict[str, dict[str, Any]]  # field -> {"old": value before, "new": value after}
    reason: str
    key_fingerprint: str | None
    extraction_seq: int | None = None  # the extraction entry the correction was made on

    @classmethod
    def from_entry(cls, entry: LogEntry) -> Correction:
        return cls.from_data(entry.seq, entry.time, entry.data)

    @classmethod
    def from_data(cls, seq: int, time: str | None, d: dict[str, Any]) -> Correction:
        """From a ``correction`` entry's ``data`` (as the log or a bundle's proof holds it)."""
        raw = d.get("fields")
        fields = {k: v for k, v in (raw if isinstance(raw, dict) else {}).items()
                  if k in CORRECTABLE and isinstance(v, dict)}
        ext = d.get("extraction_seq")
        return cls(log_seq=seq, time=time or "", capture_id=str(d.get("capture_id")), fields=fields,
                   reason=str(d.get("reason") or ""), key_fingerprint=d.get("key_fingerprint"),
                   extraction_seq=ext if isinstance(ext, int) and not isinstance(ext, bool) else None)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Correction:
        """Back from :meth:`to_dict` (as ``show`` carries it)."""
        return cls(log_seq=d["log_seq"], time=d["time"], capture_id=d["capture_id"], fields=d["fields"],
                   reason=d["reason"], key_fingerprint=d.get("key_fingerprint"),
                   extraction_seq=d.get("extraction_seq"))

    def to_dict(self) -> dict[str, Any]:
        return {"log_seq": self.log_seq, "time": self.time, "capture_id": self.capture_id,
                "fields": self.fields, "reason": self.reason, "key_fingerprint": self.key_fingerprint,
                "extraction_seq": self.extraction_seq}


# ---------------------------------------------------------------------- input


def _text(value: str, what: str) -> str:
    """One line of text, stripped; empty or overlong is refused (exit 2)."""
    value = " ".join(str(value).split())
    if not value:
        raise UsageError(f"{what} is empty: give the corrected value")
    if len(value) > MAX_TEXT:
        raise UsageError(f"{what} is {len(value)} characters long (at most {MAX_TEXT})")
    return value


def valid_date(value: str) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real calendar date; else UsageError."""
    value = value.strip()
    m = _DATE.match(value)
    try:
        if not m:
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in m.groups())
        dt.date(year, month, day)
    except ValueError:
        raise UsageError(f"--published {value!r} is not a date: give YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return value


def requested_values(*, authors: tuple[str, ...] | list[str] = (), title: str | None = None,
                     published: str | None = None, outlet: str | None = None) -> dict[str, Any]:
    """The corrected values a user asked for, validated (UsageError, exit 2, names the problem)."""
    new: dict[str, Any] = {}
    if title is not None:
        new["title"] = _text(title, "--title")
    if authors:
        names = [_text(a, "--author") for a in authors]
        new["authors"] = list(dict.fromkeys(names))
    if published is not None:
        new["published"] = valid_date(published)
    if outlet is not None:
        new["outlet"] = _text(outlet, "--outlet")
    if not new:
        raise UsageError("nothing to correct: give at least one of --title, --author, --published, --outlet")
    return new


def valid_reason(reason: str | None) -> str:
    """A correction without a reason cannot be weighed by a reader: refused (exit 2)."""
    if reason is None or not reason.strip():
        raise UsageError("--reason is empty: say why the extracted value is wrong (e.g. 'byline on the page')")
    return _text(reason, "--reason")


# ---------------------------------------------------------------------- reading


def read_corrections(log_path: Path, proven: ProvenLog) -> dict[str, list[Correction]]:
    """Every correction in the log at ``log_path``, by capture id, in log order.

    Reads the log once and parses only lines marked as corrections, so statements about a
    capture stay cheap on a long log. A missing log has none. Only entries the latest signed
    checkpoint commits to count, as ``proven`` (what this process proved of the log:
    :class:`~archiver.provenance.proven.ProvenLog`) holds them: a line added to the file by
    someone without the key corrects nothing, and a log that could not be proven corrects
    nothing either.
    """
    try:
        data = log_path.read_bytes()
    except FileNotFoundError:
        return {}
    out: dict[str, list[Correction]] = {}
    if _NEEDLE not in data or proven.problem is not None:
        return out
    # only lines a signed checkpoint commits to: appending or inserting a line needs no key
    for seq, line in enumerate(data.split(b"\n")[: proven.signed]):
        if _NEEDLE not in line or not proven.holds(seq, line):
            continue
        try:
            entry = LogEntry.from_line(line)
        except (ValueError, KeyError, TypeError):
            continue  # a torn or damaged line: `log verify` reports it; it corrects nothing
        if entry.type == "correction":
            c = Correction.from_entry(entry)
            out.setdefault(c.capture_id, []).append(c)
    return out


def corrected_fields(corrections: list[Correction]) -> dict[str, dict[str, Any]]:
    """Each corrected field's value in force (the latest correction wins), with who and why."""
    out: dict[str, dict[str, Any]] = {}
    for c in corrections:
        for name, change in c.fields.items():
            extracted = out[name]["extracted"] if name in out else change.get("old")
            out[name] = {"value": change.get("new"), "extracted": extracted, "log_seq": c.log_seq,
                         "reason": c.reason, "key_fingerprint": c.key_fingerprint, "time": c.time}
    return out


def apply(article: dict[str, Any] | None, corrections: list[Correction]) -> dict[str, Any] | None:
    """A copy of ``article`` with the corrected values in force (``None`` stays ``None`` unless
    a correction gives the capture metadata its extraction lacked)."""
    if not corrections:
        return article
    fields = corrected_fields(corrections)
    out = dict(article or {})
    for name, info in fields.items():
        out[name] = list(info["value"]) if name == "authors" else info["value"]
    return out


def corrected_article(shown: dict[str, Any]) -> dict[str, Any] | None:
    """The article of a ``show`` document with its corrections applied."""
    return apply(shown.get("article"), [Correction.from_dict(c) for c in shown.get("corrections") or []])


def describe(name: str, info: dict[str, Any]) -> str:
    """One line: the field, its corrected value, who corrected it, why, and what was extracted."""
    value = ", ".join(info["value"]) if isinstance(info["value"], list) else info["value"]
    was = info["extracted"]
    was = ", ".join(was) if isinstance(was, list) else was
    return (f"{name} corrected to {value!r} (log entry {info['log_seq']}, key {info['key_fingerprint']}: "
            f"{info['reason']}; extracted: {was!r})")


# ---------------------------------------------------------------------- writing


def record_correction(archive: CorrectionStore, prefix: str, new: dict[str, Any], reason: str) -> Correction:
    """Append a ``correction`` entry for capture ``prefix`` (after its evidence checks out).

    ``new`` comes from :func:`requested_values`. A value equal to the one already in force is
    refused (exit 2): the log records changes, not repetitions.

    Raises:
        UnknownCaptureError: no such capture (exit 2).
        UsageError: nothing would change.
        EvidenceError: the capture's records are missing (exit 3) or altered (exit 1).
        ReadOnlyStoreError / KeyMissingError: nothing can be logged here (exit 3).
    """
    from archiver.evidence import require_shown

    shown = archive.show(prefix)
    require_shown(shown)
    archive.ensure_writable()
    current = apply(shown.get("article"), [Correction.from_dict(c) for c in shown.get("corrections") or []])
    current = current or {}
    fields = {}
    for name, value in new.items():
        old = current.get(name)
        old = list(old or []) if name == "authors" else old
        if old != value:
            fields[name] = {"old": old, "new": value}
    if not fields:
        raise UsageError(f"nothing to correct: capture {shown['capture_id']} already has "
                         + ", ".join(f"{k} {v!r}" for k, v in new.items()))
    log = archive.log
    entry = archive.append_event("correction", {
        "capture_id": shown["capture_id"],
        "capture_seq": shown.get("log_seq"),
        "extraction_seq": shown.get("extraction_log_seq"),
        "fields": fields,
        "reason": reason,
        "key_fingerprint": log.public_key_fingerprint,
    })
    return Correction.from_entry(entry)
