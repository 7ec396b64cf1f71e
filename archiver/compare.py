"""What changed between two captures, and across every capture of a URL.

"Was it edited after I cited it?" is answered in three layers, cheapest first:

1. The payload digests: the same bytes read the same way (the same extracted text, status and
   final URL) are the same page, said plainly and nothing else done. The same body is not
   enough: served as ``410 Gone``, at another address, or with another charset (which every
   reader then sees as other characters) it is not the page that was cited.
2. The extracted texts, paragraph by paragraph: paragraphs are aligned (``difflib`` over the
   paragraph list, then paragraphs of a replaced block paired by similarity with
   ``rapidfuzz``), and a paragraph that changed gets a word-level diff with the changed words
   marked. Comparing the extraction, not the HTML, keeps ads, nonces and layout churn out.
3. The metadata a citation relies on: title, authors, dates, outlet, description, page state
   and the notices (disclaimers, corrections, editor's notes) found on the page; and the
   response's HTTP status and final URL (:data:`RESPONSE_FIELDS`).

Texts extracted by different extractor versions can differ where the page did not: each side
names its version, and the diff says when they differ.

:mod:`archiver.history` applies this to consecutive captures of one URL.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

if TYPE_CHECKING:
    from archiver.ports import CompareStore

#: Metadata fields compared, in the order they are shown.
METADATA_FIELDS: tuple[str, ...] = (
    "title", "authors", "published", "modified", "outlet", "description", "page_state", "disclaimers",
)
#: Response facts compared (a page that went ``410 Gone`` or moved is not the one cited).
RESPONSE_FIELDS: tuple[str, ...] = ("http_status", "final_url")
#: Two paragraphs of a replaced block are "the same paragraph, changed" above this similarity.
PAIR_THRESHOLD = 50.0

ADDED, REMOVED, CHANGED, EQUAL = "added", "removed", "changed", "equal"

# a number with separators ("1,000", "3.5", "12:30") or a hyphenated word is one token, so a
# changed number is shown whole ("[-1,000-]{+1,200+}"), not digit by digit
_TOKENS = re.compile(r"\w+(?:[.,:/'’-]\w+)*|[^\w\s]+|\s+")


@dataclass(frozen=True)
class WordOp:
    """A run of the changed paragraph: kept (``equal``), ``removed`` or ``added`` text."""

    op: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "text": self.text}


@dataclass(frozen=True)
class ParagraphChange:
    """One paragraph added, removed or changed; indexes are positions in each text (0-based)."""

    kind: str
    index_a: int | None
    index_b: int | None
    text_a: str | None
    text_b: str | None
    words: tuple[WordOp, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "index_a": self.index_a, "index_b": self.index_b,
                "text_a": self.text_a, "text_b": self.text_b, "words": [w.to_dict() for w in self.words]}


@dataclass(frozen=True)
class FieldChange:
    """A metadata field whose value differs (lists: what was removed and added)."""

    field: str
    a: Any
    b: Any
    removed: tuple[Any, ...] = ()
    added: tuple[Any, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "a": self.a, "b": self.b,
                "removed": list(self.removed), "added": list(self.added)}


@dataclass(frozen=True)
class CaptureSide:
    """The facts about one side of a comparison."""

    capture_id: str
    url: str
    final_url: str
    capture_time: str
    http_status: int | None
    payload_digest: str | None
    text_sha256: str | None
    evidence: str | None = None  # "present" once checked against the log and the WARC files
    #: the user's corrections in force (see :mod:`archiver.corrections`): field -> value, who, why
    corrections: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the extractor version (``archiver-extract``) that made the text (``None``: no extraction)
    extractor_version: str | None = None
    #: "captured" (fetched by this archive) or "imported" (from a file made elsewhere: its time is
    #: what that file claims)
    origin: str = "captured"
    #: ``archiver reextract``'s new extractions of it, oldest first (``[]``: the text is the one
    #: extracted at capture): see :func:`archiver.evidence.reextractions`
    reextractions: tuple[dict[str, Any], ...] = ()
    #: an imported capture's id in the bundle it came from, and the log that signed that bundle
    #: (an id is unique only within its log: a row of ``history`` must say whose id it shows)
    original_capture_id: str | None = None
    original_log: dict[str, Any] | None = None
    #: why the capture's extraction failed (no text to use: ``archiver reextract ID``); None when it did not
    extraction_error: str | None = None
    #: today's reading of its bytes says a browser shows no text of them (``download``, ``not_shown``), or could
    #: not decide it (``undecided``: they inflate past the limits), though its logged extraction holds an older
    #: extractor's text: ``show``'s ``no_text_now``. That text is then not compared as the page's (``text_sha256``
    #: null, as ``cite`` cites none); ``logged_extraction`` names it (log entry, digest). None: no such text.
    no_text_now: str | None = None
    logged_extraction: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"capture_id": self.capture_id, "url": self.url, "final_url": self.final_url,
                "capture_time": self.capture_time, "http_status": self.http_status,
                "payload_digest": self.payload_digest, "text_sha256": self.text_sha256,
                "evidence": self.evidence, "corrected": sorted(self.corrections),
                "corrections": self.corrections, "extractor_version": self.extractor_version,
                "origin": self.origin, "reextractions": list(self.reextractions),
                "original_capture_id": self.original_capture_id, "original_log": self.original_log,
                "extraction_error": self.extraction_error, "no_text_now": self.no_text_now,
                "logged_extraction": self.logged_extraction}


@dataclass(frozen=True)
class CaptureDiff:
    """The comparison of capture ``a`` (usually older) with capture ``b``."""

    a: CaptureSide
    b: CaptureSide
    identical_payload: bool
    text_compared: bool  # False when a side has no extracted text (e.g. an image)
    identical_text: bool
    paragraphs: tuple[ParagraphChange, ...] = ()
    metadata: tuple[FieldChange, ...] = ()
    #: the response's status and final URL, where they differ (:data:`RESPONSE_FIELDS`)
    response: tuple[FieldChange, ...] = ()

    @property
    def identical(self) -> bool:
        """Nothing a reader would see changed: the same status and final URL, and the same bytes
        read as the same text (no correction differing), or the same text and metadata."""
        if self.response:
            return False
        if self.identical_payload and not self.text_compared:
            return self.identical_text and not self.metadata
        return self.text_compared and self.identical_text and not self.metadata

    @property
    def extractor_versions_differ(self) -> bool:
        """Both texts were extracted, by different extractor versions: a text difference may be
        the extractor's, not the page's."""
        a, b = self.a.extractor_version, self.b.extractor_version
        return a is not None and b is not None and a != b

    def counts(self) -> dict[str, int]:
        out = {ADDED: 0, REMOVED: 0, CHANGED: 0}
        for p in self.paragraphs:
            out[p.kind] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "identical": self.identical,
                "identical_payload": self.identical_payload, "text_compared": self.text_compared,
                "identical_text": self.identical_text, "extractor_versions_differ": self.extractor_versions_differ,
                "response": [r.to_dict() for r in self.response],
                "paragraph_counts": self.counts(),
                "paragraphs": [p.to_dict() for p in self.paragraphs],
                "metadata": [m.to_dict() for m in self.metadata]}


# ---------------------------------------------------------------------- pure diffs


def paragraphs_of(text: str) -> list[str]:
    """The extraction's paragraphs (one per line), whitespace-normalised, empty ones dropped."""
    return [p for p in (" ".join(line.split()) for line in text.split("\n")) if p]


def word_diff(a: str, b: str) -> tuple[WordOp, ...]:
    """Word-level diff of two paragraphs: runs of equal, removed and added text."""
    ta, tb = _TOKENS.findall(a), _TOKENS.findall(b)
    ops: list[WordOp] = []

    def push(op: str, text: str) -> None:
        if not text:
            return
        if ops and ops[-1].op == op:
            ops[-1] = WordOp(op, ops[-1].text + text)
        else:
            ops.append(WordOp(op, text))

    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            push(EQUAL, "".join(ta[i1:i2]))
        else:
            push(REMOVED, "".join(ta[i1:i2]))
            push(ADDED, "".join(tb[j1:j2]))
    return tuple(ops)


def diff_texts(text_a: str, text_b: str) -> tuple[ParagraphChange, ...]:
    """Paragraph-by-paragraph changes from ``text_a`` to ``text_b`` (unchanged ones omitted)."""
    pa, pb = paragraphs_of(text_a), paragraphs_of(text_b)
    changes: list[ParagraphChange] = []
    sm = difflib.SequenceMatcher(None, pa, pb, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "delete":
            changes += [ParagraphChange(REMOVED, i, None, pa[i], None) for i in range(i1, i2)]
        elif tag == "insert":
            changes += [ParagraphChange(ADDED, None, j, None, pb[j]) for j in range(j1, j2)]
        else:
            changes += _pair_block(pa, pb, i1, i2, j1, j2)
    return tuple(changes)


def _pair_block(pa: list[str], pb: list[str], i1: int, i2: int, j1: int, j2: int) -> list[ParagraphChange]:
    """Within a replaced block, pair each old paragraph with the most similar new one that keeps
    the order (a changed paragraph), leaving the unpaired ones removed or added."""
    out: list[ParagraphChange] = []
    j = j1
    for i in range(i1, i2):
        best, best_score = None, PAIR_THRESHOLD
        for k in range(j, j2):
            score = fuzz.ratio(pa[i], pb[k])
            if score > best_score:
                best, best_score = k, score
        if best is None:
            out.append(ParagraphChange(REMOVED, i, None, pa[i], None))
            continue
        out += [ParagraphChange(ADDED, None, k, None, pb[k]) for k in range(j, best)]
        out.append(ParagraphChange(CHANGED, i, best, pa[i], pb[best], word_diff(pa[i], pb[best])))
        j = best + 1
    out += [ParagraphChange(ADDED, None, k, None, pb[k]) for k in range(j, j2)]
    return out


def same_page(a: tuple[str | None, ...], b: tuple[str | None, ...]) -> bool:
    """Whether two captures, given by their (requested, final) URLs, are of one page: the same
    URL was asked for, or the same page was reached (a redirect may differ between two captures
    of one article). Compared in one form (:func:`archiver.capture.fetch.same_url`): a capture
    typed as an IRI and one typed in its RFC 3986 form are two versions of one page."""
    from archiver.capture.fetch import wire_uri

    keys = {wire_uri(u) for u in a if u}
    return any(wire_uri(u) in keys for u in b if u)


def diff_response(a: CaptureSide, b: CaptureSide) -> tuple[FieldChange, ...]:
    """The response facts (:data:`RESPONSE_FIELDS`) that differ between two captures (the final
    URL only between captures of one requested URL, in any of its forms: two URLs asked for are
    two addresses anyway; a final URL written another way is no change)."""
    names = RESPONSE_FIELDS if same_page((a.url,), (b.url,)) else tuple(n for n in RESPONSE_FIELDS if n != "final_url")
    return tuple(FieldChange(name, getattr(a, name), getattr(b, name)) for name in names
                 if getattr(a, name) != getattr(b, name)
                 and not (name == "final_url" and same_page((a.final_url,), (b.final_url,))))


def _notice(notice: Any) -> Any:
    """A notice as two extractions compare it: its kind and text, and ``hidden`` only when it is (a record before
    extractor 142 has no such key, a later one ``false``: no change between them)."""
    if not isinstance(notice, dict):
        return notice
    return {k: v for k, v in notice.items() if k != "hidden" or v}


def diff_metadata(a: dict[str, Any], b: dict[str, Any]) -> tuple[FieldChange, ...]:
    """The metadata fields whose values differ between two extractions."""
    out = []
    for name in METADATA_FIELDS:
        va, vb = a.get(name), b.get(name)
        if isinstance(va, list) or isinstance(vb, list):
            la, lb = list(va or []), list(vb or [])
            if name == "disclaimers":
                la, lb = [_notice(x) for x in la], [_notice(x) for x in lb]
            if la != lb:
                out.append(FieldChange(name, la, lb, removed=tuple(x for x in la if x not in lb),
                                       added=tuple(x for x in lb if x not in la)))
        elif va != vb:
            out.append(FieldChange(name, va, vb))
    return tuple(out)


# ---------------------------------------------------------------------- captures


def capture_side(archive: CompareStore, capture_id: str, corrections: dict[str, list[Any]] | None = None
          ) -> tuple[CaptureSide, dict[str, Any] | None]:
    """One capture's facts and extraction, after its evidence check passed (a diff states
    what a page said: the texts must be the logged ones, the records present and intact),
    with the user's corrections applied to the metadata (``corrections``: all of the log's,
    by capture, when the caller has read them already).

    Raises :class:`~archiver.evidence.EvidenceError` (missing: exit 3, altered: exit 1).
    """
    from archiver.core.reextractions import reextractions
    from archiver.corrections import apply, corrected_fields
    from archiver.evidence import check_capture

    if corrections is None:
        corrections = archive.all_corrections()
    mine = corrections.get(capture_id, [])

    row = archive.index.get(capture_id)
    extraction = archive.index.extraction(capture_id)
    evidence = check_capture(archive, capture_id, extraction=extraction).require()
    article = apply(extraction["article"] if extraction else None, mine)
    now = _no_text_now(archive, capture_id, article)
    digest = (article or {}).get("text_sha256")
    return CaptureSide(capture_id=row.capture_id, url=evidence.url or row.url,
                       final_url=evidence.final_url or row.final_url,
                       capture_time=row.capture_time, http_status=row.status,
                       payload_digest=row.payload_digest,
                       text_sha256=None if now else digest, evidence=evidence.status,
                       corrections=corrected_fields(mine), extractor_version=_extractor_version(article),
                       origin=row.origin, original_capture_id=row.detail.get("original_capture_id"),
                       original_log=row.detail.get("original_log"),
                       reextractions=tuple(reextractions(archive.log.entry, extraction["log_seq"]) if extraction else ()),
                       extraction_error=None if extraction else _failed(row.detail.get("extraction_error")),
                       no_text_now=now,
                       logged_extraction={"log_seq": extraction["log_seq"], "text_sha256": digest}
                       if now and extraction else None,
                       ), article


def _no_text_now(archive: CompareStore, capture_id: str, article: dict[str, Any] | None) -> str | None:
    """``show``'s ``no_text_now`` (:func:`archiver.core.readable.no_text_now`) of a capture whose logged
    extraction holds a text read from its response: None when a browser shows its text (or it has none)."""
    from archiver.core.readable import no_text_now

    return no_text_now(article, lambda: archive.shown_no_text(capture_id))


def _extractor_version(article: dict[str, Any] | None) -> str | None:
    versions = (article or {}).get("extractor")
    version = versions.get("archiver-extract") if isinstance(versions, dict) else None
    return str(version) if version is not None else None


def compare_captures(archive: CompareStore, a: str, b: str, *, needs_text: bool = False) -> CaptureDiff:
    """Compare two captures of an :class:`~archiver.archive.Archive` (ids or unique prefixes).

    ``needs_text`` (``diff``): a capture whose extraction failed has no text to compare, so the
    comparison cannot be completed: :class:`~archiver.errors.NoUsableTextError` (exit 3), after both
    evidence checks, as ``verify-quote`` says of it (sec61's rule; until sec62 ``diff`` said "only one
    side has extracted text", exit 1, as of a side served as a type with no text)."""
    side_a, art_a = capture_side(archive, archive.resolve(a))
    side_b, art_b = capture_side(archive, archive.resolve(b))
    if needs_text:
        for side in (side_a, side_b):
            require_text(side, "to compare", "the diff")
            _require_decided(side)
    return compare_articles(side_a, art_a, side_b, art_b)


def require_text(side: CaptureSide, need: str, check: str) -> None:
    """Raise :class:`~archiver.errors.NoUsableTextError` (exit 3) for a capture whose extraction failed:
    ``check`` (what could not be completed) needs its text ``need`` (what for)."""
    from archiver.core.shown import escaped_line
    from archiver.errors import NoUsableTextError

    if side.extraction_error is not None:
        raise NoUsableTextError(f"capture {side.capture_id} has no extracted text {need} (its extraction failed: "
                                f"{escaped_line(side.extraction_error)}), so {check} could not be completed: "
                                f"'archiver reextract {side.capture_id}' tries again")


def _require_decided(side: CaptureSide) -> None:
    """Raise :class:`~archiver.errors.NoUsableTextError` (exit 3) for a capture whose logged text may or may
    not be one a browser shows (its bytes inflate past the limits): ``diff`` cannot say what it compares
    (sec61's rule for a capture with no text to use)."""
    from archiver.core.page_states import UNDECIDED
    from archiver.errors import NoUsableTextError

    if side.no_text_now == UNDECIDED:
        raise NoUsableTextError(f"could not decide whether a browser shows any text of capture {side.capture_id}'s "
                                "archived bytes (they inflate past the limits: ARCHIVER_LIMIT_MAX_INFLATED_BYTES), so "
                                "the diff could not be completed")


def _failed(error: Any) -> str | None:
    """The extraction error a capture's index row gives (None: none, or an empty one)."""
    return str(error) if error else None


def compare_articles(side_a: CaptureSide, art_a: dict[str, Any] | None,
                     side_b: CaptureSide, art_b: dict[str, Any] | None) -> CaptureDiff:
    """The diff given both sides' facts and extractions (``None``: nothing was extracted). A side's logged
    text a browser is not shown (``no_text_now``) is no text to compare (review rvsec61)."""
    art_a, art_b = (None if side_a.no_text_now else art_a), (None if side_b.no_text_now else art_b)
    same_payload = side_a.payload_digest is not None and side_a.payload_digest == side_b.payload_digest
    response = diff_response(side_a, side_b)
    read_alike = (art_a is None) == (art_b is None) and (art_a is None or side_a.text_sha256 == side_b.text_sha256)
    if same_payload and read_alike:
        # the same bytes read as the same text (or as none, both): only corrections can make the metadata differ
        corrected = bool(side_a.corrections or side_b.corrections)
        metadata = diff_metadata(art_a, art_b) if corrected and art_a is not None and art_b is not None else ()
        return CaptureDiff(side_a, side_b, identical_payload=True, text_compared=art_a is not None,
                           identical_text=True, metadata=metadata, response=response)
    if art_a is None or art_b is None:  # (with the same payload: served as another type, say)
        return CaptureDiff(side_a, side_b, identical_payload=same_payload, text_compared=False,
                           identical_text=False, response=response)
    # (the same bytes read as another text, e.g. under another charset, are compared as text too)
    same_text = bool(side_a.text_sha256) and side_a.text_sha256 == side_b.text_sha256
    paragraphs = () if same_text else diff_texts(art_a.get("text") or "", art_b.get("text") or "")
    return CaptureDiff(side_a, side_b, identical_payload=same_payload, text_compared=True,
                       identical_text=same_text or not paragraphs, paragraphs=paragraphs,
                       metadata=diff_metadata(art_a, art_b), response=response)
