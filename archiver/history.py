"""A URL's history: every capture of it, what changed between them, and the quotes it broke.

Why a module of its own: :mod:`archiver.compare` answers "what differs between two captures";
this answers "which quotes the log says were verified does the newest capture no longer bear
out", re-checking each on the newest capture: a quote verified on an older capture, or on the
newest itself on a text it no longer serves (an extraction ``reextract`` superseded, or an older
extractor's text of bytes no browser shows as text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.compare import CaptureDiff, CaptureSide, capture_side, compare_articles, require_text
from archiver.core.hidden_spans import hidden_spans
from archiver.errors import IncompleteCheckError, UnknownCaptureError

if TYPE_CHECKING:
    from archiver.ports import CompareStore


@dataclass(frozen=True)
class BrokenQuote:
    """A quote logged as verified against an older capture that the newest one no longer bears out."""

    quote: str
    capture_id: str
    log_seq: int
    verdict_then: str
    verdict_now: str
    explanation: str
    #: Why it no longer verifies: "page" (it still verifies on the capture it was logged on, so
    #: the newest capture's text differs), "capture_incomplete" (so, but the newest capture holds
    #: only the beginning of its page: the quote may stand in the rest, not conclusive) or "rules"
    #: (today's verdict rules refuse it on that capture too: the rules got stricter since it was
    #: logged, the page may be unchanged). Of a quote verified on the newest capture itself (sec60):
    #: "reextracted" (made on an extraction ``archiver reextract`` superseded since, whose text the
    #: current one does not bear out) or "no_text" (made on an older extractor's text of bytes today's
    #: reading says no browser shows as text: run ``archiver reextract``).
    cause: str = "page"

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "capture_id": self.capture_id, "log_seq": self.log_seq,
                "verdict_then": self.verdict_then, "verdict_now": self.verdict_now,
                "explanation": self.explanation, "cause": self.cause}


@dataclass(frozen=True)
class History:
    """Every capture of a URL (oldest first), what changed between neighbours, broken quotes."""

    url: str
    captures: tuple[CaptureSide, ...]
    changes: tuple[CaptureDiff, ...]          # changes[i]: captures[i] -> captures[i + 1]
    quotes_checked: int = 0
    broken_quotes: tuple[BrokenQuote, ...] = field(default=())
    #: captures of the URL the log lists that the capture index lacks: the list is then not
    #: complete (and its last capture may not be the newest); ``[]`` when it is
    not_indexed: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for i, side in enumerate(self.captures):
            d = self.changes[i - 1] if i else None
            rows.append({**side.to_dict(),
                         "previous_capture_id": d.a.capture_id if d else None,
                         "changed": (not d.identical) if d else None,
                         "payload_changed": (not d.identical_payload) if d else None,
                         "text_changed": (d.text_compared and not d.identical_text) if d else None,
                         "paragraph_counts": d.counts() if d else None,
                         "metadata_changed": [m.field for m in d.metadata] if d else [],
                         "response_changed": [r.field for r in d.response] if d else [],
                         "extractor_versions_differ": d.extractor_versions_differ if d else False})
        newest = self.captures[-1].capture_id if self.captures else None
        return {"url": self.url, "newest_capture_id": newest, "captures": rows,
                "quotes_checked": self.quotes_checked,
                "broken_quotes": [q.to_dict() for q in self.broken_quotes],
                "index_complete": not self.not_indexed, "captures_not_indexed": list(self.not_indexed),
                "index_incomplete": self.incomplete}

    @property
    def incomplete(self) -> str | None:
        """The one line saying the list is not complete (``None``: it is)."""
        from archiver.evidence import index_lacks

        return index_lacks(self.not_indexed, self.url) if self.not_indexed else None


def history(archive: CompareStore, url: str) -> History:
    """Every capture of ``url`` with what changed between them, and the quotes it broke."""
    not_indexed = tuple(archive.captures_not_indexed(url))  # the log is the truth; the index a cache
    rows = sorted(archive.list_captures(url=url), key=lambda r: r.capture_id)  # (after: a commit waited for)
    if not rows:
        if not_indexed:
            from archiver.evidence import index_lacks

            raise IncompleteCheckError(index_lacks(not_indexed, url))
        raise UnknownCaptureError(f"no capture of {url} in this store (see 'archiver list')")
    corrections = archive.all_corrections()  # one scan of the log for every capture
    sides = [capture_side(archive, r.capture_id, corrections) for r in rows]
    changes = tuple(compare_articles(*sides[i - 1], *sides[i]) for i in range(1, len(sides)))
    checked, broken = _recheck_quotes(archive, sides)
    return History(url=url, captures=tuple(s for s, _ in sides), changes=changes,
                   quotes_checked=checked, broken_quotes=broken, not_indexed=not_indexed)


def _recheck_quotes(archive: CompareStore, sides: list[tuple[CaptureSide, dict[str, Any] | None]]
                    ) -> tuple[int, tuple[BrokenQuote, ...]]:
    """Re-verify, on the newest capture, each distinct quote the log says verified on an older one,
    or on the newest itself on a text it no longer serves (an extraction ``reextract`` superseded, or
    an older extractor's text of bytes no browser shows as text: sec60, which history did not list)."""
    newest, article = sides[-1]
    older = {s.capture_id for s, _ in sides[:-1]}
    current = archive.index.extraction(newest.capture_id)
    current_seq = current.get("log_seq") if current else None
    # the verified quotes to recheck, in log order: one on the newest capture's current extraction is
    # rechecked only if today's reading says a browser shows no text of its bytes ("if no text")
    logged: list[tuple[Any, bool]] = []
    for entry in archive.log.entries("quote_verification"):
        data = entry.data
        if data.get("verdict") not in ("exact", "normalized") or not data.get("quote"):
            continue
        if data.get("capture_id") in older or data.get("capture_id") == newest.capture_id:
            same = data.get("capture_id") == newest.capture_id and data.get("extraction_seq") == current_seq
            logged.append((entry, same))
    if not logged:  # (sec62: no quote needs the decision, which may not be decidable: exit 3 for nothing)
        return 0, ()  # (nor the quote engine: importing it compiles some 300 patterns, most of history's CPU)
    from archiver.quotes import prepare, verify_quote
    from archiver.quotes.service import no_text_said, text_incomplete

    cut = text_incomplete(article or {}, truncated=archive.index.get(newest.capture_id).truncated)
    # (sec62: a failed extraction is no text to recheck on: exit 3, where an empty text blamed the page)
    require_text(newest, "to recheck the quotes verified earlier on", "history")
    # today's reading of the newest capture's bytes, asked only of a text it may vouch for wrongly
    none = (archive.shown_no_text(newest.capture_id) if (article or {}).get("text")
            and ((article or {}).get("sources") or {}).get("text") != "rendered-dom" else None)
    latest: dict[str, Any] = {}  # quote -> its latest verified log entry to recheck
    for entry, if_no_text in logged:
        if none is not None or not if_no_text:
            latest[entry.data["quote"]] = entry
    if not latest:
        return 0, ()
    text = prepare("" if none else (article or {}).get("text") or "")
    page_text = None if none else (article or {}).get("page_text") or None
    page = prepare(page_text) if page_text else None
    shown = archive.rendered_text(newest.capture_id)  # (a browser capture's: held to what its page showed)
    articles = {s.capture_id: a for s, a in sides[:-1]}
    broken = []
    for quote, entry in latest.items():
        result = verify_quote(quote, text, page_text=page, rendered_text=shown,
                              page_hidden=hidden_spans(article or {}))
        if not result.verified and entry.data["capture_id"] == newest.capture_id:
            cause = "no_text" if none else "reextracted"
            explanation = (no_text_said(none, (newest.capture_id, current_seq,
                                                              (article or {}).get("text_sha256"))) if none else
                           f"{result.explanation} It was verified on the extraction at log entry "
                           f"{entry.data.get('extraction_seq')}, which a re-extraction (log entry {current_seq}) "
                           "superseded: the capture's current text does not bear it out.")
        elif not result.verified:
            then = articles.get(entry.data["capture_id"]) or {}
            on_its_own = verify_quote(quote, then.get("text") or "", page_text=then.get("page_text") or None,
                                      rendered_text=archive.rendered_text(entry.data["capture_id"]),
                                      page_hidden=hidden_spans(then))
            cause = "rules" if not on_its_own.verified else "capture_incomplete" if cut else "page"
            said = f" Not conclusive: {cut}." if cause == "capture_incomplete" else ""
            explanation = result.explanation + said
        if not result.verified:
            broken.append(BrokenQuote(quote=quote, capture_id=entry.data["capture_id"], log_seq=entry.seq,
                                      verdict_then=entry.data["verdict"], verdict_now=result.verdict,
                                      explanation=explanation, cause=cause))
    return len(latest), tuple(broken)

