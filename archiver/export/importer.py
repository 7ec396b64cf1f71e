"""Import WARC or WACZ files made elsewhere (Wayback, Perma, Webrecorder, wget, warcio).

The foreign bytes are copied into the store *unchanged* (never rewritten: their digests, often
sha1, are the other tool's claim and stay checkable). For each HTML or PDF response we write,
in this process's own WARC file, an extraction record and a capture manifest with
``"origin": "imported"`` and the source file's sha256, so ``reindex`` rebuilds them like any
capture; the manifests list the foreign records with *our* sha256 digests of them. One
``import`` log entry names the file, its sha256 and every capture it yielded (with those record
digests), and each extraction is logged against it. Every output for such a capture says it was
imported: we did not see the server, so we prove only what was imported and when.

An archiver bundle (a WACZ with ``provenance/``) is first checked as ``verify-bundle`` checks it,
against the log keys this user trusts: one that fails is refused (exit 1), one signed by a key
not pinned is refused (exit 3), nothing copied; one that verifies keeps its capture ids, as ids
of the log that signed it (an id another log's bundle brought here first is refused). Each
capture such a bundle proves is made a capture whatever its media type (a plain-text file's words
read as ``archive`` reads them; an image has none), and what such a capture holds besides its page
(a redirect hop's response, a browser capture's subresources) stays a record of it; another file's
responses become captures only when they are HTML or PDF pages (a crawler's robots.txt, images and scripts stay records). No
other file's capture ids are taken (an archiver WARC, or a bundle stripped of its provenance,
is anyone's claim): its pages get ids of this store's own.

A page reached through redirects or refreshes is one capture whose hops run from the URL requested to the page, as
a native capture of that exchange records it (:mod:`archiver.export.import_chains` finds the chain); a record with
no date, or a revisit dated before what it revisits, is made no capture (a problem).

Why one file of ~1,410 lines: pairing foreign records, refusing forgeries and clashing ids,
deciding which pages the file itself vouches for (a record's stated digests, the WACZ's
datapackage.json: a page whose bytes they do not vouch for is kept but not extracted), and
handing drafts to the one commit path are one pass over one file; the commit itself lives in
:mod:`archiver.store.commit`, the chains in :mod:`archiver.export.import_chains`, the WACZ's index check in
:mod:`archiver.export.import_index`.
"""

from __future__ import annotations

import functools
import os
import re
import secrets
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from archiver.capture.fetch import public_url, same_url, wire_uri
from archiver.capture.manifest import MANIFEST_TYPE, Manifest, ManifestHop
from archiver.capture.record_heads import read_head
from archiver.capture.records import (
    IMPORT_COPY_PREFIX,
    IMPORT_LISTING_TYPE,
    INTERIM_TYPE,
    TRAILING_FIELD,
    TRAILING_TYPE,
    http_reason,
    software_versions,
)
from archiver.capture.warc import (
    RecordSpec,
    StoredRecord,
    TornTail,
    entity_decoded,
    holds_bytes_before_a_status_line,
    interim_statuses,
    iter_records,
    member_sha256_at,
    parse_http_head,
    record_cut,
    record_payload,
    redirects_away,
    split_http_message,
    warc_date,
)
from archiver.core.canonical import canonical_json
from archiver.core.clock import Clock
from archiver.core.digests import sha256_label
from archiver.core.files import check_user_file
from archiver.core.limits import check_zip, open_member, read_member
from archiver.core.mime import (
    REFUSED,
    declared_content_type,
    effective_content_type,
    revisit_fields,
)
from archiver.core.shown import escaped_line
from archiver.core.warc_dates import parse_warc_date
from archiver.errors import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_PROBLEM,
    ArchiverError,
    IncompleteCheckError,
    IntegrityError,
    LimitExceededError,
    MalformedBundleFile,
    MalformedInputError,
    MalformedManifestError,
    UsageError,
)
from archiver.export.bundle_json import (
    PACKAGE_FILE,
    PAGES_FILE,
    DataPackage,
    decode_package,
    decode_pages,
)
from archiver.export.bundle_records import foreign_block_digest_problem
from archiver.export.bundle_zip import refuse_unsound_zip
from archiver.export.import_chains import Held, hop_record_ids, linked_chains, proven_chains
from archiver.export.import_index import index_disagreements, index_members, read_index
from archiver.store.commit import (
    IMPORTED_LIMIT,
    CaptureDraft,
    CommitStore,
    StagedCapture,
    body_notes,
    index_captures,
    log_items,
    write_capture,
)
from archiver.store.index import IndexWriter
from archiver.store.storage import WarcStorage

WARC_SUFFIXES = (".warc", ".warc.gz")


class ImportIndex(IndexWriter, Protocol):
    """The index as an import uses it: record ids already taken, foreign records kept."""

    def taken_record_ids(self, record_ids: set[str]) -> list[str]: ...

    def add_foreign_records(self, warc: str, record_ids: list[str]) -> None: ...


class ImportStore(CommitStore, Protocol):
    """What an import needs from the store it imports into (:class:`archiver.archive.Archive`).

    Passed in, never imported: this module sits below the facade.
    """

    @property
    def index(self) -> ImportIndex: ...

    @property
    def storage(self) -> WarcStorage: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def log(self) -> Any: ...

    @property
    def key_dir(self) -> Path | None: ...

    def ensure_writable(self) -> None: ...

    def is_extractable(self, content_type: str | None, body: bytes, *, text: bool = False) -> bool: ...

    def new_capture_id(self, when: Any, *, prefer: str | None = None,
                       taken: frozenset[str] | set[str] = frozenset()) -> str: ...

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
    #: the corrections a bundle's log made of its captures (``archiver correct`` there), which the
    #: import does not apply: this log would vouch for them (:func:`_corrections_of`)
    corrections_not_applied: tuple[dict[str, Any], ...] = field(default=())
    #: the warnings (of :attr:`warnings`) that say a bundle's check was not concluded here
    #: (verify-bundle's ``W_INCOMPLETE``), not that something is wrong
    checks_not_concluded: tuple[str, ...] = field(default=())
    #: what is wrong with the file (damage, a digest it states that its bytes do not have, a WARC a
    #: WACZ does not list): ``problem:`` lines, exit 1. :attr:`warnings` only inform (a revisit whose
    #: record is in another file, a page kept with no text as ``archive`` keeps it): ``warning:``
    #: lines, exit 0, as ``export``'s. The log's import entry lists both under ``warnings``, as before.
    problems: tuple[str, ...] = field(default=())

    @property
    def exit_code(self) -> int:
        """The command's exit code, as verify-bundle's for the same findings (conventions): 1 when a
        problem was found with the file, else 3 when the bundle's check could not be concluded here,
        else 0, warnings or not. (Before sec56 any warning was 1, so a bundle verify-bundle called
        incomplete, exit 3, imported with exit 1; before cap59 any warning but those.)"""
        if self.problems:
            return EXIT_PROBLEM
        return EXIT_INCOMPLETE if self.checks_not_concluded else EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "sha256": self.sha256, "format": self.format, "origin": "imported",
                "warcs": list(self.warcs), "captures": list(self.captures),
                "skipped_responses": self.skipped_responses, "log_seq": self.log_seq,
                "warnings": list(self.warnings), "problems": list(self.problems),
                "corrections_not_applied": list(self.corrections_not_applied),
                "checks_not_concluded": list(self.checks_not_concluded)}


def _file_sha256(path: Path) -> str:
    from archiver.capture.warc import file_sha256

    return file_sha256(path)


def _copy_in(archive: ImportStore, name: str, reader: Any) -> str:
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


@dataclass(frozen=True)
class CheckedFile:
    """A file :func:`check_file` found importable as far as it can tell without the store: its
    sha256, whether it is a WACZ, whether it is an archiver bundle that verified here (its capture
    ids are kept), what that check could not conclude (warnings), and the file as it was then
    (``os.stat``: a file changed before its copy is refused, since the copy is not what was checked)."""

    path: Path
    sha: str
    is_wacz: bool
    vouched: bool
    warnings: tuple[str, ...]
    stat: tuple[int, int, int, int]
    #: the log that signed a bundle that verified (``{"origin", "key_fingerprint"}``): whose ids it keeps
    signer: dict[str, str] | None = None
    #: the corrections the bundle's log made of its captures, as the bundle proves them (not applied)
    corrections: tuple[dict[str, Any], ...] = ()
    #: bundle capture id -> the log whose id it is, where the bundle's proven import entry names
    #: one other than the signer (the signer had imported it, keeping it): ``{"origin", "key_fingerprint"}``
    id_logs: dict[str, dict[str, str]] = field(default_factory=dict)
    #: bundle capture id -> its capture time as the bundle's signed log states it (``show`` and
    #: ``cite`` there give it; a record's WARC-Date is when that record was written, a few
    #: milliseconds off, so the colleague's footnote and ours would name two times)
    capture_times: dict[str, str] = field(default_factory=dict)
    #: the bundle's check could not conclude these (``W_INCOMPLETE``; also in :attr:`warnings`)
    checks_not_concluded: tuple[str, ...] = ()

    def log_of(self, capture_id: str) -> dict[str, str] | None:
        """The log a kept capture id belongs to: the one the bundle's import entry names for it,
        else the bundle's signer (None: no bundle that verified)."""
        return self.id_logs.get(capture_id, self.signer) if self.signer is not None else None


def check_file(path: Path, key_dir: Path | None, *, new_store: Path | None = None) -> CheckedFile:
    """Every refusal of importing ``path`` that needs no store, made before a store is opened (so
    that a refused import creates nothing): the file is missing, not a file, not a WARC or WACZ;
    a WACZ damaged, read unlike by other readers, over its limits, without WARCs or with malformed
    JSON; an archiver bundle that does not verify against the keys this user trusts (``key_dir``).

    ``new_store``: the store the file goes into has no log yet (a folder to be created, or empty):
    the refusals that would otherwise be made after copying the file in are made here too, reading
    the file's records in place (no WARC record readable, a record id twice in the file; a store
    starts with no record ids of its own), and a log this machine's key recorded in that folder and
    that is gone (exit 3). Reading the records twice is the price of a first import, paid only then.

    Raises:
        UsageError, MalformedInputError: the file is refused as input (exit 2).
        IntegrityError: an archiver bundle that does not verify (exit 1).
        IncompleteCheckError: an archiver bundle signed by a log key this user has not pinned (exit 3).
        LogIdentityError: ``new_store``'s log is gone (exit 3).
    """
    path = Path(path)
    if not path.exists():
        raise UsageError(f"no such file: {path}")
    check_user_file(path, "file")  # a folder, FIFO or device: one line, exit 2
    st = path.stat()
    sha = _file_sha256(path)
    is_wacz = zipfile.is_zipfile(path)
    if not is_wacz and not path.name.endswith(WARC_SUFFIXES):
        raise UsageError(f"{path.name}: not a WARC (.warc, .warc.gz) or WACZ file")
    warnings: list[str] = []
    held: list[str] = []  # (what a bundle's check could not conclude)
    vouched = False
    signer = None
    corrections: tuple[dict[str, Any], ...] = ()
    id_logs: dict[str, dict[str, str]] = {}
    times: dict[str, str] = {}
    if is_wacz:
        with zipfile.ZipFile(path) as z:
            refuse_unsound_zip(path, z, names_only=True)  # before anything is copied into the store
            check_zip(z)
            members = _wacz_warcs(z, path)
            refuse_unsound_zip(path, z)  # damaged, or not read alike by every reader
            _wacz_json(z, path)
            if any(n.startswith("provenance/") for n in z.namelist()):  # a bundle of ours
                held, signer, corrections, id_logs, times = _hold_to_its_log(key_dir, path)
                warnings += held
                vouched = True
            if new_store is not None:
                _refuse_records(path, [(Path(Path(m).name), functools.partial(open_member, z, m),
                                        z.getinfo(m).file_size) for m in members])
    elif new_store is not None:
        _refuse_records(path, [(path, None, None)])
    if new_store is not None:
        from archiver.provenance.log_identity import refuse_new_log_where_one_is_gone

        refuse_new_log_where_one_is_gone(new_store / "provenance", key_dir)
    return CheckedFile(path, sha, is_wacz, vouched, tuple(warnings), _identity(st), signer, corrections, id_logs,
                       times, tuple(held))


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _wacz_warcs(z: zipfile.ZipFile, path: Path) -> list[str]:
    """A WACZ's WARC members (archive/*.warc(.gz)); a zip without any is no WACZ (exit 2)."""
    members = [n for n in z.namelist() if n.startswith("archive/") and n.endswith(WARC_SUFFIXES)]
    if not members:
        raise UsageError(f"{path.name}: a zip without archive/*.warc(.gz): not a WACZ")
    return members


def _refuse_records(path: Path, sources: list[tuple[Path, Any, int | None]]) -> None:
    """Refuse (exit 2) a file none of whose WARCs (``sources``: name, opener or None for the file
    itself, size) holds a readable response, request, resource or revisit record, or one that holds
    a record id twice, as :func:`_copy_and_read` refuses it after copying (read here in place)."""
    seen: set[str] = set()
    twice: str | None = None
    pages = False
    kinds: list[str] = []
    torn: TornTail | None = None
    for name, opener, size in sources:
        for item in iter_records(name, opener=opener, size=size):
            if isinstance(item, TornTail):
                torn = torn or item
                break
            pages = pages or item.rec_type in _PAGE_TYPES
            if item.rec_type not in kinds:
                kinds.append(item.rec_type)
            if item.record_id in seen and twice is None:
                twice = item.record_id
            seen.add(item.record_id)
    if not pages and kinds:
        # (said as it is since rvimp70: a file of metadata or conversion records alone was said to hold no
        # readable record, which sent its user looking for damage that was not there)
        raise UsageError(f"{path.name}: it holds no response, resource, request or revisit record (only "
                         f"{', '.join(escaped_line(k)[:40] for k in kinds[:5])}): nothing to import")
    if not pages:
        why = f" (byte {torn.offset}: {escaped_line(torn.reason)[:200]})" if torn is not None else ""
        raise UsageError(f"{path.name}: no WARC records could be read from it{why}")
    if twice is not None:
        raise UsageError(f"{path.name}: record id {twice} appears twice in the file; nothing imported (record ids "
                         "must be unique in a store)")


def import_file(archive: ImportStore, path: Path, checked: CheckedFile | None = None) -> ImportResult:
    """Import ``path`` (a WARC, WARC.gz or WACZ) into the store; see the module docstring.

    ``checked``: what :func:`check_file` found for ``path`` before the store was opened (the
    command does that, so that a refused file creates no store); checked here when not given.

    Raises:
        UsageError: the file is missing, not a WARC/WACZ, or was imported before (nothing done).
        KeyMissingError: the log cannot be appended to (nothing done).
    """
    path = Path(path)
    if checked is None or checked.path != path:
        checked = check_file(path, archive.key_dir)
    sha, is_wacz = checked.sha, checked.is_wacz
    archive.ensure_writable()
    # Alone in the store from the first look at the log to the index: another import checking
    # the same ids meanwhile would log them twice (store_lock), and a reindex would take the
    # copies for the remains of an interrupted capture.
    with archive.locked(exclusive=True):
        logged = _LoggedIds.read(archive)
        if sha in logged.imports:
            raise UsageError(f"{path.name} was already imported (log entry {logged.imports[sha]}); nothing done")
        warnings: list[str] = list(checked.warnings)
        copied: list[str] = []
        page_urls: list[str] = []
        unvouched: dict[str, str] = {}
        try:
            records = _copy_and_read(archive, checked, _copy_stem(sha), copied, warnings, page_urls, unvouched,
                                     logged)
        except BaseException:  # refused or failed before anything was logged: leave nothing copied
            _remove(archive, copied)
            raise
        try:
            result = _make_captures(archive, path, sha, "wacz" if is_wacz else "warc", copied, records, warnings,
                                    page_urls, unvouched, logged, vouched=checked.vouched, checked=checked)
        except BaseException:  # failed (or Ctrl-C) after copying: the copies go unless its entry was logged
            _remove_unless_logged(archive, copied)
            raise
    here = {c.get("original_capture_id"): c["capture_id"] for c in result.captures}
    return replace(result, corrections_not_applied=tuple(
        {**c, "capture_id": here.get(c["capture_id"], c["capture_id"])} for c in checked.corrections),
        checks_not_concluded=checked.checks_not_concluded)


def _copy_stem(sha: str) -> str:
    """The start of the store names of a file's copies: the file's sha256 (readable: which file)
    and a random part, so that copies a killed import left behind never block the next import
    of the same file (``reindex`` then leaves them out of the index and the log, and names them:
    :meth:`archiver.reindex.Reindexer._recover`)."""
    return f"{IMPORT_COPY_PREFIX}{sha[7:19]}-{secrets.token_hex(3)}-"


@dataclass
class _LoggedIds:
    """What the log already names (read under the import's exclusive hold): imported files by
    sha256, and the capture ids and record ids its ``capture``/``import`` entries list.

    Why the log and not only the index: the index lacks what a process killed between its log
    append and its index rows had logged, and an id logged twice breaks ``reindex`` for good.
    (``recovery`` entries do not count: the records they list are crash remains, never served.)
    """

    imports: dict[str, int] = field(default_factory=dict)
    capture_ids: set[str] = field(default_factory=set)
    record_ids: set[str] = field(default_factory=set)
    #: an imported capture's id in the log it came from -> (that log's name as the import
    #: recorded it, None before it was recorded; the import's seq)
    original_ids: dict[str, tuple[str | None, int]] = field(default_factory=dict)
    #: a record id an ``import`` entry lists -> (the capture it is a record of, the import's seq)
    imported_records: dict[str, tuple[str, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, archive: ImportStore) -> _LoggedIds:
        found = cls()
        for entry in archive.log.entries():
            data = entry.data
            if entry.type == "capture":
                items = [data]
            elif entry.type == "import":
                if isinstance(data.get("sha256"), str):
                    found.imports.setdefault(data["sha256"], entry.seq)
                items = [c for c in data.get("captures") or [] if isinstance(c, dict)]
            else:
                continue
            for item in items:
                if isinstance(item.get("capture_id"), str):
                    found.capture_ids.add(item["capture_id"])
                if entry.type == "import" and isinstance(item.get("original_capture_id"), str):
                    log = item.get("original_log")
                    origin = log.get("origin") if isinstance(log, dict) else None
                    found.original_ids.setdefault(item["original_capture_id"],
                                                  (origin if isinstance(origin, str) else None, entry.seq))
                ids = [r["record_id"] for r in item.get("records") or []
                       if isinstance(r, dict) and isinstance(r.get("record_id"), str)]
                found.record_ids.update(ids)
                if entry.type == "import" and isinstance(item.get("capture_id"), str):
                    for rid in ids:
                        found.imported_records.setdefault(rid, (item["capture_id"], entry.seq))
        return found


def _wacz_json(z: zipfile.ZipFile, path: Path) -> tuple[DataPackage, list[str]]:
    """A WACZ's datapackage.json and the page URLs its pages/pages.jsonl lists.

    Raises:
        MalformedInputError: either is there but not JSON of its shape (:mod:`~archiver.export.bundle_json`), or
            the WACZ has no datapackage.json or one listing no file (:func:`_stated_package`): the WACZ is refused
            before anything is copied (exit 2).
    """
    try:
        package = decode_package(read_member(z, PACKAGE_FILE)) if PACKAGE_FILE in z.namelist() else None
        pages = decode_pages(read_member(z, PAGES_FILE)) if PAGES_FILE in z.namelist() else ()
    except MalformedBundleFile as exc:
        raise MalformedInputError(f"{path.name}: {exc.diagnostics()}; nothing imported") from None
    return _stated_package(package, path), [p.url for p in pages if p.url is not None]


def _stated_package(package: DataPackage | None, path: Path) -> DataPackage:
    """``package``, when it states which files the WACZ packaged; else the WACZ is refused (exit 2).

    Why: a WACZ's datapackage.json (WACZ 1.1.1 requires one, and ``verify-bundle`` fails a WACZ without it) is
    its statement of which bytes it packaged: a WARC it does not list, or whose sha256 differs, is not extracted
    (:func:`_unlisted_members`). Until imp71 a WACZ with none, or one listing no file, was read as if every WARC
    in it were vouched for: exit 1 ("its file hashes could not be checked") and every page's words quotable, so
    deleting the datapackage made a WARC put in afterwards quotable. Refused as a WACZ not of its shape is (one
    line, nothing copied): who takes its WARCs as they are imports them as the WARC files they are, and that
    import says what it is (a WARC, which states no hashes)."""
    if package is None:
        raise MalformedInputError(
            f"{path.name}: it has no {PACKAGE_FILE}, which every WACZ holds to state the files it packaged, so "
            "nothing says its WARC files are the ones packaged; nothing imported (to take its WARC files as they "
            "are, unzip its archive/ folder and import each WARC file)")
    if not package.resources:
        raise MalformedInputError(
            f"{path.name}: its {PACKAGE_FILE} lists no file, so nothing says its WARC files are the ones packaged; "
            "nothing imported (to take its WARC files as they are, unzip its archive/ folder and import each WARC "
            "file)")
    return package


def _copy_and_read(archive: ImportStore, checked: CheckedFile, stem: str, copied: list[str],
                   warnings: list[str], page_urls: list[str], unvouched: dict[str, str],
                   logged: _LoggedIds) -> list[tuple[str, StoredRecord]]:
    """Copy the file (or the WACZ's WARCs) into the store and read its records back (the file as
    :func:`check_file` checked it: one changed since is refused, nothing copied).

    ``page_urls`` receives the pages a WACZ's pages/pages.jsonl lists, to check none is lost;
    ``unvouched`` the store names of copied WARCs the WACZ's datapackage.json does not vouch
    for (see :func:`_unlisted_members`), with the reason.
    """
    path = checked.path
    indexed_as: dict[str, str] = {}  # a copied WACZ member: its name as the WACZ's index names it
    indexes: dict[str, bytes] = {}
    with open(path, "rb") as src:
        if _identity(os.fstat(src.fileno())) != checked.stat:
            raise UsageError(f"{path.name} changed while it was being imported; nothing imported (import it again)")
        if checked.is_wacz:
            with zipfile.ZipFile(src) as z:
                members = _wacz_warcs(z, path)
                package, urls = _wacz_json(z, path)
                warnings += _check_wacz_hashes(z, package)
                page_urls += urls
                disowned = _unlisted_members(z, members, package)
                warnings += [f"{m}: {why} (imported as it is)" for m, why in disowned.items() if "not listed" in why]
                for m in members:
                    with open_member(z, m) as member:
                        copied.append(_copy_in(archive, stem + _safe(Path(m).name), member))
                    indexed_as[copied[-1]] = m[len("archive/"):]
                    if m in disowned:
                        unvouched[copied[-1]] = f"{m} {disowned[m]}"
                indexes = {n: read_index(z, n) for n in index_members(z)}
        else:
            copied.append(_copy_in(archive, stem + _safe(path.name), src))

    records: list[tuple[str, StoredRecord]] = []
    for name in copied:
        for item in iter_records(archive.storage.local_path(name)):
            if isinstance(item, TornTail) and item.several_in_member:  # the caller removes the copies
                raise UsageError(
                    f"{path.name}: its gzip members hold more than one WARC record each (gzipped whole, not a record "
                    "at a time as WARC 1.1 asks), so its records have no place of their own to log; nothing imported. "
                    f"Lay it out a record per member with `warcio recompress {path.name} NEW.warc.gz` and import that")
            if isinstance(item, TornTail):
                warnings.append(f"{name}: damaged data at byte {item.offset} ({item.reason}); the rest is not read")
                break
            warnings += [f"{name}: {p}" for p in item.problems()]
            foreign = foreign_block_digest_problem(item)
            if foreign:
                warnings.append(f"{name}: {foreign} (imported as it is)")
            records.append((name, item))
    if not any(r.rec_type in _PAGE_TYPES for _, r in records):
        raise UsageError(f"{path.name}: no WARC records could be read from it")  # the caller removes the copies
    warnings += index_disagreements(indexes, [(indexed_as[n], r) for n, r in records if n in indexed_as])
    clash = _record_id_clash(archive, records, logged)
    if clash:  # the caller removes the copies
        raise UsageError(f"{path.name}: {clash}; nothing imported (record ids must be unique in a store)")
    if checked.vouched and checked.signer is not None:
        _refuse_another_logs_ids(path, records, logged, checked)  # the caller removes the copies
    return records


def _refuse_another_logs_ids(path: Path, records: list[tuple[str, StoredRecord]], logged: _LoggedIds,
                             checked: CheckedFile) -> None:
    """Refuse a bundle whose capture keeps an id of one log (:meth:`CheckedFile.log_of`: the
    bundle's signer, or the log its import entry names) that a capture imported here from
    another log's bundle already has.

    Why: a capture id is unique only within the log that made it. The first bundle to bring an
    id kept it, and a later one was renamed, so a bundle of log A (trusted, pinned) holding the
    id that log B's footnotes cite made ``show``/``cite``/``verify-quote`` of that id answer
    with A's capture once B's genuine bundle came. (A capture made in this store keeps its id
    and the bundle's is renamed: the store's own ids are never taken.)

    Raises:
        UsageError: such an id (exit 2; nothing imported).
    """
    for cid in sorted(set(_original_ids(records).values())):
        held, log = logged.original_ids.get(cid), checked.log_of(cid) or {}
        if held is not None and held[0] != log.get("origin"):
            other = f"log {held[0]}" if held[0] else "a log whose name that import did not record"
            raise UsageError(
                f"{path.name}: capture id {cid} of log {log.get('origin')} is already the id of a capture imported "
                f"here from the bundle of {other} (import entry {held[1]}); an id names one log's capture: "
                "nothing imported")


#: How a revisit whose earlier record another file holds is said (a warning that only informs: a
#: crawl's deduplicated revisits often point to an earlier crawl's file).
_NOT_IN_FILE = "which is not in this file"

#: The record types a page is made from: a file with none of them readable is refused.
_PAGE_TYPES = ("response", "request", "resource", "revisit")


def _hold_to_its_log(key_dir: Path | None, path: Path) -> tuple[list[str], dict[str, str], tuple[dict[str, Any], ...],
                                                                  dict[str, dict[str, str]], dict[str, str]]:
    """Check an archiver bundle as ``verify-bundle`` does, against the keys this store's user
    trusts; return what could not be concluded (as warnings), the log that signed it (its
    name and key fingerprint: whose capture ids it keeps), the corrections it proves
    (:func:`_corrections_of`), for each capture the signer had itself imported keeping
    another log's id, that log (its proven import entry's ``original_log``: before, such an id
    was recorded as the signer's), and each capture's proven capture time; or refuse it
    (nothing copied yet).

    Why: such a bundle names its captures' ids and its records are the colleague's evidence. A
    bundle whose records, files or signatures do not hold to its signed log (a reworded response
    with its own digests recomputed, datapackage.json re-hashed, the digest re-signed) would
    otherwise be quotable under the colleague's capture id, and would take the record ids the
    genuine bundle needs. Only a bundle that verifies is imported, and only its ids are kept
    (:func:`_original_ids`); a WARC, or a WACZ without ``provenance/``, names no id we take.

    Raises:
        IntegrityError: a check failed (tampering or corruption; the first finding is named).
        IncompleteCheckError: consistent, but signed by a log key this user has not pinned:
            its capture ids would be its signer's word alone.
    """
    from archiver.core.shown import escaped_line
    from archiver.export.bundle_verify import verify_bundle
    from archiver.export.pins import trusted_keys

    report = verify_bundle(path, trusted=trusted_keys(key_dir), key_dir=key_dir)
    if report.problems:
        first = report.problems[0]
        raise IntegrityError(f"{path.name}: the bundle does not verify ({escaped_line(first.message)}"
                             f"{f' [{first.code}]' if first.code != 'E_BUNDLE' else ''}); nothing imported "
                             f"(`archiver verify-bundle {path.name}` lists every finding)")
    if not report.key_pinned:
        raise IncompleteCheckError(
            f"{path.name}: the bundle is consistent, but its log ({report.log_origin}) is signed by key "
            f"{report.key_fingerprint}, which you have not pinned, so its capture ids are its signer's word "
            "alone; compare the key with the one its author published, pin it (`archiver key pin log.pub`) "
            "and import again; nothing imported")
    signer = {"origin": str(report.log_origin), "key_fingerprint": str(report.key_fingerprint)}
    return ([f"the bundle's check was not concluded here: {escaped_line(w.message)}"
             for w in report.warnings if w.code == "W_INCOMPLETE"], signer, _corrections_of(report.captures),
            {c["capture_id"]: c["original_log"] for c in report.captures
             if isinstance(c.get("capture_id"), str) and isinstance(c.get("original_log"), dict)},
            {c["capture_id"]: c["capture_time"] for c in report.captures
             if isinstance(c.get("capture_id"), str) and isinstance(c.get("capture_time"), str)})


def _corrections_of(captures: tuple[dict[str, Any], ...]) -> tuple[dict[str, Any], ...]:
    """The corrections in force that a verified bundle's log made of its captures (``archiver
    correct`` there: each field's value, the extracted one it replaced, the entry and the reason;
    for authors, which of them it named as organisations: ``--organization`` there).

    Why not applied: a correction here is an entry of this log, signed by its key; taking another
    log's correction would make this log vouch for it. Before, they were dropped without a word,
    and ``show`` and ``cite`` here gave the value the colleague had corrected; the import now
    names each (:attr:`ImportResult.corrections_not_applied`)."""
    out = []
    for c in captures:
        corrected = c.get("corrected")
        for name, change in (corrected.items() if isinstance(corrected, dict) else ()):
            if isinstance(change, dict):
                named = change.get("organizations")  # (an authors correction's corporate authors)
                out.append({"capture_id": c.get("capture_id"), "field": name, "value": change.get("value"),
                            "extracted": change.get("extracted"), "log_seq": change.get("log_seq"),
                            "reason": change.get("reason"),
                            "organizations": [o for o in named if isinstance(o, str)] if isinstance(named, list) else []})
    return tuple(out)


def _remove(archive: ImportStore, copied: list[str]) -> None:
    """Delete the files this import copied in (it is being refused: nothing stays behind)."""
    for name in copied:
        archive.storage.local_path(name).unlink(missing_ok=True)


def _remove_unless_logged(archive: ImportStore, copied: list[str]) -> None:
    """After a failure between copying the file in and the end of the import: delete the copies
    unless an ``import`` entry of the log names them (the failure came after its append).

    Why: the copies are this import's own new files; while no log entry (and so no index row)
    names them, nothing in the store refers to them and the file they copy is still the user's,
    so deleting them loses nothing (conventions: an import never loses what is already in the
    store). Left behind, the next ``reindex`` took them for the records of an interrupted capture
    of ours and logged a colleague's WARC as ``recovery``: merged into the signed log silently.
    Once an entry names them they are its evidence and stay. When the log cannot be read to
    tell, they stay too (crash remains ``reindex`` reports), as a killed import's do. The
    records the import wrote to its own WARC file (its captures' manifests and extractions, the
    listing) stay as crash remains of ours: that file may hold other captures of this process."""
    names = set(copied)
    try:
        for entry in archive.log.entries():
            if entry.type == "import" and any(isinstance(w, dict) and w.get("name") in names
                                              for w in entry.data.get("warcs") or []):
                return
    except Exception:  # noqa: BLE001 - whatever stops the log being read: keep what may be named
        return
    _remove(archive, copied)


def _record_id_clash(archive: ImportStore, records: list[tuple[str, StoredRecord]],
                     logged: _LoggedIds) -> str | None:
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
    taken = sorted(seen & logged.record_ids) or archive.index.taken_record_ids(seen)
    if not taken:
        return None
    owner = logged.imported_records.get(taken[0])
    if owner is not None:  # a bundle overlapping one imported before (say, its author's later export)
        return (f"record id {taken[0]} is already in this store, a record of capture {owner[0]}, imported by log "
                f"entry {owner[1]} ({len(taken)} records clash): a file holding records imported before cannot "
                "be imported again; ask for a bundle of only the captures you lack (for a newer extraction "
                f"of {owner[0]}, run `archiver reextract {owner[0]}` here)")
    return f"record id {taken[0]} is already in this store ({len(taken)} records clash)"


def _check_wacz_hashes(z: zipfile.ZipFile, package: DataPackage) -> list[str]:
    """The WACZ's own claims about its files: a mismatch is reported, the import goes on."""
    out = []
    for res in package.resources or ():
        p, h = res.path, res.hash
        if not (h and h.startswith("sha256:")):
            continue
        try:
            if _member_sha256(z, p) != h:
                out.append(f"{p} does not match its sha256 in the WACZ's datapackage.json")
        except KeyError:
            out.append(f"{p} is listed in the WACZ's datapackage.json but missing")
    return out


def _unlisted_members(z: zipfile.ZipFile, members: list[str], package: DataPackage) -> dict[str, str]:
    """The WARC members a WACZ's datapackage.json does not vouch for, with the reason.

    Why: the datapackage (which a signature may cover) is the WACZ's statement of which bytes
    it packaged. A WARC whose listed sha256 differs, or one not listed at all beside listed
    ones, was put there afterwards: its words are not the packaged capture's, so its pages are
    not extracted (a WACZ without a datapackage, or with one listing nothing, makes no statement
    and is refused before this, as one that is not JSON of its shape is: see :func:`_wacz_json`).
    """
    listed = {res.path: res.hash for res in package.resources or ()}
    out = {}
    for m in members:
        stated = listed.get(m)
        if m not in listed:
            out[m] = "is not listed in the WACZ's datapackage.json"
        elif isinstance(stated, str) and stated.startswith("sha256:") and _member_sha256(z, m) != stated:
            out[m] = "does not match its sha256 in the WACZ's datapackage.json"
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
            "payload_digest": payload_digest, "member_sha256": _member_digest(rec), "head_sha256": _head_digest(rec)}


def _head_digest(rec: StoredRecord) -> str | None:
    """The sha256 of the record's WARC header block as copied into the store (its lines as the
    other tool wrote them: :mod:`archiver.capture.record_heads`); ``None`` when it cannot be read
    there, and checks then hold the header to the logged fields."""
    try:
        with open(rec.path, "rb") as f:
            head = read_head(lambda at, n: os.pread(f.fileno(), n, at), rec.offset)
    except OSError:
        return None
    return sha256_label(head) if head is not None else None


def _member_digest(rec: StoredRecord) -> str | None:
    """The sha256 of the record's gzip member as copied into the store, when the imported file
    holds it as one member of its own (as ours and most tools' do); else ``None``, and checks
    read the record by its block digest (see :func:`archiver.capture.warc.member_sha256_at`)."""
    if rec.oversize or not rec.record_id:
        return None
    try:
        fd = os.open(rec.path, os.O_RDONLY)
    except OSError:
        return None
    try:
        return member_sha256_at(fd, rec.offset, rec.length, rec.record_id, rec.block_digest)
    finally:
        os.close(fd)


def _proven_time(checked: CheckedFile | None, original: str | None) -> Any:
    """The capture time the verified bundle's log states for the capture whose id was
    ``original`` there (None: no such bundle, or no time it states that reads as one)."""
    import datetime as dt

    stated = checked.capture_times.get(original) if checked is not None and original else None
    try:
        when = dt.datetime.fromisoformat(stated.replace("Z", "+00:00")) if stated else None
        return when.astimezone(dt.UTC) if when is not None and when.tzinfo is not None else None
    except (ValueError, OverflowError):  # (a moment no UTC time holds: 0001-01-01T00:00+05:00)
        return None


def _stated_time(rec: StoredRecord) -> Any:
    """The moment ``rec``'s ``WARC-Date`` names, in UTC, or None when it has none that reads as one
    (:func:`_parse_date`)."""
    return parse_warc_date(rec.date)


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
    Asked only for a bundle that verified here (:func:`_hold_to_its_log`): a manifest record in
    any other file is anyone's claim, and an id taken from it would make an edited copy answer
    for the colleague's capture.
    """
    return {m.final_hop.response_record_id: m.capture_id for m in _manifests(records) if _ID_RE.fullmatch(m.capture_id)}


def _capture_parts(records: list[tuple[str, StoredRecord]]) -> set[str]:
    """The records a bundle's captures hold besides their pages: a redirect hop's response, a
    browser capture's subresources (every record a capture manifest lists but its final response).

    Asked only for a bundle that verified here, whose log proves which responses are captures:
    such a part stays a record of its file, as a crawler's robots.txt does. Before, each of them
    that was HTML became a capture of its own with an id of ours (a 302's "moved" page, which no
    browser shows and ``archive`` never extracts, verified a quote ``exact`` here that the
    exporter's archive answers ``not_found`` for).
    """
    parts: set[str] = set()
    for m in _manifests(records):
        page = m.final_hop.response_record_id
        parts.update(str(r.get("record_id")) for r in m.records if r.get("record_id") != page)
    return parts


def _manifests(records: list[tuple[str, StoredRecord]]) -> list[Manifest]:
    """The capture manifests among ``records`` (one that cannot be read is passed over: its
    capture gets an id of ours, and its parts are taken as a foreign file's)."""
    out = []
    for _, rec in records:
        if rec.rec_type != "metadata" or not (rec.header("Content-Type") or "").startswith(MANIFEST_TYPE):
            continue
        try:
            out.append(Manifest.from_json(rec.block))
        except MalformedManifestError:
            continue
    return out


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


def _pages(records: list[tuple[str, StoredRecord]], warnings: list[str], informing: list[str]) -> list[_Page]:
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
            if _segmented(rec):
                informing.append(f"{name}: {rec.rec_type} record {rec.record_id} of {rec.target_uri} ({rec.date}) is "
                                 f"segment {escaped_line(rec.header('WARC-Segment-Number') or '')[:20]} of a segmented "
                                 "record; its continuation records are not joined here: "
                                 "the capture holds this segment's bytes alone, marked truncated")
                warnings.append(informing[-1])
        elif rec.rec_type == "revisit":
            found, why = _resolve_revisit(rec, by_id, holders)
            if found is None:
                warnings.append(f"{name}: revisit record {rec.record_id} of {rec.target_uri} ({rec.date}) {why}; "
                                "it is kept in the store but is not a capture")
                if why.endswith(_NOT_IN_FILE):  # the file holds no more (another crawl's): nothing wrong with it
                    informing.append(warnings[-1])
                continue
            out.append(_Page(name, rec, found))
    return out


def _segmented(rec: StoredRecord) -> bool:
    """Whether ``rec`` is the first segment of a record split across ``continuation`` records (WARC 1.1 section
    5.10: ``WARC-Segment-Number`` on the first segment too). Its block holds only the start of the payload; until
    rvimp70 it was imported as a whole page, its loss unsaid."""
    return rec.header("WARC-Segment-Number") is not None


def _resolve_revisit(rec: StoredRecord, by_id: dict[str, tuple[str, StoredRecord]],
                     holders: list[tuple[str, StoredRecord]]) -> tuple[tuple[str, StoredRecord] | None, str]:
    """The earlier record a revisit's payload is in, found as the WARC 1.1 spec links them.

    By ``WARC-Refers-To`` when given; else (Heritrix, Wayback) by ``WARC-Refers-To-Target-URI``
    and ``WARC-Refers-To-Date``, else the latest earlier record of the URI with the same payload
    digest (the URI in any of its forms: :func:`~archiver.capture.fetch.same_url`; a record
    may name the page as an IRI, the reference in its percent-encoded form). The found record's
    payload must match the revisit's ``WARC-Payload-Digest``.
    """
    digest = rec.header("WARC-Payload-Digest")
    ref = rec.header("WARC-Refers-To")
    then = parse_warc_date(rec.date)
    if ref:
        found = by_id.get(ref)
        if found is None:
            return None, f"refers to record {ref}, {_NOT_IN_FILE}"
        earlier = parse_warc_date(found[1].date)
        if then is not None and earlier is not None and then < earlier:
            return None, _revisit_before(found[1].date, f"record {ref}")
    else:
        uri = rec.header("WARC-Refers-To-Target-URI") or rec.target_uri
        when = parse_warc_date(rec.header("WARC-Refers-To-Date"))
        if when is not None and then is not None and then < when:
            return None, _revisit_before(rec.header("WARC-Refers-To-Date"), f"{uri}")
        candidates = [(n, r) for n, r in holders if same_url(r.target_uri or "", uri or "")
                      and (when is None or parse_warc_date(r.date) == when)
                      and (then is None or (parse_warc_date(r.date) or then) <= then)
                      and (not digest or _payload_matches(digest, r))]
        if not candidates:
            return None, (f"refers to {uri} at {rec.header('WARC-Refers-To-Date') or 'an earlier time'}, "
                          + _NOT_IN_FILE)
        found = candidates[-1]
    if digest and not _payload_matches(digest, found[1]):
        return None, f"states payload digest {digest}, which the record it refers to ({found[1].record_id}) does not have"
    return found, ""


def _revisit_before(date: str | None, what: str) -> str:
    """Why a revisit dated before the record it refers to is no capture (a problem: the file contradicts itself).

    A revisit says the bytes of an earlier response were served again at its own date; one dated before that
    response says the server sent them before they existed. Until imp71 it was accepted and made a capture dated
    before the bytes it shows, which ``history`` then listed as the URL's first capture."""
    return (f"is dated before {escaped_line(what)[:200]} it refers to ({escaped_line(date or '')[:40]}): a revisit "
            "cannot come before the response it revisits")


def _payload_matches(label: str, rec: StoredRecord) -> bool:
    """Whether ``rec``'s payload has digest ``label`` (any hashlib algorithm, hex or base32).

    The referring tool may have hashed a chunked body with or without its framing: either counts.
    """
    if (rec.header("WARC-Payload-Digest") or "").lower() == label.lower():
        return True
    if rec.payload_is(label.lower()):  # ours, or as archiver computed it before 2026-11-30
        return True
    return _payload_hashes_to(label, rec)


def _payload_hashes_to(label: str, rec: StoredRecord) -> bool:
    """Whether ``rec``'s payload, hashed here (with or without chunk framing), has digest ``label``."""
    import base64
    import hashlib

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


def _stated_digest_problem(page: _Page, unvouched: dict[str, str]) -> str | None:
    """Why the page's bytes are not the ones the tool that wrote them recorded, or None.

    ``unvouched``: store names of WARCs the WACZ around them does not vouch for (a datapackage
    hash that differs, or no listing), with the reason; a page read from one is not extracted.

    Why: a record whose own ``WARC-Block-Digest`` or ``WARC-Payload-Digest`` (sha256, or another
    tool's sha1) does not match its bytes was changed after it was written; its text is not the
    text that tool captured, and a quote verdict must never vouch for it. The record (and the
    one a revisit reads its payload from) is still copied in unchanged and made a capture, but
    is not extracted: the capture says why.
    """
    for name in dict.fromkeys((page.name, page.source[0])):
        if name in unvouched:
            return (f"{unvouched[name]}: its bytes are not the ones the WACZ packaged, so its text is not "
                    "extracted and no quote is verified against it")
    records = [page.rec] if page.source[1] is page.rec else [page.rec, page.source[1]]
    for rec in records:
        found = rec.problems() + [p for p in [foreign_block_digest_problem(rec)] if p]
        stated = rec.header("WARC-Payload-Digest") or ""
        if not found and stated and not stated.lower().startswith("sha256:") and ":" in stated \
                and rec.rec_type != "revisit" and not rec.oversize and _knows_algorithm(stated) and not _payload_hashes_to(stated, rec):
            found = [f"record {rec.record_id} payload digest is not the one its header states ({stated})"]
        if found:
            return (f"{found[0]}: its bytes are not the ones its WARC file recorded, so its text is not "
                    "extracted and no quote is verified against it")
    return None


def _knows_algorithm(label: str) -> bool:
    """Whether hashlib can compute the digest ``label`` names (others cannot be checked)."""
    import hashlib

    try:
        hashlib.new(label.partition(":")[0].lower().replace("-", ""))
    except ValueError:
        return False
    return True


def _content_types(rec: StoredRecord, headers: list[tuple[str, str]], body: bytes) -> tuple[str | None, str | None]:
    """The page's media type as sent and as a browser reads ``body`` (``nosniff`` with none:
    text/plain), from ``headers``, the head of the record holding the bytes, and a revisit's own
    head field by field (:func:`~archiver.core.mime.revisit_fields`: its headers are its own response's)."""
    if rec.rec_type == "revisit":
        headers = revisit_fields(headers, parse_http_head(split_http_message(rec.block)[0])[1])
    return declared_content_type(headers), effective_content_type(headers, body)


def _downloaded_by_own_head(archive: ImportStore, page: _Page, read: _PageBody) -> bool:
    """Whether ``page`` is a revisit whose earlier record alone is a page but whose own head
    (:func:`~archiver.core.mime.revisit_fields`) makes it a download. Its record is copied, but no
    capture is made of it: until sec58 that was dropped with exit 0 and nothing said."""
    if not page.is_revisit:
        return False
    headers, _ = record_payload(page.source[1])
    return archive.is_extractable(effective_content_type(headers, read.sniff), read.sniff, text=False)


def _not_a_page(read: _PageBody) -> str:
    """What a revisit's own head makes of its earlier record's page, said as a browser meets it: a download, or a
    response it shows nothing of (its Refresh sends the reader away at once, or Chromium refuses the head). Until
    rvimp70 both were "a download", the second with our internal type ``unparsed/unparsed``."""
    if read.read_as == REFUSED:
        return "one no browser shows (its head sends the reader elsewhere at once, or is one a browser refuses)"
    return f"a download ({read.read_as or 'no type'})"


def _revisit_dict(page: _Page) -> dict[str, Any] | None:
    """For a revisit capture: the earlier record its payload is read from, with our digests of it."""
    if not page.is_revisit:
        return None
    return {**_record_dict(*page.source), "profile": page.rec.header("WARC-Profile")}


@dataclass(frozen=True)
class _PageBody:
    """What an imported page's bytes say: its media type, the body to extract, why not (a limit)."""

    content_type: str | None  # as sent (what the capture records)
    body: bytes
    limit_error: str | None
    sniff: bytes  # what is_extractable looks at: the body, or the raw payload's head if over a limit
    #: what the body lacks (a record marked WARC-Truncated, a content coding that ends early)
    notes: tuple[str, ...] = ()
    extract: bool = True  # False: a capture of a bundle of ours that holds no text (an image)
    #: why the content coding could not be undone (``body`` is then the payload as coded)
    decode_error: str | None = None
    #: the type a browser reads the body as, which extraction follows (``content_type`` but under nosniff)
    read_as: str | None = None

    @classmethod
    def read(cls, page: _Page) -> _PageBody:
        src = page.source[1]
        headers, payload = record_payload(src)
        notes: tuple[str, ...] = ()
        decode_error = None
        try:
            decoded, limit_error = entity_decoded(src)[1], None
            body = decoded.body
            notes = body_notes(decoded, kept=len(payload), cut=record_cut(src),
                               limit=IMPORTED_LIMIT)
        except LimitExceededError as exc:  # kept as evidence, not extracted: say so on the capture
            body, limit_error = b"", exc.diagnostics()
        except ArchiverError as exc:  # kept, and read as no text (as_archive_read_it) once it is a page
            body, limit_error, decode_error = payload, None, exc.diagnostics()
        if page.is_revisit and redirects_away(page.rec):  # (its own 3xx: the earlier page is not shown)
            body = payload = b""
        sniff = payload if limit_error else body
        sent, read_as = _content_types(page.rec, headers, sniff)
        return cls(sent, body, limit_error, sniff, notes, decode_error=decode_error, read_as=read_as)

    def as_archive_read_it(self) -> _PageBody:
        """A coding that cannot be undone is the page's extraction error, as ``archive`` records
        it (no text), never its coded bytes read as its words: a browser shows no such page. So for
        a capture a bundle of ours proves and for a page of another tool's file alike (a writer that
        kept the header on a body it decoded loses that page's text: nothing tells it from a
        damaged body)."""
        if self.decode_error is None or self.limit_error is not None:
            return self
        return replace(self, body=b"", limit_error=self.decode_error)


def _trailing_by_response(records: list[tuple[str, StoredRecord]],
                          kind: str = TRAILING_TYPE) -> dict[str, tuple[str, StoredRecord]]:
    """The records of bytes sent past a response's end (an archiver WARC's, see
    :func:`archiver.capture.records.trailing_spec`), or with ``kind`` :data:`INTERIM_TYPE` of the
    1xx heads sent before it (:func:`~archiver.capture.records.interim_spec`), by the response
    they are concurrent to."""
    return {rec.header("WARC-Concurrent-To") or "": (name, rec) for name, rec in records
            if rec.rec_type == "metadata" and (rec.header("Content-Type") or "").startswith(kind)
            and rec.header("WARC-Concurrent-To")}


def _interim_parts(found: tuple[str, StoredRecord] | None) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The manifest hop's ``interim`` and ``before_status_line`` parts for an imported response's
    interim-heads record: the 1xx statuses of the heads its block holds, or, when it holds none
    (only the bytes before the status line that Chromium skips), the record as
    ``before_status_line``, as a capture's manifest names it (:func:`archiver.capture.records.manifest_hop`);
    a record holding such bytes beside its heads is named by both (cap59).

    Read from the bytes, not from its ``Archiver-Interim-Responses`` field: a field naming other
    statuses than the heads (``100, 103`` over a lone ``100 Continue``) would have the capture
    say the server sent heads that no record holds. (A record of skipped bytes alone got neither
    part, so ``show`` said nothing of them where the capture's own ``show`` did; task left58.)"""
    if found is None:
        return None, None
    rec = found[1]
    statuses = interim_statuses(rec.block)
    skipped = {"record_id": rec.record_id} if not statuses or holds_bytes_before_a_status_line(rec.block) else None
    return ({"record_id": rec.record_id, "statuses": statuses} if statuses else None), skipped


def _trailing_part(found: tuple[str, StoredRecord] | None) -> dict[str, Any] | None:
    """The manifest hop's ``trailing`` part for an imported response's trailing-bytes record: how
    many bytes it holds, and how many came as its ``Archiver-Trailing-Bytes`` states only when
    the record says it was cut (``WARC-Truncated``, as ours are past ``--max-body``).

    Why: the count past what the record holds cannot be checked; a record not marked cut that
    claimed more (123456789 over 19 bytes held) made the capture say that its server sent them
    and that a body limit kept only the first 19."""
    if found is None:
        return None
    rec = found[1]
    held = rec.block_size if rec.block_size >= 0 else len(rec.block)
    stated = (rec.header(TRAILING_FIELD) or "").strip()
    ok = stated.isascii() and stated.isdigit() and len(stated) <= 18  # a number, not a 5,000-digit string
    cut = rec.header("WARC-Truncated") is not None
    count = int(stated) if ok and cut and int(stated) >= held else held
    return {"record_id": rec.record_id, "bytes": count, "recorded": held}


class _HopRecords(NamedTuple):
    """The records of one imported exchange, by response: its request, its 1xx heads, bytes sent past its end
    (each None when the file holds none), as :func:`_make_captures` paired them."""

    requests: dict[str, Held]
    interim: dict[str, Held]
    trailing: dict[str, Held]

    def hop(self, held: Held, *, status: int | None, bytes_in: StoredRecord | None = None
            ) -> tuple[ManifestHop, list[dict[str, Any]]]:
        """The manifest hop of the response ``held`` records (of ``status``), and its records, as a capture lists
        them: request, response, then the records kept apart from the response. ``bytes_in``: the record holding
        its body (a revisit's earlier record), whose cut makes the hop truncated (WARC-Truncated on a revisit
        itself cuts no page); a revisit on the way to a page shows no body, none cut."""
        name, rec = held
        req, interim, trailing = (m.get(rec.record_id) for m in (self.requests, self.interim, self.trailing))
        heads, skipped = _interim_parts(interim)
        holder = bytes_in if bytes_in is not None else rec if rec.rec_type != "revisit" else None
        hop = ManifestHop(url=public_url(rec.target_uri or ""), status=status, ip=rec.header("WARC-IP-Address"),
                          truncated=holder is not None and record_cut(holder),
                          request_record_id=req[1].record_id if req else None,
                          response_record_id=rec.record_id, trailing=_trailing_part(trailing), interim=heads,
                          before_status_line=skipped)
        return hop, [_record_dict(*r) for r in (req, held, interim, trailing) if r is not None]


def _page_draft(page: _Page, paired: _HopRecords, read: _PageBody, *, capture_id: str, when: Any,
                source: tuple[str, str], original: str | None, chain: tuple[Held, ...] = (),
                original_log: dict[str, str] | None = None) -> CaptureDraft:
    """The neutral description of one imported page (see :mod:`archiver.store.commit`): ``chain``, the responses
    it was reached through, first first (:mod:`~archiver.export.import_chains`), each a hop of its own with its
    records, as a native capture lists its redirects; the URL requested is the first hop's. Each hop's records
    kept apart from its response (1xx heads, bytes past its end) are listed with it, never read as it."""
    rec, src = page.rec, page.source[1]
    status = _status(rec.block) if rec.rec_type != "resource" else None
    try:
        reason: str | None = http_reason(rec)  # as reindex reads it back
    except (ValueError, IndexError, ArchiverError):
        reason = None
    earlier = [paired.hop(held, status=_status(held[1].block)) for held in chain]
    final, final_records = paired.hop((page.name, rec), status=status, bytes_in=src)
    hops = (*(h for h, _ in earlier), final)
    return CaptureDraft(
        origin="imported", capture_id=capture_id, requested_url=hops[0].url or final.url or "",
        final_url=final.url or "", capture_time=warc_date(when), hops=hops, status=status, reason=reason,
        content_type=read.content_type, extract_content_type=read.read_as, ip=final.ip, truncated=final.truncated,
        stored_records=tuple(r for _, records in [*earlier, (final, final_records)] for r in records),
        payload_digest=src.payload_sha256, body=None if read.limit_error or not read.extract else read.body,
        extraction_error=read.limit_error, source_file=source[0], source_sha256=source[1],
        original_capture_id=original, original_log=dict(original_log) if original_log else None,
        revisit_of=_revisit_dict(page), options={}, body_notes=read.notes)


def _make_captures(archive: ImportStore, path: Path, sha: str, fmt: str, copied: list[str],
                   records: list[tuple[str, StoredRecord]], warnings: list[str],
                   page_urls: list[str] | None = None, unvouched: dict[str, str] | None = None,
                   logged: _LoggedIds | None = None, *, vouched: bool = False,
                   checked: CheckedFile | None = None) -> ImportResult:
    """Commit a capture per page (WARC records, unsynced), then the listing (one fsync), one
    ``import`` entry with its extractions (one fsync), then the index (one text transaction).

    ``vouched``: an archiver bundle that verified here, whose capture ids are kept (ids of the
    log :meth:`CheckedFile.log_of` names for each: the one that signed it, or the one its import
    entry names)."""
    originals = _original_ids(records) if vouched else {}
    parts = _capture_parts(records) if vouched else set()
    paired = _HopRecords(_requests_by_response(records), _trailing_by_response(records, INTERIM_TYPE),
                         _trailing_by_response(records))
    # the hops each page was reached through: as the bundle's signed log states them, else as the records link
    chains = proven_chains(_manifests(records), records) if vouched else linked_chains(records)
    hops = set() if vouched else hop_record_ids(chains)  # (a bundle's: among its captures' parts)
    taken: set[str] = set(logged.capture_ids) if logged is not None else set()  # free in the log too
    staged: list[StagedCapture] = []
    informing: list[str] = []  # the warnings that only inform (ImportResult.problems: the others)
    pages = _pages(records, warnings, informing)
    archive.warc_writer()  # opened before the first capture id is drawn (ids and bytes stay as they were)
    for page in pages:
        read = _PageBody.read(page)
        original = originals.get(page.rec.record_id)
        if original is None and (page.rec.record_id in parts or page.rec.record_id in hops):
            continue  # a hop on the way to a page, a proven capture's subresource: a record of that capture
        if original is not None:
            read = read.as_archive_read_it()
        # A foreign file's HTML and PDF pages become captures (its robots.txt, images, scripts stay
        # records); a capture a bundle of ours proves stays one whatever it holds, read as `archive`
        # reads it (plain text and Markdown too; an image or a JSON document has no text)
        if not archive.is_extractable(read.read_as, read.sniff, text=original is not None):
            if original is None:
                if _downloaded_by_own_head(archive, page, read):
                    informing.append(f"{page.name}: revisit {page.rec.record_id} of {page.rec.target_uri} "
                                     f"({page.rec.date}): its own head makes the page {_not_a_page(read)}; "
                                     "no capture, its record is kept")
                    warnings.append(informing[-1])
                continue
            read = replace(read, extract=False)
        why = None if read.limit_error else _stated_digest_problem(page, unvouched or {})
        if why:  # kept as evidence of what the file holds, never read as the page's words
            read = replace(read, body=b"", limit_error=why)
            warnings.append(f"{page.name}: {page.rec.target_uri}: {why}")
        elif read.decode_error is not None and read.limit_error is None:  # another tool's page, said once
            read = read.as_archive_read_it()
            informing.append(f"{page.name}: {page.rec.target_uri}: {read.decode_error}: kept with no text, "
                             "as archive keeps such a response")
            warnings.append(informing[-1])
        when = _proven_time(checked, original) or _stated_time(page.rec)
        if when is None:  # no capture: a capture with no date cannot be cited (imp71; see _undated)
            warnings.append(_undated(page))
            continue
        capture_id = archive.new_capture_id(when, prefer=original, taken=taken)
        taken.add(capture_id)
        draft = _page_draft(page, paired, read, capture_id=capture_id, when=when, source=(path.name, sha),
                            original=original, chain=chains.get(page.rec.record_id, ()),
                            original_log=checked.log_of(original) if original and checked else None)
        staged.append(write_capture(archive, draft, sync=False))
    # A page is the same page under its IRI or its wire form (pages.jsonl may name the URL as typed,
    # ``café#s2``, while its records name what was sent, ``caf%C3%A9``, as ours have since WARC-Target-URI
    # took the RFC 3986 form): compared in wire form, so no page in the WACZ is said to be missing.
    got = {wire_uri(u) for s in staged for u in (s.result.url, s.result.final_url)}  # (as requested, or reached)
    unmade = [f"pages/pages.jsonl lists {u}, but no readable HTML or PDF page for it is in the WACZ; "
              "nothing was made of it" for u in dict.fromkeys(page_urls or []) if wire_uri(u) not in got]
    warnings += unmade
    informing += unmade  # a warning of verify-bundle's too
    _write_listing(archive, path, sha, copied, records)
    entries = archive.append_events(log_items(("import", {
        "source": path.name, "sha256": sha, "format": fmt,
        "warcs": [{"name": n, "sha256": _file_sha256(archive.storage.local_path(n))} for n in copied],
        "captures": [_made(s) for s in staged], "skipped_responses": len(pages) - len(staged), "warnings": warnings,
        "software": {"archiver": software_versions()["archiver"]},
    }), staged))
    seq = entries[0].seq
    extraction_entries = iter(entries[1:])
    for s in staged:
        s.logged(entries[0], next(extraction_entries) if s.article is not None else None)
    for name in copied:
        archive.index.add_foreign_records(name, [r.record_id for n, r in records if n == name and r.record_id])
    index_captures(archive, staged)
    informs = {*informing, *(checked.checks_not_concluded if checked else ())}
    return ImportResult(source=str(path), sha256=sha, format=fmt, warcs=tuple(copied),
                        captures=tuple(_summary(s) for s in staged), skipped_responses=len(pages) - len(staged),
                        log_seq=seq, warnings=tuple(w for w in warnings if w in informs),
                        problems=tuple(w for w in warnings if w not in informs))


def _undated(page: _Page) -> str:
    """The problem line of a page whose record has no ``WARC-Date`` that reads as a time (WARC 1.1 makes the field
    mandatory): no capture is made of it, its record is kept in the store as the file's.

    Why: a capture is cited by when it was made, and this file does not say. Until rvimp70 such a page was dated
    at the import, silently, and ``cite`` gave the import's time as the moment it was captured; rvimp70 said so in a
    warning (exit 0), and the citation still named that time. A problem (exit 1), as a revisit whose record is
    missing is: the command ran, the rest of the file is imported, this page is not."""
    rec = page.rec
    return (f"{page.name}: {rec.rec_type} record {rec.record_id} of {rec.target_uri} has no WARC-Date that reads as "
            f"a time ({escaped_line(rec.date or 'none')[:40]}): no capture is made of it, since a capture with no "
            "date cannot be cited; its record is kept in the store")


def _write_listing(archive: ImportStore, path: Path, sha: str, copied: list[str],
                   records: list[tuple[str, StoredRecord]]) -> None:
    """Account for every foreign record, so reindex does not take the ones we made no capture of
    (images, scripts, redirects) for the remains of an interrupted capture. Its write is the
    one fsync of the import's own records (the captures' were written unsynced before it)."""
    listing = {"source": path.name, "sha256": sha, "warcs": copied,
               "record_ids": [r.record_id for _, r in records if r.record_id]}
    now = warc_date(archive.clock.now())
    archive.warc_writer().write([RecordSpec("metadata", None, now, archive.ids.record_id(), canonical_json(listing),
                                          IMPORT_LISTING_TYPE, ())])


def _made(s: StagedCapture) -> dict[str, Any]:
    """One capture as the ``import`` log entry lists it: ``url`` the URL requested (its first hop's), ``final_url``
    the page's, as a ``capture`` entry names them (before imp71 an imported capture had one hop, and ``url`` alone
    named it: readers take ``final_url`` from ``url`` where an entry has none)."""
    r, m = s.result, s.manifest
    return {"capture_id": r.capture_id, "original_capture_id": m.original_capture_id, "url": r.url,
            "final_url": r.final_url,
            "http_status": r.status, "capture_time": r.capture_time, "ip": r.ip,
            "record_type": next(x["type"] for x in r.records if x["record_id"] == r.response_record_id),
            "response_record_id": r.response_record_id, "payload_digest": r.payload_digest,
            "revisit_of": m.revisit_of, "records": r.records,
            **({"original_log": m.original_log} if m.original_log else {})}


def _summary(s: StagedCapture) -> dict[str, Any]:
    """One capture as the import's result shows it (``url`` the URL requested, ``final_url`` the page's, as
    ``archive --json`` names them)."""
    r = s.result
    return {"capture_id": r.capture_id, "original_capture_id": s.manifest.original_capture_id,
            "url": r.url, "final_url": r.final_url, "status": r.status,
            "revisit_of": (s.manifest.revisit_of or {}).get("record_id"),
            "capture_time": r.capture_time, "origin": "imported", "title": (s.article or {}).get("title"),
            "log_seq": r.log_seq, "extraction_log_seq": r.extraction_log_seq,
            "extraction_error": r.extraction_error}
