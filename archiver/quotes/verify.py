"""The verdict on one quote against one text: locate, then decide on which words differ.

Order of work (design/quotes.md section 5): verbatim substring -> ``exact``; every part found
in a normalised variant, in order, with only permitted alterations -> ``normalized``; parts
out of order, a stitched quote, an ellipsis or bracket that hides a negation -> ``altered``;
otherwise locate the nearest passage fuzzily and let :mod:`archiver.quotes.classify` decide
from the word-level differences (``approximate``, ``altered`` or ``not_found``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from archiver.quotes.align import (
    QUOTATION_MARKS,
    FuzzyMatch,
    OrderFailure,
    PatternMatch,
    case_check,
    find_exact,
    find_fuzzy,
    find_pattern,
    find_stitched,
    steps_needed,
)
from archiver.quotes.classify import (
    DATE_WORDS,
    NEGATING_PREFIXES,
    QUANTITY,
    Token,
    WordDiff,
    diff_words,
    is_number,
    negation_count,
    noise_budget,
    tokenize,
)
from archiver.quotes.model import (
    ALTERED,
    APPROXIMATE,
    EXACT,
    NORMALIZED,
    NOT_FOUND,
    WHERE_PAGE_TEXT,
    WHERE_TEXT,
    Difference,
    QuoteResult,
    Span,
    verdict_rank,
)
from archiver.quotes.normalize import ASIDE_RE, BRACKETS, CHAR_STEPS, DOUBLE_QUOTES, normalize
from archiver.quotes.parse import Bracket, ParsedQuote, parse_quote, quote_steps_applied
from archiver.quotes.text import PreparedText, prepare

#: The order normalisations are listed in.
NORMALIZATION_ORDER: tuple[str, ...] = (
    *CHAR_STEPS,
    "first_letter_case",
    "final_punctuation",
    QUOTATION_MARKS,
    BRACKETS,
    "ellipsis",
)
CONTEXT_CHARS = 160
SELECTOR_CONTEXT = 32  # as Hypothesis does
MIN_FUZZY_WORDS = 3
MIN_FUZZY_CHARS = 15
MIN_EQUAL_FRACTION = 0.6
NEAR_CUTOFF = 50.0  # below the fuzzy locator's 55: only a first look

_OUTSIDE_BODY = (
    "Found only outside the article body, in the page's other visible text "
    "(such as notes, disclaimers or navigation), not in the article itself."
)


def verify_quote(
    quote: str,
    text: str | PreparedText,
    *,
    page_text: str | PreparedText | None = None,
) -> QuoteResult:
    """Verify ``quote`` against ``text`` (the article body), then ``page_text`` if needed.

    ``text`` and ``page_text`` may be :class:`PreparedText` objects (see :func:`prepare`) so a
    batch of quotes against the same capture normalises each text once. The result's offsets
    are code-point offsets into whichever original string it was found in (``where``).
    Raises :class:`archiver.errors.UsageError` for an empty quote.
    """
    pq = parse_quote(quote)
    result = _verify(pq, prepare(text), WHERE_TEXT)
    if page_text is not None and not result.verified:
        other = _verify(pq, prepare(page_text), WHERE_PAGE_TEXT)
        if verdict_rank(other.verdict) < verdict_rank(result.verdict):
            result = replace(other, explanation=f"{other.explanation} {_OUTSIDE_BODY}")
    return result


def verify_many(
    quotes: list[str], text: str | PreparedText, *, page_text: str | PreparedText | None = None
) -> list[QuoteResult]:
    """Verify many quotes against one text, preparing it (and ``page_text``) once."""
    pt = prepare(text)
    pp = prepare(page_text) if page_text is not None else None
    return [verify_quote(q, pt, page_text=pp) for q in quotes]


# --------------------------------------------------------------------------------------------


def _verify(pq: ParsedQuote, pt: PreparedText, where: str) -> QuoteResult:
    hit = find_exact(pq, pt)
    if hit is not None:
        return _result(
            EXACT, pq, pt, where, [hit], explanation="The quote is a verbatim part of the text."
        )
    if not _anything_near(pq, pt):
        return _not_found(pq, pt, where, "Nothing close to the quote was found in the text.")
    pm = find_pattern(pq, pt)
    if isinstance(pm, PatternMatch):
        return _from_pattern(pq, pt, where, pm)
    if isinstance(pm, OrderFailure):
        spans = [pm.variant.to_original(a, b) for a, b in pm.spans]
        diffs = [
            Difference(
                "order",
                True,
                " … ".join(p.plain() for p in pq.parts),
                " … ".join(pt.original[a:b] for a, b in sorted(spans)),
                note="every part occurs in the text, but not in the order the quote gives them",
            )
        ]
        return _result(
            ALTERED,
            pq,
            pt,
            where,
            spans,
            diffs,
            explanation="The ellipsis parts occur in the text in another order.",
        )
    stitched = find_stitched(pq, pt)
    if stitched is not None:
        (a1, b1), (a2, b2), v = stitched
        spans = sorted([v.to_original(a1, b1), v.to_original(a2, b2)])
        diff = Difference(
            "stitched",
            True,
            pq.plain(),
            " … ".join(pt.original[a:b] for a, b in spans),
            note="the quote joins two separate passages without an ellipsis",
        )
        return _result(
            ALTERED,
            pq,
            pt,
            where,
            spans,
            [diff],
            explanation="The quote is stitched together from two separate places without an ellipsis.",
        )
    return _from_fuzzy(pq, pt, where)


def _anything_near(pq: ParsedQuote, pt: PreparedText) -> bool:
    """A cheap first look: is any part of the quote at least roughly in the plain variant?

    Most texts a whole-archive search verifies do not hold the quote at all; one rapidfuzz
    ``partial_ratio`` per part (well below the fuzzy locator's own cut-off) settles that
    without building the other normalised variants. Short parts are not judged here.
    """
    folded = pt.variant(0, False).folded
    judged = False
    for part in pq.parts:
        plain = part.plain()
        if len(plain.split()) < MIN_FUZZY_WORDS:
            continue
        judged = True
        q = normalize(plain, unbracket=1).folded
        if fuzz.partial_ratio(q, folded, score_cutoff=NEAR_CUTOFF):
            return True
    return not judged


def _from_pattern(pq: ParsedQuote, pt: PreparedText, where: str, pm: PatternMatch) -> QuoteResult:
    v = pm.variant
    spans = [v.to_original(a, b) for a, b in pm.spans]
    diffs = _bracket_differences(pq, pm) + _ellipsis_gap_differences(pt, spans)
    norms: set[str] = set()
    # final punctuation: the quote's own final mark is not required, but keep it in the span
    if pq.final_punct:
        end = pm.end
        following = v.folded[end : end + len(pq.final_punct)]
        if following == normalize(pq.final_punct).folded:
            a, _ = spans[-1]
            spans[-1] = (a, v.to_original(end, end + len(pq.final_punct))[1])
        elif ("?" in pq.final_punct) != following.startswith("?"):
            diffs.append(
                Difference(
                    "question",
                    True,
                    pq.final_punct,
                    following[:1] or None,
                    note="a question turned into a statement, or a statement into a question",
                )
            )
        else:
            norms.add("final_punctuation")
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
        diffs.extend(_omitted_aside_differences(pq, pm, pt, spans))
    if pq.has_ellipsis:
        norms.add("ellipsis")
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
        return _result(
            ALTERED, pq, pt, where, spans, diffs, normalizations, explanation=_altered_text(diffs)
        )
    if diffs:
        return _result(
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
    return _result(
        NORMALIZED,
        pq,
        pt,
        where,
        spans,
        [],
        normalizations,
        explanation=f"The quote matches the text after meaning-preserving changes only ({listed}).",
    )


def _omitted_aside_differences(
    pq: ParsedQuote, pm: PatternMatch, pt: PreparedText, spans: list[tuple[int, int]]
) -> list[Difference]:
    """A bracketed aside the quote leaves out must be an editor's insertion, and harmless.

    Sources put their own insertions into the speech they quote ("The figures (reported by
    the WSJ) have ..."); a quote may leave those out. A parenthesis in the author's own prose
    ("The drug (in mice) cured ...") is content, and leaving it out without an ellipsis is an
    omission. Inside or outside a quotation is read from the parity of double quotation marks
    earlier in the paragraph. A left-out aside holding a negation is material either way.
    """
    out: list[Difference] = []
    quoted = _bracket_texts(pq)
    for m in ASIDE_RE.finditer(pt.original, spans[0][0], spans[-1][1]):
        aside = m.group().strip()
        if aside in quoted:
            continue
        if negation_count(tokenize(aside)):
            note = "the quote leaves out a bracketed aside of the source that holds a negation"
            out.append(Difference("negation", True, None, aside, m.start(), m.end(), note=note))
            continue
        pstart, _ = pt.paragraph_bounds(m.start())
        marks = sum(1 for c in pt.original[pstart : m.start()] if c in DOUBLE_QUOTES)
        if marks % 2 == 0:
            note = "the quote leaves out a parenthesis of the source's own text without an ellipsis"
            out.append(Difference("content_word", True, None, aside, m.start(), m.end(), note=note))
    return out


def _bracket_texts(pq: ParsedQuote) -> set[str]:
    """Bracketed groups the quote itself reproduces (so they were not left out)."""
    return {p.raw for part in pq.parts for p in part.pieces if isinstance(p, Bracket)}


def _bracket_differences(pq: ParsedQuote, pm: PatternMatch) -> list[Difference]:
    """A bracket that stands for other words must not hide a material change."""
    out: list[Difference] = []
    v = pm.variant
    for group, (how, m) in pm.readings().items():
        if how not in ("gap", "none"):
            continue
        i, k = (int(x) for x in re.findall(r"\d+", group))
        br = pq.parts[i].pieces[k]
        assert isinstance(br, Bracket)
        if br.kind == "sic":
            continue
        gs, ge = (
            (m.start(group + how), m.end(group + how))
            if how == "gap"
            else (m.start(group + how),) * 2
        )
        os, oe = v.to_original(gs, ge)
        gap_text = v.original[os:oe]
        content_toks = tokenize(br.content)
        gap_toks = tokenize(gap_text)
        note = None
        if br.kind == "attached":
            if (
                br.content.lower() in NEGATING_PREFIXES + ("n't", "not")
                and gap_text.lower() != br.content.lower()
            ):
                note = f"the bracketed {br.raw!r} turns a word into its negation"
        elif negation_count(content_toks) != negation_count(gap_toks):
            note = f"the bracketed {br.raw!r} changes a negation"
        elif _kinds_of(content_toks, is_number) != _kinds_of(gap_toks, is_number):
            note = f"the bracketed {br.raw!r} changes a number"
        elif _kinds_of(content_toks, _is_quantity) != _kinds_of(gap_toks, _is_quantity):
            note = f"the bracketed {br.raw!r} changes a quantity word"
        elif _kinds_of(content_toks, _is_date) != _kinds_of(gap_toks, _is_date):
            note = f"the bracketed {br.raw!r} changes a date"
        else:
            names_q = {t.folded for t in content_toks if _name_like(t)}
            names_s = {t.folded for t in gap_toks if _name_like(t)}
            if names_q and names_s and not names_q & names_s:
                note = f"the bracketed {br.raw!r} replaces the name {gap_text!r}"
        if note:
            out.append(
                Difference(
                    "bracket_alteration",
                    True,
                    br.raw,
                    gap_text or None,
                    os if gap_text else None,
                    oe if gap_text else None,
                    note,
                )
            )
    return out


_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
    ]
)


def _kinds_of(tokens: list[Token], pred: Callable[[str], bool]) -> set[str]:
    return {t.folded for t in tokens if pred(t.folded)}


def _is_quantity(w: str) -> bool:
    return w in QUANTITY


def _is_date(w: str) -> bool:
    return w in DATE_WORDS


def _name_like(t: Token) -> bool:
    """A capitalised word that is not a pronoun or article ("[The mayor]" is not a name)."""
    return t.text[:1].isupper() and t.folded not in _NOT_NAMES


def _ellipsis_gap_differences(pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """An ellipsis may shorten a quote, never flip it: look for negations in what it omits.

    A negation counts unless a sentence ends between it and the next part (then it belonged
    to a clause left out whole, as in "weg, und niemand hat ... gefragt. Das ist").
    """
    out: list[Difference] = []
    for (_, b), (c, _) in zip(spans, spans[1:], strict=False):
        gap = pt.original[b:c]
        norm = normalize(gap)
        negs = []
        for t in tokenize(norm.text):
            if negation_count([t]) and not _SENTENCE_END.search(norm.text, t.end):
                negs.append(t)
        if negs:
            out.append(
                Difference(
                    "ellipsis_negation",
                    True,
                    "…",
                    gap.strip(),
                    b,
                    c,
                    note=f"the ellipsis omits {', '.join(repr(t.text) for t in negs)}",
                )
            )
    return out


_SENTENCE_END = re.compile(r"[.!?;]")


def _from_fuzzy(pq: ParsedQuote, pt: PreparedText, where: str) -> QuoteResult:
    plain = pq.plain()
    words = [t for t in tokenize(plain) if t.is_word]
    if len(words) < MIN_FUZZY_WORDS or len(plain) < MIN_FUZZY_CHARS:
        return _not_found(
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
            continue
        if len(pq.parts) == 1:
            return _not_found(pq, pt, where, "Nothing close to the quote was found in the text.")
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
        return _not_found(pq, pt, where, "Nothing close to the quote was found in the text.")
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
        diffs.extend(_ellipsis_gap_differences(pt, spans))
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
        return _result(
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
        return _result(
            ALTERED, pq, pt, where, spans_sorted, diffs, explanation=_altered_text(diffs)
        )
    kinds = sorted({d.kind for d in diffs})
    return _result(
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
    i = v.folded.find(q, lo)
    if i < 0:
        i = v.folded.find(q)
    if i < 0 or not q:
        return None
    return v.to_original(i, i + len(q))


def _quote_initial(tokens: tuple[Token, ...]) -> frozenset[int]:
    idx = {0}
    for i in range(1, len(tokens)):
        if tokens[i - 1].text in {".", "!", "?", ":", '"'}:
            idx.add(i)
    return frozenset(idx)


def _token_span(fm: FuzzyMatch, toks: tuple[Token, ...]) -> tuple[int, int]:
    return fm.variant.to_original(toks[0].start, toks[-1].end)


def _altered_text(diffs: list[Difference]) -> str:
    material = [d for d in diffs if d.material]
    first = material[0]
    what = first.note or first.kind.replace("_", " ")
    detail = ""
    if first.quote and first.source:
        # whole words on both sides: "'Biden' where the source has 'Trump'"
        detail = f": {first.quote!r} where the source has {first.source!r}"
    elif first.quote or first.source:
        detail = f" (quote: {first.quote!r}, source: {first.source!r})"
    more = f"; {len(material) - 1} more material difference(s)" if len(material) > 1 else ""
    return f"A close passage exists but differs materially: {what}{detail}{more}."


def _not_found(pq: ParsedQuote, pt: PreparedText, where: str, explanation: str) -> QuoteResult:
    return QuoteResult(
        verdict=NOT_FOUND, quote=pq.raw, where=None, text_sha256=pt.sha256, explanation=explanation
    )


def _result(
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
