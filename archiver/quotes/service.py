"""Quote verification against the archive: which capture, which verdict, and the proof of it.

The engine in :mod:`archiver.quotes` is pure: a quote and a text in, a verdict out. This module
is what connects it to the evidence. It picks the archived text(s) a quote is checked against
(one capture, the captures of one URL as of a date, or the whole archive through the text
index), logs every verification as a ``quote_verification`` entry whatever the verdict (so a
reader can see that a quote was checked and *failed*, not only the successes), and writes
receipts: the one-line citation and the self-contained log proof a paper's footnote needs.

A verification against a plain ``--text-file`` is not about archived evidence, so it is not
logged and cannot have a receipt.

Log entry (``quote_verification``) data::

    capture_seq, extraction_seq   the entries of the capture and of its extraction (the proof
                                  follows these, so a receipt holds all three entries)
    capture_id, scope             which capture; how it was chosen (capture, url, archive)
    quote, quote_sha256           the quote as given
    verdict, where, start, end, parts, normalizations, differences
    text_sha256                   the capture's extracted article text, as its extraction entry
                                  names it (a proof checks the two agree)
    verified_text_sha256          the text the offsets point into: the same, or the page's other
                                  visible text when the quote was found only there
    quote_rules                   the verdict rules' version (QUOTE_RULES_VERSION; absent in
                                  entries logged before it was recorded)
    rendered_text_sha256          the text a browser capture's rendered page showed, when the
                                  match was held to it (:mod:`archiver.quotes.rendered`); null
                                  otherwise (absent in entries logged before it was recorded)
    capture_incomplete            why the capture's text is only the beginning of its page (its
                                  extraction's notes: a body cut at --max-body, a content coding
                                  that ends early); null when it is whole (absent before rules 10).
                                  A verdict that is not verified is then not conclusive: exit 3
    no_text                       why a browser shows no text of the capture (``download``,
                                  ``not_shown``: :mod:`archiver.core.readable`), the verdict then
                                  made on the empty text; null when it shows one (absent before sec60)
    logged_text_not_shown         true when the logged extraction still holds a text (an older
                                  extractor's reading, ``text_sha256``) that today's reading of the
                                  archived bytes says no browser shows: the verdict was made on no
                                  text, ``verified_text_sha256`` the empty text's digest, and
                                  ``archiver reextract`` brings the extraction up to date (sec60)

Why one file of ~1220 lines: one request's path (plan, candidates, evidence check, verdict,
log entry, receipt) is read as one story when a verdict is challenged; the pure engine it
calls is split by job in the rest of :mod:`archiver.quotes`.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import logging
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.core import json_text, limits
from archiver.core.digests import sha256_label
from archiver.core.files import read_user_file, write_user_file
from archiver.core.hidden_spans import hidden_spans
from archiver.core.page_states import NO_TEXT_STATES, state_note
from archiver.core.readable import NOT_SHOWN
from archiver.core.url_text import check_url_text
from archiver.errors import (
    EXIT_INCOMPLETE,
    ArchiverError,
    IncompleteCheckError,
    NoUsableTextError,
    StoreError,
    UnknownCaptureError,
    UsageError,
)
from archiver.evidence import PRESENT, Evidence, EvidenceError, check_capture, index_lacks
from archiver.ports import TextsLacking
from archiver.quotes import (
    NOT_FOUND,
    QUOTE_RULES_VERSION,
    VERDICTS,
    PreparedText,
    QuoteResult,
    prepare,
    verdict_rank,
    verify_quote,
)
from archiver.quotes.normalize import NORMALIZER_VERSION
from archiver.quotes.parse import parse_quote
from archiver.quotes.receipt import footnote
from archiver.quotes.receipt import readme as receipt_readme
from archiver.quotes.render import render_json
from archiver.quotes.rendered import ShownText

if TYPE_CHECKING:
    from archiver.ports import QuoteStore

logger = logging.getLogger(__name__)

ENTRY_TYPE = "quote_verification"
SCOPE_CAPTURE = "capture"
SCOPE_URL = "url"
SCOPE_ARCHIVE = "archive"
SCOPE_TEXT_FILE = "text_file"
#: How many captures the text index may shortlist for one whole-archive look-up.
SEARCH_LIMIT = 20
#: How many captures holding the quote a whole-archive look-up lists (earliest first).
HOLDERS_LIMIT = 100
#: At most this many texts are verified for one whole-archive look-up, texts that rank as high
#: as the last shortlisted one included; more such texts leave the answer incomplete (exit 3
#: unless the quote is verified).
SEARCH_BOUND = 500
#: How many captures' prepared texts a service keeps (least recently used are dropped).
CACHE_SIZE = 256
#: Columns a ``--batch`` CSV may have (``quote`` is required).
BATCH_COLUMNS = ("quote", "url", "capture", "as_of")


# ------------------------------------------------------------------------------------ values


@dataclass(frozen=True, slots=True)
class QuoteRequest:
    """One quote to verify and where to look.

    At most one of ``capture`` (an id or unique prefix), ``url`` (with optional ``as_of``) or
    ``text`` (a text given directly, e.g. read from ``--text-file``) is set; none means the
    whole archive. ``row`` is the data row number in a batch file, for messages.
    """

    quote: str
    capture: str | None = None
    url: str | None = None
    as_of: str | None = None
    text: str | None = None
    text_name: str | None = None
    row: int | None = None

    @property
    def scope(self) -> str:
        if self.text is not None:
            return SCOPE_TEXT_FILE
        if self.capture is not None:
            return SCOPE_CAPTURE
        if self.url is not None:
            return SCOPE_URL
        return SCOPE_ARCHIVE


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """The capture a verdict is about, as a citation needs it."""

    capture_id: str
    url: str
    final_url: str
    captured_at: str
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None
    origin: str
    capture_seq: int | None
    extraction_seq: int | None
    text_sha256: str | None
    http_status: int | None = None
    page_state: str | None = None
    #: Where the text was extracted from (the article's ``sources["text"]``): ``rendered-dom`` for
    #: a browser capture whose text is the DOM after the page's scripts ran (words no single
    #: response may hold), ``http-response`` for the HTML as served; None when not recorded.
    text_source: str | None = None
    #: The digest of the text the rendered page showed, when the verdict was held to it (a
    #: browser capture with a ``urn:rendered-text:`` record); None otherwise.
    rendered_text_sha256: str | None = None
    #: the index's truncation flag (checked against the log): the response record holds only the
    #: first part of the body
    truncated: bool = False
    #: why the text is only the beginning of the page (see :func:`text_incomplete`); None: whole
    incomplete: str | None = None
    #: the extraction record the text is read from (the newest: ``archiver reextract`` may have
    #: superseded the one made at capture); its entry is ``extraction_seq``
    extraction_record_id: str | None = None
    #: why a browser shows no text of the capture (``download``, ``not_shown``); None: it shows one
    no_text: str | None = None
    #: the logged extraction holds a text today's reading of the archived bytes says no browser
    #: shows (an older extractor's reading, before ``archiver reextract``): the verdict is on no text
    logged_text_not_shown: bool = False

    @property
    def imported(self) -> bool:
        """True when the capture came from an imported WARC rather than our own fetch."""
        return self.origin != "captured"


@dataclass(frozen=True, slots=True)
class Verification:
    """One verdict against one text, and the log entry that records it."""

    result: QuoteResult
    source: SourceInfo | None
    scope: str
    log_seq: int | None = None
    text_file: str | None = None
    #: ``present`` once the capture's WARC records and log entries were checked (see
    #: :mod:`archiver.evidence`); ``None`` for a plain text file, which is no evidence.
    evidence: str | None = None
    #: the records that check read and matched, by their part in the capture
    #: (:data:`~archiver.evidence.RECORD_PARTS`): what ``present`` vouches for, no more
    evidence_records: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``--json`` shape: the engine's fields plus the source's, every key always present."""
        s = self.source
        return render_json(
            self.result,
            capture=s.capture_id if s else None,
            url=s.url if s else None,
            captured_at=s.captured_at if s else None,
            log_seq=self.log_seq,
            final_url=s.final_url if s else None,
            title=s.title if s else None,
            outlet=s.outlet if s else None,
            author=", ".join(s.authors) if s and s.authors else None,
            authors=list(s.authors) if s else [],
            published=s.published if s else None,
            origin=s.origin if s else None,
            imported=s.imported if s else False,
            http_status=s.http_status if s else None,
            page_state=s.page_state if s else None,
            text_from=s.text_source if s else None,
            texts_compared=_texts_compared(self.result, s),
            rendered_text_sha256=s.rendered_text_sha256 if s else None,
            truncated=s.truncated if s else None,
            capture_incomplete=s.incomplete if s else None,
            no_text=s.no_text if s else None,
            logged_text_not_shown=s.logged_text_not_shown if s else False,
            only_outside_article=self.result.where == "page_text",
            capture_seq=s.capture_seq if s else None,
            extraction_seq=s.extraction_seq if s else None,
            extraction_record_id=s.extraction_record_id if s else None,
            scope=self.scope,
            text_file=self.text_file,
            evidence=self.evidence,
            evidence_records=list(self.evidence_records),
            evidence_error=None,
        )


@dataclass(frozen=True, slots=True)
class QuoteReport:
    """The answer to one :class:`QuoteRequest`.

    ``primary`` is the verdict that decides the exit code: the given capture, the newest
    capture of the URL (at or before ``as_of``), or the best capture in the archive.
    ``versions`` lists every capture of the URL (for a whole-archive search: of the best
    match's URL), newest first, when they do not all give the same verdict (the article was
    edited); it is empty otherwise. Each version shown is logged. ``searched`` counts the
    texts a whole-archive look-up verified. ``holders`` lists, for a whole-archive search,
    every capture whose text holds the quote (``exact`` or ``normalized``), earliest capture
    first, so a quote can be attributed to its original source rather than a later copy; each
    is logged and its evidence checked like the primary.

    ``refused`` is set when the capture the answer would cite failed its evidence check (a
    WARC file missing, bytes or index disagreeing with the log): there is then no verdict,
    nothing was logged, and the exit code is the error's (3 missing, 1 altered).
    """

    request: QuoteRequest
    primary: Verification
    versions: tuple[Verification, ...] = ()
    searched: int = 0
    citation: str | None = None
    receipt: str | None = None
    refused: EvidenceError | None = None
    holders: tuple[Verification, ...] = ()
    #: why a whole-archive answer cannot claim to be complete (the capture index lacks captures the
    #: log lists, or the text index predates the normalisation rules): a "not found" is then exit 3
    incomplete: str | None = None
    #: why a whole-archive search cited its primary when several captures gave its verdict
    #: (:func:`_chosen`: "closest of 10 captures with verdict altered"); None otherwise
    chosen: str | None = None
    #: a whole-archive search's candidates whose text held some of the quote but whether a browser
    #: shows any text of their bytes could not be decided (they inflate past the limits): passed over,
    #: named in ``incomplete`` (sec62: one of them stopped the search with exit 3)
    undecided: tuple[str, ...] = ()
    #: a whole-archive search's captures whose extraction failed (and that have none since): their page's
    #: words were never read, so the search could not see them; named in ``incomplete`` (sec65: a "not
    #: found" beside them was exit 1, absence stated over text never searched)
    extraction_failed: tuple[str, ...] = ()

    @property
    def verified(self) -> bool:
        return self.refused is None and self.primary.result.verified

    @property
    def exit_code(self) -> int:
        if self.refused is not None:
            return self.refused.exit_code
        if self.incomplete is not None and not self.primary.result.verified:
            return EXIT_INCOMPLETE  # "not found" in an archive the search could not see whole
        if self.inconclusive:
            return EXIT_INCOMPLETE  # the quote may stand in the part of the page the capture lacks
        return self.primary.result.exit_code

    @property
    def inconclusive(self) -> str | None:
        """Why a verdict that is not verified cannot be taken as the page's (its capture holds
        only the beginning of the page: :func:`text_incomplete`); None when it can, or verified."""
        v = self.primary
        if self.refused is not None or v.result.verified or v.source is None:
            return None
        return v.source.incomplete

    @classmethod
    def refusal(cls, request: QuoteRequest, error: EvidenceError) -> QuoteReport:
        """The answer when the evidence check failed: no verdict, the evidence status and why."""
        result = QuoteResult(verdict=NOT_FOUND, quote=request.quote, explanation=error.diagnostics())
        return cls(request, Verification(result, None, request.scope, evidence=error.evidence.status),
                   refused=error)

    def to_dict(self) -> dict[str, Any]:
        doc = self.primary.to_dict()
        if self.refused is not None:
            doc["verdict"] = None
            doc["capture"] = self.refused.evidence.capture_id
            doc["evidence_error"] = self.refused.diagnostics()
        doc["versions"] = [v.to_dict() for v in self.versions]
        doc["searched"] = self.searched
        doc["holders"] = [_holder_dict(v) for v in self.holders]
        doc["citation"] = self.citation
        doc["receipt"] = self.receipt
        doc["index_incomplete"] = self.incomplete
        doc["chosen"] = self.chosen
        doc["undecided"] = list(self.undecided)
        doc["extraction_failed"] = list(self.extraction_failed)
        doc["row"] = self.request.row  # the data row of a batch file; null otherwise
        return doc


@dataclass(slots=True)
class _Loaded:
    """A capture's texts, prepared once for every quote of a batch."""

    source: SourceInfo
    text: PreparedText
    page_text: PreparedText | None
    #: what a browser capture's rendered page showed (its ``urn:rendered-text:`` record); None
    #: for a capture without one
    rendered: ShownText | None = None
    #: the index rows, kept until the evidence check compared them with the log and WARC
    extraction: dict[str, Any] | None = None
    row: Any = None
    #: why the texts could not be read from the capture's WARC record (None: they were)
    unavailable: str | None = None
    #: why the rendered text could not be read from its record (None: it was, or there is none)
    rendered_unavailable: str | None = None
    #: the spans of the page text whose words the page's markup hides (``page_text_hidden``)
    page_hidden: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class _Plan:
    """A request checked against the store before anything is verified or logged."""

    request: QuoteRequest
    capture_ids: tuple[str, ...] = ()
    receipt: Path | None = None


# ------------------------------------------------------------------------------------ inputs


def parse_as_of(value: str) -> dt.datetime:
    """The instant ``--as-of`` stands for: a date means the end of that day (UTC).

    Raises :class:`UsageError` for anything but ``YYYY-MM-DD`` or an ISO 8601 date-time.
    """
    v = value.strip()
    try:
        if len(v) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(v), dt.time.max, dt.UTC)
        when = dt.datetime.fromisoformat(v)
    except ValueError as exc:
        raise UsageError(f"--as-of {value!r} is not a date (YYYY-MM-DD) or ISO 8601 date-time") from exc
    try:  # in UTC, so comparing it with a capture's time cannot overflow (9999-12-31T23:00-05:00)
        return when.astimezone(dt.UTC) if when.tzinfo else when.replace(tzinfo=dt.UTC)
    except OverflowError:  # past the first or last instant a datetime holds: every capture is after / before it
        return (dt.datetime.min if when.year == dt.MINYEAR else dt.datetime.max).replace(tzinfo=dt.UTC)


def _capture_instant(capture_time: str) -> dt.datetime:
    return dt.datetime.fromisoformat(capture_time.replace("Z", "+00:00"))


def read_text_file(path: Path, *, what: str) -> str:
    """A UTF-8 file's text, exactly (no newline or BOM changes: offsets point into it)."""
    data = read_user_file(path, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{what} {path} is not UTF-8 (byte {exc.start}): convert it first") from exc


def read_batch(path: Path) -> list[QuoteRequest]:
    """Requests from a CSV with a header row: ``quote`` and optionally ``url`` or ``capture``
    (and ``as_of``). An empty ``url``/``capture`` means the whole archive.

    Raises :class:`UsageError` (nothing is done) for an unreadable or malformed file.
    """
    return parse_batch(read_text_file(path, what="batch file"), f"batch file {path}")


def parse_batch(text: str, source: str) -> list[QuoteRequest]:
    """Requests from a batch's CSV text (see :func:`read_batch`), wherever it came from
    (``source`` names it in refusals: ``batch file x.csv``, ``batch from standard input``).

    Raises :class:`UsageError` (nothing is done) for a malformed batch.
    """
    text = text.removeprefix("\ufeff")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
        if "quote" not in header:
            raise UsageError(f"{source}: the header row needs a 'quote' column "
                             f"(columns: {', '.join(BATCH_COLUMNS)})")
        if len(set(header)) != len(header):
            raise UsageError(f"{source}: a column name appears twice in the header")
        reader.fieldnames = header
        requests = []
        for n, row in enumerate(reader, start=1):
            if None in row:
                raise UsageError(f"{source}, row {n}: more cells than header columns")
            cells = {k: (row.get(k) or "").strip() for k in BATCH_COLUMNS}
            if not cells["quote"]:
                raise UsageError(f"{source}, row {n}: the quote is empty")
            if cells["url"] and cells["capture"]:
                raise UsageError(f"{source}, row {n}: give a url or a capture, not both")
            if cells["as_of"] and not cells["url"]:
                raise UsageError(f"{source}, row {n}: as_of needs a url")
            requests.append(QuoteRequest(quote=row["quote"], url=cells["url"] or None,
                                         capture=cells["capture"] or None,
                                         as_of=cells["as_of"] or None, row=n))
    except csv.Error as exc:
        raise UsageError(f"{source} is not valid CSV: {exc}") from exc
    if not requests:
        raise UsageError(f"{source} has no quotes (a header row and one quote per row)")
    return requests


# ------------------------------------------------------------------------------------ service


class QuoteService:
    """Verifies quotes against one open :class:`~archiver.archive.Archive`.

    Prepared texts are cached per capture, so a batch (or the versions of one URL) normalises
    each archived text once however many quotes are checked against it.
    """

    def __init__(self, archive: QuoteStore | None, *, search_limit: int = SEARCH_LIMIT,
                 search_bound: int = SEARCH_BOUND, cache_size: int = CACHE_SIZE) -> None:
        self.archive = archive
        self.search_limit = search_limit
        self.search_bound = search_bound
        self.cache_size = cache_size
        self._loaded: OrderedDict[str, _Loaded | None] = OrderedDict()
        self._evidence: dict[str, Evidence] = {}
        #: capture id -> why a browser shows no text of its archived bytes (None: it shows one),
        #: decided once per service (:meth:`_shown_no_text`)
        self._no_text: dict[str, str | None] = {}

    @property
    def _store(self) -> QuoteStore:
        """The store; a service made for plain text files (``archive=None``) never reaches here,
        since a text-file request is planned without the archive."""
        if self.archive is None:
            raise UsageError("this verification needs an archive (no store was opened)")
        return self.archive

    # -- public ------------------------------------------------------------------------

    def verify(self, request: QuoteRequest, *, receipt: Path | None = None) -> QuoteReport:
        """Verify one quote; log it (unless it is against a plain text); write ``receipt``.

        Raises:
            UsageError: empty quote, unknown capture, a bad ``as_of``, or a receipt that cannot be
                written (checked before anything runs).
            NoUsableTextError: the capture (every capture of the URL) has no extracted text to use (its
                extraction failed), or whether a browser shows its logged text could not be decided
                (exit 3, nothing logged: sec61).
            KeyMissingError: the log's signing key is not on this machine (exit 3).
        """
        with self._one_wait(request):  # (planning an empty-index search waits too: once in all)
            plan = self._plan(request, receipt=receipt)
            if request.scope != SCOPE_TEXT_FILE:
                self._store.ensure_writable()
            report = self._run(plan)
        if plan.receipt is not None:
            report = self.write_receipt(report, plan.receipt)
        return report

    def verify_batch(self, requests: Sequence[QuoteRequest], *,
                     progress: Callable[[QuoteReport], None] | None = None) -> list[QuoteReport]:
        """Verify many quotes; every request is checked first, so bad input logs nothing.

        ``progress`` is called with each report as it is done (the CLI's progress bar). The
        whole-archive searches among them wait for live writers once in all (as one search does).
        """
        with self.waits_once(requests):
            return self._verify_batch(requests, progress)

    def _verify_batch(self, requests: Sequence[QuoteRequest],
                      progress: Callable[[QuoteReport], None] | None) -> list[QuoteReport]:
        plans = [self._plan(r) for r in requests]
        if any(p.request.scope != SCOPE_TEXT_FILE for p in plans):
            self._store.ensure_writable()
        reports = []
        for plan in plans:
            try:
                reports.append(self._run(plan))
            except EvidenceError as exc:  # one quote's source failed its check: say so, go on
                reports.append(QuoteReport.refusal(plan.request, exc))
            if progress is not None:
                progress(reports[-1])
        return reports

    def waits_once(self, requests: Sequence[QuoteRequest]) -> contextlib.AbstractContextManager[None]:
        """One bounded wait for live writers in all for the whole-archive searches among
        ``requests``, however many steps look (``verify-quote --batch --skip-invalid`` plans each
        row in :meth:`split_checkable`, then :meth:`verify_batch` plans and runs it)."""
        searches = next((r for r in requests if r.scope == SCOPE_ARCHIVE), None)
        return self._one_wait(searches) if searches is not None else contextlib.nullcontext()

    def _one_wait(self, request: QuoteRequest) -> contextlib.AbstractContextManager[None]:
        """For a whole-archive search, one bounded wait for live writers in all (its plan's and
        its run's looks share it: :meth:`~archiver.ports.QuoteStore.waits_once`)."""
        if request.scope != SCOPE_ARCHIVE:
            return contextlib.nullcontext()
        return self._store.waits_once()

    def split_checkable(self, requests: Sequence[QuoteRequest],
                        ) -> tuple[list[QuoteRequest], list[tuple[QuoteRequest, str]]]:
        """The requests that can be checked, and the others with why (a URL not archived yet,
        an unknown capture): one such row need not hold back every other quote of a manuscript
        (``verify-quote --batch --skip-invalid``). Nothing is logged for a set-aside request.

        Raises:
            UsageError: not one request can be checked, some of them invalid.
            NoUsableTextError: not one request can be checked, each citing a capture with no text to use.
        """
        valid: list[QuoteRequest] = []
        skipped: list[tuple[QuoteRequest, str]] = []
        invalid = 0  # (the others cite a capture with no text to use: exit 3 when they are all there is)
        with self.waits_once(requests):
            for request in requests:
                try:
                    self._plan(request)  # the same check verify_batch makes first
                except (UsageError, NoUsableTextError) as exc:  # (a row no verdict can be made of either)
                    skipped.append((request, exc.diagnostics()))
                    invalid += isinstance(exc, UsageError)
                else:
                    valid.append(request)
        if not valid:
            error = UsageError if invalid else NoUsableTextError
            raise error(f"no row of the batch can be checked ({invalid} invalid, {len(skipped) - invalid} with no "
                        f"text to use; the first: {skipped[0][1]}); nothing was verified")
        return valid, skipped

    def write_receipt(self, report: QuoteReport, path: Path) -> QuoteReport:
        """Write what a footnote needs into the zip ``path``; returns the report naming it.

        The zip holds ``citation.txt`` (one line), ``quote.tlog-proof`` (the log proof of the
        quote entry with its capture and extraction entries, against a signed checkpoint),
        ``log.pub`` (the public key to check it with), ``verification.json`` and a README.
        """
        v = report.primary
        if v.log_seq is None:
            raise UsageError("a receipt needs a logged verification against the archive "
                             "(a --text-file verification is not logged)")
        log = self._store.log
        proof = log.proof(v.log_seq)
        cp = log.latest_checkpoint()
        citation = self.citation(v, checkpoint_size=cp.size if cp else None)
        report = replace(report, citation=citation, receipt=str(path))
        doc = report.to_dict()
        doc["log_origin"] = log.origin
        doc["key_fingerprint"] = log.public_key_fingerprint
        doc["checkpoint_size"] = cp.size if cp else None
        stamp = self._store.clock.now().astimezone(dt.UTC).timetuple()[:6]
        files = [
            ("citation.txt", (citation + "\n").encode()),
            ("quote.tlog-proof", proof),
            ("log.pub", (log.vkey + "\n").encode()),
            ("verification.json", (json_text.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()),
            ("README.txt", receipt_readme(v.log_seq, log.public_key_fingerprint).encode()),
        ]
        buf = io.BytesIO()  # a receipt is a few kB: built in memory, written in one go
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in files:
                zf.writestr(zipfile.ZipInfo(name, date_time=stamp), data, zipfile.ZIP_DEFLATED)
        write_user_file(path, buf.getvalue(), "receipt")
        return report

    def citation(self, v: Verification, *, checkpoint_size: int | None = None) -> str:
        """One line for a footnote: URL, capture date, archive, sha256, log position
        (:func:`archiver.quotes.receipt.footnote`, which also checks a receipt's)."""
        log = self._store.log
        s = v.source
        capture = None if s is None else {"capture_id": s.capture_id, "final_url": s.final_url,
                                          "captured_at": s.captured_at, "imported": s.imported}
        return footnote(verdict=v.result.verdict, start=v.result.start, end=v.result.end, where=v.result.where,
                        scope=v.scope, log_origin=log.origin, log_seq=v.log_seq,
                        checkpoint_size=checkpoint_size, key_fingerprint=log.public_key_fingerprint,
                        capture=capture, text_sha256=v.result.text_sha256, no_text=s.no_text if s else None)

    # -- planning ------------------------------------------------------------------------

    def _plan(self, request: QuoteRequest, *, receipt: Path | None = None) -> _Plan:
        try:
            _check_length(request.quote)
            parse_quote(request.quote)
            ids = self._capture_ids(request)
        except (UsageError, NoUsableTextError) as exc:
            if request.row is None:
                raise
            raise type(exc)(f"row {request.row}: {exc.diagnostics()}") from exc
        if receipt is not None:
            if request.scope == SCOPE_TEXT_FILE:
                raise UsageError("--receipt needs an archived capture: a --text-file "
                                 "verification is not logged, so there is nothing to prove")
            parent = Path(receipt).resolve().parent
            if not parent.is_dir():
                raise UsageError(f"cannot write receipt {receipt}: folder {parent} does not exist")
        return _Plan(request=request, capture_ids=tuple(ids), receipt=receipt)

    def _capture_ids(self, request: QuoteRequest) -> list[str]:
        if sum(x is not None for x in (request.capture, request.url, request.text)) > 1:
            raise UsageError("give at most one of a capture, a URL or a text to verify against")
        scope = request.scope
        if request.as_of is not None and scope != SCOPE_URL:
            raise UsageError("--as-of needs --url (it picks among the captures of that URL)")
        if scope == SCOPE_TEXT_FILE:
            return []
        if scope == SCOPE_CAPTURE:
            assert request.capture is not None
            cid = self._store.resolve(request.capture)
            if self._load(cid) is None:
                # "no text" only of a capture the log logs no extraction of (failed, an image): an
                # index lacking a logged one disagrees with the log (the evidence check says so)
                self.evidence(cid)
                raise NoUsableTextError(f"capture {cid} has no extracted text to verify against, so the quote "
                                        f"could not be checked (see 'archiver show'; if its extraction failed, "
                                        f"'archiver reextract {cid}' tries again)")
            return [cid]
        if scope == SCOPE_URL:
            assert request.url is not None
            check_url_text(request.url)  # ("no capture of notaurl" said it was never captured)
            # "the newest capture" only from a complete index (looked at first: it waits for a
            # writer's commit in flight, and the rows are read after it)
            self._require_indexed(request.url)
            rows = []
            for variant in _url_variants(request.url):  # a trailing slash is no reason to fail
                rows = self._store.list_captures(url=variant)
                if rows:
                    break
            if not rows:
                raise UsageError(f"no capture of {request.url} in this store (see 'archiver list')")
            if request.as_of is not None:
                cutoff = parse_as_of(request.as_of)
                rows = [r for r in rows if _capture_instant(r.capture_time) <= cutoff]
                if not rows:
                    raise UsageError(f"no capture of {request.url} at or before {request.as_of}")
            lacking = set(self._store.extractions_not_indexed())
            for r in rows:  # a capture whose logged extraction the index lacks is not passed over
                if r.capture_id in lacking:
                    self.evidence(r.capture_id)  # raises: the index disagrees with the log
            ids = [r.capture_id for r in rows if self._load(r.capture_id) is not None]
            if not ids:
                for r in rows:  # "no text" only of captures whose evidence holds, as --capture says it
                    self.evidence(r.capture_id)
                raise NoUsableTextError(f"no capture of {request.url} has extracted text to verify against, so the "
                                        "quote could not be checked (see 'archiver list --url'; a capture whose "
                                        "extraction failed: 'archiver reextract --failed' tries again)")
            return ids
        if len(self._store.text_index) == 0:
            texts = self._store.texts_not_indexed_after_commits()  # (a running batch's first slice)
            if len(self._store.text_index):
                return []
            if texts.batch:
                left = texts.lacking - texts.by_batch
                raise IncompleteCheckError(
                    f"the text index holds none of the archived texts yet: {texts.writer} is still indexing "
                    + ("them" if not left else f"{texts.by_batch} of them, and {left} are of captures logged before "
                       "every running batch began, which no running process is indexing (a batch, reindex or "
                       "reextract that was stopped: 'archiver reindex' adds them once the batch is done)")
                    + " (a batch makes each capture's text searchable within seconds of it): try again in a "
                    "moment, or verify against a capture with --url or --capture")
            if (self._store.captures_not_indexed() or self._store.texts_not_indexed()
                    or self._store.extractions_not_indexed()):
                # the log lists captures: their texts are not searchable yet (a reindex or batch
                # running or stopped), which is no usage error but a check that cannot be made
                raise IncompleteCheckError("the text index holds none of the archived texts yet (a reindex "
                                           "or batch still running, or one that was stopped): wait for it "
                                           "or run 'archiver reindex', or verify against a capture with "
                                           "--url or --capture")
            if not self._store.list_captures():
                raise UsageError("no archived texts in this store to search yet: archive a page first "
                                 "(or run 'archiver reindex' if the text index was deleted)")
            # (sec63) captures that hold no text (a download, an image, a failed extraction) make a valid
            # question whose answer is "not found" (exit 1), where it was a usage error (exit 2)
        return []

    def _require_indexed(self, url: str) -> None:
        """Raise :class:`IncompleteCheckError` (exit 3) when the capture index lacks captures of
        ``url`` that the log lists: which capture is the newest cannot then be said."""
        missing = sorted({c for v in _url_variants(url) for c in self._store.captures_not_indexed(v)})
        if missing:
            raise IncompleteCheckError(index_lacks(missing, url))

    def _search_gaps(self, missing: list[str], left_out: int, checked: int, texts: TextsLacking) -> str | None:
        """Why a whole-archive search cannot see the whole archive (``None``: it can): captures
        or texts the indexes lack (``missing``: the captures the log lists and the index lacked when
        the search began, a writer's commit in flight waited for; ``texts``: the texts the text index
        lacked then and still did after a bounded wait, who was still writing them, and whether
        that was a running batch, with how many of them are its), an index older than the rules, or
        texts that rank as high as the ones verified but were not (``left_out``, past
        :data:`SEARCH_BOUND`)."""
        said = []
        if missing:
            said.append(index_lacks(missing))
        lacking = self._store.extractions_not_indexed()
        if lacking:
            shown = ", ".join(lacking[:3]) + (", ..." if len(lacking) > 3 else "")
            said.append(f"the index lacks the logged extraction of {len(lacking)} capture(s) ({shown}), whose "
                        "text was not searched: the index disagrees with the provenance log; run 'archiver "
                        "reindex' ('archiver show' of one names a damaged record reindex cannot index)")
        unsearchable, writer, batch, by_batch = texts
        if unsearchable and batch:
            said.append(f"the text index lacks {by_batch} archived text(s) that {writer} is still indexing "
                        "(a batch makes each capture's text searchable within seconds of it): the search could "
                        "not see them; try again in a moment")
            if unsearchable > by_batch:
                said.append(f"the text index lacks {unsearchable - by_batch} archived text(s) of captures logged "
                            "before every running batch began, which no running process is indexing (a batch, "
                            "reindex or reextract that was stopped): run 'archiver reindex' once the batch is done")
        elif unsearchable and writer is not None:
            said.append(f"the text index lacks {unsearchable} archived text(s) that {writer} is still writing "
                        "to this store: try again once it is done")
        elif unsearchable:
            said.append(f"the text index lacks {unsearchable} archived text(s) (a batch, reindex or reextract "
                        "still running, or one that was stopped; a text it holds from a superseded extraction "
                        "counts as lacking): run 'archiver reindex'")
        if left_out:
            said.append(f"{left_out} more text(s) hold as much of the quote as the {checked} verified and "
                        "were not verified (too many alike to check them all): verify against one with "
                        "--url or --capture")
        built = self._store.text_index.normalizer_version()
        if built != NORMALIZER_VERSION:
            said.append(f"the text index predates the current normalisation rules (built under version "
                        f"{built or 'unrecorded'}, now {NORMALIZER_VERSION}), so a text the verifier would "
                        "match may not be found: run 'archiver reindex'")
        return "; ".join(said) or None

    # -- verifying -----------------------------------------------------------------------

    def _run(self, plan: _Plan) -> QuoteReport:
        request = plan.request
        scope = request.scope
        if scope == SCOPE_TEXT_FILE:
            assert request.text is not None
            result = verify_quote(request.quote, request.text)
            return QuoteReport(request, Verification(result, None, scope, text_file=request.text_name))
        if scope == SCOPE_ARCHIVE:
            return self._search(request)
        verifications = [self._verify_capture(request.quote, cid, scope) for cid in plan.capture_ids]
        primary = verifications[0]
        differ = len({v.result.verdict for v in verifications}) > 1
        shown = self._with_evidence(verifications if differ else [primary])
        logged = self._log(shown)
        return QuoteReport(request, logged[0], tuple(logged) if differ else ())

    def _search(self, request: QuoteRequest) -> QuoteReport:
        """The whole archive: the text index shortlists, the engine decides on each text.

        Every shortlisted text is verified (not only until the first hit): the answer lists
        every capture holding the quote, earliest first. The primary verdict is the best one;
        among captures of that verdict the closest (:func:`_closeness`), then the article body
        before the page's other text, then the earliest capture.
        """
        found: list[tuple[tuple[int, int, int, bool, str], Verification]] = []
        searched = 0
        missing = self._store.captures_not_indexed()  # (before the search: waits for a writer's commit in flight)
        texts = self._store.texts_not_indexed_after_commits()  # (so are its texts, indexed after its rows)
        failed = tuple(self._store.extractions_failed())  # (no text to search: never a silent "not found")
        limit = max(self.search_limit, HOLDERS_LIMIT)
        shortlist = self._store.text_index.shortlist(request.quote, limit=limit,
                                                     bound=max(limit, self.search_bound))
        scored = shortlist.scored
        # a near match: as much of the quote as the last of the best search_limit (ties included)
        near = scored[self.search_limit - 1][1] if len(scored) >= self.search_limit else 0.0
        undecided: list[str] = []
        for cid, share in scored:
            try:
                loaded = self._load(cid)
            except UnknownCaptureError:  # its extraction is indexed, its capture not: a gap named below
                loaded = None
            if loaded is None:  # indexed text of a capture the index no longer has
                continue
            if loaded.unavailable:  # a shortlisted text that cannot be read: never a silent "not found"
                self._unreadable(cid, loaded.unavailable)
            try:
                v = self._verify_capture(request.quote, cid, SCOPE_ARCHIVE)
            except NoUsableTextError:  # the answer is made of what could be decided, and names the rest
                undecided.append(cid)
                continue
            searched += 1
            if v.result.verdict == NOT_FOUND or (share < near and not v.result.verified):
                continue  # past the near-match shortlist only holders of the quote count
            assert v.source is not None
            found.append(((verdict_rank(v.result.verdict), *_closeness(v.result),
                           v.result.where == "page_text", v.source.captured_at), v))
        gaps = self._search_gaps(missing, shortlist.left_out, searched, texts)
        if not found:
            gaps = _joined(gaps, _undecided(undecided), _not_extracted(failed))
            result = QuoteResult(
                verdict=NOT_FOUND, quote=request.quote,
                explanation=(f"Nothing close to the quote in the archive ({searched} candidate "
                             f"text(s) checked out of {len(self._store.text_index)})."
                             + _partly_indexed(self._store.text_index)
                             + _no_texts(self._store)
                             + _passed_over([cid for cid, _ in scored if self._no_text.get(cid)])
                             + _not_indexed(texts)
                             + (f" Absence is not established: {gaps}." if gaps else "")),
            )
            [logged] = self._log([Verification(result, None, SCOPE_ARCHIVE)])
            return QuoteReport(request, logged, searched=searched, incomplete=gaps, undecided=tuple(undecided),
                               extraction_failed=failed)
        key, primary = min(found, key=lambda kv: kv[0])
        holders = sorted((v for _, v in found if v.result.verified),
                         key=lambda v: (v.source.captured_at if v.source else "", _cid(v)))
        versions = self._other_versions(request.quote, primary, undecided)
        gaps = _joined(gaps, _undecided(undecided), _not_extracted(failed))
        # every capture the answer cites passes its evidence check before anything is logged
        cited = {_cid(v): v for v in [primary, *holders, *versions]}
        logged_by_id = {_cid(v): v for v in self._log(self._with_evidence(list(cited.values())))}
        return QuoteReport(request, logged_by_id[_cid(primary)],
                           tuple(logged_by_id[_cid(v)] for v in versions), searched=searched,
                           holders=tuple(logged_by_id[_cid(v)] for v in holders), incomplete=gaps,
                           chosen=_chosen(key, [k for k, _ in found]), undecided=tuple(undecided),
                           extraction_failed=failed)

    def _other_versions(self, quote: str, primary: Verification, undecided: list[str]) -> list[Verification]:
        """Every capture of the best match's URL, newest first, if they disagree on the verdict.

        A whole-archive hit in an old capture should not hide that the outlet later changed
        the passage (or the other way round). A capture whose text cannot be decided (its bytes
        inflate past the limits) is left out and added to ``undecided``, as the search leaves it.
        """
        if primary.source is None:
            return []
        ids = [r.capture_id for r in self._store.list_captures(url=primary.source.url)]
        if len(ids) < 2:
            return []
        out = []
        for cid in ids:
            if cid == primary.source.capture_id:
                out.append(primary)
            elif self._load(cid) is not None:
                try:
                    out.append(self._verify_capture(quote, cid, SCOPE_ARCHIVE))
                except NoUsableTextError:
                    if cid not in undecided:
                        undecided.append(cid)
        return out if len({v.result.verdict for v in out}) > 1 else []

    def _unreadable(self, capture_id: str, why: str, *, what: str = "extracted text") -> None:
        """Raise for a capture whose text cannot be read: its evidence check names the cause."""
        self.evidence(capture_id)
        raise StoreError(f"capture {capture_id}: its {what} cannot be read ({why}); "
                         "run 'archiver reindex'")

    def _with_evidence(self, verifications: list[Verification]) -> list[Verification]:
        """The verifications an answer cites, each after its capture's evidence check passed.

        Raises :class:`~archiver.evidence.EvidenceError` (missing: exit 3, altered: exit 1)
        before anything is logged, so no verdict or receipt rests on unchecked text.
        """
        out = []
        for v in verifications:
            if v.source is not None:
                checked = self.evidence(v.source.capture_id).checked
                v = replace(v, evidence=PRESENT, evidence_records=checked)
            out.append(v)
        return out

    def evidence(self, capture_id: str) -> Evidence:
        """The capture's evidence, checked once per service (raises unless present)."""
        if capture_id not in self._evidence:
            loaded = self._loaded.get(capture_id)
            if loaded is None:
                found = check_capture(self._store, capture_id).require()
            else:  # what this request's look-up read and hashed is not read and hashed twice
                found = check_capture(self._store, capture_id, extraction=loaded.extraction, row=loaded.row,
                                      text_digest=(loaded.text.original, loaded.text.sha256),
                                      with_article=False).require()
            # keep the cache small: no archived extraction held per capture
            self._evidence[capture_id] = found if found.article is None else replace(found, article=None)
            if loaded is not None:
                loaded.extraction = loaded.row = None
        return self._evidence[capture_id]

    def _verify_capture(self, quote: str, capture_id: str, scope: str) -> Verification:
        loaded = self._load(capture_id)
        assert loaded is not None
        if loaded.rendered_unavailable:  # never a verdict the page's rendered text was not asked about
            self._unreadable(capture_id, loaded.rendered_unavailable, what="rendered text")
        result = verify_quote(quote, loaded.text, page_text=loaded.page_text, rendered_text=loaded.rendered,
                              page_hidden=loaded.page_hidden)
        source = loaded.source
        if source.no_text is not None:  # (an extraction logging no text: the verdict says why)
            return Verification(replace(result, explanation=_no_text_said(source)), source, scope)
        # a search passes over what its texts do not hold without reading their bytes
        if scope == SCOPE_ARCHIVE and result.verdict == NOT_FOUND:
            return Verification(result, source, scope)
        try:
            none = self._shown_no_text(capture_id, loaded)
        except EvidenceError:
            if scope != SCOPE_ARCHIVE:
                raise
            none = None  # (a search's candidate: checked again, and refused, only if the answer cites it)
        if none is None:
            return Verification(result, source, scope)
        # an older extractor's text of bytes no browser shows as text: the verdict is on no text (sec60)
        source = replace(source, no_text=none, logged_text_not_shown=True, page_state=none)
        result = verify_quote(quote, "", rendered_text=loaded.rendered)
        return Verification(replace(result, explanation=_no_text_said(source)), source, scope)

    def _shown_no_text(self, capture_id: str, loaded: _Loaded) -> str | None:
        """Why a browser shows no text of the bytes a capture's logged text was read from, decided
        now (:func:`archiver.core.readable.no_text_state`); None when it shows one, or when there is
        no text to vouch for or it was read from a browser's rendered DOM (a page it showed).

        Why at read time (task sec60): an extractor before 131 read a binary body sent as
        ``text/plain; charset=utf-8`` as text; until ``archiver reextract`` logs that such a capture
        has none, its old text stayed quotable, ``exact`` for words no browser showed. Reading never
        writes: the verdict entry says what was decided (``no_text``, ``logged_text_not_shown``)."""
        if not loaded.text.original or loaded.source.text_source == "rendered-dom":
            return None
        if capture_id not in self._no_text:
            self.evidence(capture_id)  # (the bytes read are the logged ones: else no verdict, the check says why)
            self._no_text[capture_id] = self._store.shown_no_text(capture_id)
        return self._no_text[capture_id]

    def _load(self, capture_id: str) -> _Loaded | None:
        if capture_id in self._loaded:
            self._loaded.move_to_end(capture_id)
            return self._loaded[capture_id]
        loaded = None
        extraction = self._store.index.extraction(capture_id)
        if extraction is None:
            loaded = self._without_extraction(capture_id)
        else:
            row = self._store.index.get(capture_id)
            article = extraction["article"] or {}
            text = article.get("text") or ""
            page = article.get("page_text") or ""
            source = SourceInfo(
                capture_id=capture_id, url=row.url, final_url=row.final_url,
                captured_at=row.capture_time, title=article.get("title"),
                outlet=article.get("outlet"), authors=tuple(article.get("authors") or ()),
                published=article.get("published"), origin=row.origin, capture_seq=row.log_seq,
                extraction_seq=extraction.get("log_seq"), extraction_record_id=extraction.get("record_id"),
                text_sha256=extraction.get("text_sha256") or article.get("text_sha256"),
                http_status=row.status, page_state=article.get("page_state"),
                text_source=_text_source(article), truncated=row.truncated,
                incomplete=text_incomplete(article, truncated=row.truncated),
                no_text=(article.get("page_state") if article.get("page_state") in NO_TEXT_STATES and not text
                         else None),
            )
            rendered, unavailable = self._rendered(capture_id), article.get("text_unavailable")
            if isinstance(rendered, str):  # (read from its record; the evidence check vouches for it before a verdict)
                shown = ShownText.of(rendered)
                source = replace(source, rendered_text_sha256=shown.sha256)
            loaded = _Loaded(source, prepare(text), prepare(page) if page else None,
                             shown if isinstance(rendered, str) else None, extraction, row, unavailable,
                             rendered.diagnostics() if isinstance(rendered, ArchiverError) else None,
                             hidden_spans(article) or ())
        self._loaded[capture_id] = loaded
        if len(self._loaded) > self.cache_size:  # a batch over the whole archive stays bounded
            self._loaded.popitem(last=False)
        return loaded

    def _without_extraction(self, capture_id: str) -> _Loaded | None:
        """A capture the log logs no extraction of, when a browser shows no text of its bytes (a
        download: extraction does not read it): no text, and why (None: its extraction failed, or the
        index lacks it; then there is no verdict: :meth:`_capture_ids` says why).

        Why (task sec60): it answered exit 2 "has no extracted text" while a capture ``reextract``
        logged as having no text answered ``not_found`` (exit 1); both are "this capture has no text a
        browser shows", one answer (tests/test_sec60_no_text_at_read_time.py says why exit 1)."""
        row = self._store.index.get(capture_id)
        if capture_id in self._store.extractions_not_indexed():
            return None  # (the index disagrees with the log: the evidence check says so)
        try:
            self.evidence(capture_id)  # (its bytes are the logged ones before anything is read from them)
        except EvidenceError:
            return None  # (no verdict: a --capture or --url look-up checks it again and says why)
        if capture_id not in self._no_text:
            try:
                self._no_text[capture_id] = self._store.shown_no_text(capture_id)
            except NoUsableTextError:
                return None  # (past the limits: its extraction failed as it was captured; no text to use)
        state = self._no_text[capture_id]
        if state is None:
            return None
        source = SourceInfo(
            capture_id=capture_id, url=row.url, final_url=row.final_url, captured_at=row.capture_time, title=None,
            outlet=None, authors=(), published=None, origin=row.origin, capture_seq=row.log_seq, extraction_seq=None,
            text_sha256=None, http_status=row.status, page_state=state, truncated=row.truncated, no_text=state)
        return _Loaded(source, prepare(""), None)

    def _rendered(self, capture_id: str) -> str | ArchiverError | None:
        """The text a browser capture's rendered page showed (None: the capture has none), or
        why it cannot be read (then no verdict is given: see :meth:`_unreadable`)."""
        try:
            return self._store.rendered_text(capture_id)
        except ArchiverError as exc:
            return exc

    # -- logging -------------------------------------------------------------------------

    def _log(self, verifications: Iterable[Verification]) -> list[Verification]:
        out = []
        for v in verifications:
            entry = self._store.append_event(ENTRY_TYPE, entry_data(v))
            out.append(replace(v, log_seq=entry.seq))
        return out


def no_text_said(state: str | None, outdated: tuple[str, Any, Any] | None = None) -> str:
    """The explanation of a verdict on a capture a browser shows no text of: why (``state``), and, for
    an extraction that predates that reading (``outdated``: the capture id, its extraction's log entry
    and text digest), that ``archiver reextract`` brings it up to date."""
    state = state or NOT_SHOWN
    said = f"The capture has no text a browser shows ({state}: {state_note(state)}), so the quote is not in it."
    if outdated is None:
        return said
    cid, seq, digest = outdated
    return (f"{said} Its logged extraction (log entry {seq}) still holds a text an older extractor read from "
            f"these bytes ({digest}); today's reading of the archived bytes shows none, and the verdict is made "
            f"on that: run 'archiver reextract {cid}' to log that the capture has no text.")


def _no_text_said(s: SourceInfo) -> str:
    """:func:`no_text_said` of the capture a verdict is about."""
    return no_text_said(s.no_text, (s.capture_id, s.extraction_seq, s.text_sha256) if s.logged_text_not_shown
                        else None)


def text_incomplete(article: dict[str, Any], *, truncated: bool) -> str | None:
    """Why a capture's text is only the beginning of its page, or None when it is whole.

    The extraction's ``notes`` say what a limit or the bytes left out ([] when the text is
    whole): a body cut at ``--max-body``, a content coding that ends early, pages past the PDF
    page limit (:func:`archiver.store.commit.body_notes`). A capture made before those notes
    were written (extractor 50) or imported from a tool's WARC still has the index's
    truncation flag (``WARC-Truncated``). A quote from the part not kept is not absent from the
    page: a verdict that is not verified is then not conclusive (exit 3).
    """
    notes = [n for n in article.get("notes") or () if isinstance(n, str) and n]
    if notes:
        return "; ".join(notes)
    if truncated:
        return ("the capture holds only the first part of the body (its response record is marked "
                "WARC-Truncated: cut at a size limit): the text lacks whatever followed")
    return None


def _text_source(article: dict[str, Any]) -> str | None:
    sources = article.get("sources")
    found = sources.get("text") if isinstance(sources, dict) else None
    return found if isinstance(found, str) else None


def _texts_compared(result: QuoteResult, s: SourceInfo | None) -> list[str]:
    """Which texts the verdict rests on: the article text (``text``), the page's other visible
    text when the quote was found only there (``page_text``), and the text the rendered page
    showed when the match was held to it (``rendered_text``)."""
    if s is None:
        return []
    found = ["text"] + (["page_text"] if result.where == "page_text" else [])
    return found + (["rendered_text"] if s.rendered_text_sha256 is not None and result.parts else [])


def _closeness(result: QuoteResult) -> tuple[int, int]:
    """How far a verdict's passage is from the quote, for choosing among captures of one verdict:
    its material differences, then its differences of any kind (fewer is closer)."""
    return sum(d.material for d in result.differences), len(result.differences)


def _chosen(key: tuple[int, int, int, bool, str], keys: list[tuple[int, int, int, bool, str]]) -> str | None:
    """Why the primary (its sort ``key``) was cited, when other candidates (``keys``, its own
    included) gave its verdict: the closest of them, or the earliest of the equally close; None
    when it was the only one."""
    same = [k for k in keys if k[0] == key[0]]
    if len(same) < 2:
        return None
    verdict = VERDICTS[key[0]]
    if sum(k[1:3] == key[1:3] for k in same) > 1:
        return f"earliest of {len(same)} captures with verdict {verdict} (equally close to the quote)"
    return f"closest of {len(same)} captures with verdict {verdict}"


def _cid(v: Verification) -> str | None:
    return v.source.capture_id if v.source else None


def _holder_dict(v: Verification) -> dict[str, Any]:
    """One capture holding the quote, as ``holders`` lists it (stable keys)."""
    s, r = v.source, v.result
    return {
        "capture": s.capture_id if s else None,
        "url": s.url if s else None,
        "final_url": s.final_url if s else None,
        "captured_at": s.captured_at if s else None,
        "published": s.published if s else None,
        "title": s.title if s else None,
        "outlet": s.outlet if s else None,
        "verdict": r.verdict,
        "where": r.where,
        "start": r.start,
        "end": r.end,
        "text_sha256": r.text_sha256,
        "log_seq": v.log_seq,
        "evidence": v.evidence,
        "evidence_records": list(v.evidence_records),
        "origin": s.origin if s else None,
        "imported": s.imported if s else False,
    }


def _url_variants(url: str) -> list[str]:
    url = url.strip()
    other = url[:-1] if url.endswith("/") else url + "/"
    return [url, other]


def entry_data(v: Verification) -> dict[str, Any]:
    """The data of the ``quote_verification`` log entry for ``v`` (see the module docstring)."""
    r, s = v.result, v.source
    return {
        "capture_seq": s.capture_seq if s else None,
        "extraction_seq": s.extraction_seq if s else None,
        "capture_id": s.capture_id if s else None,
        "scope": v.scope,
        "quote": r.quote,
        "quote_sha256": sha256_label(r.quote.encode("utf-8")),
        "verdict": r.verdict,
        "where": r.where,
        "start": r.start,
        "end": r.end,
        "parts": [p.to_dict() for p in r.parts],
        "text_sha256": s.text_sha256 if s else None,
        "verified_text_sha256": r.text_sha256,
        "normalizations": list(r.normalizations),
        "differences": [d.to_dict() for d in r.differences],
        "quote_rules": QUOTE_RULES_VERSION,
        "rendered_text_sha256": s.rendered_text_sha256 if s else None,
        "capture_incomplete": s.incomplete if s else None,
        "no_text": s.no_text if s else None,
        "logged_text_not_shown": s.logged_text_not_shown if s else False,
        # what a receipt shows a reader beside the verdict, logged so that it is proven too
        # (:data:`archiver.quotes.receipt.PROVEN_IF_LOGGED`): the source's words and their context,
        # and the source as the archive described it when the quote was checked
        "source_passage": r.source_passage,
        "context": r.context,
        "context_start": r.context_start,
        "title": s.title if s else None,
        "outlet": s.outlet if s else None,
        "authors": list(s.authors) if s else [],
        "published": s.published if s else None,
    }


__all__ = [
    "QuoteReport",
    "QuoteRequest",
    "QuoteService",
    "SourceInfo",
    "Verification",
    "entry_data",
    "parse_as_of",
    "parse_batch",
    "read_batch",
    "read_text_file",
    "text_incomplete",
]


def _check_length(quote: str) -> None:
    """Refuse a quote longer than the ``QUOTE_MAX_CHARS`` limit (see :mod:`archiver.core.limits`):
    every checked quote is logged whole, for good.

    Raises:
        UsageError: over the limit (nothing is verified or logged)."""
    cap = limits.current().quote_max_chars
    n = len(quote.strip()) if isinstance(quote, str) else 0
    if n > cap:
        raise UsageError(f"the quote is {n:,} characters, over the limit of {cap:,} (QUOTE_MAX_CHARS; "
                         "ARCHIVER_LIMIT_QUOTE_MAX_CHARS sets it): quote the passage itself, not the page")


def _undecided(ids: list[str]) -> str | None:
    """Why a whole-archive answer leaves out candidates it could not decide (None: there are none).

    Why (task sec62): one such candidate stopped the search with exit 3 although another capture
    verified the quote; conventions.md's exit codes then make a verified answer exit 0 and a
    not-verified one exit 3 (a check not completed), as for a search that cannot see the whole index."""
    if not ids:
        return None
    shown = ", ".join(ids[:3]) + (", ..." if len(ids) > 3 else "")
    return (f"could not decide whether a browser shows any text of {len(ids)} candidate capture(s) whose logged "
            f"text holds some of the quote ({shown}): their archived bytes inflate past the limits "
            "(ARCHIVER_LIMIT_MAX_INFLATED_BYTES or ARCHIVER_LIMIT_MAX_RECORD_BYTES raise them), so they were not "
            "verified: verify against one with --capture to see why")


def _not_extracted(ids: tuple[str, ...]) -> str | None:
    """Why a whole-archive answer could not see some captures' text: their extraction failed (None: none did).

    Why (task sec65): sec61's rule, a check that needs a capture's text and has none to use is a check not
    completed; a search's "not found" beside such captures stated absence over words it never read (exit 1)."""
    if not ids:
        return None
    shown = ", ".join(ids[:3]) + (", ..." if len(ids) > 3 else "")
    return (f"the extraction of {len(ids)} capture(s) failed ({shown}), so their text was never searched: "
            f"'archiver reextract {ids[0] if len(ids) == 1 else '--failed'}' tries again")


def _joined(*said: str | None) -> str | None:
    """The reasons given, in order, as one sentence (None: none)."""
    return "; ".join(s for s in said if s) or None


def _passed_over(ids: list[str]) -> str:
    """A sentence for a search that found nothing, naming the candidate texts it passed over
    because today's reading of their captures' bytes shows no text (:meth:`QuoteService._shown_no_text`)."""
    if not ids:
        return ""
    shown = ", ".join(ids[:3]) + (", ..." if len(ids) > 3 else "")
    return (f" {len(ids)} candidate text(s) held the quote but were passed over: their captures' logged text is "
            f"an older extractor's reading of bytes no browser shows as text ({shown}; 'archiver reextract "
            "--all-outdated' logs that they have none).")


def _not_indexed(texts: TextsLacking) -> str:
    """A sentence for a search that found nothing, when some archived texts were not searchable
    (``texts.by_batch`` of them a running batch is still indexing)."""
    count = texts.lacking - texts.by_batch
    said = ""
    if texts.batch:
        said = (f" {texts.by_batch} archived text(s) are not in the text index yet (a running batch is still "
                "indexing them); verify against a capture with --url or --capture to check those.")
    if not count:
        return said
    if texts.batch:
        return said + (f" {count} archived text(s) of captures logged before every running batch began are not in "
                       "the text index (a batch or reextract that was stopped: 'archiver reindex' adds them); "
                       "verify against a capture with --url or --capture to check those.")
    return (f" {count} archived text(s) are not in the text index yet (a batch or reextract still running, or "
            "one that was stopped: resuming it or 'archiver reindex' adds them); verify against a capture with "
            "--url or --capture to check those.")


def _no_texts(store: QuoteStore) -> str:
    """A sentence for a search of a store whose captures hold no text at all (sec63): what there was to search."""
    if len(store.text_index):
        return ""
    return (f" None of the store's {len(store.list_captures())} capture(s) holds a text to search (a file a browser "
            "downloads, an image, an extraction that failed: 'archiver show ID' says which; 'archiver reextract "
            "--failed' tries failed ones again).")


def _partly_indexed(index: Any) -> str:
    """A sentence for a search that found nothing, when some texts were indexed only in part."""
    count = getattr(index, "partial_count", lambda: 0)()
    if not count:
        return ""
    return (f" {count} text(s) were longer than the index limit and only their beginning was indexed "
            "(verify against a capture with --capture to check all of its text).")
