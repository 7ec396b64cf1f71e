"""Two quotations the source keeps apart: a quote may not join them into one.

``Berg said: "The harbour is safe." "The wall will collapse," Weller replied.`` holds two
quotations, by two speakers; the quote "The harbour is safe. The wall will collapse" puts
Weller's words in Berg's mouth (or the other way round). A quotation that runs on into the
next paragraph is written with an opening mark only (the first paragraph has no closing mark):
that one the pattern locator reads as one quote (:data:`archiver.quotes.parse.RUN_ON_GROUP`).
A closing mark right after a sentence's (or clause's) end, then an opening one before the next
word, ends one quotation and starts another, in the same paragraph or across a break; an
opening mark after a sentence's end in the same paragraph starts a quotation after the
narrator's words ("Berg said the pier is sound. \u201cThe pier will collapse,\u201d Weller
replied"). The
pattern locator never matches across it without the marks; this check holds the near-match
verdict to the same: a passage that holds such a break the quote does not write is ``altered``
(a ``stitched`` difference: two passages joined without an ellipsis).
"""

from __future__ import annotations

from archiver.core import lazy_re
from archiver.quotes.model import Difference
from archiver.quotes.normalize import DOUBLE_QUOTES, SINGLE_QUOTES

_MARKS = "".join(sorted(set(DOUBLE_QUOTES + SINGLE_QUOTES) - {"\u2032", "\u00b4"}))
_SPACE = "[ \u00a0\u202f\u2009]*"
#: A closing mark after a sentence's or clause's end, then an opening mark before a word; or,
#: in the same paragraph, an opening mark after a sentence's end (the narrator's sentence, then
#: a quotation).
QUOTATION_BREAK = lazy_re.compile(
    rf"[.!?,;:\u2026]{_SPACE}[{_MARKS}]+\s+[{_MARKS}]+{_SPACE}(?=\w)"
    rf"|[.!?\u2026][ \t\u00a0\u202f\u2009]+[{_MARKS}]+{_SPACE}(?=\w)"
)


def joined_quotations(quote_part: str, original: str, start: int, end: int) -> Difference | None:
    """A material difference when ``original[start:end]`` (the passage a quote part was matched
    to) holds more quotation breaks than the quote part itself writes."""
    breaks = list(QUOTATION_BREAK.finditer(original, start, end))
    if len(breaks) <= len(QUOTATION_BREAK.findall(quote_part)):
        return None
    m = breaks[0]
    return Difference("stitched", True, None, m.group(), m.start(), m.end(),
                      note=("the quote joins two quotations the source keeps apart (a closing "
                            "and an opening quotation mark): perhaps two speakers"))
