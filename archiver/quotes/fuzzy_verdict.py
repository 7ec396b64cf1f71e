"""The verdict when only a near passage exists: locate each part fuzzily, judge the word diff.

Each part of the quote is matched to its nearest passage; :mod:`archiver.quotes.classify`
classifies the word-level differences; this module adds the multi-part checks (missing
part, order, ellipsis gaps), the words right beside the passage (a dropped question mark, a
negation, limit or number bound cut off at either edge, as for a verbatim match) and the noise
budget, and decides ``approximate``, ``altered`` or ``not_found``.
"""

from __future__ import annotations

import bisect

from archiver.quotes.align import FuzzyMatch, find_fuzzy
from archiver.quotes.classify import WordDiff, diff_words, noise_budget
from archiver.quotes.edges import inside_token
from archiver.quotes.final_mark import dropped_question
from archiver.quotes.gaps import (
    ellipsis_differences,
    omitted_aside_differences,
    question_difference,
)
from archiver.quotes.lead_word import dropped_lead
from archiver.quotes.model import ALTERED, APPROXIMATE, NORMALIZED, Difference, QuoteResult
from archiver.quotes.normalize import BRACKETS, normalize
from archiver.quotes.numbers import number_form_differences
from archiver.quotes.parse import ParsedQuote, quote_steps_applied
from archiver.quotes.quotations import joined_quotations
from archiver.quotes.text import PreparedText
from archiver.quotes.tokens import Token, tokenize
from archiver.quotes.trail_word import dropped_trail
from archiver.quotes.verdict import (
    NORMALIZATION_ORDER,
    altered_explanation,
    make_result,
    not_found_result,
)

MIN_FUZZY_WORDS = 3
MIN_FUZZY_CHARS = 15
MIN_EQUAL_FRACTION = 0.6


def from_fuzzy(pq: ParsedQuote, pt: PreparedText, where: str) -> QuoteResult:
    plain = pq.plain()
    words = [t for t in tokenize(plain) if t.is_word]
    if len(words) < MIN_FUZZY_WORDS or len(plain) < MIN_FUZZY_CHARS:
        return not_found_result(
            pq,
            pt,
            where,
            "Not found verbatim or normalised, and the quote is too short to look for a near match.",
        )
    diffs: list[Difference] = []
    spans: list[tuple[int, int]] = []
    found_any = False
    quote_words = 0
    for part in pq.parts:
        ptext = part.plain()
        pwords = [t for t in tokenize(ptext) if t.is_word]
        quote_words += len(pwords)
        best = (
            _best_fuzzy(ptext, pt) if len(pwords) >= MIN_FUZZY_WORDS or len(pq.parts) == 1 else None
        )
        if best is not None:
            fm, wd = best
            found_any = True
            spans.append(_token_span(fm, fm.source_tokens))
            diffs.extend(wd.differences)
            a, b = spans[-1]
            diffs.extend(number_form_differences(ptext, pt.original[a:b], a))
            if (joined := joined_quotations(ptext, pt.original, a, b)) is not None:
                diffs.append(joined)
            if fm.key[0] == 2:  # matched with the source's asides left out: they must be harmless
                diffs.extend(omitted_aside_differences(pq, pt, [spans[-1]]))
            continue
        if len(pq.parts) == 1:
            return not_found_result(
                pq, pt, where, "Nothing close to the quote was found in the text."
            )
        short = _find_short_part(ptext, pt, spans)
        if short is not None:
            spans.append(short)
            continue
        diffs.append(
            Difference(
                "missing_part", True, ptext, None, note="this part of the quote is not in the text"
            )
        )
    if not found_any:
        return not_found_result(pq, pt, where, "Nothing close to the quote was found in the text.")
    if any(b[0] < a[0] for a, b in zip(spans, spans[1:], strict=False)):
        diffs.append(
            Difference(
                "order",
                True,
                None,
                None,
                note="the quote's parts occur in the text in another order",
            )
        )
    elif len(spans) > 1:
        diffs.extend(ellipsis_differences(pq, pt, spans))
    if found_any and spans:
        end = max(b for _, b in spans)
        question = question_difference(pq, normalize(pt.original[end : end + 8]).folded.lstrip())
        if question is None:
            question = dropped_question(pq, pt.original, end)
        if question is not None:
            diffs.append(question)
        if len(spans) == len(pq.parts):  # every part found: its edges are held as a verbatim match's
            start = min(a for a, _ in spans)
            diffs.extend(d for d in (dropped_lead(pq.parts[0].plain(), pt.original, start, min(spans)[1]),
                                     dropped_trail(pq.parts[-1].plain(), pt.original, end, max(spans, key=lambda sp: sp[1])[0])) if d is not None)
    # a word split by a line-end hyphen is a normalisation, not a difference
    hyphenations = [d for d in diffs if d.kind == "hyphenation"]
    diffs = [d for d in diffs if d.kind != "hyphenation"]
    spans_sorted = sorted(spans)
    if hyphenations and not diffs:
        span_text = pt.original[spans_sorted[0][0] : spans_sorted[-1][1]]
        applied = normalize(span_text, unbracket=1).applied | quote_steps_applied(pq)
        norms = {"hyphenation"} | (applied - {BRACKETS})
        if len(pq.parts) > 1 or pq.outer_ellipsis:
            norms.add("ellipsis")
        normalizations = [n for n in NORMALIZATION_ORDER if n in norms]
        return make_result(
            NORMALIZED,
            pq,
            pt,
            where,
            spans_sorted,
            [],
            normalizations,
            explanation=f"The quote matches the text after meaning-preserving changes only ({', '.join(n.replace('_', ' ') for n in normalizations)}).",
        )
    noise = sum(1 for d in diffs if not d.material)
    if not diffs:
        diffs.append(
            Difference("spacing", False, plain, None, note="spacing around punctuation differs")
        )
    elif not any(d.material for d in diffs) and noise > noise_budget(quote_words):
        diffs.append(
            Difference(
                "many_differences",
                True,
                None,
                None,
                note=f"{noise} small differences in {quote_words} words is more than noise",
            )
        )
    if any(d.material for d in diffs):
        return make_result(
            ALTERED, pq, pt, where, spans_sorted, diffs, explanation=altered_explanation(diffs)
        )
    kinds = sorted({d.kind for d in diffs})
    return make_result(
        APPROXIMATE,
        pq,
        pt,
        where,
        spans_sorted,
        diffs,
        explanation=f"A passage matches apart from non-material noise ({', '.join(kinds)}); see the differences.",
    )


def _best_fuzzy(ptext: str, pt: PreparedText) -> tuple[FuzzyMatch, WordDiff] | None:
    """The nearest passage, with and without the source's bracketed asides; fewest material
    differences wins, then fewest differences."""
    best: tuple[tuple[int, int], FuzzyMatch, WordDiff] | None = None
    keys: tuple[tuple[int, bool], ...] = ((1, False), (2, False))
    for key in keys:
        if key[0] == 2 and pt.effective(*key) == pt.effective(1, False):
            continue
        fm = find_fuzzy(ptext, pt, key=key)
        if fm is None:
            continue
        wd = diff_words(
            fm.quote_tokens,
            fm.source_tokens,
            text=fm.variant,
            sentence_initial=fm.sentence_initial,
            quote_initial=_quote_initial(fm.quote_tokens),
        )
        if wd.equal_words < 2 or wd.equal_words < MIN_EQUAL_FRACTION * max(1, wd.quote_words):
            continue
        rank = (sum(1 for d in wd.differences if d.material), len(wd.differences))
        if best is None or rank < best[0]:
            best = (rank, fm, wd)
    return None if best is None else (best[1], best[2])


def _find_short_part(
    ptext: str, pt: PreparedText, spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    v = pt.variant(1, False)
    q = normalize(ptext, unbracket=True).folded
    after = spans[-1][1] if spans else 0
    # the earliest occurrence after the previous part, else anywhere
    lo = bisect.bisect_left(v.starts, after)
    if not q:
        return None
    for start in (lo, 0):
        i = v.folded.find(q, start)
        while i >= 0:
            span = v.to_original(i, i + len(q))
            if not inside_token(v.original, *span):  # "killed 12" is not in "killed 12,000"
                return span
            i = v.folded.find(q, i + 1)
    return None


def _quote_initial(tokens: tuple[Token, ...]) -> frozenset[int]:
    idx = {0}
    for i in range(1, len(tokens)):
        if tokens[i - 1].text in {".", "!", "?", ":", '"'}:
            idx.add(i)
    return frozenset(idx)


def _token_span(fm: FuzzyMatch, toks: tuple[Token, ...]) -> tuple[int, int]:
    return fm.variant.to_original(toks[0].start, toks[-1].end)
