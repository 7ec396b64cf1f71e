"""Check a whole manuscript: every quotation, its cited source, archived and verified.

A capture that followed a redirect to another site (an expired domain forwarded elsewhere, an
open redirect on a reputable site) holds that site's words, not the cited one's: each such check
names the site (``other_site``) and says so, whatever the verdict.

Each attributed quotation is verified against the newest capture of each URL it cites (at or
before ``as_of`` when given) through :class:`archiver.quotes.service.QuoteService`, so every check is
logged as a ``quote_verification`` entry and rests on the capture's evidence check, exactly as
``verify-quote`` does. With ``archive_missing`` the cited URLs that have no capture yet are
captured first through :meth:`Archive.capture_many` (logged; a failure is a
``capture_failed`` entry). Nothing is guessed: a quotation whose source cannot be found is
``unattributed``, a URL with no capture is ``not_archived``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.errors import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_PROBLEM,
    ArchiverError,
    NoUsableTextError,
    UsageError,
)
from archiver.evidence import EvidenceError, index_lacks
from archiver.manuscript.attribute import Attribution, Attributor
from archiver.manuscript.find import Quotation, find_quotations
from archiver.manuscript.readers import read_manuscript
from archiver.quotes.service import (
    QuoteReport,
    QuoteRequest,
    QuoteService,
    parse_as_of,
)

if TYPE_CHECKING:
    from archiver.manuscript.model import Manuscript
    from archiver.ports import CaptureLookup, ManuscriptStore

EXACT, NORMALIZED, APPROXIMATE, ALTERED, NOT_FOUND = "exact", "normalized", "approximate", "altered", "not_found"
UNATTRIBUTED = "unattributed"
NOT_ARCHIVED = "not_archived"
SOURCE_UNAVAILABLE = "source_unavailable"
EVIDENCE_MISSING = "evidence_missing"
EVIDENCE_ALTERED = "evidence_altered"
NOT_CHECKED = "not_checked"
#: every status a quotation can end with, best first (the summary counts them in this order)
STATUSES = (EXACT, NORMALIZED, APPROXIMATE, ALTERED, NOT_FOUND, UNATTRIBUTED, NOT_ARCHIVED,
            SOURCE_UNAVAILABLE, EVIDENCE_ALTERED, EVIDENCE_MISSING, NOT_CHECKED)
VERIFIED = (EXACT, NORMALIZED)


@dataclass(slots=True)
class SourceCheck:
    """One quotation checked against one cited URL."""

    url: str
    status: str
    report: QuoteReport | None = None
    message: str | None = None
    captured_now: bool = False
    #: not checked because the check could not be completed (the capture index lacks captures of
    #: the URL that the log lists), or not verified against a capture that holds only the beginning
    #: of the page (the quotation may stand in the rest): exit 3, as a missing WARC file, not a
    #: problem found
    incomplete: bool = False
    #: the host of the page the cited URL led to, when a redirect led to another site (else None)
    other_site: str | None = None

    def to_dict(self) -> dict[str, Any]:
        r = self.report
        v = r.primary if r is not None else None
        s = v.source if v is not None else None
        result = v.result if v is not None else None
        return {
            "url": self.url,
            "status": self.status,
            "verdict": result.verdict if result is not None and r is not None and r.refused is None else None,
            "capture": s.capture_id if s else (r.refused.evidence.capture_id if r and r.refused else None),
            "captured_at": s.captured_at if s else None,
            # imported from a file made elsewhere: its time is what that file claims
            "imported": s.imported if s else None,
            "final_url": s.final_url if s else None,
            "other_site": self.other_site,
            "http_status": s.http_status if s else None,
            "captured_now": self.captured_now,
            "log_seq": v.log_seq if v is not None else None,
            "start": result.start if result is not None else None,
            "end": result.end if result is not None else None,
            "differences": [d.to_dict() for d in result.differences] if result is not None else [],
            "explanation": (result.explanation or None) if result is not None else None,
            "message": self.message,
            # the capture holds only the beginning of its page (see verify-quote): why, else null
            "truncated": s.truncated if s else None,
            "capture_incomplete": s.incomplete if s else None,
            # every capture of the URL, newest first, when they give different verdicts (the
            # page changed after it was cited); empty when they agree
            "versions": [{"capture": ver.source.capture_id if ver.source else None,
                          "captured_at": ver.source.captured_at if ver.source else None,
                          "imported": ver.source.imported if ver.source else None,
                          "verdict": ver.result.verdict, "log_seq": ver.log_seq}
                         for ver in (r.versions if r is not None else ())],
        }


@dataclass(slots=True)
class QuoteCheck:
    """A quotation of the manuscript, what it cites, and the check against each source."""

    quotation: Quotation
    attribution: Attribution
    checks: list[SourceCheck] = field(default_factory=list)
    receipt: str | None = None

    @property
    def primary(self) -> SourceCheck | None:
        """The check the quotation's status comes from: the best one (a footnote citing two
        sources is verified when the quotation is in one of them)."""
        if not self.checks:
            return None
        return min(self.checks, key=lambda c: STATUSES.index(c.status))

    @property
    def status(self) -> str:
        p = self.primary
        return p.status if p is not None else UNATTRIBUTED

    def to_dict(self) -> dict[str, Any]:
        q = self.quotation
        p = self.primary
        doc = {"number": q.number, "place": q.place, "quote": q.text, "block_quote": q.block,
               "cited_via": self.attribution.via, "cited_urls": list(self.attribution.urls),
               "status": self.status}
        primary = p.to_dict() if p is not None else SourceCheck("", UNATTRIBUTED).to_dict()
        primary.pop("status")
        primary["url"] = p.url if p is not None else None
        doc.update(primary)
        doc["receipt"] = self.receipt
        doc["checks"] = [c.to_dict() for c in self.checks]
        return doc


@dataclass(slots=True)
class CheckReport:
    """The answer for a whole manuscript."""

    manuscript: str
    kind: str
    quotes: list[QuoteCheck]
    skipped_scare_quotes: int
    as_of: str | None = None
    captured: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts = {"quotes": len(self.quotes)} | dict.fromkeys(STATUSES, 0)
        for q in self.quotes:
            counts[q.status] += 1
        counts["skipped_scare_quotes"] = self.skipped_scare_quotes
        return counts

    def summary_line(self) -> str:
        s = self.summary()
        parts = [f"{s['quotes']} quote(s)"] + [f"{s[k]} {k.replace('_', ' ')}" for k in STATUSES if s[k]]
        return ", ".join(parts) + f"; {s['skipped_scare_quotes']} scare quote(s) skipped"

    @property
    def exit_code(self) -> int:
        """0 when every attributed quotation verified (unattributed ones are reported, and
        counted in the summary, but are not a failed check: there is nothing to check them
        against); 3 when the only problem is a check that could not be completed (a WARC file the
        log names is missing, an index that lacks captures, a capture holding only the beginning
        of its page: a quotation citing two sources is not concluded while one of them is such a
        check, since it verifies when either holds it); 1 otherwise."""
        bad = [q for q in self.quotes if q.status not in VERIFIED and q.status != UNATTRIBUTED]
        if not bad:
            return EXIT_OK
        if all(q.status == EVIDENCE_MISSING or any(c.incomplete for c in q.checks) for q in bad):
            return EXIT_INCOMPLETE
        return EXIT_PROBLEM

    def to_dict(self) -> dict[str, Any]:
        return {"manuscript": self.manuscript, "format": self.kind, "as_of": self.as_of,
                "summary": self.summary(), "captured": self.captured,
                "quotes": [q.to_dict() for q in self.quotes]}


def check_manuscript(archive: ManuscriptStore, path: Path, *, as_of: str | None = None, archive_missing: bool = False,
                     receipts: Path | None = None,
                     progress: Callable[[str], None] | None = None,
                     manuscript: Manuscript | None = None) -> CheckReport:
    """Find, attribute and verify every quotation of the manuscript at ``path``.

    Raises :class:`UsageError` (nothing done, nothing logged) for an unreadable or malformed
    manuscript, a bad ``as_of`` or a receipts folder that does not exist or already holds a
    receipt; :class:`~archiver.errors.KeyMissingError` when the log cannot be appended to.
    """
    if as_of is not None:
        parse_as_of(as_of)
    if manuscript is None:  # (a caller that read it before opening the store passes it)
        manuscript = read_manuscript(path)
    finder = find_quotations(manuscript)
    attributor = Attributor(manuscript, finder.all_spans())
    cited_scare = [q for q in finder.scare if attributor.cited(q)]
    ordered = sorted(finder.found + cited_scare, key=lambda q: (q.span.first, q.span.start))
    quotes = [QuoteCheck(Quotation(n, q.text, q.span, q.place, q.block), attributor.attribute(q))
              for n, q in enumerate(ordered, start=1)]
    receipt_paths = _receipt_paths(receipts, quotes)
    urls = list(dict.fromkeys(u for q in quotes for u in q.attribution.urls))
    report = CheckReport(str(path), manuscript.kind, quotes, len(finder.scare) - len(cited_scare), as_of)
    if not urls:
        return report
    archive.ensure_writable()
    failed: dict[str, str] = {}
    captured_now: set[str] = set()
    if archive_missing:
        failed, captured_now, report.captured = _archive_missing(archive, urls, progress)
    service = QuoteService(archive)
    for q in quotes:
        if progress is not None:
            progress(q.quotation.text)
        q.checks = [_check(service, archive, q.quotation.text, u, as_of, failed.get(u), u in captured_now)
                    for u in q.attribution.urls]
        p = q.primary
        path_ = receipt_paths.get(q.quotation.number)
        if path_ is not None and p is not None and p.report is not None and p.report.primary.log_seq is not None:
            p.report = service.write_receipt(p.report, path_)
            q.receipt = str(path_)
    return report


def _receipt_paths(receipts: Path | None, quotes: list[QuoteCheck]) -> dict[int, Path]:
    """``quote-NNN.zip`` per attributed quotation; the folder must exist and hold none yet
    (a receipt is evidence: never silently replaced)."""
    if receipts is None:
        return {}
    folder = Path(receipts)
    if not folder.is_dir():
        raise UsageError(f"--receipts {receipts}: no such folder (create it first)")
    out = {q.quotation.number: folder / f"quote-{q.quotation.number:03d}.zip"
           for q in quotes if q.attribution.attributed}
    clash = [p for p in out.values() if p.exists()]
    if clash:
        raise UsageError(f"{clash[0]} already exists; refusing to overwrite a receipt (choose an empty folder)")
    return out


def _captures(archive: CaptureLookup, url: str) -> list[Any]:
    """The captures of ``url`` (requested or final URL; a trailing slash is no difference)."""
    other = url[:-1] if url.endswith("/") else url + "/"
    found: list[Any] = archive.list_captures(url=url) or archive.list_captures(url=other)
    return found


def _archive_missing(archive: ManuscriptStore, urls: list[str],
                     progress: Callable[[str], None] | None) -> tuple[dict[str, str], set[str], list[dict[str, Any]]]:
    """Capture the cited URLs that have no capture yet; returns why each one failed (a URL we
    may not fetch, or a failed capture, which the log records), the ones captured, and the
    captures' summaries."""
    failed: dict[str, str] = {}
    todo = []
    for u in urls:
        if _captures(archive, u):
            continue
        try:
            todo.append(archive.valid_url(u))
        except ArchiverError as exc:
            failed[u] = f"not captured: {exc.diagnostics()}"
    if not todo:
        return failed, set(), []
    # The batch runner's rules: polite per host, retries of 429/503 with backoff, resumable (an
    # interrupted check picks up where it stopped), every failure logged as capture_failed.
    from archiver.batch import CAPTURED, UNAVAILABLE, run_batch

    def outcome(item: Any) -> None:
        if progress is not None:
            progress(f"{item.status} {item.url}")

    report = run_batch(archive.root, todo, threads=True, fetch_options=archive.fetch_options,
                       key_dir=archive.key_dir, on_outcome=outcome)
    done = set()
    for item in report.items:
        if item.status in (CAPTURED, UNAVAILABLE):
            done.add(item.url)
        elif report.interrupted and item.error is None:
            failed[item.url] = "not captured: the capture run was interrupted (run the check again to resume)"
        else:
            failed[item.url] = f"capture failed: {item.error}"
    summaries = [{"url": it.url, "capture": it.capture_id, "status": it.http_status, "error": it.error,
                  "log_seq": it.log_seq} for it in report.items]
    return failed, done, summaries


def _instant(capture_time: str) -> dt.datetime:
    return dt.datetime.fromisoformat(capture_time.replace("Z", "+00:00"))


def _check(service: QuoteService, archive: CaptureLookup, quote: str, url: str, as_of: str | None,
           failure: str | None, captured_now: bool) -> SourceCheck:
    """One quotation against one URL's newest capture (at or before ``as_of``)."""
    if failure is not None:
        return SourceCheck(url, SOURCE_UNAVAILABLE, message=failure)
    missing = sorted({c for u in (url, url[:-1] if url.endswith("/") else url + "/")
                      for c in archive.captures_not_indexed(u)})
    rows = _captures(archive, url)  # (after: a writer's commit in flight is waited for)
    if missing:  # neither "not archived" nor "the newest capture" can be said from this index
        return SourceCheck(url, NOT_CHECKED, message=index_lacks(missing, url), captured_now=captured_now,
                           incomplete=True)
    if not rows:
        return SourceCheck(url, NOT_ARCHIVED, message="no capture of this URL in the store "
                           "(run with --archive-missing, or 'archiver archive URL')")
    if as_of is not None:
        cutoff = parse_as_of(as_of)
        if not any(_instant(r.capture_time) <= cutoff for r in rows):
            return SourceCheck(url, NOT_ARCHIVED, message=f"no capture of this URL at or before {as_of}")
    request = QuoteRequest(quote=quote, url=url, as_of=as_of)
    try:
        report = service.verify(request)
    except EvidenceError as exc:
        status = EVIDENCE_MISSING if exc.exit_code == EXIT_INCOMPLETE else EVIDENCE_ALTERED
        return SourceCheck(url, status, QuoteReport.refusal(request, exc), exc.diagnostics(), captured_now)
    except NoUsableTextError as exc:  # (no capture of it has text to use: a check not completed, as verify-quote's)
        return SourceCheck(url, SOURCE_UNAVAILABLE, message=exc.diagnostics(), captured_now=captured_now,
                           incomplete=True)
    except UsageError as exc:
        return SourceCheck(url, NOT_CHECKED, message=exc.diagnostics(), captured_now=captured_now)
    result = report.primary.result
    source = report.primary.source
    status = result.verdict
    message = None
    elsewhere = _other_site(url, source.final_url) if source is not None else None
    if not result.verified and source is not None and (source.http_status or 0) >= 400:
        status = SOURCE_UNAVAILABLE
        message = f"the archived page is an HTTP {source.http_status} response, not the cited text"
    elif elsewhere is not None and source is not None:
        message = (f"the cited URL led (by redirect) to another site: the text checked is {source.final_url}, a page "
                   f"of {elsewhere}, not of {_host(url)}")
    inconclusive = report.inconclusive if status != SOURCE_UNAVAILABLE else None
    if inconclusive is not None:  # the quotation may stand in the part of the page the capture lacks: exit 3
        said = f"not conclusive: {inconclusive}; capture the page again to check it"
        message = f"{message}; {said}" if message else said
    return SourceCheck(url, status, report, message, captured_now, incomplete=inconclusive is not None,
                       other_site=elsewhere)


def _host(url: str) -> str:
    """A URL's host, lower-case, in its ASCII (IDNA) form and without a leading ``www.`` (the same
    site either way: a server's redirect names ``xn--bcher-kva.example`` where a manuscript may
    cite ``bücher.example``)."""
    from urllib.parse import urlsplit

    from archiver.capture.fetch import wire_uri

    host = (urlsplit(wire_uri(url)).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _other_site(cited: str, final: str | None) -> str | None:
    """The final URL's host when it is not the cited URL's (None: the same site, or no final URL)."""
    if not final or _host(final) == _host(cited):
        return None
    return _host(final)
