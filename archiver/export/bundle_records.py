"""Stages 5 and 6 of a bundle check: the WARC records the log names, and re-extraction from them.

Each record is read in place from the zip and checked by its sha256 block and payload digests
against the entry naming it; the logged extraction is then reproduced from the archived bytes
(and a mismatch under other extractor versions is reported as not concluded, not as tampering).
"""

from __future__ import annotations

import functools
import hashlib
import zipfile
from pathlib import Path
from typing import Any

from archiver.capture.record_heads import head_problems, read_head
from archiver.capture.warc import StoredRecord, TornTail, entity_body, iter_records, record_payload
from archiver.core.limits import open_member
from archiver.core.mime import effective_content_type, revisit_fields
from archiver.core.page_states import NO_TEXT_STATES
from archiver.export.bundle_report import Checker
from archiver.export.bundle_zip import ZIP_READ_ERRORS


def load_records(c: Checker) -> None:
    """Read every record of the bundle's WARC members into ``c.records`` (by id) and ``c.places``.

    A record id met twice is a problem, in a bundle of ours (tampering) as in another tool's
    (read "last wins" before, so which copy was checked was an accident): replay tools look
    records up by id too (a revisit's ``WARC-Refers-To``) and show whichever copy they met, so a
    record added under the id of a captured response could stand in for it while the log's
    digests were checked against the other copy.
    """
    for name in c.parseable("archive/"):  # not one datapackage.json leaves out
        # read in place from the zip (no temporary copy); the name is only for messages
        for item in iter_records(Path(Path(name).name), opener=functools.partial(open_member, c.zf, name),
                                 size=c.zf.getinfo(name).file_size):
            if isinstance(item, TornTail):
                c.fail(f"{name}: damaged WARC data at byte {item.offset} ({item.reason})", name)
                break
            for p in item.problems():
                c.fail(f"{name}: {p}", name)
            foreign = foreign_block_digest_problem(item)
            if foreign:  # the other tool's claim was already wrong when imported; our log holds these bytes
                c.warn(f"{name}: {foreign}", name, "W_FOREIGN_DIGEST")
            c.places[(name, item.offset)] = item
            if item.record_id in c.records:  # ours or another tool's: never merged silently
                first = c.records[item.record_id][0]
                c.fail(f"{name}: record {item.record_id} appears twice in the bundle (also in {first}): "
                       "a replay tool may show either copy, so neither can be trusted", name)
                continue  # the first copy stays the one the checks read; the bundle has failed
            c.records[item.record_id] = (name, item)

def check_record(c: Checker, seq: int, rec: dict[str, Any], ip: tuple[str | None] | None = None) -> StoredRecord | None:
    """The bundle's record the log entry ``seq`` lists as ``rec``, when its digests and header
    lines (:mod:`archiver.capture.record_heads`; ``ip``: a capture's final response, with the
    logged address) are the logged ones; else ``None`` (the failure noted)."""
    rid = rec.get("record_id")
    found = c.records.get(rid) if isinstance(rid, str) else None
    if found is None:
        c.fail(f"WARC record {rid} named by log entry {seq} is missing from the bundle",
               logged_member(rec) or "archive/")
        return None
    name, stored = found
    c.records_checked += 1
    written_to = logged_member(rec)
    if written_to is not None and name != written_to:
        c.fail(f"{name}: record {rid} is in this file, but log entry {seq} says it was written to "
               f"{Path(str(rec['warc'])).name} (moved between the bundle's WARC files?)", name)
        return None
    if rec.get("block_digest") and stored.block_digest != rec["block_digest"]:
        c.fail(f"{name}: record {rid} was altered: block sha256 {stored.block_digest}, log entry {seq} "
                  f"says {rec['block_digest']}", name)
        return None
    if (rec.get("payload_digest") and stored.payload_digest
            and not stored.payload_is(rec["payload_digest"])):  # before 2026-11-30's computation too
        c.fail(f"{name}: record {rid} payload sha256 {stored.payload_digest}, log entry {seq} says "
                  f"{rec['payload_digest']}", name)
        return None
    problems = head_problems(_head(c, name, stored.offset), rec, ip=ip[0] if ip else None, check_ip=ip is not None)
    for problem in problems:
        c.fail(f"{name}: {problem} (log entry {seq})", name)
    member = None if problems else _member_problem(c, name, stored, seq, rec)
    if member:
        c.fail(f"{name}: {member}", name)
    return None if problems or member else stored


def _member_problem(c: Checker, name: str, stored: StoredRecord, seq: int, rec: dict[str, Any]) -> str | None:
    """What is wrong with the bytes the record lies in, held to the logged ``member_sha256``
    (the sha256 of its gzip member as written; None in the log: an entry from before it, an
    uncompressed file, an import of another layout, and nothing to hold).

    Export copies records byte for byte, so in a bundle the member is the logged one. The record
    inside may read intact while the member is not (a gzip comment, file name or extra field in
    its header, another deflate, the file stored uncompressed): bytes nobody logged, which a gzip
    reader shows, in a bundle that verified. The store's own evidence check accepts a member
    re-compressed in place as ``present`` (the record is the evidence there); a bundle is what
    a third party is given, and carries only what was written."""
    logged = rec.get("member_sha256")
    if not isinstance(logged, str):
        return None
    if name not in c.member_digests:
        try:
            c.member_digests[name] = _member_digests(c, name)
        except ZIP_READ_ERRORS as exc:
            return f"the gzip member of record {stored.record_id} cannot be read ({exc}) (log entry {seq})"
    got = c.member_digests[name].get(stored.offset)
    if got == logged:
        return None
    return (f"record {stored.record_id} reads intact, but its gzip member ({stored.length} bytes at "
            f"{stored.offset}) hashes to {got or 'nothing (cut short)'}, not the one log entry {seq} names "
            f"({logged}): it was re-compressed, stored uncompressed or given gzip header fields (a comment, a "
            "name, extra data) after it was written")


def _member_digests(c: Checker, name: str) -> dict[int, str]:
    """The sha256 label of each record's bytes as stored in the WARC member ``name``, by offset:
    the member read once, in order (records lie back to back), in bounded chunks."""
    spans = sorted((offset, rec.length) for (member, offset), rec in c.places.items() if member == name)
    out: dict[int, str] = {}
    with c.zf.open(name) as f:
        pos = 0
        for offset, length in spans:
            if offset < pos:  # (records do not overlap; a place read twice is not hashed twice)
                continue
            while pos < offset:  # bytes between records: a failed check says where, not this
                skipped = len(f.read(min(offset - pos, 1 << 20)))
                if not skipped:
                    return out
                pos += skipped
            digest, left = hashlib.sha256(), length
            while left > 0:
                chunk = f.read(min(left, 1 << 20))
                if not chunk:
                    return out
                digest.update(chunk)
                left -= len(chunk)
            pos += length
            out[offset] = "sha256:" + digest.hexdigest()
    return out


def logged_member(rec: dict[str, Any]) -> str | None:
    """The bundle member a logged record must be in: ``archive/`` and the name of the store's
    WARC file its entry says it was written to (export keeps each file's name, one member per
    file); None when the entry names no file.

    Only the file is held: the entry's ``offset`` is the record's place in the store's file,
    and export copies only the chosen captures' records, so in the bundle's copy of the file
    the record may start elsewhere (the replay index, checked against the bundle's own bytes,
    says where)."""
    warc = rec.get("warc")
    return f"archive/{Path(warc).name}" if isinstance(warc, str) and warc else None


def _head(c: Checker, name: str, offset: int) -> bytes | None:
    """The WARC header block of the record at ``offset`` of the bundle's WARC member ``name``,
    as stored (read in place: a seek and one bounded read)."""
    try:
        with c.zf.open(name) as f:
            def read_at(at: int, n: int) -> bytes:
                f.seek(at)
                data: bytes = f.read(n)
                return data
            return read_head(read_at, offset)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):  # a damaged member: the head cannot be read
        return None

def check_extraction(c: Checker, seq: int, data: dict[str, Any], response: StoredRecord | None,
                     url: str | None, *, revisit: StoredRecord | None = None) -> str | None:
    ext = c.records.get(str(data.get("record_id")))
    if ext is None:
        c.fail(f"extraction record {data.get('record_id')} of log entry {seq} is missing", "archive/")
        return None
    name, record = ext
    if data.get("extraction_sha256") and record.block_digest != data["extraction_sha256"]:
        c.fail(f"{name}: extraction record of entry {seq} was altered", name)
    if data.get("source_record_id"):  # extracted from another record (a browser capture's rendered DOM)
        source = c.records.get(str(data["source_record_id"]))
        if source is None:
            c.fail(f"record {data['source_record_id']} that entry {seq}'s text was extracted from is missing",
                   "archive/")
            return None
        response = source[1]
    if response is None:
        return None
    from archiver.errors import ArchiverError
    from archiver.extract import extract, extractor_versions, no_text

    try:
        headers, body = entity_body(response)  # within the record and inflate limits
        if revisit is not None and revisit.rec_type == "revisit":  # (an imported revisit: ``response`` holds its bytes)
            headers = revisit_fields(headers, record_payload(revisit)[0])
        content_type = effective_content_type(headers, body)
        # a body no browser shows as text is decided again from its bytes: no text (``no_text``, sec59)
        article = no_text(content_type, body) or extract(body, url=url, content_type=content_type)
    except ArchiverError as exc:
        c.warn(f"entry {seq}: re-extraction failed here ({exc.diagnostics()})", name, "W_INCOMPLETE")
        return None
    c.extractions_checked += 1
    now, then = extractor_versions(), data.get("extractor") or {}
    none = article.page_state if article.page_state in NO_TEXT_STATES and not article.text else None
    if article.text_sha256 == data.get("text_sha256") and none == data.get("no_text"):
        c.articles[seq] = article
        if now != then:
            c.warn(f"entry {seq}: re-extraction reproduces the logged text although extractor versions "
                      f"differ ({_diff(then, now)})", name, "W_VERSIONS")
        return article.text_sha256
    if now != then:
        c.warn(f"entry {seq}: re-extraction gives {article.text_sha256}, the log says "
                  f"{data.get('text_sha256')}, but the extractor versions differ ({_diff(then, now)}): "
                  "install the logged versions to judge", name, "W_INCOMPLETE")
        return None
    gives = f"no text a browser shows ({none})" if none else f"text {article.text_sha256}"
    c.fail(f"entry {seq}: re-extraction from the archived bytes gives {gives}, the log says "
           f"{data.get('text_sha256')}{_no_text_said(data)} with the same extractor versions", name)
    return None


def shown_no_text(response: StoredRecord | None, revisit: StoredRecord | None = None) -> str | None:
    """Why a browser shows no text of a capture's response as this bundle holds it (``download``,
    ``not_shown``: :func:`archiver.core.readable.no_text_state`), decided from its head and first
    bytes; None when it shows a page, a PDF or a text. Raises
    :class:`~archiver.errors.ArchiverError` when the body cannot be read within the limits.

    What a quote verification logged as made on no text (``logged_text_not_shown``, sec60) is held
    to: verify-quote decided it from the same bytes."""
    from archiver.core.readable import DECIDING_BYTES, no_text_state

    if response is None:
        return None
    headers, body = entity_body(response)
    if revisit is not None and revisit.rec_type == "revisit":  # (an imported revisit: ``response`` holds its bytes)
        headers = revisit_fields(headers, record_payload(revisit)[0])
    head = body[:DECIDING_BYTES]
    return no_text_state(effective_content_type(headers, head), head)


def _no_text_said(data: dict[str, Any]) -> str:
    """", no text (download)": what an entry logging no text says, beside its empty text's digest."""
    return f", no text ({data['no_text']})" if data.get("no_text") is not None else ""


def foreign_block_digest_problem(rec: StoredRecord) -> str | None:
    """Check a WARC-Block-Digest in another algorithm (sha1 base32 as warcio/Heritrix write).

    Our reader checks sha256 digests; imported records carry their tool's own. The block digest
    is unambiguous (the whole block), so it is checked too; a payload digest in another
    algorithm is not (tools disagree on chunked bodies).
    """
    import base64
    import hashlib

    stated = rec.header("WARC-Block-Digest")
    if not stated or stated.startswith("sha256:") or ":" not in stated:
        return None
    alg, _, value = stated.partition(":")
    try:
        h = rec.foreign_block_digest if rec.oversize else hashlib.new(alg.lower().replace("-", ""), rec.block).digest()
    except ValueError:
        return None  # an algorithm we do not know: nothing to say
    if h is None:
        return None  # an oversize record in an algorithm we could not stream
    if value.lower() in (h.hex(), base64.b32encode(h).decode().lower()):
        return None
    return f"record {rec.record_id} block digest is not the {alg} its header states ({stated})"


def _diff(then: dict[str, Any], now: dict[str, Any]) -> str:
    keys = sorted(set(then) | set(now))
    return "; ".join(f"{k}: logged {then.get(k, '-')}, here {now.get(k, '-')}" for k in keys
                     if then.get(k) != now.get(k))
