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
from archiver.provenance.correction_entry import (
    CORRECTABLE,
    EntryAt,
    changes,
    entries_in,
    malformed_fields,
    refusals,
    well_formed,
)

if TYPE_CHECKING:
    from archiver.ports import CorrectionStore
    from archiver.provenance.proven import ProvenLog

#: Longest value or reason accepted: a title or a reason, not a document.
MAX_TEXT = 2000
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
#: Characters that show nothing and are not format characters (Unicode Cf): Hangul fillers, the
#: Braille blank. A value of these alone is as empty as one of spaces.
_BLANK_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}
_ZWNJ, _ZWJ = "\u200c", "\u200d"
#: Format characters a value keeps: the zero-width non-joiner and the bidirectional marks.
_KEPT_MARKS = {_ZWNJ, "\u200e", "\u200f", "\u061c"}
#: In :func:`requested_values`' result beside ``authors``: those of them the user named as
#: organisations (``--organization``). Not a field of its own: the ``authors`` change records it
#: (``"organizations"``), so one correction states who the authors are and which are corporate.
AUTHOR_ORGANIZATIONS = "authors:organizations"
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
    #: Fields the entry changes in another shape than ``archiver correct`` writes: they correct nothing.
    malformed: tuple[str, ...] = ()
    #: Why the entry corrects nothing at all (its signer is not the log's key, it names no entry
    #: position or no capture id: :func:`archiver.provenance.correction_entry.refusals`); empty:
    #: its well-formed fields are in force.
    refused: tuple[str, ...] = ()

    @property
    def in_force(self) -> bool:
        return not self.refused

    @classmethod
    def from_entry(cls, entry: LogEntry, *, log_key: str | None, entry_at: EntryAt | None = None) -> Correction:
        return cls.from_data(entry.seq, entry.time, entry.data, log_key=log_key, entry_at=entry_at)

    @classmethod
    def from_data(cls, seq: int, time: str | None, d: dict[str, Any], *, log_key: str | None,
                  entry_at: EntryAt | None = None) -> Correction:
        """From a ``correction`` entry's ``data`` (as the log or a bundle's proof holds it), held
        to the log's key ``log_key`` (its fingerprint; None: not established, the caller says so)
        and, given ``entry_at`` (the log's entries by position), to entries of its own capture.

        Signed is not well formed: a line written by hand and accepted with ``log adopt`` is signed
        too. An entry naming another signer, or no entry position, corrects nothing (``refused``
        says why); a change of a field no one may correct, or of another shape than
        :func:`record_correction` writes (a title that is a list, authors that are not names),
        corrects nothing either; those of another shape are named in ``malformed``
        (``verify-bundle`` and ``log verify`` fail on both). Every reader then finds text where it
        shows text, never a traceback."""
        found = changes(d)
        fields = {k: v for k, v in found.items() if k in CORRECTABLE and well_formed(k, v)}
        ext, reason = d.get("extraction_seq"), d.get("reason")
        return cls(log_seq=seq, time=time or "", capture_id=str(d.get("capture_id")), fields=fields,
                   reason=reason if isinstance(reason, str) else "", key_fingerprint=d.get("key_fingerprint"),
                   extraction_seq=ext if type(ext) is int else None, malformed=malformed_fields(d),
                   refused=tuple(refusals(seq, d, log_key, entry_at)))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Correction:
        """Back from :meth:`to_dict` (as ``show`` carries it)."""
        return cls(log_seq=d["log_seq"], time=d["time"], capture_id=d["capture_id"], fields=d["fields"],
                   reason=d["reason"], key_fingerprint=d.get("key_fingerprint"),
                   extraction_seq=d.get("extraction_seq"), malformed=tuple(d.get("malformed") or ()),
                   refused=tuple(d.get("refused") or ()))

    def to_dict(self) -> dict[str, Any]:
        return {"log_seq": self.log_seq, "time": self.time, "capture_id": self.capture_id,
                "fields": self.fields, "reason": self.reason, "key_fingerprint": self.key_fingerprint,
                "extraction_seq": self.extraction_seq, "malformed": list(self.malformed),
                "refused": list(self.refused)}


# ---------------------------------------------------------------------- input


def visible_text(value: str) -> str:
    """``value`` without the characters that show nothing and mean nothing in it: format
    characters (Unicode Cf: zero-width space, word joiner, BOM, soft hyphen, bidirectional
    embeddings, overrides and isolates) and blank letters (the Hangul filler). Kept, because
    removing them changes how the text is spelled or shown: a zero-width non-joiner (Persian,
    Indic spelling), a joiner between two letters (Indic, emoji sequences), and the
    left-to-right, right-to-left and Arabic letter marks (which govern nothing after themselves).
    Whitespace runs become one space. Empty when nothing visible is left (``--author $'\u200b'``).
    """
    import unicodedata

    out = []
    for i, ch in enumerate(value):
        if ch in _BLANK_LETTERS:
            continue
        joins = ch == _ZWJ and 0 < i < len(value) - 1 and not value[i - 1].isspace() and not value[i + 1].isspace()
        if unicodedata.category(ch) == "Cf" and ch not in _KEPT_MARKS and not joins:
            continue
        out.append(ch)
    text = " ".join("".join(out).split())
    return text if text.strip(_ZWJ + "".join(_KEPT_MARKS) + " ") else ""


def _text(value: str, what: str) -> str:
    """One line of text, stripped of what shows nothing (:func:`visible_text`); empty or
    overlong is refused (exit 2)."""
    value = visible_text(str(value))
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
                     published: str | None = None, outlet: str | None = None,
                     organizations: tuple[str, ...] | list[str] = (), order: list[str] | None = None,
                     no_author: bool = False) -> dict[str, Any]:
    """The corrected values a user asked for, validated (UsageError, exit 2, names the problem).

    ``organizations`` are corporate authors (``--organization``), cited whole; ``order`` (each
    ``"author"`` or ``"organization"`` in the order the options were given) interleaves them with
    ``authors``, else they follow. ``no_author`` removes every author (``authors`` is ``[]``).
    """
    new: dict[str, Any] = {}
    if title is not None:
        new["title"] = _text(title, "--title")
    if no_author and (authors or organizations):
        raise UsageError("--no-author removes every author: give it without --author and --organization")
    if no_author:
        new["authors"] = []
    if authors or organizations:
        people = iter([_text(a, "--author") for a in authors])
        orgs = [_text(o, "--organization") for o in organizations]
        corporate = iter(orgs)
        kinds = [k for k in order or () if k in ("author", "organization")]
        if sorted(kinds) != sorted(["author"] * len(authors) + ["organization"] * len(orgs)):
            kinds = ["author"] * len(authors) + ["organization"] * len(orgs)
        names = [next(people) if kind == "author" else next(corporate) for kind in kinds]
        new["authors"] = list(dict.fromkeys(names))
        if orgs:
            new[AUTHOR_ORGANIZATIONS] = list(dict.fromkeys(orgs))
    if published is not None:
        new["published"] = valid_date(published)
    if outlet is not None:
        new["outlet"] = _text(outlet, "--outlet")
    if not new:
        raise UsageError("nothing to correct: give at least one of --title, --author, --organization, "
                         "--no-author, --published, --outlet")
    return new


def valid_reason(reason: str | None) -> str:
    """A correction without a reason cannot be weighed by a reader: refused (exit 2)."""
    if reason is None or not reason.strip():
        raise UsageError("--reason is empty: say why the extracted value is wrong (e.g. 'byline on the page')")
    return _text(reason, "--reason")


def not_after_capture(published: str, capture_time: str) -> None:
    """A page cannot have been published after it was archived: a ``--published`` date whose
    first day is more than a day after the capture's (a day for the time zones) is refused
    (UsageError, exit 2)."""
    m = _DATE.match(published)
    if m is None:  # not a date (valid_date refuses it first)
        return
    year, month, day = (int(g) if g else 1 for g in m.groups())
    captured = dt.date.fromisoformat(capture_time[:10])
    if (dt.date(year, month, day) - captured).days > 1:  # (no date arithmetic past year 9999)
        raise UsageError(f"--published {published} is after the capture ({capture_time[:10]}): a page is "
                         "published before it is archived; give the date the page was published")


# ---------------------------------------------------------------------- reading


def read_corrections(log_path: Path, proven: ProvenLog, log_key: str) -> dict[str, list[Correction]]:
    """Every correction in the log at ``log_path``, by capture id, in log order, held to the
    log's key (``log_key``, its fingerprint: one naming another corrects nothing).

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
    lines = data.split(b"\n")
    entry_at = entries_in(lines)  # (a correction names entries before it: signed too)
    # only lines a signed checkpoint commits to: appending or inserting a line needs no key
    for seq, line in enumerate(lines[: proven.signed]):
        if _NEEDLE not in line or not proven.holds(seq, line):
            continue
        try:
            entry = LogEntry.from_line(line)
        except (ValueError, KeyError, TypeError):
            continue  # a torn or damaged line: `log verify` reports it; it corrects nothing
        if entry.type == "correction":
            c = Correction.from_entry(entry, log_key=log_key, entry_at=entry_at)
            out.setdefault(c.capture_id, []).append(c)
    return out


def corrected_fields(corrections: list[Correction]) -> dict[str, dict[str, Any]]:
    """Each corrected field's value in force (the latest correction wins), with who and why; a
    correction that corrects nothing (:attr:`Correction.refused`) is no one's word here."""
    out: dict[str, dict[str, Any]] = {}
    for c in corrections:
        if not c.in_force:
            continue
        for name, change in c.fields.items():
            extracted = out[name]["extracted"] if name in out else change.get("old")
            out[name] = {"value": change.get("new"), "extracted": extracted, "log_seq": c.log_seq,
                         "reason": c.reason, "key_fingerprint": c.key_fingerprint, "time": c.time}
            if name == "authors":  # which of them the user named as organisations (each correction says all)
                out[name]["organizations"] = organizations_of(change)
    return out


def organizations_of(change: dict[str, Any]) -> list[str]:
    """The corrected authors an ``authors`` change names as organisations (``[]``: none, as in
    every correction made before ``--organization``); only names among its new authors count."""
    named = change.get("organizations")
    new = change.get("new")
    if not isinstance(named, list) or not isinstance(new, list):
        return []
    return [o for o in named if isinstance(o, str) and o in new]


def apply(article: dict[str, Any] | None, corrections: list[Correction]) -> dict[str, Any] | None:
    """A copy of ``article`` with the corrected values in force (``None`` stays ``None`` unless
    a correction gives the capture metadata its extraction lacked)."""
    if not any(c.in_force for c in corrections):
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
    """One line: the field, its corrected value (``none``: the authors were removed), which of
    the authors are organisations, who corrected it, why, and what was extracted."""
    value = info["value"]
    shown = "none" if value == [] else repr(", ".join(value) if isinstance(value, list) else value)
    was = info["extracted"]
    was_shown = "none" if was in ([], None) else repr(", ".join(was) if isinstance(was, list) else was)
    orgs = info.get("organizations") or []
    kind = f"organisation{'s' if len(orgs) > 1 else ''}: {', '.join(orgs)}; " if orgs else ""
    return (f"{name} corrected to {shown} ({kind}log entry {info['log_seq']}, key {info['key_fingerprint']}: "
            f"{info['reason']}; extracted: {was_shown})")


def not_in_force(corrections: list[dict[str, Any]]) -> list[str]:
    """What of a ``show`` document's corrections (their :meth:`Correction.to_dict`) corrects
    nothing, and why: one sentence each, as ``log verify`` and ``verify-bundle`` say it."""
    out: list[str] = []
    for c in corrections:
        out += c.get("refused") or []
        if not c.get("refused"):
            out += [f"the correction at log entry {c['log_seq']} changes {name} in another shape than archiver "
                    "correct writes: it corrects nothing" for name in c.get("malformed") or ()]
    return out


# ---------------------------------------------------------------------- writing


def record_correction(archive: CorrectionStore, prefix: str, new: dict[str, Any], reason: str) -> Correction:
    """Append a ``correction`` entry for capture ``prefix`` (after its evidence checks out).

    ``new`` comes from :func:`requested_values`. A value equal to the one already in force is
    refused (exit 2): the log records changes, not repetitions.

    Raises:
        UnknownCaptureError: no such capture (exit 2).
        UsageError: nothing would change, or a publication date after the capture.
        EvidenceError: the capture's records are missing (exit 3) or altered (exit 1).
        ReadOnlyStoreError / KeyMissingError: nothing can be logged here (exit 3).
    """
    from archiver.evidence import require_shown

    shown = archive.show(prefix)
    require_shown(shown)
    if "published" in new:
        not_after_capture(new["published"], shown["capture_time"])
    archive.ensure_writable()
    current = apply(shown.get("article"), [Correction.from_dict(c) for c in shown.get("corrections") or []])
    current = current or {}
    in_force = (shown.get("corrected") or {}).get("authors") or {}
    fields: dict[str, dict[str, Any]] = {}
    for name, value in new.items():
        if name not in CORRECTABLE:
            continue
        old = current.get(name)
        old = list(old or []) if name == "authors" else old
        change: dict[str, Any] = {"old": old, "new": value}
        if name == "authors" and new.get(AUTHOR_ORGANIZATIONS):
            change["organizations"] = list(new[AUTHOR_ORGANIZATIONS])
        kinds_differ = name == "authors" and (change.get("organizations") or []) != (in_force.get("organizations") or [])
        if old != value or kinds_differ:
            fields[name] = change
    if not fields:
        raise UsageError(f"nothing to correct: capture {shown['capture_id']} already has "
                         + ", ".join(f"{k} {v!r}" for k, v in new.items() if k in CORRECTABLE))
    log = archive.log
    entry = archive.append_event("correction", {
        "capture_id": shown["capture_id"],
        "capture_seq": shown.get("log_seq"),
        "extraction_seq": shown.get("extraction_log_seq"),
        "fields": fields,
        "reason": reason,
        "key_fingerprint": log.public_key_fingerprint,
    })
    return Correction.from_entry(entry, log_key=log.public_key_fingerprint)
