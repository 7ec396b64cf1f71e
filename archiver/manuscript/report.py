"""The forms of a manuscript check's report: a readable table, CSV, a self-contained HTML file.

(``--json`` is :meth:`CheckReport.to_dict`.) Every value taken from the manuscript or a page is
escaped in HTML: a manuscript or archived page is untrusted text.
"""

from __future__ import annotations

import csv
import html
import io

from archiver.manuscript.check import VERIFIED, CheckReport, QuoteCheck
from archiver.quotes.rendered import NOT_SHOWN

CSV_COLUMNS = ("number", "place", "quote", "status", "verdict", "url", "capture", "captured_at",
               "cited_via", "cited_urls", "differences", "log_seq", "receipt", "message")


def differences_text(q: QuoteCheck) -> str:
    """The material differences of the deciding check, one per ``;``, in words."""
    p = q.primary
    if p is None or p.report is None:
        return ""
    out = []
    for d in p.report.primary.result.differences:
        if d.kind == NOT_SHOWN:  # the words are the same on both sides: what matters is why they count for nothing
            out.append(f"{d.kind}: {d.source!r}: {d.note}")
        elif d.material:
            out.append(f"{d.kind}: quote {d.quote!r} / source {d.source!r}")
    return "; ".join(out)


def _message(q: QuoteCheck) -> str:
    p = q.primary
    if p is None:
        return "no link, note or reference attached to this quotation"
    if p.message:
        return p.message
    if p.report is not None and p.status not in VERIFIED:
        return p.report.primary.result.explanation or ""
    return ""


def render_table(report: CheckReport, *, color: bool = False, width: int = 160) -> str:
    """The default output: one row per quotation, then the differences, then the summary."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=False)
    for name in ("#", "place", "quote", "cited", "capture", "status"):
        table.add_column(name, overflow="fold")
    for q in report.quotes:
        d = q.to_dict()
        quote = q.quotation.text if len(q.quotation.text) <= 70 else q.quotation.text[:67] + "..."
        capture = f"{d['capture']} {d['captured_at']}{' IMPORTED' if d['imported'] else ''}" if d["capture"] else "-"
        # (as Text: a quote's "[t]he" or "[sic]" is the manuscript's, never rich markup to obey)
        table.add_row(*(Text(cell) for cell in (str(q.quotation.number), q.quotation.place, quote, d["url"] or "-",
                                                capture, q.status)))
    buf = io.StringIO()
    if color:  # a terminal: its own width
        import shutil

        width = shutil.get_terminal_size((width, 24)).columns
    console = Console(file=buf, width=width, force_terminal=color, color_system="auto" if color else None)
    console.print(table)
    out = buf.getvalue()
    notes = []
    for q in report.quotes:
        p = q.primary
        why = "" if q.status in VERIFIED else differences_text(q) or _message(q)
        if why:
            notes.append(f"#{q.quotation.number} {q.status}: {why}")
        if p is not None and p.report is not None and p.report.versions:
            seen = ", ".join(f"{v.source.captured_at if v.source else '?'} {v.result.verdict}"
                             for v in p.report.versions)
            notes.append(f"#{q.quotation.number} the page changed: its captures say {seen}")
        if p is not None and p.other_site is not None:
            notes.append(f"#{q.quotation.number} {q.status} on ANOTHER SITE: {p.message}")
        if q.receipt:
            notes.append(f"#{q.quotation.number} receipt: {q.receipt}")
    return out + "".join(n + "\n" for n in notes) + report.summary_line() + "\n"


def render_csv(report: CheckReport) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for q in report.quotes:
        d = q.to_dict()
        row = {**d, "cited_urls": " ".join(d["cited_urls"]), "differences": differences_text(q),
               "message": _message(q)}
        w.writerow(["" if row.get(c) is None else row[c] for c in CSV_COLUMNS])
    return buf.getvalue()


_CSS = """body{font-family:Georgia,serif;max-width:60em;margin:2em auto;color:#111}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #999;padding:.3em;
vertical-align:top;text-align:left}td.q{font-style:italic}.exact,.normalized{background:#e6f4e6}
.approximate{background:#fff6d6}.altered,.not_found,.source_unavailable,.evidence_altered,
.evidence_missing{background:#fde2e2}.unattributed,.not_archived,.not_checked{background:#eee}
td{word-break:break-word}@media print{body{margin:0;max-width:none}tr{page-break-inside:avoid}}"""


def render_html(report: CheckReport) -> str:
    """One self-contained HTML file (no scripts, no external resources), readable printed."""
    e = html.escape
    rows = []
    for q in report.quotes:
        d = q.to_dict()
        capture = (f"{e(d['capture'])}<br>{e(d['captured_at'] or '')}{'<br>IMPORTED' if d['imported'] else ''}"
                   if d["capture"] else "&ndash;")
        url = e(d["url"]) if d["url"] else "&ndash;"
        why = differences_text(q) or _message(q)
        receipt = f"<br>receipt: {e(q.receipt)}" if q.receipt else ""
        rows.append(f"<tr class=\"{e(q.status)}\"><td>{q.quotation.number}</td><td>{e(q.quotation.place)}</td>"
                    f"<td class=\"q\">{e(q.quotation.text)}</td><td>{url}<br><small>{e(d['cited_via'] or '')}"
                    f"</small></td><td>{capture}</td><td><b>{e(q.status)}</b><br>{e(why)}{receipt}</td></tr>")
    as_of = f" as of {e(report.as_of)}" if report.as_of else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>Quote check: {e(report.manuscript)}</title><style>{_CSS}</style></head><body>"
            f"<h1>Quote check</h1><p>Manuscript: {e(report.manuscript)} ({e(report.kind)}){as_of}</p>"
            f"<p><b>{e(report.summary_line())}</b></p>"
            "<table><thead><tr><th>#</th><th>place</th><th>quotation</th><th>cited source</th>"
            "<th>capture</th><th>verdict</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table></body></html>\n")
