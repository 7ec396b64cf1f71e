"""A bundle check stage: the replay index points replay tools at the records the evidence is about.

pywb and ReplayWeb.page serve what ``indexes/`` says: a URL key and time lead to a file, an
offset and a length, and the bytes there are shown as that page. The other stages check the
records, the log and every file's hash, none of them what the index points at, so an index
sending a reader to another record, a metadata record or half a record verified. Here each
index line is held to the record at its place, recomputed from the bundle's own WARC members
(read in place by :func:`~archiver.export.bundle_records.load_records`, no second pass):

* the place (file, offset) is where a record starts, and the length spans it whole;
* that record is one replay tools serve (response, revisit, resource; another tool's index may
  also serve metadata records, as cdxj-indexer does by default, but never ours: they share the
  page's URL and time, see :mod:`archiver.export.cdxj`);
* its URL, key (cdxj-indexer's SURT of that URL; for another tool's POST lines, of the URL with
  the ``__wb_method`` query they carry) and time are the record's, and its digest, when given,
  is the record's payload digest as cdxj-indexer states it (in another tool's index, only a
  digest the record itself states is compared: see :func:`_digest_forms`); in ours, its
  ``status`` and ``mime`` are the ones cdxj-indexer gives the record, and it carries no field
  our export never writes (:func:`_other_fields`);
* every record replay tools serve has a line.

Each line that fails is one ``E_INDEX`` finding naming every field its record does not have.

Another tool's index is checked the same way on the fields it has, in ``*.cdx``/``*.cdxj``
members and in ZipNum ``*.cdx.gz`` blocks (a ``.idx`` only says which block to read: a wrong one
can make a replay tool miss lines, never serve other bytes, so it is not read). Its uncompressed
WARC lines may stop before the CRLFs that close a record (warcio's own count): still the whole
record. A served record it leaves out is a warning there (the tool chose what to serve), a
problem in ours. A classic space-separated CDX is said to be not checked.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import zlib
from dataclasses import dataclass
from typing import Any

from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException
from warcio.timeutils import iso_date_to_timestamp

from archiver.capture.warc import StoredRecord, split_http_message
from archiver.core import limits
from archiver.core.limits import open_member
from archiver.core.untrusted import loads_json
from archiver.export.bundle_report import Checker
from archiver.export.bundle_zip import ZIP_READ_ERRORS
from archiver.export.cdxj import url_key

CODE = "E_INDEX"
#: The records our index points at (:data:`archiver.export.cdxj.REPLAY_RECORDS`).
SERVED = ("response", "revisit", "resource")
#: What another tool's index may point at: cdxj-indexer's default adds metadata records.
SERVED_FOREIGN = (*SERVED, "metadata")
INDEX_SUFFIXES = (".cdx", ".cdxj", ".cdx.gz", ".cdxj.gz")


def check_index(c: Checker, *, ours: bool) -> None:
    """Hold every line of the bundle's CDXJ index to the record at its place; report an ``E_INDEX``
    problem for each line that points elsewhere, and for each served record left out."""
    # ours: indexes/index.cdx, or indexes/index.cdxj in bundles exported before f704731 (bundle_zip.OUR_MEMBERS)
    members = [n for n in c.parseable("indexes/") if n.endswith(INDEX_SUFFIXES)]  # none unlisted
    if not members:
        if ours:
            c.fail("the bundle has no replay index (indexes/index.cdx): replay tools cannot show its records",
                   "indexes/index.cdx", CODE)
        elif any(n.startswith("indexes/") for n in c.names):
            c.warn("the bundle's index is not CDXJ: where it points replay tools was not checked", "indexes/",
                   "W_INDEX")
        return
    seen: set[tuple[str, int]] = set()
    short: dict[str, list[_Short]] = {}  # another tool's spans to read the closing bytes of
    checked = 0
    before = len(c.problems)
    for name in members:
        lines = _index_lines(c, name, ours)
        if lines is None:
            continue
        checked += 1
        for number, line in enumerate(lines, 1):
            if line.strip():
                _check_line(c, name, number, line, ours, seen, short)
    for member, spans in sorted(short.items()):
        _check_short_spans(c, member, spans)
    _left_out(c, seen, ours)
    if checked == len(members) and len(c.problems) == before:
        n = c.index_lines
        c.index_sentence = (f"The replay index ({', '.join(members)}) has {n} line{'s' if n != 1 else ''}, each "
                            "pointing at the whole record its URL key and time name"
                            + (", and leaves out no record a replay tool serves." if ours else "."))


def _index_lines(c: Checker, name: str, ours: bool) -> list[str] | None:
    """The member's lines (a ZipNum ``.gz`` inflated block by block), or None when it cannot be
    read as CDXJ (said as a problem in ours, a warning in another tool's). An index is read whole,
    like the bundle's other small members, so inflated or not it is held to their limit."""
    try:
        raw = c.read(name) or b""
        if name.endswith(".gz"):
            raw = _inflate_blocks(raw, limits.current().zip_max_small_member_bytes)
    except (*ZIP_READ_ERRORS, ValueError) as exc:
        _say(c, ours, f"{name} cannot be read as an index ({exc}): where it points replay tools was not checked",
             name)
        return None
    text = raw.decode("utf-8", errors="replace")
    if text.startswith(" CDX"):
        _say(c, ours, f"{name} is a classic CDX index, not CDXJ: where it points replay tools was not checked",
             name)
        return None
    return text.splitlines()


def _inflate_blocks(raw: bytes, cap: int) -> bytes:
    """Concatenated gzip members (ZipNum blocks) inflated in order, refused past ``cap`` bytes."""
    out: list[bytes] = []
    size = 0
    while raw:
        d = zlib.decompressobj(wbits=31)
        part = d.decompress(raw, cap + 1 - size)
        size += len(part)
        if size > cap or d.unconsumed_tail:
            raise ValueError(f"it inflates past {cap} bytes")
        if not d.eof:
            raise ValueError("a gzip block is cut short")
        out.append(part)
        raw = d.unused_data
    return b"".join(out)


def _check_line(c: Checker, name: str, number: int, line: str, ours: bool, seen: set[tuple[str, int]],
                short: dict[str, list[_Short]]) -> None:
    where = f"{name} line {number}"
    parts = line.split(" ", 2)
    fields: Any = None
    if len(parts) == 3:
        try:
            fields = loads_json(parts[2])
        except ValueError:
            fields = None
    if not isinstance(fields, dict):
        c.fail(f"{where} is not a CDXJ line (URL key, time, JSON fields)", name, CODE)
        return
    c.index_lines += 1
    key, ts = parts[0], parts[1]
    url = fields.get("url")
    named = f"{where} ({url if isinstance(url, str) else key} at {ts})"
    filename, offset, length = fields.get("filename"), _int(fields.get("offset")), _int(fields.get("length"))
    member = f"archive/{filename}" if isinstance(filename, str) else None
    if member is None or offset is None or length is None:
        c.fail(f"{named} gives no file, offset and length: it points replay tools at no record", name, CODE)
        return
    if member not in c.names:
        c.fail(f"{named} points at {filename}, which the bundle does not hold", name, CODE)
        return
    rec = c.places.get((member, offset))
    if rec is None:
        c.fail(f"{named} points at byte {offset} of {member}, where no record starts", name, CODE)
        return
    seen.add((member, offset))
    about = f"{named} points at record {rec.record_id} ({rec.rec_type} for {rec.target_uri})"
    if rec.rec_type not in (SERVED if ours else SERVED_FOREIGN):
        c.fail(f"{about}: a {rec.rec_type} record, which replay tools are not to serve"
               + (" (our metadata records share the page's URL and time)" if rec.rec_type == "metadata" else ""),
               name, CODE)
        return
    if length != rec.length:
        spans = f"{about} but spans {length} bytes at {offset}, not the whole record ({rec.length} bytes)"
        if not ours and 0 < rec.length - length <= _MAX_CLOSING:  # maybe warcio's count: read what it leaves
            short.setdefault(member, []).append(_Short(offset + length, rec.length - length, spans, name))
        else:
            c.fail(spans, name, CODE)
    target = rec.target_uri or ""
    wrong = []  # what the line says that the record at its place does not: one finding per line
    if isinstance(url, str) and url != target:
        wrong.append(f"URL {url}")
    if key not in _keys(target, fields):
        wrong.append(f"URL key {key} (the record's: {url_key(target)})")
    stamp = _timestamp(rec.date)
    if stamp is not None and (ts != stamp if ours else (not ts.isdigit() or ts[:14] != stamp[:14])):
        wrong.append(f"time {ts} (the record's: {rec.date})")
    digest = fields.get("digest")
    forms = _digest_forms(rec, ours) if isinstance(digest, str) else None
    if forms is not None and digest not in forms:
        wrong.append(f"digest {digest}")
    if ours:
        wrong += _other_fields(rec, fields)
    if wrong:
        c.fail(f"{about}, but the line gives {_and(wrong)}, which that record does not have: replay tools "
               "would show it for what the line names", name, CODE)


#: The fields our indexer writes (cdxj-indexer's defaults); a line of ours carries no other.
OUR_FIELDS = frozenset(("url", "mime", "status", "digest", "length", "offset", "filename"))
_HTTP_HEAD = StatusAndHeadersParser([], verify=False)


def _other_fields(rec: StoredRecord, fields: dict[str, Any]) -> list[str]:
    """What a line of our index gives besides URL, key, time and digest that the record at its
    place does not have: a ``status`` or ``mime`` other than cdxj-indexer's for that record (the
    same parse of the same bytes; replay tools list and filter by them, and pywb resolves a line
    of type ``warc/revisit`` as a revisit), or a field our export never writes. A field the line
    leaves out claims nothing (replay tools read the record)."""
    wrong = [f"field {name}" for name in sorted(set(fields) - OUR_FIELDS)]
    expected = _indexed_fields(rec)
    if expected is None:
        return wrong
    for name, said in (("status", "status"), ("mime", "type")):
        # ("" and none are one claim: cdxj-indexer writes "mime": "" for an empty Content-Type field,
        # which this reading gives as none; our own bundle of such a page FAILED, review rvsec58)
        if name in fields and (fields[name] or None) != expected[name]:
            wrong.append(f"{said} {fields[name]} (the record's: {expected[name] or 'none'})")
    return wrong


def _indexed_fields(rec: StoredRecord) -> dict[str, str | None] | None:
    """``status`` and ``mime`` as cdxj-indexer gives them for ``rec`` (warcio's reading: the HTTP
    head of a response or revisit of an http(s) URL, the WARC Content-Type of any other record,
    the first word of a type); None when the HTTP head cannot be read here (not compared)."""
    head = None
    if rec.rec_type in ("response", "revisit") and (rec.target_uri or "").startswith(("http:", "https:")) \
            and rec.block:
        try:
            head = _HTTP_HEAD.parse(io.BytesIO(rec.block))
        except (EOFError, ValueError, StatusAndHeadersParserException):
            return None
    status = head.get_statuscode() if head is not None else None
    if rec.rec_type == "revisit":
        mime: str | None = "warc/revisit"
    else:
        mime = head.get_header("Content-Type") if head is not None else (
            None if rec.rec_type == "response" else rec.header("Content-Type"))
        mime = _FIRST_WORD.split(mime, 1)[0].strip() if mime else mime
    return {"status": status or None, "mime": mime or None}


_FIRST_WORD = re.compile(r"[;\s]")


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _left_out(c: Checker, seen: set[tuple[str, int]], ours: bool) -> None:
    for (member, offset), rec in sorted(c.places.items()):
        if rec.rec_type in SERVED and (member, offset) not in seen:
            message = (f"{member}: record {rec.record_id} ({rec.rec_type} for {rec.target_uri}) at byte {offset} "
                       "is not in the index: replay tools will not show it")
            if ours:
                c.fail(message, member, CODE)
            else:
                c.warn(message, member, "W_INDEX")


def _say(c: Checker, ours: bool, message: str, name: str) -> None:
    if ours:
        c.fail(message, name, CODE)
    else:
        c.warn(message, name, "W_INDEX")


def _int(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _keys(target: str, fields: dict[str, Any]) -> set[str]:
    """The URL keys a line for ``target`` may carry: its SURT, and for a POST/PUT line (another
    tool's, carrying ``method``) cdxj-indexer's key of the URL with the method query appended."""
    keys = {url_key(target)}
    method = fields.get("method")
    if isinstance(method, str) and method.upper() not in ("GET", "HEAD"):
        body = fields.get("requestBody")
        appended = ("&" if "?" in target else "?") + "__wb_method=" + method
        if isinstance(body, str) and body:
            appended += "&" + body
        keys.add(url_key(target + appended))
    return keys


def _timestamp(date: str | None) -> str | None:
    if not date:
        return None
    try:
        return str(iso_date_to_timestamp(date))
    except (ValueError, TypeError, IndexError):
        return None


def _digest_forms(rec: StoredRecord, ours: bool) -> set[str] | None:
    """The digest values an index line may give for ``rec``, with or without the algorithm label:
    the stated WARC-Payload-Digest, or failing that (in our index) the sha1 cdxj-indexer computes
    over the bytes after the HTTP head; None when it cannot be known here.

    Another tool's digest of a record that states none is its indexer's own computation, not a
    claim of the record's, and indexers differ (py-wacz's ``wacz create`` gives the sha1 of no
    bytes at all), so it is not compared; nor is that of an oversize block, not kept here.
    """
    stated = rec.header("WARC-Payload-Digest")
    if stated:
        return {stated, stated.partition(":")[2]}
    if not ours or rec.rec_type == "revisit" or rec.oversize:
        return None
    bodies = {rec.block}
    if rec.rec_type == "response":  # the body after the head as warcio reads it (to its first blank
        ends = [i + len(s) for s in (b"\n\r\n", b"\n\n") if (i := rec.block.find(s)) >= 0]  # line), or ours
        bodies = {split_http_message(rec.block)[1], *([rec.block[min(ends):]] if ends else [])}
    forms = set()
    for body in bodies:
        value = base64.b32encode(hashlib.sha1(body).digest()).decode()
        forms |= {f"sha1:{value}", value}
    return forms


@dataclass(frozen=True)
class _Short:
    """A span of another tool's line that stops ``missing`` bytes before its record ends at ``at``."""

    at: int
    missing: int
    message: str
    index: str


#: Bytes a span may leave out at a record's end when they are only the CRLFs that close it.
_MAX_CLOSING = 64


def _check_short_spans(c: Checker, member: str, spans: list[_Short]) -> None:
    """Fail each span whose left-out bytes are not only the CRLFs that close its record (warcio's
    count of an uncompressed record, as other tools' indexers write it). One pass over the
    member for all of them, in order: no read from its start per line."""
    pending = sorted(spans, key=lambda s: s.at)
    try:
        with open_member(c.zf, member) as f:
            pos, last_at, last = 0, 0, b""  # the last tail read: lines for one record end inside it
            for span in pending:
                if span.at < pos:
                    tail = last[span.at - last_at:span.at - last_at + span.missing]
                else:
                    while pos < span.at:
                        got = len(f.read(min(span.at - pos, 1 << 20)))
                        if not got:
                            break
                        pos += got
                    last_at, last = pos, f.read(span.missing) if pos == span.at else b""
                    pos += len(last)
                    tail = last
                if len(tail) != span.missing or tail.strip(b"\r\n"):
                    c.fail(span.message, span.index, CODE)
    except ZIP_READ_ERRORS as exc:
        for span in pending:
            c.fail(f"{span.message} ({member} could not be read to check the rest: {exc})", span.index, CODE)
