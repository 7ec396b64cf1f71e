"""Log entries as bytes: building them, and the checks one line can fail on its own. Pure.

An entry is one RFC 8785 (JCS) canonical JSON object on one line. The bytes on disk *are* the
hashed bytes: nobody re-serialises anything to verify, and a verifier in any language can hash
the line as stored. Every entry names the log it belongs to (``log`` = the checkpoint origin),
its position (``seq`` = 0-based leaf index) and the hash of the line before it (``prev``), so
it cannot be moved, replayed into another log, or survive an edit of its predecessor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
import rfc8785

from archiver.core import lazy_re
from archiver.core.canonical import canonical_json
from archiver.core.digests import PREFIX
from archiver.core.json_text import MAX_SAFE_INT
from archiver.errors import ArchiverError, MalformedEntry

SCHEMA_VERSION = 1

#: Entry types, as named in the project conventions (``log show --type`` takes these).
ENTRY_TYPES = (
    "capture",
    "capture_failed",
    "extraction",
    "quote_verification",
    "export",
    "import",
    "key_created",
    "recovery",
    "correction",
)
_TYPES = frozenset(ENTRY_TYPES)
#: The fields of an entry's ``data`` that name other entries by position, and the types of entry
#: each may name (a capture made here, or the import that brought it). One table for every reader:
#: a proof follows and holds them (``E_PROOF_LINK``), ``log verify`` and the correction readers
#: hold a correction to them (:mod:`archiver.provenance.correction_entry`).
REFERRED_TYPES: dict[str, tuple[str, ...]] = {"capture_seq": ("capture", "import"), "extraction_seq": ("extraction",)}
_FIELDS = ("data", "log", "prev", "seq", "time", "tool", "type", "v")
_FIELD_SET = frozenset(_FIELDS)
_TIME_RE = lazy_re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\Z")
_HASH_RE = lazy_re.compile(r"sha256:[0-9a-f]{64}\Z")


#: The name this module has always raised: an entry (to be written or as read) breaks the schema.
EntryError = MalformedEntry


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One log entry as stored: ``line`` is the canonical bytes (no newline)."""

    seq: int
    type: str
    time: str
    data: dict[str, Any] = field(hash=False)
    line: bytes = field(repr=False)
    entry_hash: str = ""
    #: Where ``line`` starts in ``log.jsonl`` (its length is ``len(line)``), when the reader or
    #: the writer knew it: the derived index keeps it, so a check reads the entry directly.
    offset: int | None = field(default=None, compare=False, repr=False)

    @property
    def origin(self) -> str:
        return str(json.loads(self.line)["log"])

    @property
    def prev(self) -> str | None:
        prev = json.loads(self.line)["prev"]
        return None if prev is None else str(prev)

    def to_dict(self) -> dict[str, Any]:
        """The whole stored object (what ``log show --json`` prints)."""
        obj: dict[str, Any] = json.loads(self.line)
        obj["entry_hash"] = self.entry_hash
        return obj

    @classmethod
    def from_line(cls, line: bytes) -> LogEntry:
        """Decode one stored line; raises :class:`MalformedEntry` (see :func:`decode_entry`)."""
        return decode_entry(line)

    @classmethod
    def from_object(cls, obj: dict[str, Any], line: bytes, *, hashed: bool = True) -> LogEntry:
        """The entry of a parsed line; ``hashed=False`` leaves ``entry_hash`` empty, for a reader
        that uses the values only (an evidence check, which never hands the entry on)."""
        return cls(
            seq=obj["seq"],
            type=obj["type"],
            time=obj["time"],
            data=obj["data"],
            line=line,
            entry_hash=line_hash(line) if hashed else "",
        )


def complete_lines(data: bytes) -> list[bytes]:
    """The complete lines of log bytes (an incomplete last line is not an entry yet)."""
    lines = data.split(b"\n")
    lines.pop()
    return lines


def line_hash(line: bytes) -> str:
    """``sha256:<hex>`` of a stored line: the value the next entry puts in ``prev``."""
    return PREFIX + hashlib.sha256(line).hexdigest()


def format_time(when: dt.datetime) -> str:
    """RFC 3339 UTC with microseconds, the one time format in entries."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_values(value: Any, path: str) -> None:
    """Only strings, safe integers, booleans, null, arrays and objects: no floats.

    Floats are the one place where JSON serialisers disagree; refusing them keeps the bytes
    reproducible by any JCS implementation.
    """
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise MalformedEntry(f"{path}: integer {value} is outside the JSON safe range (2^53-1)")
        return
    if isinstance(value, float):
        raise MalformedEntry(f"{path}: floats are not allowed in log entries (store ms or a string)")
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                raise MalformedEntry(f"{path}: object keys must be strings, found {k!r}")
            _check_values(v, f"{path}.{k}")
        return
    if type(value) is list or type(value) is tuple:  # exactly: a NamedTuple record is no JSON array (its names would be lost)
        for i, v in enumerate(value):
            _check_values(v, f"{path}[{i}]")
        return
    raise MalformedEntry(f"{path}: {type(value).__name__} is not a JSON value")


def build_line(
    *, origin: str, seq: int, prev: str | None, time: str, type_: str, data: dict[str, Any], tool: str
) -> bytes:
    """The canonical bytes of a new entry (without the newline).

    Raises:
        MalformedEntry: unknown type, or data holding floats, unsafe integers or non-JSON values.
    """
    if type_ not in _TYPES:
        raise MalformedEntry(f"unknown entry type {type_!r} (known: {', '.join(ENTRY_TYPES)})")
    if not isinstance(data, dict):
        raise MalformedEntry("data must be a JSON object")
    _check_values(data, "data")
    obj = {
        "data": data,
        "log": origin,
        "prev": prev,
        "seq": seq,
        "time": time,
        "tool": tool,
        "type": type_,
        "v": SCHEMA_VERSION,
    }
    return canonical_bytes(obj)


_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode

def canonical_bytes(obj: Any) -> bytes:
    """RFC 8785 bytes of a value already checked by :func:`_check_values` (no floats):
    :func:`archiver.core.canonical.canonical_json`'s, the one canonicaliser of the package (json's
    C encoder where it writes JCS exactly, the reference implementation otherwise); what cannot
    be canonicalised (a lone surrogate) is a :class:`MalformedEntry`.
    """
    try:
        return canonical_json(obj)
    except rfc8785.CanonicalizationError as exc:  # e.g. lone surrogates
        raise MalformedEntry(f"data cannot be canonicalised: {exc}") from exc


class _NotPlain(ArchiverError):
    """Internal signal of :func:`parse_line`: the line holds floats, NaN or unsafe integers."""


def _reject(_text: str) -> Any:
    raise _NotPlain


def _safe_int(text: str) -> int:
    value = int(text)
    if len(text) > 15 and abs(value) > MAX_SAFE_INT:
        raise _NotPlain
    return value


_PLAIN_DECODER = json.JSONDecoder(parse_float=_reject, parse_constant=_reject, parse_int=_safe_int)


def parse_line(line: bytes) -> tuple[Any, bool]:
    """Parse a stored line: (object, plain); plain is false if it holds floats, NaN or unsafe ints.

    Raises:
        MalformedEntry: not UTF-8 JSON.
    """
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedEntry(f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        try:
            return _PLAIN_DECODER.decode(text), True
        except _NotPlain:
            return json.loads(text), False
    except ValueError as exc:  # json.JSONDecodeError, or an integer too long to convert
        raise MalformedEntry(str(exc)) from exc
    except RecursionError:  # the standard parser recurses per level: a proof's line may be [[[[...
        raise MalformedEntry("nested too deeply to read") from None


def entries_of_type(lines: list[bytes], entry_type: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """(line number, seq, data) of each entry of ``entry_type`` among a log's stored ``lines``, for
    the whole-log checks of ``log verify`` (supersedes, corrections). Only lines ending as such an
    entry does are parsed (canonical JSON puts ``type`` then ``v`` last), so the check costs a
    suffix test per line; one that does not parse, or has no object ``data`` or integer ``seq``, is
    skipped: the per-entry checks name it (E_PARSE, E_SCHEMA)."""
    end = f'"type":"{entry_type}","v":{SCHEMA_VERSION}}}'.encode()
    for i, line in enumerate(lines):
        if not line.endswith(end):
            continue
        try:
            obj, _ = parse_line(line)
        except MalformedEntry:
            continue
        data = obj.get("data") if isinstance(obj, dict) else None
        seq = obj.get("seq") if isinstance(obj, dict) else None
        if isinstance(data, dict) and type(seq) is int:
            yield i + 1, seq, data


def _parse_for_reading(line: bytes) -> Any:
    """A stored line parsed for a reader, which needs the values, not whether they are plain.

    Readers parse two entries per evidence check, on every look-up, so this is orjson's parser
    first (several times faster than the standard one with :func:`parse_line`'s hooks, whose
    plainness test is for ``log verify`` and proofs). What orjson refuses (lone surrogates, NaN,
    numbers out of a double's range, bad UTF-8) the standard parser decides, and names. The one
    difference left: an integer beyond 64 bits reads as a float here; our writer refuses any
    beyond 2^53, ``log verify`` reports such a line, and a reader then finds no valid ``seq``.
    """
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        pass  # the standard parser decides, and names the problem
    try:
        return json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise MalformedEntry(f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except ValueError as exc:  # json.JSONDecodeError, or an integer too long to convert
        raise MalformedEntry(str(exc)) from exc
    except RecursionError:  # orjson refused it (over 1024 levels); the standard parser recurses
        raise MalformedEntry("nested too deeply to read") from None


#: What a reader needs of an entry to use it (the full schema is :func:`schema_problem`'s job).
_SHAPE = (("seq", int), ("type", str), ("time", str), ("data", dict))


def decode_entry(line: bytes, *, hashed: bool = True, offset: int | None = None) -> LogEntry:
    """The one decoder of a stored log line: parsed, with the fields a reader relies on
    (``hashed``: with its ``entry_hash``; see :meth:`LogEntry.from_object`; ``offset``: where
    the line starts in the log, when the caller knows it).

    Raises:
        MalformedEntry: not UTF-8 JSON, not an object, or ``seq``/``type``/``time``/``data``
            missing or of the wrong type. (Canonical form and the rest of the schema are
            checked by ``log verify``, which reports rather than raises.)
    """
    obj = _parse_for_reading(line)
    if type(obj) is dict:  # the usual case, in few steps (a parsed value's type is exactly one of JSON's)
        seq, type_, time, data = obj.get("seq"), obj.get("type"), obj.get("time"), obj.get("data")
        if type(seq) is int and type(type_) is str and type(time) is str and type(data) is dict:
            return LogEntry(seq, type_, time, data, line, line_hash(line) if hashed else "", offset)
    if not isinstance(obj, dict):
        raise MalformedEntry("entry is not a JSON object")
    for name, kind in _SHAPE:
        value = obj.get(name)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise MalformedEntry(f"field {name} missing or invalid")
    entry = LogEntry.from_object(obj, line, hashed=hashed)  # (a value of a subclass of its type)
    return entry if offset is None else dataclasses.replace(entry, offset=offset)


def is_canonical(line: bytes, obj: Any, plain: bool = True) -> bool:
    """True when ``line`` is exactly the RFC 8785 form of ``obj`` (parsed from it).

    ``plain`` is what :func:`parse_line` said: floats and integers beyond 2^53-1 never count as
    canonical here, since the writer refuses them.
    """
    if not plain:
        return False
    try:
        if line.isascii():
            return _ENCODE(obj).encode() == line
        return rfc8785.dumps(obj) == line
    except (rfc8785.CanonicalizationError, ValueError):
        return False


def schema_problem(obj: Any) -> str | None:
    """The first schema violation of a parsed entry, as ``field F ...``; None if it is well formed."""
    if not isinstance(obj, dict):
        return "entry is not a JSON object"
    if obj.keys() == _FIELD_SET:  # the common case: check the values only
        return _value_problem(obj)
    for name in _FIELDS:
        if name not in obj:
            return f"field {name} missing"
    extra = set(obj) - set(_FIELDS)
    if extra:
        return f"unexpected field(s) {', '.join(sorted(extra))}"
    return _value_problem(obj)


def _value_problem(obj: dict[str, Any]) -> str | None:
    if obj["v"] != SCHEMA_VERSION or isinstance(obj["v"], bool):
        return f"field v invalid (expected {SCHEMA_VERSION})"
    seq = obj["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        return "field seq invalid"
    prev = obj["prev"]
    if not (prev is None or (isinstance(prev, str) and _HASH_RE.match(prev))):
        return "field prev invalid"
    if not isinstance(obj["time"], str) or not _TIME_RE.match(obj["time"]):
        return "field time invalid (expected YYYY-MM-DDTHH:MM:SS.ffffffZ)"
    if obj["type"] not in _TYPES:
        return f"field type invalid ({obj['type']!r})"
    if not isinstance(obj["data"], dict):
        return "field data invalid (not an object)"
    if not isinstance(obj["log"], str) or not isinstance(obj["tool"], str):
        return "field log/tool invalid"
    return None
