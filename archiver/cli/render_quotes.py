"""The readable and ``--json`` forms of ``verify-quote`` reports (see :mod:`archiver.cli.render`).

Apart from the other renderers because a quote report says more than any other result (the
engine's rendering, the evidence, the capture's notes, the archive-wide search, versions and
receipts), and the paragraph numbering of the two forms must stay told apart in one place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from archiver.core.page_states import state_note
from archiver.core.shown import escaped_line as one

if TYPE_CHECKING:
    from archiver.quotes.service import QuoteReport, QuoteRequest, SourceInfo

#: What a verdict that is not verified against a capture holding only part of its page means.
INCONCLUSIVE = ("The quote may stand in the part of the page this capture lacks, so this verdict is not "
                "conclusive (exit 3): capture the page again (with a larger --max-body if it was cut there) "
                "to check it.")


def _numbered(doc: dict[str, Any]) -> dict[str, Any]:
    """``paragraph`` is 0-based (like the character offsets); ``paragraph_number`` is the same
    paragraph counted from 1, as the readable output shows it, so neither form is mistaken."""
    para = doc.get("paragraph")
    return {**doc, "paragraph_number": None if para is None else para + 1}


def _skipped_doc(request: QuoteRequest, reason: str) -> dict[str, Any]:
    """A row skipped by --skip-invalid, in --json/--nl: every key a verified row has (null or
    [] here: nothing was verified or logged), no verdict, ``skipped: true`` and why."""
    from archiver.quotes import NOT_FOUND, QuoteResult
    from archiver.quotes.service import QuoteReport, Verification

    result = QuoteResult(verdict=NOT_FOUND, quote=request.quote, explanation=reason)
    doc = _numbered(QuoteReport(request, Verification(result, None, request.scope)).to_dict())
    return {**doc, "verdict": None, "url": request.url, "capture": request.capture, "skipped": True,
            "error": reason}


def quote_docs(reports: list[QuoteReport], skipped: list[tuple[QuoteRequest, str]] | None = None,
               ) -> list[dict[str, Any]]:
    """The --json/--nl documents of quote reports; with ``skipped`` (--skip-invalid) every row
    in file order. Every document has ``skipped`` and ``error`` (false and null for a quote
    that was verified), so one with --skip-invalid has the keys of one without."""
    docs = [{**_numbered(r.to_dict()), "skipped": False, "error": None} for r in reports]
    if skipped is not None:
        docs += [_skipped_doc(*s) for s in skipped]
        docs.sort(key=lambda d: d["row"] or 0)
    return docs


#: how the human form names each part a checked record plays (:data:`archiver.evidence.RECORD_PARTS`)
_PART_WORDS = {"response": "response", "extracted_text": "extracted-text", "rendered_dom": "rendered-DOM",
               "rendered_text": "rendered-text", "revisited_record": "revisited"}


def _what_was_checked(parts: tuple[str, ...]) -> str:
    """What an evidence check read, said as no more than that: the records a verdict rests on,
    not every record of the capture (``show`` checks those)."""
    if not parts:
        return ""
    words = [_PART_WORDS.get(p, p) for p in parts]
    named = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return (f" (its {named} record{'s' if len(words) > 1 else ''} match{'' if len(words) > 1 else 'es'} the "
            "provenance log; its other records were not read: 'archiver show' checks them all)")


def render_quote_report(report: QuoteReport, *, color: bool = False) -> str:
    """The human form: the engine's rendering, plus what only the archive knows."""
    from archiver.quotes import render_text
    from archiver.quotes.service import SCOPE_ARCHIVE, SCOPE_TEXT_FILE

    v = report.primary
    s = v.source
    out = render_text(
        v.result, capture=s.capture_id if s else None, url=one(_shown_url(s)) if s else None,  # the page's
        captured_at=s.captured_at if s else None, outlet=one(s.outlet) if s and s.outlet else None,  # values, escaped
        author=one(", ".join(s.authors)) if s and s.authors else None, log_seq=v.log_seq, color=color,
    )
    about: list[str] = []  # beside the source line
    if v.scope == SCOPE_TEXT_FILE:
        about.append(f"source:  text file {v.text_file} (a plain text, not archived evidence: not logged)")
    if s is not None and s.title:
        about.append(f"title:   {one(s.title)}")
    if v.evidence is not None:
        about.append(f"evidence: {v.evidence}{_what_was_checked(v.evidence_records)}")
    if s is not None and s.imported:
        about.append(f"note:    this capture was IMPORTED (origin: {s.origin}), not fetched by this archive")
    if s is not None and s.http_status is not None and s.http_status >= 400:
        about.append(f"note:    the archived page was an HTTP {s.http_status} response, not the article")
    elif s is not None and s.page_state not in (None, "article"):
        about.append(f"note:    page state is {s.page_state}: {state_note(s.page_state)}")
    if s is not None and s.text_source == "rendered-dom":
        about.append("note:    the text is the page as Chromium rendered it, after its scripts ran (the "
                     "rendered-DOM record), not the HTML the server sent")
    lines = [_say_counted_from_1(line) for line in out.splitlines()]
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("source:")), min(2, len(lines)))
    out = "\n".join(lines[:at] + about + lines[at:]) + "\n"
    notes: list[str] = []
    if v.result.where == "page_text":
        notes.append("note:    the quote occurs only OUTSIDE the article body (in the page's other visible "
                     "text: notes, disclaimers, navigation), not in the article itself")
    if v.scope == SCOPE_ARCHIVE:
        notes.append(f"search:  whole archive, {report.searched} candidate text(s) verified")
        if report.chosen is not None:
            notes.append(f"chosen:  {report.chosen}")
        if report.holders:
            imported = any(h.source is not None and h.source.imported for h in report.holders)
            notes.append(f"held by: {len(report.holders)} capture(s) hold the quote, earliest first "
                         "(attribute it to the original, not a later copy"
                         + ("; an IMPORTED capture's time is what its file claims, not when this archive "
                            "fetched anything" if imported else "") + "):")
            for h in report.holders:
                hs = h.source
                assert hs is not None
                notes.append(f"  {hs.captured_at}  {hs.capture_id}  {h.result.verdict:<10}{_imported(hs)}  "
                             f"{one(hs.final_url)}  (log entry {h.log_seq})")
    if report.incomplete is not None and v.result.verdict != "not_found":  # a not-found says it in its explanation
        notes.append(f"INCOMPLETE: {report.incomplete}")
    if report.inconclusive is not None:
        notes.append(f"INCOMPLETE: {one(report.inconclusive)}. {INCONCLUSIVE}")
    if report.versions:
        notes.append(f"versions: the {len(report.versions)} captures of this URL give different verdicts "
                     "(the article changed), newest first:")
        for ver in report.versions:
            vs = ver.source
            assert vs is not None
            place = f" chars {ver.result.start}-{ver.result.end}" if ver.result.start is not None else ""
            notes.append(f"  {vs.capture_id}  {vs.captured_at}  {ver.result.verdict:<11}{place}{_imported(vs)}"
                         f"  (log entry {ver.log_seq})")
            for d in ver.result.differences:
                if d.material:
                    notes.append(f"      {d.kind}: quote {d.quote!r} / source {d.source!r}")
    if report.receipt:
        notes.append(f"receipt: {report.receipt}")
        notes.append(f"cite:    {one(str(report.citation))}")
        notes.append(f"check:   archiver log verify-proof {report.receipt} --key log.pub  (the receipt whole: its "
                     "citation must be what the proof proves)")
    return out + "".join(n + "\n" for n in notes)


def _imported(source: Any) -> str:
    """The mark of a capture imported from a file made elsewhere, as ``list`` prints it."""
    return "  IMPORTED" if source.imported else ""


def _say_counted_from_1(line: str) -> str:
    """The readable paragraph number counts from 1; say so (--json's ``paragraph`` counts from 0)."""
    if line.startswith("where:"):
        return re.sub(r"(paragraph \d+),", r"\1 (counted from 1),", line, count=1)
    return line


def _shown_url(s: SourceInfo) -> str:
    """The page's own address; the one asked for too when a redirect led there."""
    return s.final_url if s.final_url == s.url else f"{s.final_url} (requested {s.url})"
