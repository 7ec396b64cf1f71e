"""Words stored in one order and shown in another: bidirectional override controls.

Dropping format characters (``Cf``) is a meaning-preserving normalisation for zero-width
spaces and soft hyphens, which change nothing a reader sees. The bidirectional *override*
controls (LRO U+202D, RLO U+202E, closed by PDF U+202C or the end of the paragraph) are
different: they make a viewer show the characters they govern in forced order, so a page
storing "would \u202etsrif\u202c" shows "would first", and one storing "\u202enot\u202c" shows
"ton" (the "Trojan Source" trick, CVE-2021-42574). A quote matched with them dropped vouches
for words the reader of the page never saw. Embeddings, isolates and the LRM mark are left
alone: in right-to-left text they are routine, and they do not reverse a run of letters. A
right-to-left mark (RLM U+200F, ALM U+061C) beside a digit is held as an override is: it moves
the digits and signs around it ("3\u200f-1" shows "31-"); elsewhere it is left alone too.
Markup that forces an order (``<bdo dir="rtl">``, an inline ``unicode-bidi: bidi-override``) is
written into the page text as the controls by the extraction, so the same rule applies to it.

The rule (strict, where design/quotes.md only says that format characters are dropped): a
passage is shown as stored unless an override is in force somewhere in it; then the quote
must carry the same controls in the same places (it then shows as the page does), else the
verdict is ``altered``. A quote that carries an override the passage does not is ``altered``
too (it shows other words than the page).
"""

from __future__ import annotations

import re
from dataclasses import replace

from archiver.quotes.model import ALTERED, NOT_FOUND, Difference, QuoteResult

#: The overrides, which reorder what they govern.
OVERRIDES = "\u202d\u202e"
#: Every control that opens or closes a level of the embedding stack (PDF closes LRE/RLE/LRO/RLO).
_OPENERS = "\u202a\u202b\u202d\u202e"
_PDF = "\u202c"
#: The right-to-left marks (RLM, ALM): strong right-to-left characters of no width. Beside a digit
#: one reorders what a reader sees as an override does ("3\u200f-1" shows "31-"); elsewhere (in
#: right-to-left prose, after a word) they fix punctuation and are left alone.
_RTL_MARKS = "\u200f\u061c"
_MARK_BY_DIGIT = re.compile(r"[\u200f\u061c](?=\d)|(?<=\d)[\u200f\u061c]")
#: Characters that end a bidi paragraph, and with it every open override.
_PARAGRAPH_ENDS = "\n\r\u2029\x1c\x1d\x1e\x85"
_CONTROLS = _OPENERS + _PDF


def overrides_in_force(text: str, start: int, end: int) -> bool:
    """Whether an override governs any character of ``text[start:end]``."""
    lo = start
    while lo > 0 and text[lo - 1] not in _PARAGRAPH_ENDS:
        lo -= 1
    stack: list[str] = []
    for i in range(lo, end):
        ch = text[i]
        if ch in _PARAGRAPH_ENDS:
            stack.clear()
        elif ch in _OPENERS:
            stack.append(ch)
        elif ch == _PDF and stack:
            stack.pop()
        elif i >= start and any(c in OVERRIDES for c in stack):
            return True
    return False


def _controls(s: str) -> str:
    return "".join(c for c in s if c in _CONTROLS or c in _RTL_MARKS)


def marks_by_digits(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a right-to-left mark beside a digit (:data:`_RTL_MARKS`)."""
    return _MARK_BY_DIGIT.search(text, start, len(text) if end is None else end) is not None


def check_display_order(quote: str, text: str, result: QuoteResult) -> QuoteResult:
    """``result``, made ``altered`` when its passage is not shown as the quote is (see module).

    Applies to every located verdict, ``exact`` included: a verbatim substring inside an
    override opened before it is still shown reversed on the page, so a quote passes only when
    it carries the same controls and every override it meets opens inside it.
    """
    if result.verdict == NOT_FOUND or not result.parts:
        return result
    if not any(c in text or c in quote for c in OVERRIDES + _RTL_MARKS):  # the common case, found in C
        return result
    spans = [(p.start, p.end) for p in result.parts]
    source = "".join(_controls(text[a:b]) for a, b in spans)
    quoted = _controls(quote)
    forced = any(overrides_in_force(text, a, b) or marks_by_digits(text, max(0, a - 1), min(len(text), b + 1))
                 for a, b in spans)
    if not forced and not any(c in OVERRIDES for c in quoted) and not marks_by_digits(quote):
        return result
    if forced and quoted == source and not any(overrides_in_force(text, a, a + 1) for a, _ in spans):
        return result  # the quote reproduces the controls, opened inside it: shown as the page shows it
    note = ("the page shows these characters in another order than they are stored (an invisible "
            "bidirectional override or mark, or markup forcing an order), so the words it shows are not the quoted ones")
    diff = Difference("display_order", True, quote, "".join(text[a:b] for a, b in spans),
                      spans[0][0], spans[-1][1], note=note)
    return replace(
        result,
        verdict=ALTERED,
        differences=(*result.differences, diff),
        explanation=f"A close passage exists but differs materially: {note}.",
    )


def shown_otherwise_on_page(result: QuoteResult, page: QuoteResult) -> QuoteResult:
    """``result`` (a match in the article text), made ``altered`` when the page's visible text
    shows that passage in another order (``page``: the same quote judged on the page text).

    The article text comes from an extractor that drops format characters, overrides included,
    so a page storing "would \u202enot\u202c attack" (shown "would ton attack") gives an article
    text "would not attack" that no longer carries the trick; the page's visible text keeps it.
    Only the page's ``display_order`` difference is taken over, without offsets (they point
    into the page text, not the article text the result's offsets point into).
    """
    shown = [replace(d, start=None, end=None, note=f"{d.note} (in the page's visible text)")
             for d in page.differences if d.kind == "display_order"]
    if result.verdict in (ALTERED, NOT_FOUND) or not shown:
        return result
    return replace(result, verdict=ALTERED, differences=(*result.differences, *shown),
                   explanation=f"A close passage exists but differs materially: {shown[0].note}.")


def has_overrides(text: str) -> bool:
    """Whether ``text`` holds a bidirectional override control, or a right-to-left mark beside a
    digit, at all (the common answer, no, costs four substring scans)."""
    return any(c in text for c in OVERRIDES) or (any(c in text for c in _RTL_MARKS) and marks_by_digits(text))
