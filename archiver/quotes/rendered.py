"""Words the markup holds but the rendered page did not show: a browser capture's rendered text.

An article text is extracted from markup (the HTML as served, or the DOM a browser read). Markup
without layout cannot tell which words a stylesheet hides (``.aside {display: none}``), so the
article text of such a page vouches for words no reader saw. A browser capture also keeps the
text its rendered page showed (Chromium's ``innerText`` of the body: see
:mod:`archiver.store.browser_records`), which layout has already left them out of.

The rule: a located passage (``exact``, ``normalized`` or ``approximate``) must occur in the
rendered text too, each ellipsis part on its own, compared after the quote normaliser's
normalisation (footnote markers kept: see ``_STEPS``; the extractor's list and table marks
dropped), case folded and with all whitespace dropped (``innerText`` breaks lines where blocks
end and the extractor joins them otherwise; a word the page hid between two shown ones still
breaks the run). A passage that does not is ``altered``, with a ``not_shown`` difference.
Text the layout still places and paints (off-screen, clipped, coloured as its background) counts
as shown: the rendered text keeps it, and so does this check; words laid out at no size or painted
with no opacity are left out of the rendered text (:mod:`archiver.capture.browser_page`).

Words the page's own markup hides are named by the extraction (``page_text_hidden``): a match in
the page text that holds them is ``altered`` the same way (:func:`held_to_markup`), for any capture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from archiver.core.digests import sha256_label
from archiver.quotes.model import ALTERED, NOT_FOUND, Difference, QuoteResult
from archiver.quotes.normalize import ALL_STEPS, FOOTNOTES, normalize

NOT_SHOWN = "not_shown"
NOT_SHOWN_NOTE = ("the rendered page did not show these words: its markup holds them, but a stylesheet, a "
                  "script or the markup hid them from the reader (they are not in the page's rendered text)")


#: The normaliser's steps the comparison uses: all but dropping footnote markers, which the
#: article text stores raised ("end¹", from ``<sup>1</sup>``) and ``innerText`` gives as plain
#: digits ("end1"): kept, both read the same after NFKC.
_STEPS = ALL_STEPS - {FOOTNOTES}


#: What the extractor writes that no page shows: a list item's "- " at the start of its line,
#: the "|" between a table's cells (``innerText`` gives neither; its cells are split by tabs).
_EXTRACTOR_MARKS = re.compile(r"(?m)^[ \t]*- |\|")


def compared_form(text: str) -> str:
    """``text`` as compared: without the extractor's list and table marks, normalised, case
    folded, without whitespace."""
    return "".join(normalize(_EXTRACTOR_MARKS.sub(" ", text), steps=_STEPS).folded.split())


@dataclass(frozen=True, slots=True)
class ShownText:
    """A rendered text prepared once for many quotes: its digest and its compared form."""

    sha256: str
    form: str

    @classmethod
    def of(cls, text: str) -> ShownText:
        return cls(sha256_label(text.encode("utf-8")), compared_form(text))


def held_to_rendered(result: QuoteResult, searched: str, shown: ShownText) -> QuoteResult:
    """``result``, made ``altered`` when a part of its passage (offsets into ``searched``, the
    text it was found in) does not occur in the rendered text ``shown`` (see module)."""
    if result.verdict in (ALTERED, NOT_FOUND) or not result.parts:
        return result
    missing = [(p.start, p.end) for p in result.parts
               if p.end > p.start and compared_form(searched[p.start:p.end]) not in shown.form]
    if not missing:
        return result
    # (both sides are the matched words: the quote has them, as the markup does; the page did not show them)
    diffs = tuple(Difference(NOT_SHOWN, True, searched[a:b], searched[a:b], a, b, note=NOT_SHOWN_NOTE)
                  for a, b in missing)
    return replace(result, verdict=ALTERED, differences=(*result.differences, *diffs),
                   explanation=f"The passage is in the archived text, but {NOT_SHOWN_NOTE}.")


#: What a quote of words the page's markup hides is told (extraction names their spans of the
#: page text: ``page_text_hidden``, :mod:`archiver.extract.unrendered`).
HIDDEN_NOTE = ("the page's markup hides these words: its readers were not shown them, unless a script of the "
               "page showed them (the hidden attribute, display:none, a zero font size...: a capture with "
               "--browser records what the page showed), or it shows them struck through, as withdrawn")


def held_to_markup(result: QuoteResult, searched: str, hidden: Sequence[tuple[int, int]]) -> QuoteResult:
    """``result`` (a match in the page text), made ``altered`` when a word of its passage lies in
    a span of the page text ``searched`` that the page's markup hides (``hidden``: offsets into it),
    with a ``not_shown`` difference per such stretch. The page text keeps those words so that a
    quote of them is located and said to be hidden, never vouched for as words a reader saw."""
    if result.verdict in (ALTERED, NOT_FOUND) or not result.parts or not hidden:
        return result
    stretches = []
    for p in result.parts:
        for a, b in hidden:
            lo, hi = max(a, p.start), min(b, p.end)
            if lo < hi and not searched[lo:hi].isspace():
                stretches.append((lo, hi, searched[lo:hi]))
    if not stretches:
        return result
    diffs = tuple(Difference(NOT_SHOWN, True, words.strip(), words.strip(), a, b, note=HIDDEN_NOTE)
                  for a, b, words in stretches)
    return replace(result, verdict=ALTERED, differences=(*result.differences, *diffs),
                   explanation=f"The passage is in the page's text, but {HIDDEN_NOTE}.")


__all__ = ["HIDDEN_NOTE", "NOT_SHOWN", "ShownText", "compared_form", "held_to_markup", "held_to_rendered"]
