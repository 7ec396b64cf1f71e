"""The verdict when the quote matched a normalised variant of the text by pattern.

Lists which normalisations the match really needed, and turns what brackets, ellipses and
left-out asides hide, or a changed final mark, into an ``altered`` verdict.
"""

from __future__ import annotations

from archiver.quotes.align import PatternMatch, case_check, steps_needed
from archiver.quotes.brackets import bracket_differences
from archiver.quotes.final_mark import dropped_question
from archiver.quotes.gaps import (
    ellipsis_differences,
    omitted_aside_differences,
    question_difference,
)
from archiver.quotes.lead_word import dropped_lead
from archiver.quotes.model import ALTERED, APPROXIMATE, NORMALIZED, Difference, QuoteResult
from archiver.quotes.normalize import BRACKETS, FOOTNOTE_MARKER, FOOTNOTES, normalize
from archiver.quotes.numbers import CARET_POWER, number_form_differences
from archiver.quotes.parse import SUPERSCRIPT_NOTATION, Bracket, ParsedQuote, quote_steps_applied
from archiver.quotes.text import PreparedText
from archiver.quotes.tokens import tokenize
from archiver.quotes.trail_word import dropped_trail
from archiver.quotes.verdict import NORMALIZATION_ORDER, altered_explanation, make_result


def from_pattern(pq: ParsedQuote, pt: PreparedText, where: str, pm: PatternMatch) -> QuoteResult:
    v = pm.variant
    spans = [v.to_original(a, b) for a, b in pm.spans]
    diffs = bracket_differences(pq, pm) + ellipsis_differences(pq, pt, spans)
    for part, (a, b) in zip(pq.parts, spans, strict=True):
        diffs += number_form_differences(part.plain(), pt.original[a:b], a)
    norms: set[str] = set()
    # final punctuation: the quote's own final mark is not required, but keep it in the span
    if pq.final_punct:
        end = pm.end
        following = v.folded[end : end + len(pq.final_punct)]
        if following == normalize(pq.final_punct).folded:
            a, _ = spans[-1]
            spans[-1] = (a, v.to_original(end, end + len(pq.final_punct))[1])
        elif (question := question_difference(pq, following)) is not None:
            diffs.append(question)
        else:
            norms.add("final_punctuation")
    elif (question := dropped_question(pq, pt.original, spans[-1][1])) is not None:
        diffs.append(question)
    if (lead := dropped_lead(pq.parts[0].plain(), pt.original, spans[0][0], spans[0][1])) is not None:
        diffs.append(lead)
    if (trail := dropped_trail(pq.parts[-1].plain(), pt.original, spans[-1][1], spans[-1][0])) is not None:
        diffs.append(trail)
    readings = pm.readings()
    for i, part in enumerate(pq.parts):
        for k, piece in enumerate(part.pieces):
            if isinstance(piece, Bracket) and readings.get(f"p{i}b{k}", ("",))[0] != "lit":
                norms.add(BRACKETS)  # a [sic] left out, a letter or word read as an alteration
    if pm.key[0]:
        lo, hi = spans[0][0], spans[-1][1]
        if BRACKETS in normalize(pt.original[lo:hi], unbracket=pm.key[0]).applied:
            norms.add(BRACKETS)
    if pm.key[0] == 2:
        diffs.extend(omitted_aside_differences(pq, pt, spans))
    if pq.has_ellipsis:
        norms.add("ellipsis")
    if _markers_left_out(pq, pt, spans):
        norms.add(FOOTNOTES)  # also one just before the final mark, outside what steps_needed sees
    if any(CARET_POWER.search(part.plain()) for part in pq.parts):
        norms.add(SUPERSCRIPT_NOTATION)  # "10^6" read as the page's "10⁶" (parse.caret_powers)
    case_ok = case_check(pq, pm, free_first_letter=True)
    if case_ok and not case_check(pq, pm, free_first_letter=False):
        norms.add("first_letter_case")
    if not case_ok:
        for part, (a, b) in zip(pq.parts, pm.spans, strict=True):
            qn = normalize(part.plain(), unbracket=True)
            src = v.text[a:b]
            qt, st = tokenize(qn.text, qn.folded), tokenize(src, src.lower(), offset=a)
            for i, (q, s) in enumerate(zip(qt, st, strict=False)):
                if (
                    q.text != s.text
                    and q.folded == s.folded
                    and not (i == 0 and q.text[1:] == s.text[1:])
                ):
                    start, end = v.to_original(s.start, s.end)
                    diffs.append(
                        Difference(
                            "case", False, q.text, s.text, start, end, note="letter case differs"
                        )
                    )
    candidates = (
        quote_steps_applied(pq)
        | normalize(
            pt.original[spans[0][0] : spans[-1][1]], unbracket=pm.key[0], keep_hyphen=pm.key[1]
        ).applied
    )
    norms.update(steps_needed(pq, pm, candidates))
    normalizations = [n for n in NORMALIZATION_ORDER if n in norms]
    if any(d.material for d in diffs):
        return make_result(
            ALTERED,
            pq,
            pt,
            where,
            spans,
            diffs,
            normalizations,
            explanation=altered_explanation(diffs),
        )
    if diffs:
        return make_result(
            APPROXIMATE,
            pq,
            pt,
            where,
            spans,
            diffs,
            normalizations,
            explanation="The passage differs from the quote only in letter case.",
        )
    listed = ", ".join(n.replace("_", " ") for n in normalizations) or "none visible"
    return make_result(
        NORMALIZED,
        pq,
        pt,
        where,
        spans,
        [],
        normalizations,
        explanation=f"The quote matches the text after meaning-preserving changes only ({listed}).",
    )


def _markers_left_out(pq: ParsedQuote, pt: PreparedText, spans: list[tuple[int, int]]) -> bool:
    """Whether the matched passage holds more footnote markers than the quote ("the end." for
    "the end¹."): a normalisation the verdict must name, wherever the marker sits."""
    quoted = sum(len(FOOTNOTE_MARKER.findall(part.plain())) for part in pq.parts)
    return sum(len(FOOTNOTE_MARKER.findall(pt.original[a:b])) for a, b in spans) > quoted
