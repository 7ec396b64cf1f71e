"""Build the :class:`QuoteResult` for a verdict: the span, its context, the explanation.

Every verdict path ends here, so offsets, context widening and selector prefix/suffix are
computed one way whichever locator found the passage.
"""

from __future__ import annotations

from archiver.quotes.align import QUOTATION_MARKS
from archiver.quotes.model import NOT_FOUND, Difference, QuoteResult, Span
from archiver.quotes.normalize import BRACKETS, CHAR_STEPS
from archiver.quotes.parse import SUPERSCRIPT_NOTATION, ParsedQuote
from archiver.quotes.text import PreparedText

#: The order normalisations are listed in.
NORMALIZATION_ORDER: tuple[str, ...] = (
    *CHAR_STEPS,
    SUPERSCRIPT_NOTATION,
    "first_letter_case",
    "final_punctuation",
    QUOTATION_MARKS,
    BRACKETS,
    "ellipsis",
)
CONTEXT_CHARS = 160
SELECTOR_CONTEXT = 32  # as Hypothesis does


def altered_explanation(diffs: list[Difference]) -> str:
    material = [d for d in diffs if d.material]
    first = material[0]
    what = first.note or first.kind.replace("_", " ")
    detail = ""
    if first.quote and first.source:
        # whole words on both sides: "'Biden' where the source has 'Trump'"
        detail = f": {first.quote!r} where the source has {first.source!r}"
    elif first.source:  # words of the source the quote does not have: "(the source has 'no')"
        detail = f" (the source has {first.source!r}, the quote nothing there)"
    elif first.quote:
        detail = f" (the quote has {first.quote!r}, the source nothing there)"
    more = f"; {len(material) - 1} more material difference(s)" if len(material) > 1 else ""
    return f"A close passage exists but differs materially: {what}{detail}{more}."


def not_found_result(
    pq: ParsedQuote, pt: PreparedText, where: str, explanation: str
) -> QuoteResult:
    return QuoteResult(
        verdict=NOT_FOUND, quote=pq.raw, where=None, text_sha256=pt.sha256, explanation=explanation
    )


def make_result(
    verdict: str,
    pq: ParsedQuote,
    pt: PreparedText,
    where: str,
    spans: list[tuple[int, int]],
    differences: list[Difference] | None = None,
    normalizations: list[str] | None = None,
    *,
    explanation: str,
) -> QuoteResult:
    text = pt.original
    start = min(a for a, _ in spans)
    end = max(b for _, b in spans)
    pstart, pend = pt.paragraph_bounds(start)
    cstart = max(pstart, start - CONTEXT_CHARS)
    cend = min(max(pend, end), end + CONTEXT_CHARS)
    # widen to whole words
    while cstart > pstart and not text[cstart - 1].isspace():
        cstart -= 1
    while cend < len(text) and cend < max(pend, end) and not text[cend].isspace():
        cend += 1
    return QuoteResult(
        verdict=verdict,
        quote=pq.raw,
        where=where,
        paragraph=pt.paragraph_of(start),
        start=start,
        end=end,
        parts=tuple(Span(a, b) for a, b in spans),
        context=text[cstart:cend],
        context_start=cstart,
        source_passage=text[start:end],
        prefix=text[max(0, start - SELECTOR_CONTEXT) : start],
        suffix=text[end : end + SELECTOR_CONTEXT],
        differences=tuple(differences or ()),
        normalizations=tuple(normalizations or ()),
        text_sha256=pt.sha256,
        explanation=explanation,
    )
