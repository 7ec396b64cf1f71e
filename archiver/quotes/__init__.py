"""Quote verification: strict, explained verdicts on a cited quote against an archived text.

Pure (no I/O): callers hand in the text (and optionally the page's other visible text) and
get a :class:`QuoteResult` whose offsets point into the original text. For many quotes
against one text, :func:`prepare` it once and pass the :class:`PreparedText`.

>>> r = verify_quote("we will oppose them", "“We will oppose them.”")
>>> r.verdict, r.normalizations
('normalized', ('first_letter_case',))
"""

from __future__ import annotations

from archiver.quotes.model import (
    ALTERED,
    APPROXIMATE,
    EXACT,
    NORMALIZED,
    NOT_FOUND,
    VERDICTS,
    Difference,
    QuoteResult,
    Span,
    verdict_rank,
)
from archiver.quotes.render import render_json, render_text
from archiver.quotes.text import PreparedText, prepare
from archiver.quotes.verify import verify_many, verify_quote

__all__ = [
    "ALTERED",
    "APPROXIMATE",
    "EXACT",
    "NORMALIZED",
    "NOT_FOUND",
    "VERDICTS",
    "Difference",
    "PreparedText",
    "QuoteResult",
    "Span",
    "prepare",
    "render_json",
    "render_text",
    "verdict_rank",
    "verify_many",
    "verify_quote",
]
