"""No statement about a capture without its evidence.

The evidence of a capture is its WARC records and its provenance log entries; the SQLite
index and the text index are caches derived from them (``archiver reindex``). Anything the
tool *states* about a capture (a quote verdict, a receipt, a citation, ``show``, ``diff``,
``history``, an export) first calls :func:`check_capture`, which answers, cheaply:

- the log entries the index points at (capture or import, and extraction) are read at the
  byte places the index keeps for them (schema 2: ``log_offset``/``log_length``; one ``pread``
  for both, as they lie side by side) and taken only if those bytes are the whole lines of the
  entries with the seqs the index names: a wrong place is the index disagreeing with the log,
  never a reason to look elsewhere. An index made before schema 2 (no places) has them found
  by seq with an interpolation search over ``log.jsonl`` (a few short reads: :class:`LogReader`).
  Either way they must be about this capture, and each must be a line the process proved to be
  in the signed log (:mod:`archiver.provenance.proven`: the lines the latest checkpoint signs
  hash to its root, verified with the log's key; the lines after them chain on from its last
  line; proven once per process, then each entry read is hashed and compared): an entry edited
  in the log, its successors re-chained to move the break further down, is refused;
- the facts the index holds (URL, final URL, capture time, HTTP status, payload digest) are
  the ones those entries record;
- the WARC records the statement rests on (the final response, the extraction record and the
  record its text was read from where that is another one: a browser capture's rendered DOM, an
  imported revisit's earlier record; every record the log lists with ``full=True``) are present
  at their logged offsets and are the
  logged records: where the log records the sha256 of a record's gzip member as stored
  (``member_sha256``, logged since it was added) the member's bytes are read and hashed, and
  equal bytes are the logged record (no inflate); otherwise, and whenever that digest does not
  match, the record is read from its gzip member and its id, recomputed block digest and WARC
  header lines (``head_sha256``, or for records logged before it the logged type, id, target
  URI and final response's address: :mod:`archiver.capture.record_heads`) are compared with the
  log's (the full WARC reader is the fallback and names problems), and a logged member digest
  that the bytes do not match is named as altered even when the record inside is intact (a
  re-compressed member: see below); ``show`` and ``export``
  (``full=True``) also check the ``warcinfo`` record of each file the capture entry lists;
- the extracted text the index serves hashes to the ``text_sha256`` the extraction entry
  recorded, and the whole cached extraction equals the extraction record in the WARC; that
  entry is the capture's newest (no proven later ``extraction`` entry of ``archiver reextract``
  supersedes it; one that does while a reextract commits is waited for and the index looked at
  again), a re-extraction is signed or this machine's own append (else "not signed": an unsigned
  line never changes a signed capture), and a re-extraction's record is the one its own entry
  lists (``record``), also when the index lacks it (missing record: exit 3).

The answer is an :class:`Evidence`: ``present`` (everything matched), ``missing`` (a WARC file
or the log is not there: the check could not be completed, exit 3) or ``altered`` (bytes or the
cache disagree with the log: exit 1). :meth:`Evidence.require` turns the last two into errors.

Two paths prove it. Every look-up is followed by a check, so the common case (everything
present and matching) takes :func:`_quick`: the same reads and comparisons, in few steps, with
no problem collected; at the first thing not plainly so (a place that does not hold its entry,
a member digest that does not match) it gives way, and the full path (:func:`_check_with`)
checks again and names every problem. A member whose digest differs while its record reads
intact (re-compressed, or a gzip header field changed) is ``altered`` on the full path too: the
signed log names those bytes, ``export`` copies them into a bundle that ``verify-bundle`` holds to
the same digest, and a gzip reader shows what its header carries (it was ``present`` until
session 39: a store re-compressed in place exported bundles that failed verification).

Nothing is cached across calls but where lines and files are (positions, open handles, a
name's path): every byte vouched for is read and hashed in the call. Within one look-up+check, what the look-up itself read from the
WARC and hashed against the log (the extraction record; the text's digest, for the same
``str`` object) is not read or hashed twice.

Why one file of ~1200 lines: the two paths must prove the same things, so they are read side by
side (tests/test_evidence_quick.py holds them to the same answer on every damage), and the
module is one layer of the import contract (pyproject.toml), below the quotes and above the
WARC and log readers it calls.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from archiver.capture.manifest import Manifest
from archiver.capture.record_heads import head_problems, read_head
from archiver.capture.records import MANIFEST_URN
from archiver.capture.warc import read_member_head, read_record, store_warc_name
from archiver.capture.warc_places import no_record_at, not_its_members
from archiver.core.digests import sha256_label
from archiver.core.heldfiles import HeldFiles
from archiver.core.store_lock import wait_for_writers
from archiver.errors import (
    ArchiverError,
    IncompleteCheckError,
    IntegrityError,
    NotIndexedError,
    StoreError,
    WarcError,
)
from archiver.provenance.chain import LogEntry
from archiver.provenance.proven import ProvenLog, proven_log
from archiver.provenance.reader import LogReader, read_entry

if TYPE_CHECKING:
    from archiver.ports import EvidenceStore

PRESENT, MISSING, ALTERED = "present", "missing", "altered"
#: The parts a record a statement rests on plays in its capture (:attr:`Evidence.checked`): the
#: final response, the extracted text, the record the text was read from when not the response
#: (a browser's rendered DOM), a browser's rendered text, a revisit's earlier record.
RESPONSE, EXTRACTED_TEXT, RENDERED_DOM, RENDERED_TEXT, REVISITED = (
    "response", "extracted_text", "rendered_dom", "rendered_text", "revisited_record")
RECORD_PARTS: tuple[str, ...] = (RESPONSE, EXTRACTED_TEXT, RENDERED_DOM, RENDERED_TEXT, REVISITED)
#: Index fields checked against the logged capture facts, as (index attribute, log key).
CHECKED_FACTS: tuple[tuple[str, str], ...] = (
    ("url", "url"), ("final_url", "final_url"), ("capture_time", "capture_time"),
    ("status", "http_status"), ("payload_digest", "payload_digest"),
    ("truncated", "truncated"), ("warc", "warc"), ("response_record_id", "response_record_id"),
)
#: Facts the index keeps in a capture's ``detail`` that the log records too (same names).
CHECKED_DETAIL: tuple[str, ...] = ("ip", "tls", "original_capture_id", "original_log", "revisit_of")
REINDEX_HINT = "the index is a derived cache: run 'archiver reindex' to rebuild it from the WARC files and the log"


def index_lacks(missing: Sequence[str], url: str | None = None) -> str:
    """The one line every command says for captures the provenance log lists and the capture
    index lacks (:meth:`~archiver.archive.Archive.captures_not_indexed`): ``show`` and
    ``log verify --deep`` of one of them, and ``history``, ``verify-quote``, ``diff`` and ``check``
    whose answer is incomplete without them. One wording (three had grown), so a user who
    meets it twice knows it is the same gap and the same remedy."""
    of = f" of {url}" if url else ""
    shown = ", ".join(missing[:3]) + (", ..." if len(missing) > 3 else "")
    return (f"the index lacks {len(missing)} capture(s){of} the log lists ({shown}; as when a process "
            "stopped between logging and indexing them): run 'archiver reindex'")


class EvidenceError(ArchiverError):
    """A statement about a capture was refused because its evidence did not check out."""

    def __init__(self, evidence: Evidence) -> None:
        super().__init__(evidence.message())
        self.evidence = evidence

    def to_dict(self) -> dict[str, Any]:
        return {**self.evidence.to_dict(), "error": self.diagnostics()}


class EvidenceMissingError(EvidenceError, IncompleteCheckError):
    """A WARC file (or the log) the capture rests on is not in the store: exit 3."""


class EvidenceNotIndexedError(EvidenceError, NotIndexedError):
    """The index lacks a row of the capture that the log lists (its logged extraction): the
    index is behind the log, as when it lacks the whole capture (:class:`NotIndexedError`):
    exit 3, run reindex."""


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
    #: which records a ``present`` answer read and matched, by their part in the capture
    #: (:data:`RECORD_PARTS`; ``full=True``: every record the log lists, named ``all``); ``()``
    #: unless present: what a statement says it checked (``evidence_records``), never more
    checked: tuple[str, ...] = ()

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
                    + ("file is restored" if self.missing_file is not None else "index is rebuilt"))
        return f"capture {self.capture_id}: {first}{more}; refusing to answer from it"

    def require(self) -> Evidence:
        """Return self if the evidence is present; raise otherwise (missing: exit 3, altered: exit 1;
        missing with no file missing: the index lacks a row the log lists, exit 3)."""
        if self.status == MISSING:
            raise EvidenceMissingError(self) if self.missing_file is not None else EvidenceNotIndexedError(self)
        if self.status == ALTERED:
            raise EvidenceAlteredError(self)
        return self

    @classmethod
    def present(cls, capture_id: str, facts: dict[str, Any], capture_seq: int | None,
                extraction_seq: int | None, text_sha256: str | None, records_checked: int,
                article: dict[str, Any] | None, checked: tuple[str, ...] = ()) -> Evidence:
        """A ``present`` answer with the logged capture ``facts``, made as the generated
        constructor makes it, a quarter of its cost: it is the answer to every look-up's check,
        and a frozen dataclass's ``__init__`` sets each of its 14 fields with a call of its own."""
        evidence = object.__new__(cls)
        evidence.__dict__.update(
            capture_id=capture_id, status=PRESENT, problems=(), missing_file=None, url=facts.get("url"),
            final_url=facts.get("final_url"), capture_time=facts.get("capture_time"),
            http_status=facts.get("http_status"), payload_digest=facts.get("payload_digest"),
            capture_seq=capture_seq, extraction_seq=extraction_seq, text_sha256=text_sha256,
            records_checked=records_checked, article=article, checked=checked)
        return evidence

    def to_dict(self) -> dict[str, Any]:
        """The ``evidence`` facts a JSON answer carries (``evidence`` is the status word)."""
        return {"capture_id": self.capture_id, "evidence": self.status,
                "evidence_problems": list(self.problems), "missing_file": self.missing_file,
                "records_checked": self.records_checked}


# ------------------------------------------------------------------------------ the log


class EvidenceReaders:
    """The log reader and WARC handles a store keeps open between evidence checks.

    A process that states many things (a manuscript, a library caller) would otherwise open the
    log, read its tail and open each WARC again per answer, which costs more than the check's
    reading. Nothing is trusted from an earlier check: every use looks the path up again
    (:class:`~archiver.core.heldfiles.HeldFiles`), so a file deleted or replaced since is
    reported missing or read anew, and all bytes are read afresh.
    """

    def __init__(self) -> None:
        self.warcs = HeldFiles()
        #: WARC names as the log writes them, and their paths (a name's path is a pure function
        #: of the name and the store: :func:`_warc_path`; nothing read from a file is kept)
        self.paths: dict[str, str] = {}
        self._logs = HeldFiles(limit=1)
        self._log: LogReader | None = None
        self._log_ident: tuple[str, int, int] | None = None  # (path, device, inode) of the held log
        #: what this process proved of the held log (:mod:`archiver.provenance.proven`), set by :meth:`log`
        self.proven: ProvenLog | None = None

    def log(self, path: Path, key_dir: Path | None = None) -> LogReader:
        """A reader of the log at ``path`` as it is now (``FileNotFoundError`` when it is gone),
        with :attr:`proven` brought up to the file's size (``key_dir``: the owner's key folder,
        whose record of the last signed checkpoint counts too).

        The path is looked up again each time (one ``stat``, as :class:`HeldFiles` does, done
        here directly: it runs before every statement); a path that names another file now gets
        a new handle and reader."""
        key = str(path)
        st = os.stat(key)
        self.proven = proven_log(path, st, key_dir)
        log = self._log
        if log is not None and self._log_ident == (key, st.st_dev, st.st_ino):
            log.refresh(st.st_size)
            return log
        handle, _ = self._logs.get_sized(key)
        opened = os.fstat(handle.fileno())
        self._log = LogReader(handle=handle)
        self._log_ident = (key, opened.st_dev, opened.st_ino)
        return self._log

    def close(self) -> None:
        """Close every held handle (the store's ``close``)."""
        self._log = None
        self._log_ident = None
        self.proven = None
        self._logs.close()
        self.warcs.close()


class _Check:
    """Collects the problems found while checking one capture (``proven``: what the process
    proved of the log, against which every entry read is held: :func:`_chained`)."""

    def __init__(self, capture_id: str, proven: ProvenLog | None = None) -> None:
        self.capture_id = capture_id
        self.proven = proven
        self.problems: list[str] = []
        self.missing: list[str] = []
        self.records_checked = 0
        self.parts: tuple[str, ...] = ()  # the parts of the capture its records play (:func:`_record_part`)

    def altered(self, message: str) -> None:
        self.problems.append(message)

    def lost(self, message: str, file: str) -> None:
        self.problems.append(message)
        self.missing.append(file)

    def behind(self, message: str) -> None:
        """The index lacks a row the log lists (it is behind the log, contradicting nothing):
        ``missing`` (exit 3) as a whole capture the index lacks is, unless something else was
        found altered."""
        self.problems.append(message)
        self.unindexed += 1

    unindexed = 0

    @property
    def status(self) -> str:
        if self.missing:
            return MISSING
        if len(self.problems) > self.unindexed:
            return ALTERED
        return MISSING if self.problems else PRESENT


def check_capture(archive: EvidenceStore, capture_id: str, *, full: bool = False, with_text: bool = True,
                  extraction: dict[str, Any] | None = None, row: Any = None,
                  text_digest: tuple[str, str] | None = None, with_article: bool = True) -> Evidence:
    """Check capture ``capture_id`` (a full id) against its log entries and WARC records.

    ``full`` checks every record the log lists for it (``show``, export), else the final
    response, the extraction record and a browser capture's rendered text (what a verdict or a
    citation rests on). ``with_text``
    also checks the cached extraction against the extraction record and the logged text digest;
    ``extraction`` and ``row`` are the index's rows when the caller has already read them, and
    ``text_digest`` is (text, its ``sha256:`` digest) as the caller's look-up hashed that very
    ``str`` object moments ago (used only for the same object, ``is``: see :func:`_text_sha`).
    ``with_article=False``: the answer need not carry the archived extraction (``article``).
    Raises :class:`~archiver.errors.UnknownCaptureError` when the index does not know the id.
    """
    if row is None or row.capture_id != capture_id:
        row = archive.index.get(capture_id)
    log_path = archive.log_path
    held = archive.evidence_readers
    readers = held if held is not None else EvidenceReaders()
    try:
        try:
            log = readers.log(log_path, getattr(archive, "key_dir", None))
        except FileNotFoundError:
            name = f"{log_path.parent.name}/{log_path.name}"
            check = _Check(capture_id)
            check.lost(f"the provenance log {name} is missing from the store", name)
            return _evidence(check)
        except OSError as exc:
            raise StoreError(f"cannot read the provenance log {log_path}: {exc.strerror or exc}") from exc
        if not full:
            quick = _quick(archive, readers, log, row, with_text, extraction, text_digest, with_article)
            if quick is not None:
                return quick
        return _check_with(archive, readers, log, row, _Check(capture_id, readers.proven), full=full,
                           with_text=with_text,
                           extraction=extraction)
    finally:
        if held is None:
            readers.close()


def logged_original_id(archive: EvidenceStore, capture_id: str) -> str | None:
    """The ``original_capture_id`` the proven log entry of ``capture_id`` (a full id the index
    knows) records: the id an imported capture had in the store it came from. ``None``: it
    records none, or the entry the index points to is not that capture's proven entry (the
    evidence check then names why). What an id reached through the index's aliases is held to."""
    row = archive.index.get(capture_id)
    held = archive.evidence_readers
    readers = held if held is not None else EvidenceReaders()
    try:
        try:
            log = readers.log(archive.log_path, getattr(archive, "key_dir", None))
        except OSError:
            return None
        check = _Check(capture_id, readers.proven)
        logged = _logged_capture(log, row, check)
        if logged is None or check.problems:
            return None
        original = logged[0].get("original_capture_id")
        return original if isinstance(original, str) else None
    finally:
        if held is None:
            readers.close()


def _quick(archive: EvidenceStore, readers: EvidenceReaders, log: LogReader, row: Any, with_text: bool,
           extraction: dict[str, Any] | None, text_digest: tuple[str, str] | None,
           with_article: bool = True) -> Evidence | None:
    """The common case, everything present and matching, in the fewest steps; ``None`` at the
    first thing that is not plainly so, and :func:`_check_with` then checks again and names it.

    It proves what :func:`_check_with` proves for a ``present`` answer, reading and hashing the
    same bytes in this call: the capture entry (a ``capture``; an ``import`` takes the full
    path) and the extraction entry are this capture's, the index's facts are the logged ones,
    each record the statement rests on is listed once by the log, and is at its place with its
    id and block digest (or, the log recording it, its gzip member's sha256); the extraction's
    text hashes to the logged digest and equals the cache. It runs after every look-up, so it is
    written flat: each Python call it saves is time the look-up's caller waits.
    """
    capture_id, seq = row.capture_id, row.log_seq
    if not with_text:
        extraction = None
    elif extraction is None:
        extraction = archive.index.extraction(capture_id)
    if extraction is not None and row.log_offset is not None and extraction.get("log_offset") is not None:
        cap, ext = log.pair_at(seq, row.log_offset, row.log_length,
                               extraction.get("log_seq"), extraction["log_offset"], extraction.get("log_length"))
    else:
        cap, ext = _quick_entries(log, row, extraction)
    if cap is None or cap["type"] != "capture" or not _quick_proven(readers.proven, log, row, extraction):
        return None
    if extraction is not None and readers.proven is not None and type(extraction.get("log_seq")) is int \
            and readers.proven.superseding(capture_id, extraction["log_seq"]) is not None:
        return None  # a newer extraction is logged: the full path says so
    if with_text and extraction is None and readers.proven is not None \
            and readers.proven.newest_extraction(capture_id) is not None:
        return None  # no extraction indexed, one logged: the full path says what is missing
    facts = cap["data"]
    if facts.get("capture_id") != capture_id or next(_disagreements(row, facts, "capture"), None) is not None:
        return None
    ext_data: dict[str, Any] | None = None
    ext_id = None
    if extraction is not None:
        if ext is None or ext["type"] != "extraction":
            return None
        ext_data = ext["data"]
        if ext_data.get("capture_id") != capture_id or ext_data.get("capture_seq") != seq:
            return None
        if extraction.get("text_sha256") not in (None, ext_data.get("text_sha256")):
            return None  # the index's digest of the text is not the logged one: the full path names it
        if later_extraction(ext_data) and (readers.proven is None or readers.proven.signed <= ext["seq"]):
            return None  # a re-extraction no checkpoint signs yet: the full path asks whose it is
        ext_id = ext_data.get("record_id")
    # a re-extraction's record is listed by its own entry, not the capture's (archiver reextract)
    own_rec = own_record(ext_data)
    response_id = facts.get("response_record_id")
    response = ext_rec = None
    for rec in facts.get("records") or ():
        if type(rec) is not dict:
            continue
        rid = rec.get("record_id")
        if rid is None:
            continue
        if rid == response_id:
            if response is not None:
                return None  # listed twice
            response = rec
        if rid == ext_id:
            if ext_rec is not None or own_rec is not None:
                return None
            ext_rec = rec
    if own_rec is not None:
        ext_rec = own_rec
    if (response is None and response_id is not None) or (ext_rec is None and ext_id is not None):
        return None  # not listed
    article = None
    if ext_rec is not None:
        assert ext_data is not None
        article = _quick_extraction(archive, readers, ext_rec, extraction, ext_data, text_digest)
        if article is None:
            return None
    if response is not None and response is not ext_rec and not _quick_record(archive, readers, response,
                                                                              (facts.get("ip"),)):
        return None
    source_id = ext_data.get("source_record_id") if ext_data is not None else None
    from_source = source_id is not None and source_id not in (response_id, ext_id)
    if from_source:  # the record the words were read from (a rendered DOM): its bytes are checked too
        source = next((r for r in facts.get("records") or () if type(r) is dict and r.get("record_id") == source_id),
                      None)
        if source is None or not _quick_record(archive, readers, source):
            return None
    shown_id = _rendered_text_id(facts)
    from_shown = shown_id is not None and shown_id not in (response_id, ext_id, source_id)
    if from_shown:  # the text the rendered page showed, which a verdict is held to
        shown = next((r for r in facts.get("records") or () if type(r) is dict and r.get("record_id") == shown_id),
                     None)
        if shown is None or not _quick_record(archive, readers, shown):
            return None
    parts = ((RESPONSE,) if response is not None else ()) + (
        (EXTRACTED_TEXT,) if ext_rec is not None and ext_rec is not response else ()) + (
        (RENDERED_DOM,) if from_source else ()) + ((RENDERED_TEXT,) if from_shown else ())
    return Evidence.present(capture_id, facts, seq, ext["seq"] if ext_data is not None else None,  # type: ignore[index]
                            ext_data.get("text_sha256") if ext_data is not None else None, len(parts),
                            article if with_article else None, parts)


def _quick_entries(log: LogReader, row: Any, extraction: dict[str, Any] | None
                   ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The capture's log entry and its extraction's (None: no extraction, or not found), as
    parsed objects with the wanted ``seq``, a string ``type`` and an object ``data``, when the
    index does not place both in log.jsonl (an index made before schema 2: found by seq)."""
    seq, ext_seq = row.log_seq, extraction.get("log_seq") if extraction is not None else None
    if seq is None:
        return None, None
    if row.log_offset is not None:
        cap = log.objects_at([(seq, row.log_offset, row.log_length)])[0]
    else:
        cap = _as_object(log.entry(seq, hashed=False))
    if ext_seq is None:
        return cap, None
    if extraction is not None and extraction.get("log_offset") is not None:
        return cap, log.objects_at([(ext_seq, extraction["log_offset"], extraction.get("log_length"))])[0]
    return cap, _as_object(log.entry(ext_seq, hashed=False))


def _disagreements(row: Any, facts: dict[str, Any], entry_type: str) -> Iterator[tuple[str, Any, Any]]:
    """(fact, what the index says, what the log says) for each fact the index serves about a
    capture that its log entry records otherwise: :data:`CHECKED_FACTS`, :data:`CHECKED_DETAIL`
    (a fact the entry does not record is not compared), a browser capture's logged browser facts
    (:data:`~archiver.store.commit.BROWSER_LOGGED`: its screenshot and rendered DOM, whether
    Chromium ran in its sandbox, ...), and ``origin``, imported (an
    ``import`` entry) or captured here (a ``capture`` entry). Why: ``show`` and ``cite`` state
    them ("Imported copy (not captured by archiver)", the address connected to, the
    certificate), so an index edited to say otherwise must not be ``present``. The one list both
    paths compare: the short path stops at the first, the full one names each."""
    for attr, key in CHECKED_FACTS:
        if key in facts and facts[key] != getattr(row, attr):
            yield attr, getattr(row, attr), facts[key]
    detail = row.detail or {}
    for key in CHECKED_DETAIL:
        if key in facts and facts[key] != detail.get(key):
            yield key, detail.get(key), facts[key]
    logged_browser = facts.get("browser")
    if isinstance(logged_browser, dict):  # a browser capture: what its entry records of the browser
        part = detail.get("browser")
        shown: dict[str, Any] = part if isinstance(part, dict) else {}
        for key, value in logged_browser.items():
            if shown.get(key) != value:
                yield f"browser {key}", shown.get(key), value
    logged_origin = "imported" if entry_type == "import" else "captured"
    if row.origin != logged_origin:
        yield "origin", row.origin, logged_origin

def _quick_proven(proven: ProvenLog | None, log: LogReader, row: Any, extraction: dict[str, Any] | None) -> bool:
    """Whether each entry the statement rests on (the capture's, the extraction's) is a line
    this process proved to be in the signed log (:mod:`archiver.provenance.proven`): the line at
    the index's place hashes to the proven leaf of its seq. Read where the index places them (one
    read for both); an index without places (schema 1) has them found by seq."""
    if proven is None:
        return False
    wanted = [(row.log_seq, row.log_offset, row.log_length)]
    if extraction is not None and extraction.get("log_seq") is not None:
        wanted.append((extraction["log_seq"], extraction.get("log_offset"), extraction.get("log_length")))
    if all(offset is not None for _, offset, _ in wanted):
        lines = log.lines_at(wanted)
    else:
        found = [log.entry(seq, hashed=False) for seq, _, _ in wanted]
        lines = [e.line if e is not None else None for e in found]
    for (seq, _, _), line in zip(wanted, lines, strict=True):
        if line is None or type(seq) is not int or not proven.holds(seq, line):
            return False
    return True


def _as_object(entry: LogEntry | None) -> dict[str, Any] | None:
    """The fields of a found entry the quick path reads."""
    return {"seq": entry.seq, "type": entry.type, "data": entry.data} if entry is not None else None


def _quick_record(archive: EvidenceStore, readers: EvidenceReaders, rec: dict[str, Any],
                  ip: tuple[str | None] | None = None) -> bool:
    """Whether the record is at its logged place as logged: its gzip member's bytes hash to
    the logged ``member_sha256`` (the same bytes: the same id and block, no inflate), or, where
    the log has no member digest (captures made before it, imports of other layouts), its
    block read as one gzip member has the logged id and block digest (:func:`_quick_block`),
    and its header lines the logged ones (``ip``: a capture's final response, with the logged
    address)."""
    member = rec.get("member_sha256")
    if member is None:
        return _quick_block(archive, readers, rec, ip) is not None
    path = _quick_path(archive, readers, rec)
    if path is None:
        return False
    offset, length = rec.get("offset"), rec.get("length")
    if type(offset) is not int or type(length) is not int or offset < 0 or length <= 0:
        return False
    try:
        raw = _read_member_bytes(readers.warcs.get(path), offset, length)
    except OSError:
        return False
    return len(raw) == length and "sha256:" + hashlib.sha256(raw).hexdigest() == member


def _read_member_bytes(f: BinaryIO, offset: int, length: int) -> bytes:
    """The ``length`` bytes at ``offset`` as stored (fewer at the file's end)."""
    return os.pread(f.fileno(), length, offset)


def _quick_path(archive: EvidenceStore, readers: EvidenceReaders, rec: dict[str, Any]) -> str | None:
    """The local path of the record's logged WARC name (None: not a name of this store's)."""
    name = rec.get("warc")
    path = readers.paths.get(name) if isinstance(name, str) else None
    if path is None:
        path = _warc_path(archive, str(name))
        if path is not None and len(readers.paths) < 1024:  # a name's path, never anything read from the file
            readers.paths[str(name)] = path
    return path


def _quick_block(archive: EvidenceStore, readers: EvidenceReaders, rec: dict[str, Any],
                 ip: tuple[str | None] | None = None) -> bytes | None:
    """The record's block when it is read at its logged place, as one gzip member, with its
    logged id, block digest and header lines (:mod:`~archiver.capture.record_heads`; ``ip``:
    a capture's final response, with the logged address); ``None`` otherwise
    (:func:`_check_record` then decides)."""
    path = _quick_path(archive, readers, rec)
    if path is None:
        return None
    try:
        found = _read_block_fast(readers.warcs.get(path), rec)
    except OSError:
        return None
    if found is None or found[0] != rec.get("record_id") or found[1] != rec.get("block_digest"):
        return None
    if head_problems(found[3], rec, ip=ip[0] if ip else None, check_ip=ip is not None):
        return None
    return found[2]


def _quick_extraction(archive: EvidenceStore, readers: EvidenceReaders, rec: dict[str, Any],
                      extraction: dict[str, Any] | None, ext: dict[str, Any],
                      text_digest: tuple[str, str] | None) -> dict[str, Any] | None:
    """The archived extraction when it checks out (see :func:`_quick`), else ``None``.
    ``ext``: the extraction entry's ``data``."""
    logged_sha = ext.get("extraction_sha256")
    if logged_sha and rec["block_digest"] != logged_sha:
        return None
    article = _read_by_the_look_up(extraction, rec)
    if article is None:
        block = _quick_block(archive, readers, rec)
        if block is None:
            return None
        try:
            article = json.loads(block)
        except ValueError:
            return None
        if not isinstance(article, dict):
            return None
    text = article.get("text") or ""
    if text_digest is not None and text_digest[0] is text:  # the look-up hashed this very object: _text_sha
        text_sha = text_digest[1]
    else:
        text_sha = sha256_label(text.encode("utf-8"))
    if text_sha != ext.get("text_sha256"):
        return None
    cached = (extraction or {}).get("article") or {}
    return article if cached == article else None


def _text_sha(text: str, known: tuple[str, str] | None) -> str:
    """``sha256:`` of the UTF-8 text; the look-up's digest when it hashed this very object."""
    if known is not None and known[0] is text:
        return known[1]
    return sha256_label(text.encode("utf-8"))


def _check_with(archive: EvidenceStore, readers: EvidenceReaders, log: LogReader, row: Any, check: _Check, *,
                full: bool, with_text: bool, extraction: dict[str, Any] | None) -> Evidence:
    """:func:`check_capture` once the log is open, the full path: every problem found is named."""
    capture_id = check.capture_id
    if check.proven is None:  # what readers.log() proved of the log just opened
        check.proven = readers.proven
    logged = _logged_capture(log, row, check)
    if logged is None:
        return _evidence(check)
    facts, entry_type = logged
    _compare_facts(row, facts, check, entry_type)
    if with_text and extraction is None:
        extraction = archive.index.extraction(capture_id)
    elif not with_text:
        extraction = None
    ext_entry = _logged_extraction(log, capture_id, row.log_seq, extraction, check)
    lacked_own = None
    if with_text and extraction is None:
        lacked_own = _lacked_extraction(archive, readers, log, facts, check, full, row.log_seq)
    newer = check.proven.superseding(capture_id, ext_entry.seq) if ext_entry is not None and check.proven is not None \
        else None
    broken = check.proven.breaks_rule(ext_entry.seq) if ext_entry is not None and check.proven is not None else None
    if broken is not None:  # followed only along the log's rule, whoever signed it
        check.altered(f"the index points at extraction entry {ext_entry.seq}, which breaks the log's rule of "  # type: ignore[union-attr]
                      f"re-extractions ({broken}): readers do not follow it; run 'archiver log verify'")
    elif ext_entry is not None and later_extraction(ext_entry.data) and not _trusted(check, ext_entry.seq):
        check.altered(unsigned_reextraction(ext_entry.seq))
    elif newer is not None and not _trusted(check, newer):
        check.altered(unsigned_reextraction(newer))
    elif newer is not None and not _caught_up(archive, capture_id, newer):
        check.altered(f"the index points at extraction entry {ext_entry.seq}, which log entry {newer} supersedes "  # type: ignore[union-attr]
                      f"(archiver reextract): the index is older than the log; {REINDEX_HINT}")
    records = facts.get("records") or []
    own = own_record(ext_entry.data if ext_entry is not None else None) or lacked_own
    if full:  # show lists the records: the index's list must be the logged one
        _compare_records(archive.index.records(capture_id), [*records, *([own] if own else [])], check)
    wanted = _records_to_check(records, facts, ext_entry, full, check)
    check.parts = ("all",) if full else tuple(dict.fromkeys(
        _record_part(rec, facts, ext_entry.data if ext_entry is not None else None) for rec in wanted))
    article = None
    for rec in wanted:
        is_extraction = ext_entry is not None and rec["record_id"] == ext_entry.data.get("record_id")
        # a statement's look-up read the extraction record moments ago; show and export (full)
        # read it here, header lines and all
        shared = _read_by_the_look_up(extraction, rec) if is_extraction and not full else None
        if shared is not None:  # this process just read this very record for its texts
            check.records_checked += 1
            assert ext_entry is not None
            if _matches_logged_extraction(rec["block_digest"], ext_entry, check):
                article = _check_extraction_article(shared, extraction, ext_entry, check)
            continue
        response = entry_type == "capture" and rec.get("record_id") == facts.get("response_record_id")
        block = _check_record(archive, rec, check, readers.warcs, (facts.get("ip"),) if response else None)
        if full and block is not None and entry_type == "capture" and str(rec.get("target_uri")).startswith(
                MANIFEST_URN):
            _compare_hops(row, block, check)
        if block is not None and is_extraction:
            assert ext_entry is not None
            article = _check_extraction_block(block, rec["block_digest"], extraction, ext_entry, check)
    if full:  # the warcinfo opening each file it was written to (captures since it is logged)
        for info in facts.get("warcinfo") or ():
            if isinstance(info, dict):
                _check_record(archive, info, check, readers.warcs)
    return _evidence(check, facts=facts, capture_seq=row.log_seq,
                     extraction_seq=ext_entry.seq if ext_entry else None,
                     text_sha256=ext_entry.data.get("text_sha256") if ext_entry else None, article=article)


def _lacked_extraction(archive: EvidenceStore, readers: EvidenceReaders, log: LogReader, facts: dict[str, Any],
                       check: _Check, full: bool, capture_seq: int | None) -> dict[str, Any] | None:
    """The index holds no extraction of the capture: when the log holds one (the capture's own,
    or a re-extraction by ``archiver reextract``, whose record only its own entry lists), that
    is not "no text". Its record is checked first: missing (its WARC file gone: exit 3) or
    altered, that is said (``reindex`` could not index it either); intact, the index disagrees
    with the log (a row deleted by hand, an index behind the log: run reindex). ``full``: the
    capture's own records are checked by the caller, which names their problems. Returns the
    record that extraction's own entry lists (a re-extraction's), which the index's record list
    holds rightly. A capture whose extraction failed, or that has no text (an image), has no
    extraction entry; one that a line
    no checkpoint signs gives it (by hand) is said to be unsigned, before anything is said of
    the index (:func:`unsigned_change`: ``reindex`` never indexes it, so "run reindex" was a loop)."""
    capture_id = check.capture_id
    seq = check.proven.newest_extraction(capture_id) if check.proven is not None else None
    if seq is None:
        return None
    entry = _read_logged(log, seq, check, "newest logged extraction")
    if entry is None:
        return None
    if unsigned_change(check.proven, seq, entry.data, capture_seq):
        check.altered(unsigned_reextraction(seq, first=not later_extraction(entry.data)))
        return None
    rid = entry.data.get("record_id")
    own = own_record(entry.data)
    rec = own if own is not None else next(
        (r for r in facts.get("records") or () if isinstance(r, dict) and r.get("record_id") == rid), None)
    if rec is not None:
        scratch = _Check(capture_id, check.proven)
        if _check_record(archive, rec, scratch, readers.warcs) is None or scratch.problems:
            if own is not None or not full:  # (else the caller checks and names it)
                check.problems += scratch.problems
                check.missing += scratch.missing
                check.records_checked += scratch.records_checked
            return own
    check.behind(f"the index lacks the logged extraction of this capture (log entry {seq}, record {rid}): the "
                 f"index is behind the provenance log (as when a process stopped between logging and indexing "
                 f"it); {REINDEX_HINT}")
    return own


def _caught_up(archive: EvidenceStore, capture_id: str, newer: int) -> bool:
    """Whether the index, looked at again once no ``reextract`` commit is under way (it holds the
    store's lock exclusively from its log append to its index update), points at extraction
    entry ``newer`` or a later one: the extraction this check read was the capture's newest when
    it was looked up, superseded only since, and the store is consistent. Else the index is
    behind the log (a reextract killed between the two, an older index): run reindex. The wait
    is part of the command's one bounded wait (the port's ``wait_budget``:
    :meth:`archiver.archive.Archive.waits_once`), not a second one beside it."""
    wait_for_writers(archive.log_path.parent.parent, archive.wait_budget())
    try:
        now = archive.index.extraction(capture_id)
    except ArchiverError:
        return False
    seq = now.get("log_seq") if now is not None else None
    return type(seq) is int and seq >= newer


def unsigned_change(proven: ProvenLog | None, seq: int, ext: dict[str, Any], capture_seq: Any) -> bool:
    """Whether proven ``extraction`` entry ``seq`` (its ``data``) of the capture logged at entry
    ``capture_seq`` (the capture's own entry, not what the line claims) is an unsigned line that would
    change a signed capture, which no reader follows: a re-extraction that is not trusted
    (:meth:`~archiver.provenance.proven.ProvenLog.trusted`), or a capture's first extraction that
    is not trusted while the capture's own entry is (a line appended by hand giving a capture
    whose extraction failed, or an image, a text). A capture and its extraction both in the
    unsigned tail (a batch killed elsewhere) add a capture, as before."""
    if proven is None:
        return later_extraction(ext)
    if proven.trusted(seq):
        return False
    return later_extraction(ext) or (type(capture_seq) is int and proven.trusted(capture_seq))


def unsigned_reextraction(seq: int, *, first: bool = False) -> str:
    """Why a capture's text is refused: its re-extraction (``first``: its first extraction, logged
    after it by hand) at log entry ``seq`` is signed by no checkpoint and was written by no archiver
    process of this machine (by hand, or elsewhere)."""
    what = "extraction" if first else "re-extraction"
    return (f"its {what} at log entry {seq} is not signed (no signed checkpoint covers it and no "
            "archiver process of this machine wrote it): its text is not served; inspect it with `archiver "
            "log show`, then remove it from the end of provenance/log.jsonl, or accept it with `archiver "
            "log adopt FROM..TO`")


def _trusted(check: _Check, seq: int) -> bool:
    """Whether re-extraction entry ``seq`` may change what the capture serves
    (:meth:`~archiver.provenance.proven.ProvenLog.trusted`)."""
    return check.proven is not None and check.proven.trusted(seq)


def require_shown(doc: dict[str, Any]) -> None:
    """Raise for a ``show`` document (see :meth:`archiver.archive.Archive.show`) whose
    evidence is not present (missing: exit 3, altered: exit 1)."""
    Evidence(capture_id=doc["capture_id"], status=doc["evidence"],
             problems=tuple(doc.get("evidence_problems") or ()),
             missing_file=doc.get("missing_file")).require()


def require_evidence(archive: EvidenceStore, capture_ids: list[str], *, full: bool = True) -> list[Evidence]:
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
        checked=check.parts if check.status == PRESENT else (),
    )


def _read_logged(log: LogReader, seq: int | None, check: _Check, what: str,
                 place: tuple[Any, Any] = (None, None)) -> LogEntry | None:
    """The log entry ``seq`` the index names for ``what``, or ``None`` (with the problem noted).

    ``place``: (offset, length) where the index says the entry lies in log.jsonl; the entry is
    then read there, and a place that does not hold it whole is the index disagreeing with the
    log (it is never looked for elsewhere: a wrong place is a wrong index)."""
    if seq is None:
        check.altered(f"the index names no log entry for its {what}: the index disagrees with the "
                      f"provenance log; {REINDEX_HINT}")
        return None
    if place[0] is not None:
        found = log.entries_at([(seq, place[0], place[1])])[0]
        if found is None:
            check.altered(f"the index places log entry {seq} (its {what}) at byte {place[0]} of log.jsonl "
                          f"({place[1]} bytes), where the log does not hold that entry: the index disagrees with "
                          f"the provenance log; {REINDEX_HINT}")
        return _chained(found, check)
    entry = log.entry(seq, hashed=False)
    if entry is None:
        check.altered(f"the index names log entry {seq} for its {what}, and the log has no such entry: "
                      f"the index disagrees with the provenance log; {REINDEX_HINT}")
    return _chained(entry, check)


def _chained(entry: LogEntry | None, check: _Check) -> LogEntry | None:
    """``entry``, with a problem noted when it is not a line this process proved to be in the
    signed log (:class:`~archiver.provenance.proven.ProvenLog`): the log was edited (the entry,
    or the chain or signed lines around it), or the entry changed since it was proven."""
    proven = check.proven
    if entry is not None and (proven is None or not proven.holds(entry.seq, entry.line)):
        check.altered(proven.reason(entry.seq) if proven is not None else
                      "the provenance log was not proven: run 'archiver log verify'")
    return entry


def _logged_capture(log: LogReader, row: Any, check: _Check) -> tuple[dict[str, Any], str] | None:
    """The capture's facts as its ``capture`` entry (or the ``import`` entry's item) logs them,
    and that entry's type."""
    entry = _read_logged(log, row.log_seq, check, "capture", (row.log_offset, row.log_length))
    if entry is None:
        return None
    if entry.type == "capture" and entry.data.get("capture_id") == row.capture_id:
        return dict(entry.data), entry.type
    if entry.type == "import":
        for item in entry.data.get("captures") or []:
            if isinstance(item, dict) and item.get("capture_id") == row.capture_id:
                # an import logs one URL per capture: it is both the requested and the final one
                return {**item, "final_url": item.get("final_url") or item.get("url")}, entry.type
    check.altered(f"log entry {entry.seq} ({entry.type}) is not about this capture, yet the index points "
                  f"to it: the index disagrees with the provenance log; {REINDEX_HINT}")
    return None


def _compare_facts(row: Any, facts: dict[str, Any], check: _Check, entry_type: str) -> None:
    for fact, cached, logged in _disagreements(row, facts, entry_type):
        if fact == "origin":
            check.altered(f"the index says the capture was {cached}, the provenance log (entry {row.log_seq}, "
                          f"{entry_type}) says it was {logged}: the index disagrees with the log; {REINDEX_HINT}")
        else:
            check.altered(f"the index says {fact} {cached!r}, the provenance log (entry {row.log_seq}) says "
                          f"{logged!r}: the index disagrees with the log; {REINDEX_HINT}")


def _compare_hops(row: Any, block: bytes, check: _Check) -> None:
    """The redirect chain the index serves (``show`` lists it) against the capture's manifest
    record, whose bytes were just matched with the log: an index edited to invent or hide a
    redirect is the index disagreeing with the evidence."""
    cached = (row.detail or {}).get("hops")
    if cached is None:
        return
    try:
        archived = [hop.summary() for hop in Manifest.from_json(block).hops]
    except ArchiverError as exc:
        check.altered(f"the capture's manifest record cannot be read ({exc.diagnostics()}): the archived "
                      "evidence was altered")
        return
    if cached != _as_indexed(archived, cached):
        check.altered(f"the index lists {len(cached)} request(s) and redirect(s) for this capture where its "
                      f"manifest record lists {len(archived)} (or other ones): the index disagrees with the "
                      f"evidence; {REINDEX_HINT}")


def _as_indexed(archived: list[dict[str, Any]], cached: Any) -> list[dict[str, Any]]:
    """The manifest's hop summaries as an index row written before cap59 holds them: its ``interim``
    had no ``before_status_line`` (a fact of the records, derived; an index lacking it hides no
    request, and is rebuilt with it by ``reindex``)."""
    if not isinstance(cached, list) or len(cached) != len(archived):
        return archived
    out = []
    for hop, row in zip(archived, cached, strict=True):
        interim, row_interim = hop.get("interim"), row.get("interim") if isinstance(row, dict) else None
        if isinstance(interim, dict) and isinstance(row_interim, dict) and "before_status_line" not in row_interim:
            hop = {**hop, "interim": {k: v for k, v in interim.items() if k != "before_status_line"}}
        out.append(hop)
    return out


def _record_keys(records: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {(r.get("record_id"), r.get("warc"), r.get("offset"), r.get("length"), r.get("block_digest"))
            for r in records if isinstance(r, dict)}


def _compare_records(cached: list[dict[str, Any]], logged: list[dict[str, Any]], check: _Check) -> None:
    if _record_keys(cached) != _record_keys(logged):
        check.altered(f"the index lists {len(cached)} records for this capture where the provenance log lists "
                      f"{len(logged)} (or at other places): the index disagrees with the log; {REINDEX_HINT}")


def _logged_extraction(log: LogReader, capture_id: str, capture_seq: int | None,
                       extraction: dict[str, Any] | None, check: _Check) -> LogEntry | None:
    """The ``extraction`` entry behind the cached extraction, checked to be this capture's."""
    if extraction is None:
        return None
    entry = _read_logged(log, extraction.get("log_seq"), check, "extracted text",
                         (extraction.get("log_offset"), extraction.get("log_length")))
    if entry is None:
        return None
    if (entry.type != "extraction" or entry.data.get("capture_id") != capture_id
            or entry.data.get("capture_seq") != capture_seq):
        check.altered(f"log entry {entry.seq} is not the extraction of this capture, yet the index points to "
                      f"it: the index disagrees with the provenance log; {REINDEX_HINT}")
        return None
    cached = extraction.get("text_sha256")
    if cached is not None and cached != entry.data.get("text_sha256"):  # (a verdict's entry records it)
        check.altered(f"the index says text_sha256 {cached}, the provenance log (entry {entry.seq}) says "
                      f"{entry.data.get('text_sha256')}: the index disagrees with the log; {REINDEX_HINT}")
    return entry


def _records_to_check(records: list[dict[str, Any]], facts: dict[str, Any], ext_entry: LogEntry | None,
                      full: bool, check: _Check) -> list[dict[str, Any]]:
    """The logged records a statement rests on: the final response and the extraction record,
    and, for a revisit, the earlier record its payload (and so its extracted text) was read
    from (``revisit_of``): a revisit's words are that record's bytes, so they are checked too."""
    source = facts.get("revisit_of")
    read_from = [source] if isinstance(source, dict) and source.get("record_id") is not None else []
    own = own_record(ext_entry.data if ext_entry is not None else None)
    if own is not None:  # a re-extraction's record, which its entry lists (not the capture's)
        read_from.append(own)
    if full:
        listed = [r for r in records if isinstance(r, dict)]
        return listed + [r for r in read_from if r.get("record_id") not in {x.get("record_id") for x in listed}]
    wanted = [facts.get("response_record_id")]
    if ext_entry is not None:
        # the extraction record, and the record it was made from when that is not the response
        # (a browser capture's rendered DOM): its words are that record's bytes
        wanted += [ext_entry.data.get("record_id"), ext_entry.data.get("source_record_id")]
    wanted.append(_rendered_text_id(facts))  # a browser capture's verdicts are held to it
    wanted_ids: set[str] = {rid for rid in wanted if rid is not None} - {r["record_id"] for r in read_from}
    out = [r for r in records if isinstance(r, dict) and r.get("record_id") in wanted_ids]
    for rid in sorted(wanted_ids - {r["record_id"] for r in out}):
        check.altered(f"record {rid} is not among the records the provenance log lists for this capture")
    return out + read_from


def _record_part(rec: dict[str, Any], facts: dict[str, Any], ext: dict[str, Any] | None) -> str:
    """The part ``rec`` (one of :func:`_records_to_check`'s) plays in its capture (:data:`RECORD_PARTS`)."""
    rid = rec.get("record_id")
    source = facts.get("revisit_of")
    if isinstance(source, dict) and rid == source.get("record_id"):
        return REVISITED
    if rid == facts.get("response_record_id"):
        return RESPONSE
    if ext is not None and rid == ext.get("record_id"):
        return EXTRACTED_TEXT
    if ext is not None and rid == ext.get("source_record_id"):
        return RENDERED_DOM
    return RENDERED_TEXT  # (the last :func:`_records_to_check` asks for)


def later_extraction(ext: dict[str, Any]) -> bool:
    """Whether an ``extraction`` entry was logged after its capture (``archiver reextract``: it
    names ``supersedes_seq``, null for a capture whose extraction failed when it was captured, and
    lists its own ``record``): it changes what a capture serves, so a reader follows it only when
    signed or this machine's own (:meth:`archiver.provenance.proven.ProvenLog.trusted`)."""
    return "supersedes_seq" in ext or own_record(ext) is not None


def own_record(ext: dict[str, Any] | None) -> dict[str, Any] | None:
    """The record an ``extraction`` entry lists itself (``record``: a re-extraction by ``archiver
    reextract``, whose record the capture entry cannot list), when it is the entry's ``record_id``."""
    rec = ext.get("record") if ext is not None else None
    if type(rec) is dict and rec.get("record_id") is not None and rec.get("record_id") == ext.get("record_id"):  # type: ignore[union-attr]
        return rec
    return None


def _rendered_text_id(facts: dict[str, Any]) -> str | None:
    """The record of the text a browser capture's rendered page showed, as its entry logs it
    (None: no such record): ``verify-quote`` holds a match to it, so a verdict rests on it too."""
    part = facts.get("browser")
    found = part.get("rendered_text_record_id") if isinstance(part, dict) else None
    return found if isinstance(found, str) else None


def _check_record(archive: EvidenceStore, rec: dict[str, Any], check: _Check, warcs: HeldFiles,
                  ip: tuple[str | None] | None = None) -> bytes | None:
    """Read one logged record at its offset; compare its id, block digest and WARC header lines
    with the log (:mod:`~archiver.capture.record_heads`; ``ip``: a capture's final response,
    with the logged address).

    Returns the record's block when it matches, else ``None`` (the problem noted). ``warcs``
    holds the WARC files open (the records of a capture sit side by side in one file).
    """
    name = str(rec.get("warc"))
    path = _warc_path(archive, name)
    if path is None:
        check.altered(f"the log names WARC file {name!r}, which is not a file of this store's warcs/ folder")
        return None
    unplaced = no_record_at(rec.get("offset"), rec.get("length"))
    if unplaced is not None:  # (read by its offset alone, the record there would pass)
        check.altered(f"WARC file {name}: the log and the file disagree: the logged record {rec.get('record_id')} "
                      f"{unplaced}")
        return None
    try:
        handle = warcs.get(path)
        fast = _read_block_fast(handle, rec)
    except FileNotFoundError:
        check.lost(f"WARC file {name} named by the provenance log is missing from the store", name)
        return None
    except (IsADirectoryError, NotADirectoryError):  # a folder where the file was, or a file where warcs/ was
        check.altered(f"WARC file {name} named by the provenance log is not a file in the store: the archived "
                      "evidence was altered")
        return None
    check.records_checked += 1
    if fast is not None and fast[0] == rec.get("record_id") and fast[1] == rec.get("block_digest"):
        return _checked_member(handle, rec, name, check, _checked_head(fast[3], fast[2], rec, ip, name, check))
    # not a plain gzip-per-record layout, or a mismatch: the full reader decides, and names it
    try:
        stored = read_record(Path(path), int(rec["offset"]))
    except (WarcError, KeyError, ValueError) as exc:  # KeyError/ValueError: the logged offset
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
    fd = handle.fileno()
    length = rec.get("length")
    astray = not_its_members(fd, stored.offset, length) if type(length) is int and rec.get("member_sha256") is None \
        else None
    if astray is not None:  # read by its offset alone, the record passed; the span the log gives is not its member
        check.altered(f"WARC file {name}: the log and the file disagree: the logged record {rec.get('record_id')} "
                      f"{astray}")
        return None
    return _checked_member(handle, rec, name, check,
                           _checked_head(read_head(lambda at, n: os.pread(fd, n, at), int(rec["offset"])),
                                         stored.block, rec, ip, name, check))


def _checked_member(handle: BinaryIO, rec: dict[str, Any], name: str, check: _Check,
                    block: bytes | None) -> bytes | None:
    """``block`` when the log records no ``member_sha256`` for the record or its gzip member's
    bytes as stored hash to it; else ``None``, the member noted as altered: the record inside
    reads as logged, but its compression or gzip header was re-made (other bytes than the log
    names, which ``export`` would copy into a bundle ``verify-bundle`` fails, and which a gzip
    reader shows: a comment, a file name, an extra field)."""
    logged = rec.get("member_sha256")
    if block is None or logged is None:
        return block
    try:
        raw = _read_member_bytes(handle, int(rec["offset"]), int(rec["length"]))
    except (KeyError, TypeError, ValueError, OSError):
        raw = b""
    if sha256_label(raw) == logged:
        return block
    check.altered(f"WARC file {name}: the gzip member of record {rec.get('record_id')} is not the one the log "
                  "names (the record inside reads as logged; its member was re-compressed or its gzip header "
                  "changed): the archived evidence was altered")
    return None


def _checked_head(head: bytes | None, block: bytes, rec: dict[str, Any], ip: tuple[str | None] | None, name: str,
                  check: _Check) -> bytes | None:
    """``block`` when the record's header lines are the logged ones, else ``None`` (each
    disagreement noted): see :mod:`archiver.capture.record_heads`."""
    problems = head_problems(head, rec, ip=ip[0] if ip else None, check_ip=ip is not None)
    for problem in problems:
        check.altered(f"WARC file {name}: {problem}: the archived evidence was altered")
    return None if problems else block


def _warc_path(archive: EvidenceStore, name: str) -> str | None:
    """The local path of a logged WARC name, or ``None`` for a name outside ``warcs/``.

    A plain join after a strict check of the name (no folder parts, no ``..``): cheaper than
    resolving the path twice per record, which a check per look-up cannot afford.
    """
    if not store_warc_name(name):
        return None
    root = getattr(archive.storage, "root", None)
    if root is None:  # another storage backend: ask it
        try:
            return str(archive.storage.local_path(name))
        except StoreError:
            return None
    return os.path.join(root, name)


def _read_block_fast(f: BinaryIO, rec: dict[str, Any]) -> tuple[str | None, str, bytes, bytes] | None:
    """(record id, block sha256, block, WARC header block) of the record at the logged offset
    and length, read as one gzip member (:func:`~archiver.capture.warc.read_member_head`); ``None``
    for anything else."""
    try:
        offset, length = int(rec["offset"]), int(rec["length"])
    except (KeyError, TypeError, ValueError):
        return None
    found = read_member_head(f.fileno(), offset, length)
    if found is None:
        return None
    return found[0], "sha256:" + hashlib.sha256(found[2]).hexdigest(), found[2], found[1]


def _check_extraction_block(block: bytes, block_digest: str, extraction: dict[str, Any] | None,
                            entry: LogEntry, check: _Check) -> dict[str, Any] | None:
    """The WARC's extraction against the log entry, and the cached extraction against both.

    ``block_digest`` is the block's sha256, already recomputed and matched with the capture entry.
    """
    if not _matches_logged_extraction(block_digest, entry, check):
        return None
    try:
        article: dict[str, Any] = json.loads(block)
    except ValueError:
        check.altered("the extraction record is not JSON: the archived evidence was altered")
        return None
    return _check_extraction_article(article, extraction, entry, check)


def _read_by_the_look_up(extraction: dict[str, Any] | None, rec: dict[str, Any]) -> dict[str, Any] | None:
    """The extraction record as parsed by the index's look-up moments ago, if it read the logged
    record at its logged place and its bytes hashed to the logged block digest; else ``None``
    (the record is read here). These facts come from our own WARC reader, not the index's rows."""
    read = (extraction or {}).get("read_from_warc")
    if not isinstance(read, dict) or not isinstance(read.get("archived"), dict):
        return None
    if (read.get("warc"), read.get("offset"), read.get("record_id"), read.get("block_sha256")) != (
            rec.get("warc"), rec.get("offset"), rec.get("record_id"), rec.get("block_digest")):
        return None
    archived: dict[str, Any] = read["archived"]
    return archived


def _matches_logged_extraction(block_digest: str, entry: LogEntry, check: _Check) -> bool:
    """Whether the extraction record's block digest is the one the extraction entry logged."""
    logged_sha = entry.data.get("extraction_sha256")
    if logged_sha and block_digest != logged_sha:
        check.altered(f"the extraction record has {block_digest}, extraction entry {entry.seq} says "
                      f"{logged_sha}: the archived evidence was altered")
        return False
    return True


def _check_extraction_article(article: dict[str, Any], extraction: dict[str, Any] | None, entry: LogEntry,
                              check: _Check) -> dict[str, Any] | None:
    """The archived extraction's text against the log entry, and the cached extraction against it."""
    text = article.get("text") or ""
    if sha256_label(text.encode("utf-8")) != entry.data.get("text_sha256"):
        check.altered(f"the archived extraction's text does not hash to the logged text_sha256 "
                      f"{entry.data.get('text_sha256')}")
        return None
    cached = (extraction or {}).get("article") or {}
    if cached == article:  # the usual case: the cache is the archived extraction, text and all
        return article
    cached_text = cached.get("text") or ""
    if sha256_label(cached_text.encode("utf-8")) != entry.data.get("text_sha256"):
        check.altered(f"the index's extracted text hashes to {sha256_label(cached_text.encode('utf-8'))}, the "
                      f"provenance log (entry {entry.seq}) says {entry.data.get('text_sha256')}: the index "
                      f"disagrees with the log; {REINDEX_HINT}")
        return None
    fields = sorted(k for k in set(cached) | set(article) if cached.get(k) != article.get(k))
    check.altered(f"the index's extraction differs from the archived one in {', '.join(fields)}: the index "
                  f"disagrees with the log; {REINDEX_HINT}")
    return None


__all__ = [
    "ALTERED",
    "MISSING",
    "PRESENT",
    "Evidence",
    "EvidenceAlteredError",
    "EvidenceError",
    "EvidenceMissingError",
    "EvidenceNotIndexedError",
    "check_capture",
    "logged_original_id",
    "LogReader",
    "read_entry",
    "require_shown",
    "require_evidence",
]
