"""Import WARC or WACZ files made elsewhere (Wayback, Perma, Webrecorder, wget, warcio).

The foreign bytes are copied into the store *unchanged* (never rewritten: their digests, often
sha1, are the other tool's claim and stay checkable). For each HTML or PDF response we write,
in this process's own WARC file, an extraction record and a capture manifest with
``"origin": "imported"`` and the source file's sha256, so ``reindex`` rebuilds them like any
capture; the manifests list the foreign records with *our* sha256 digests of them. One
``import`` log entry names the file, its sha256 and every capture it yielded (with those record
digests), and each extraction is logged against it. Every output for such a capture says it was
imported: we did not see the server, so we prove only what was imported and when.
"""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rfc8785

from archiver.archive import IMPORT_LISTING_TYPE, metadata_sha256
from archiver.capture.records import (
    MANIFEST_TYPE,
    MANIFEST_VERSION,
    CaptureResult,
    extraction_spec,
    manifest_spec,
    software_versions,
    written_with_warc,
)
from archiver.capture.warc import (
    RecordSpec,
    StoredRecord,
    TornTail,
    entity_body,
    header_value,
    iter_records,
    parse_http_head,
    record_payload,
    split_http_message,
    warc_date,
)
from archiver.core.digests import sha256_label
from archiver.core.limits import check_zip, open_member, read_member
from archiver.errors import ArchiverError, LimitExceededError, UsageError
from archiver.export.bundle_verify import (
    damaged_members,
    foreign_block_digest_problem,
    refuse_duplicate_members,
)
from archiver.store.index import CaptureRow

WARC_SUFFIXES = (".warc", ".warc.gz")
#: What a capture id from another archiver store may look like (Crockford base32, short).
_ID_RE = re.compile(r"[0-9abcdefghjkmnpqrstvwxyz]{10,32}")


@dataclass(frozen=True)
class ImportResult:
    source: str
    sha256: str
    format: str
    warcs: tuple[str, ...]
    captures: tuple[dict[str, Any], ...]
    skipped_responses: int
    log_seq: int | None
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "sha256": self.sha256, "format": self.format, "origin": "imported",
                "warcs": list(self.warcs), "captures": list(self.captures),
                "skipped_responses": self.skipped_responses, "log_seq": self.log_seq,
                "warnings": list(self.warnings)}


def _file_sha256(path: Path) -> str:
    from archiver.capture.warc import file_sha256

    return file_sha256(path)


def _copy_in(archive: Any, name: str, reader: Any) -> str:
    """Copy a WARC stream into the store under ``name`` byte for byte; returns its store name."""
    store_name, f = archive.storage.new_file(name)
    try:
        with f:
            while chunk := reader.read(1 << 20):
                f.write(chunk)
            f.flush()
            import os

            os.fsync(f.fileno())
    except BaseException:  # a member over its limit, a full disk: leave no partial copy
        archive.storage.local_path(store_name).unlink(missing_ok=True)
        raise
    return store_name


def _safe(name: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-._" else "_" for ch in name)
    return keep.lstrip(".") or "file.warc"


def _status(block: bytes) -> int | None:
    try:
        first, _ = parse_http_head(split_http_message(block)[0])
        return int(first.split(" ", 2)[1])
    except (ValueError, IndexError, ArchiverError):
        return None


def import_file(archive: Any, path: Path) -> ImportResult:
    """Import ``path`` (a WARC, WARC.gz or WACZ) into the store; see the module docstring.

    Raises:
        UsageError: the file is missing, not a WARC/WACZ, or was imported before (nothing done).
        KeyMissingError: the log cannot be appended to (nothing done).
    """
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    sha = _file_sha256(path)
    is_wacz = zipfile.is_zipfile(path)
    if not is_wacz and not path.name.endswith(WARC_SUFFIXES):
        raise UsageError(f"{path.name}: not a WARC (.warc, .warc.gz) or WACZ file")
    archive.ensure_writable()
    for entry in archive.log.entries("import"):
        if entry.data.get("sha256") == sha:
            raise UsageError(f"{path.name} was already imported (log entry {entry.seq}); nothing done")

    warnings: list[str] = []
    stem = f"imported-{sha[7:19]}-"
    copied: list[str] = []
    page_urls: list[str] = []
    try:
        records = _copy_and_read(archive, path, is_wacz, stem, copied, warnings, page_urls)
    except BaseException:  # refused or failed before anything was logged: leave nothing copied
        _remove(archive, copied)
        raise
    return _make_captures(archive, path, sha, "wacz" if is_wacz else "warc", copied, records, warnings,
                          page_urls)


def _wacz_page_urls(z: zipfile.ZipFile) -> list[str]:
    """The page URLs a WACZ's pages/pages.jsonl lists (its first line is a header, not a page)."""
    try:
        raw = read_member(z, "pages/pages.jsonl")
    except KeyError:
        return []
    urls = []
    for line in raw.decode("utf-8", errors="replace").splitlines():
        try:
            page = json.loads(line)
        except ValueError:
            continue
        if isinstance(page, dict) and isinstance(page.get("url"), str) and "format" not in page:
            urls.append(page["url"])
    return urls


def _copy_and_read(archive: Any, path: Path, is_wacz: bool, stem: str, copied: list[str],
                   warnings: list[str], page_urls: list[str]) -> list[tuple[str, StoredRecord]]:
    """Copy the file (or the WACZ's WARCs) into the store and read its records back.

    ``page_urls`` receives the pages a WACZ's pages/pages.jsonl lists, to check none is lost.
    """
    if is_wacz:
        with zipfile.ZipFile(path) as z:
            refuse_duplicate_members(z, path.name)  # before anything is copied into the store
            check_zip(z)
            members = [n for n in z.namelist() if n.startswith("archive/") and n.endswith(WARC_SUFFIXES)]
            if not members:
                raise UsageError(f"{path.name}: a zip without archive/*.warc(.gz): not a WACZ")
            damaged = damaged_members(z)
            if damaged:
                name, reason = damaged[0]
                raise UsageError(f"{path.name}: damaged zip, {name} cannot be read ({reason}); nothing imported")
            warnings += _check_wacz_hashes(z)
            page_urls += _wacz_page_urls(z)
            for m in members:
                with open_member(z, m) as src:
                    copied.append(_copy_in(archive, stem + _safe(Path(m).name), src))
    else:
        with open(path, "rb") as src:
            copied.append(_copy_in(archive, stem + _safe(path.name), src))

    records: list[tuple[str, StoredRecord]] = []
    for name in copied:
        for item in iter_records(archive.storage.local_path(name)):
            if isinstance(item, TornTail):
                warnings.append(f"{name}: damaged data at byte {item.offset} ({item.reason}); the rest is not read")
                break
            warnings += [f"{name}: {p}" for p in item.problems()]
            foreign = foreign_block_digest_problem(item)
            if foreign:
                warnings.append(f"{name}: {foreign} (imported as it is)")
            records.append((name, item))
    if not any(r.rec_type in ("response", "request", "resource", "revisit") for _, r in records):
        raise UsageError(f"{path.name}: no WARC records could be read from it")  # the caller removes the copies
    clash = _record_id_clash(archive, records)
    if clash:  # the caller removes the copies
        raise UsageError(f"{path.name}: {clash}; nothing imported (record ids must be unique in a store)")
    return records


def _remove(archive: Any, copied: list[str]) -> None:
    """Delete the files this import copied in (it is being refused: nothing stays behind)."""
    for name in copied:
        archive.storage.local_path(name).unlink(missing_ok=True)


def _record_id_clash(archive: Any, records: list[tuple[str, StoredRecord]]) -> str | None:
    """Why the file's WARC-Record-IDs cannot join this store, or None.

    Record ids name evidence (manifests, the log and exported bundles cite them), so an
    imported file may not bring a second record under an id the store already has, e.g. a
    forged copy of one of the user's own extraction records built from a published bundle.
    """
    seen: set[str] = set()
    for _, rec in records:
        if rec.record_id in seen:
            return f"record id {rec.record_id} appears twice in the file"
        seen.add(rec.record_id)
    taken = archive.index.taken_record_ids(seen)
    if taken:
        return f"record id {taken[0]} is already in this store ({len(taken)} records clash)"
    return None


def _check_wacz_hashes(z: zipfile.ZipFile) -> list[str]:
    """The WACZ's own claims about its files: a mismatch is reported, the import goes on."""
    try:
        package = json.loads(read_member(z, "datapackage.json"))
    except (KeyError, ValueError):
        return ["the WACZ has no readable datapackage.json: its file hashes could not be checked"]
    out = []
    for res in package.get("resources") or []:
        p, h = res.get("path"), res.get("hash")
        if not (isinstance(p, str) and isinstance(h, str) and h.startswith("sha256:")):
            continue
        try:
            if _member_sha256(z, p) != h:
                out.append(f"{p} does not match its sha256 in the WACZ's datapackage.json")
        except KeyError:
            out.append(f"{p} is listed in the WACZ's datapackage.json but missing")
    return out


def _member_sha256(z: zipfile.ZipFile, name: str) -> str:
    """sha256 of a zip member, streamed within the member limits."""
    import hashlib

    h = hashlib.sha256()
    with open_member(z, name) as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return "sha256:" + h.hexdigest()


def _record_dict(name: str, rec: StoredRecord) -> dict[str, Any]:
    block_digest, payload_digest = rec.block_digest, rec.payload_sha256  # streamed over the whole block
    return {"record_id": rec.record_id, "type": rec.rec_type, "target_uri": rec.target_uri, "warc": name,
            "offset": rec.offset, "length": rec.length, "block_digest": block_digest,
            "payload_digest": payload_digest}


def _when(rec: StoredRecord, archive: Any) -> Any:
    import datetime as dt

    try:
        return dt.datetime.fromisoformat((rec.date or "").replace("Z", "+00:00")).astimezone(dt.UTC)
    except ValueError:
        return archive.clock.now()


def _requests_by_response(records: list[tuple[str, StoredRecord]]) -> dict[str, tuple[str, StoredRecord]]:
    """Pair each response with its request, each request used once.

    WARC-Concurrent-To may sit on either record (wget puts it on the response, warcio users on
    the request); otherwise the nearest earlier unused request for the same URI is taken.
    """
    by_id = {rec.record_id: (name, rec) for name, rec in records if rec.rec_type == "request"}
    pairs: dict[str, tuple[str, StoredRecord]] = {}
    used: set[str] = set()
    for name, rec in records:
        if rec.rec_type == "request" and rec.header("WARC-Concurrent-To"):
            pairs[rec.header("WARC-Concurrent-To") or ""] = (name, rec)
            used.add(rec.record_id)
    for _, rec in records:
        to = rec.header("WARC-Concurrent-To") if rec.rec_type == "response" else None
        if to in by_id and to not in used and rec.record_id not in pairs:
            pairs[rec.record_id] = by_id[to]
            used.add(to)
    pending: dict[str | None, list[tuple[str, StoredRecord]]] = {}
    for name, rec in records:
        if rec.rec_type == "request" and rec.record_id not in used:
            pending.setdefault(rec.target_uri, []).append((name, rec))
        elif rec.rec_type == "response" and rec.record_id not in pairs and pending.get(rec.target_uri):
            pairs[rec.record_id] = pending[rec.target_uri].pop()
    return pairs


def _original_ids(records: list[tuple[str, StoredRecord]]) -> dict[str, str]:
    """Capture ids a bundle exported by archiver gave its captures: response record id -> id.

    Only a *name* is taken from the foreign manifest (so a colleague's footnote can be looked
    up); its claims (records, extraction, dates) are never trusted: we extract and list anew.
    """
    out: dict[str, str] = {}
    for _, rec in records:
        if rec.rec_type != "metadata" or not (rec.header("Content-Type") or "").startswith(MANIFEST_TYPE):
            continue
        try:
            manifest = json.loads(rec.block)
            cid, response_id = manifest["capture_id"], manifest["hops"][-1]["response_record_id"]
        except (ValueError, KeyError, IndexError, TypeError):
            continue
        if isinstance(cid, str) and isinstance(response_id, str) and _ID_RE.fullmatch(cid):
            out[response_id] = cid
    return out


def imported_row(row: CaptureRow, original: str | None, revisit_of: dict[str, Any] | None = None) -> CaptureRow:
    """An imported capture's index row, remembering the id it had in the store it came from and,
    for a revisit, the earlier record whose payload it is (so re-reading its text finds the bytes)."""
    detail = dict(row.detail)
    if original:
        detail["original_capture_id"] = original
    if revisit_of:
        detail["revisit_of"] = revisit_of
    return dataclasses.replace(row, detail=detail)


def _is_web(uri: str | None) -> bool:
    return (uri or "").startswith(("http://", "https://"))


@dataclass(frozen=True)
class _Page:
    """One page an imported file holds: the record that dates it and the record holding its bytes.

    For a response or a resource record both are the record itself; for a revisit the bytes
    are those of the earlier record it refers to (the other tool stored them only once).
    """

    name: str
    rec: StoredRecord
    source: tuple[str, StoredRecord]

    @property
    def is_revisit(self) -> bool:
        return self.rec.rec_type == "revisit"


def _pages(records: list[tuple[str, StoredRecord]], warnings: list[str]) -> list[_Page]:
    """Every page in the file, in file order: responses, resources and resolvable revisits.

    ``urn:`` records (browsertrix's ``urn:pageinfo:``/``urn:text:``, our own metadata) are the
    other tool's notes, kept in the store but not pages. A revisit whose earlier record is not
    in the file cannot be read: it is kept, and the warning says so.
    """
    holders = [(n, r) for n, r in records if r.rec_type in ("response", "resource") and _is_web(r.target_uri)]
    by_id = {r.record_id: (n, r) for n, r in holders}
    out = []
    for name, rec in records:
        if not _is_web(rec.target_uri):
            continue
        if rec.rec_type in ("response", "resource"):
            out.append(_Page(name, rec, (name, rec)))
        elif rec.rec_type == "revisit":
            found, why = _resolve_revisit(rec, by_id, holders)
            if found is None:
                warnings.append(f"{name}: revisit record {rec.record_id} of {rec.target_uri} ({rec.date}) {why}; "
                                "it is kept in the store but is not a capture")
                continue
            out.append(_Page(name, rec, found))
    return out


def _parse_date(value: str | None) -> Any:
    """A WARC date as an aware datetime (a date without zone is UTC, as WARC dates are), or None."""
    import datetime as dt

    try:
        when = dt.datetime.fromisoformat((value or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _resolve_revisit(rec: StoredRecord, by_id: dict[str, tuple[str, StoredRecord]],
                     holders: list[tuple[str, StoredRecord]]) -> tuple[tuple[str, StoredRecord] | None, str]:
    """The earlier record a revisit's payload is in, found as the WARC 1.1 spec links them.

    By ``WARC-Refers-To`` when given; else (Heritrix, Wayback) by ``WARC-Refers-To-Target-URI``
    and ``WARC-Refers-To-Date``, else the latest earlier record of the URI with the same payload
    digest. The found record's payload must match the revisit's ``WARC-Payload-Digest``.
    """
    digest = rec.header("WARC-Payload-Digest")
    ref = rec.header("WARC-Refers-To")
    if ref:
        found = by_id.get(ref)
        if found is None:
            return None, f"refers to record {ref}, which is not in this file"
    else:
        uri = rec.header("WARC-Refers-To-Target-URI") or rec.target_uri
        when, then = _parse_date(rec.header("WARC-Refers-To-Date")), _parse_date(rec.date)
        candidates = [(n, r) for n, r in holders if r.target_uri == uri
                      and (when is None or _parse_date(r.date) == when)
                      and (then is None or (_parse_date(r.date) or then) <= then)
                      and (not digest or _payload_matches(digest, r))]
        if not candidates:
            return None, (f"refers to {uri} at {rec.header('WARC-Refers-To-Date') or 'an earlier time'}, "
                          "which is not in this file")
        found = candidates[-1]
    if digest and not _payload_matches(digest, found[1]):
        return None, f"states payload digest {digest}, which the record it refers to ({found[1].record_id}) does not have"
    return found, ""


def _payload_matches(label: str, rec: StoredRecord) -> bool:
    """Whether ``rec``'s payload has digest ``label`` (any hashlib algorithm, hex or base32).

    The referring tool may have hashed a chunked body with or without its framing: either counts.
    """
    import base64
    import hashlib

    if (rec.header("WARC-Payload-Digest") or "").lower() == label.lower():
        return True
    alg, _, value = label.partition(":")
    try:
        hashers = [hashlib.new(alg.lower().replace("-", ""))]
    except ValueError:
        return False  # an algorithm we do not know: only the stated labels can be compared
    _, payload = record_payload(rec)
    framed = split_http_message(rec.block)[1] if rec.rec_type != "resource" else payload
    for data in {payload, framed}:
        h = hashers[0].copy()
        h.update(data)
        if value.strip().lower() in (h.hexdigest(), base64.b32encode(h.digest()).decode().lower()):
            return True
    return False


def _content_type(rec: StoredRecord, headers: list[tuple[str, str]]) -> str | None:
    """The page's media type: a revisit's own HTTP head says it, else the record holding the bytes."""
    if rec.rec_type == "revisit":
        own = header_value(parse_http_head(split_http_message(rec.block)[0])[1], "Content-Type")
        if own:
            return own
    return header_value(headers, "Content-Type")


def _revisit_dict(page: _Page) -> dict[str, Any] | None:
    """For a revisit capture: the earlier record its payload is read from, with our digests of it."""
    if not page.is_revisit:
        return None
    return {**_record_dict(*page.source), "profile": page.rec.header("WARC-Profile")}


def _make_captures(archive: Any, path: Path, sha: str, fmt: str, copied: list[str],
                   records: list[tuple[str, StoredRecord]], warnings: list[str],
                   page_urls: list[str] | None = None) -> ImportResult:
    requests = _requests_by_response(records)
    originals = _original_ids(records)
    taken: set[str] = set()
    writer = archive.warc_writer()
    made: list[dict[str, Any]] = []
    pending: list[tuple[CaptureResult, str | None, bytes | None, dict[str, Any] | None, str | None,
                        dict[str, Any] | None]] = []
    skipped = 0
    for page in _pages(records, warnings):
        name, rec = page.name, page.rec
        _, src = page.source
        headers, payload = record_payload(src)
        content_type = _content_type(rec, headers)
        limit_error = None
        try:
            body = entity_body(src)[1]
        except LimitExceededError as exc:  # kept as evidence, not extracted: say so on the capture
            body, limit_error = b"", exc.diagnostics()
        except ArchiverError:
            body = payload
        status = _status(rec.block) if rec.rec_type != "resource" else None
        if not archive.is_extractable(content_type, payload if limit_error else body):  # sniff the head
            skipped += 1
            continue
        when = _when(rec, archive)
        original = originals.get(rec.record_id)
        capture_id = archive.new_capture_id(when, prefer=original, taken=taken)
        taken.add(capture_id)
        date = warc_date(when)
        url = rec.target_uri
        req = requests.get(rec.record_id)
        recs = ([_record_dict(*req)] if req else []) + [_record_dict(name, rec)]
        article_dict = article_bytes = None
        extraction_error = limit_error
        try:
            if limit_error is not None:
                raise LimitExceededError(limit_error)
            article = archive.extract(body, url=url, content_type=content_type)
            article_dict, article_bytes = article.to_dict(), article.to_json_bytes()
        except ArchiverError as exc:
            extraction_error = exc.diagnostics()
        except Exception as exc:  # noqa: BLE001 - a page that breaks the extractor is still imported
            extraction_error = f"extraction failed: {type(exc).__name__}: {exc}"
        extraction_id = None
        if article_bytes is not None:
            extraction_id = archive.ids.record_id()
            ext_warc, ext_written = writer.write([extraction_spec(url=url, date=date, record_id=extraction_id,
                                                                  refers_to=rec.record_id, body=article_bytes)])
            recs += written_with_warc(ext_warc, ext_written)
        ip = rec.header("WARC-IP-Address")
        manifest = {
            "v": MANIFEST_VERSION, "capture_id": capture_id, "requested_url": url, "final_url": url,
            "http_status": status, "capture_time": date,
            "hops": [{"url": url, "status": status, "ip": ip, "truncated": src.header("WARC-Truncated") is not None,
                      "request_record_id": req[1].record_id if req else None,
                      "response_record_id": rec.record_id, "tls_record_id": None}],
            "extraction_record_id": extraction_id, "extraction_error": extraction_error,
            "records": list(recs), "options": {},
            "software": software_versions(), "origin": "imported", "source_file": path.name,
            "source_sha256": sha,
        }
        if original:
            manifest["original_capture_id"] = original
        revisit_of = _revisit_dict(page)
        if revisit_of:
            manifest["revisit_of"] = revisit_of
        man_warc, man_written = writer.write([manifest_spec(url=url, date=date, record_id=archive.ids.record_id(),
                                                            manifest=manifest)])
        recs += written_with_warc(man_warc, man_written)
        payload_digest = src.payload_sha256
        result = CaptureResult(
            url=url, capture_id=capture_id, final_url=url, status=status, reason=None, content_type=content_type,
            capture_time=date, warc=name, ip=ip, truncated=src.header("WARC-Truncated") is not None,
            hops=[{"url": url, "status": status, "ip": ip, "truncated": False}], records=recs,
            response_record_id=rec.record_id, payload_digest=payload_digest, tls=None,
            article=article_dict, extraction_error=extraction_error, origin="imported",
        )
        pending.append((result, original, article_bytes, article_dict, extraction_id, revisit_of))
        made.append({"capture_id": capture_id, "original_capture_id": original, "url": url, "http_status": status,
                     "capture_time": date, "ip": ip, "record_type": rec.rec_type,
                     "response_record_id": rec.record_id, "payload_digest": payload_digest,
                     "revisit_of": revisit_of, "records": recs})
    got = {m["url"] for m in made}
    warnings += [f"pages/pages.jsonl lists {u}, but no readable HTML or PDF page for it is in the WACZ; "
                 "nothing was made of it" for u in dict.fromkeys(page_urls or []) if u not in got]
    # Every foreign record is accounted for, so reindex does not take the ones we made no
    # capture of (images, scripts, redirects) for the remains of an interrupted capture.
    listing = {"source": path.name, "sha256": sha, "warcs": copied,
               "record_ids": [r.record_id for _, r in records if r.record_id]}
    now = warc_date(archive.clock.now())
    writer.write([RecordSpec("metadata", None, now, archive.ids.record_id(), rfc8785.dumps(listing),
                             IMPORT_LISTING_TYPE, ())])
    entry = archive.append_event("import", {
        "source": path.name, "sha256": sha, "format": fmt,
        "warcs": [{"name": n, "sha256": _file_sha256(archive.storage.local_path(n))} for n in copied],
        "captures": made, "skipped_responses": skipped, "warnings": warnings,
        "software": {"archiver": software_versions()["archiver"]},
    })
    for name in copied:
        archive.index.add_foreign_records(name, [r.record_id for n, r in records if n == name and r.record_id])
    out = []
    for result, original, article_bytes, article_dict, extraction_id, revisit_of in pending:
        result.log_seq = entry.seq
        archive.index.add_capture(imported_row(archive.index_row(result), original, revisit_of), result.records)
        ext_seq = None
        if article_dict is not None and article_bytes is not None:
            ext = archive.append_event("extraction", {
                "capture_seq": entry.seq, "capture_id": result.capture_id, "record_id": extraction_id,
                "extractor": article_dict.get("extractor") or {}, "text_sha256": article_dict.get("text_sha256"),
                "metadata_sha256": metadata_sha256(article_dict), "extraction_sha256": sha256_label(article_bytes),
            })
            ext_seq = ext.seq
            archive.index.add_extraction(result.capture_id, record_id=extraction_id, log_seq=ext.seq,
                                         text_sha256=article_dict.get("text_sha256"), article=article_dict)
            archive.index_text(result.capture_id, article_dict)
        out.append({"capture_id": result.capture_id, "original_capture_id": original,
                    "url": result.url, "status": result.status,
                    "revisit_of": (revisit_of or {}).get("record_id"),
                    "capture_time": result.capture_time, "origin": "imported",
                    "title": (article_dict or {}).get("title"), "log_seq": entry.seq,
                    "extraction_log_seq": ext_seq, "extraction_error": result.extraction_error})
    return ImportResult(source=str(path), sha256=sha, format=fmt, warcs=tuple(copied), captures=tuple(out),
                        skipped_responses=skipped, log_seq=entry.seq, warnings=tuple(warnings))
