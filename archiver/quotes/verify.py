"""The verdict on one quote against one text: locate, then decide on which words differ.

Order of work (design/quotes.md section 5): verbatim substring -> ``exact``; every part found
in a normalised variant, in order, with only permitted alterations -> ``normalized``; parts
out of order, a stitched quote, an ellipsis or bracket that hides a negation -> ``altered``;
otherwise locate the nearest passage fuzzily and let :mod:`archiver.quotes.classify` decide
from the word-level differences (``approximate``, ``altered`` or ``not_found``).

This module holds the entry points and that order of work. The verdict for a pattern match
is :mod:`archiver.quotes.pattern_verdict`, for a near passage
:mod:`archiver.quotes.fuzzy_verdict`; the checks of brackets, ellipses and asides are
:mod:`archiver.quotes.gaps`; the result itself is built by :mod:`archiver.quotes.verdict`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from rapidfuzz import fuzz

from archiver.quotes.align import (
    OrderFailure,
    PatternMatch,
    exact_hits,
    find_exact,
    find_pattern,
    find_stitched,
)
from archiver.quotes.display import check_display_order, has_overrides, shown_otherwise_on_page
from archiver.quotes.final_mark import dropped_question
from archiver.quotes.fuzzy_verdict import MIN_FUZZY_WORDS, from_fuzzy
from archiver.quotes.lead_word import dropped_lead
from archiver.quotes.model import (
    ALTERED,
    EXACT,
    NOT_FOUND,
    WHERE_PAGE_TEXT,
    WHERE_TEXT,
    Difference,
    QuoteResult,
    verdict_rank,
)
from archiver.quotes.normalize import normalize
from archiver.quotes.parse import ParsedQuote, parse_quote
from archiver.quotes.pattern_verdict import from_pattern
from archiver.quotes.read_across import held_across_breaks
from archiver.quotes.rendered import HIDDEN_NOTE, ShownText, held_to_markup, held_to_rendered
from archiver.quotes.text import PreparedText, prepare
from archiver.quotes.trail_word import dropped_trail
from archiver.quotes.verdict import altered_explanation, make_result, not_found_result

NEAR_CUTOFF = 50.0  # below the fuzzy locator's 55: only a first look
#: How many places holding a verbatim quote are read for one with nothing beside it that says
#: otherwise, when the first has (a text repeating the words thousands of times, each cut
#: before "only", is judged on its first places, not read whole for each).
MAX_OTHER_PLACES = 50

#: The explanation of a verdict on an empty text. Why not "Nothing close to the quote was found"
#: (task sec60): that reads as a page whose words differ, where there were none; the quote service
#: says why a capture has none (a body a browser downloads: :func:`archiver.quotes.service.no_text_said`).
EMPTY_TEXT = ("The text is empty: there are no words for the quote to be in (the capture has no text a browser "
              "shows, or its extraction found none).")

_OUTSIDE_BODY = (
    "Found only outside the article body, in the page's other visible text "
    "(such as notes, disclaimers or navigation), not in the article itself."
)


def verify_quote(
    quote: str,
    text: str | PreparedText,
    *,
    page_text: str | PreparedText | None = None,
    rendered_text: str | ShownText | None = None,
    page_hidden: Sequence[tuple[int, int]] | None = None,
) -> QuoteResult:
    """Verify ``quote`` against ``text`` (the article body), then ``page_text`` if needed.

    ``text`` and ``page_text`` may be :class:`PreparedText` objects (see :func:`prepare`) so a
    batch of quotes against the same capture normalises each text once. The result's offsets
    are code-point offsets into whichever original string it was found in (``where``).
    ``rendered_text`` (a browser capture's: what its rendered page showed) holds a match to
    what the reader saw (:mod:`archiver.quotes.rendered`): a passage it lacks is ``altered``.
    ``page_hidden`` (the extraction's ``page_text_hidden``: spans of ``page_text`` the page's
    markup hides) does the same for a match in the page text: a passage with hidden words in it
    is ``altered`` (``not_shown``), never the page's "other visible text".
    Raises :class:`archiver.errors.UsageError` for an empty quote.
    """
    pt = prepare(text)
    pp = prepare(page_text) if page_text is not None else None
    result = _verify_texts(parse_quote(quote), pt, pp, page_hidden or ())
    if rendered_text is None:
        return result
    shown = rendered_text if isinstance(rendered_text, ShownText) else ShownText.of(rendered_text)
    searched = pp.original if result.where == WHERE_PAGE_TEXT and pp is not None else pt.original
    return held_to_rendered(result, searched, shown)


def _verify_texts(pq: ParsedQuote, pt: PreparedText, page_text: PreparedText | None,
                  page_hidden: Sequence[tuple[int, int]] = ()) -> QuoteResult:
    """The verdict on the article text, then on the page's other visible text if needed (a
    match there in words the markup hides held to that first: :func:`held_to_markup`)."""
    result = _verify(pq, pt, WHERE_TEXT)
    if page_text is None:
        return result
    page = prepare(page_text)
    on_page = None  # the verdict on the page text, made at most once
    if result.verdict not in (ALTERED, NOT_FOUND) and has_overrides(page.original):
        # the article text lost the page's bidi overrides in extraction: judge what the page shows
        on_page = _verify(pq, page, WHERE_PAGE_TEXT)
        result = shown_otherwise_on_page(result, on_page)
    if result.verified and "\n" in pt.original[result.start or 0:result.end or 0]:
        result = held_across_breaks(result, pt.original, page.original)  # "the pier is <aside>not</aside> safe"
    if not result.verified:
        other = held_to_markup(on_page or _verify(pq, page, WHERE_PAGE_TEXT), page.original, page_hidden)
        if verdict_rank(other.verdict) < verdict_rank(result.verdict):
            # the article itself saying otherwise is never hidden behind a match elsewhere on the page
            body = f" The article body says otherwise: {result.explanation}" if result.verdict == ALTERED else ""
            hidden = any(d.note == HIDDEN_NOTE for d in other.differences)
            where = "" if hidden else f" {_OUTSIDE_BODY}"  # (hidden words are no "visible text")
            result = replace(other, explanation=f"{other.explanation}{where}{body}")
    return result


def verify_many(
    quotes: list[str], text: str | PreparedText, *, page_text: str | PreparedText | None = None,
    rendered_text: str | ShownText | None = None, page_hidden: Sequence[tuple[int, int]] | None = None,
) -> list[QuoteResult]:
    """Verify many quotes against one text, preparing it (and ``page_text``, ``rendered_text``) once."""
    pt = prepare(text)
    pp = prepare(page_text) if page_text is not None else None
    shown = ShownText.of(rendered_text) if isinstance(rendered_text, str) else rendered_text
    return [verify_quote(q, pt, page_text=pp, rendered_text=shown, page_hidden=page_hidden) for q in quotes]


# --------------------------------------------------------------------------------------------


def _verify(pq: ParsedQuote, pt: PreparedText, where: str) -> QuoteResult:
    """The verdict on one text, never one that vouches for words the page shows otherwise
    (:mod:`archiver.quotes.display`)."""
    return check_display_order(pq.raw, pt.original, _locate_and_judge(pq, pt, where))


def _locate_and_judge(pq: ParsedQuote, pt: PreparedText, where: str) -> QuoteResult:
    hit = find_exact(pq, pt)
    if hit is not None:
        first, last = pq.parts[0].plain(), pq.parts[-1].plain()

        one = len(pq.parts) == 1  # (then the first part's end and the last's start are the hit's)

        def misleads(h: tuple[int, int]) -> list[Difference]:
            return [d for d in (dropped_question(pq, pt.original, h[1]),
                                dropped_lead(first, pt.original, h[0], h[1] if one else None),
                                dropped_trail(last, pt.original, h[1], h[0] if one else None))
                    if d is not None]

        diffs = misleads(hit)
        if diffs:  # another place may hold the words as a statement, with nothing cut before them
            for other in islice(exact_hits(pq, pt), MAX_OTHER_PLACES):
                if not misleads(other):
                    hit, diffs = other, []
                    break
        if diffs:
            return make_result(
                ALTERED, pq, pt, where, [hit], diffs,
                explanation=altered_explanation(diffs),
            )
        return make_result(
            EXACT, pq, pt, where, [hit], explanation="The quote is a verbatim part of the text."
        )
    if not pt.original.strip():  # (no "nothing close": there is nothing at all to be close to)
        return not_found_result(pq, pt, where, EMPTY_TEXT)
    if not _anything_near(pq, pt):
        return not_found_result(pq, pt, where, "Nothing close to the quote was found in the text.")
    pm = find_pattern(pq, pt)
    if isinstance(pm, PatternMatch):
        result = from_pattern(pq, pt, where, pm)
        if result.verdict == ALTERED and _only_beside(result):
            # another place may hold the words with nothing beside them that says otherwise
            second = find_pattern(pq, PreparedText(_masked(pt.original, pm)))
            if isinstance(second, PatternMatch):
                elsewhere = from_pattern(pq, pt, where, second)
                if elsewhere.verdict != ALTERED:
                    return elsewhere
        return result
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
        return make_result(
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
        return make_result(
            ALTERED,
            pq,
            pt,
            where,
            spans,
            [diff],
            explanation="The quote is stitched together from two separate places without an ellipsis.",
        )
    return from_fuzzy(pq, pt, where)


def _only_beside(result: QuoteResult) -> bool:
    """Whether every material difference of ``result`` lies outside its passage: a word right
    beside it (a negation, a limit, a bound, a question mark), none inside."""
    lo, hi = result.start, result.end
    return lo is not None and hi is not None and all(
        d.start is not None and d.end is not None and (d.end <= lo or d.start >= hi)
        for d in result.differences if d.material)


def _masked(text: str, pm: PatternMatch) -> str:
    """``text`` with the passage ``pm`` matched blanked out (same length, line ends kept), so a
    second search finds the next place that holds the quote."""
    start, end = pm.variant.to_original(pm.start, pm.end)
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


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
