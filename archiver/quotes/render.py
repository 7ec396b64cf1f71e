"""Pure renderers for a :class:`QuoteResult`: the human text and the ``--json`` document.

The CLI adds what only it knows (capture id, URL, capture date, outlet, author, the log
sequence number of the ``quote_verification`` entry) and prints what these return; no logic
about verdicts lives here.
"""

from __future__ import annotations

from typing import Any

from archiver.core.shown import escaped
from archiver.quotes.model import QuoteResult

HIGHLIGHT_PLAIN = ("⟦", "⟧")
HIGHLIGHT_ANSI = ("\x1b[7m", "\x1b[0m")

_WHERE = {"text": "article text", "page_text": "page text outside the article body"}


def render_json(
    result: QuoteResult,
    *,
    capture: str | None = None,
    url: str | None = None,
    captured_at: str | None = None,
    log_seq: int | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The ``--json`` document: the result's fields plus the caller's provenance fields.

    Every key is always present (``None`` or ``[]`` when absent); ``extra`` keys (e.g.
    ``outlet``, ``author``) are added as given.
    """
    doc: dict[str, Any] = {"capture": capture, "url": url, "captured_at": captured_at}
    doc.update(result.to_dict())
    doc["log_seq"] = log_seq
    doc.update(extra)
    return doc


def highlight(result: QuoteResult, *, color: bool = False) -> str | None:
    """The context passage with each matched part marked (ANSI reverse video if ``color``)."""
    if result.context is None or result.context_start is None:
        return None
    open_, close = HIGHLIGHT_ANSI if color else HIGHLIGHT_PLAIN
    ctx, base = result.context, result.context_start
    out: list[str] = []
    pos = 0
    # The source's words are escaped (a control or bidi override in them would act on the terminal
    # or reorder the line); the marks around the quoted parts are ours.
    for span in sorted(result.parts, key=lambda p: (p.start, p.end)):
        a = max(0, min(len(ctx), span.start - base))
        b = max(a, min(len(ctx), span.end - base))
        out.append(escaped(ctx[pos:a]))
        out.append(f"{open_}{escaped(ctx[a:b])}{close}")
        pos = b
    out.append(escaped(ctx[pos:]))
    return "".join(out)


def render_text(
    result: QuoteResult,
    *,
    capture: str | None = None,
    url: str | None = None,
    captured_at: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    log_seq: int | None = None,
    color: bool = False,
) -> str:
    """A readable report: verdict, source, the passage with the quote marked, differences."""
    lines = [f"verdict: {result.verdict}"]
    if result.normalizations:
        lines[0] += f" ({', '.join(n.replace('_', ' ') for n in result.normalizations)})"
    if result.explanation:
        lines.append(f"  {escaped(result.explanation)}")
    source_bits = [
        b
        for b in (
            capture and f"capture {capture}",
            url,
            captured_at and f"captured {captured_at}",
            outlet,
            author,
        )
        if b
    ]
    if source_bits:
        lines.append("source:  " + " · ".join(source_bits))
    if result.start is not None:
        where = _WHERE.get(result.where or "", result.where or "text")
        lines.append(
            # paragraphs counted from 1 for a reader (the JSON keeps the 0-based index); offsets stay
            # 0-based, as in the TextPositionSelector
            f"where:   {where}, paragraph {'-' if result.paragraph is None else result.paragraph + 1}, "
            f"characters {result.start}-{result.end}"
        )
        if len(result.parts) > 1:
            lines.append("parts:   " + ", ".join(f"{p.start}-{p.end}" for p in result.parts))
        passage = highlight(result, color=color)
        if passage:
            lines.append("passage:")
            lines.extend("  " + ln for ln in passage.splitlines() or [""])
    if result.differences:
        lines.append("differences:")
        for d in result.differences:
            sides = f"quote {_show(d.quote)} / source {_show(d.source)}"
            weight = "material" if d.material else "noise"
            note = f" - {escaped(d.note)}" if d.note else ""
            lines.append(f"  - {d.kind} ({weight}): {sides}{note}")
    if result.text_sha256:
        lines.append(f"text:    {result.text_sha256}")
    if log_seq is not None:
        lines.append(f"logged:  entry {log_seq}")
    return "\n".join(lines) + "\n"


def _show(s: str | None) -> str:
    return "(nothing)" if s is None else repr(s)
