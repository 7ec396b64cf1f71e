"""Quote verification: strict, explained verdicts on a cited quote against an archived text.

Pure (no I/O): callers hand in the text (and optionally the page's other visible text) and
get a :class:`QuoteResult` whose offsets point into the original text. For many quotes
against one text, :func:`prepare` it once and pass the :class:`PreparedText`.

>>> r = verify_quote("we will oppose them", "“We will oppose them.”")
>>> r.verdict, r.normalizations
('normalized', ('first_letter_case',))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archiver.core import lazy

if TYPE_CHECKING:
    from archiver.quotes.model import (
        ALTERED,
        APPROXIMATE,
        EXACT,
        NORMALIZED,
        NOT_FOUND,
        QUOTE_RULES_VERSION,
        VERDICTS,
        Difference,
        QuoteResult,
        Span,
        verdict_rank,
    )
    from archiver.quotes.render import render_json, render_text
    from archiver.quotes.text import PreparedText, prepare
    from archiver.quotes.verify import verify_many, verify_quote

# Imported when first read (archiver.core.lazy): indexing needs only ``normalize``, not the
# aligner and rapidfuzz behind ``verify_quote``.
_EXPORTS = {
    **dict.fromkeys(("ALTERED", "APPROXIMATE", "EXACT", "NORMALIZED", "NOT_FOUND", "QUOTE_RULES_VERSION", "VERDICTS", "Difference",
                     "QuoteResult", "Span", "verdict_rank"), "archiver.quotes.model"),
    **dict.fromkeys(("render_json", "render_text"), "archiver.quotes.render"),
    **dict.fromkeys(("PreparedText", "prepare"), "archiver.quotes.text"),
    **dict.fromkeys(("verify_many", "verify_quote"), "archiver.quotes.verify"),
}


def __getattr__(name: str) -> Any:
    return lazy.attribute(__name__, name, _EXPORTS)


def __dir__() -> list[str]:
    return lazy.names(__name__, _EXPORTS)


__all__ = [
    "ALTERED",
    "APPROXIMATE",
    "EXACT",
    "NORMALIZED",
    "NOT_FOUND",
    "QUOTE_RULES_VERSION",
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
