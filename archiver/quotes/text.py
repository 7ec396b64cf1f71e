"""A source text prepared once for many quotes (a batch, or the candidates of an archive search).

Normalised variants and paragraph boundaries are computed lazily and kept, so a
batch of quotes against one capture pays for them once.
"""

from __future__ import annotations

import bisect
import re

from archiver.core.digests import sha256_label
from archiver.quotes.normalize import NormText, normalize

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_END_HYPHEN = re.compile(r"[-\u00ad\u2010\u2011][ \t]*\r?\n")

#: The normalised variants a quote is searched in, in order, as (unbracket, keep_hyphen): plain;
#: end-of-line hyphens kept as hyphens; the source's own editorial marks dropped ("(w)e" ->
#: "we"); its bracketed asides left out as well ("The figures (reported by the WSJ) have").
VARIANTS: tuple[tuple[int, bool], ...] = (
    (0, False),
    (0, True),
    (1, False),
    (1, True),
    (2, False),
    (2, True),
)


class PreparedText:
    """One source text with its normalised variants and paragraphs cached."""

    __slots__ = ("original", "_sha", "_variants", "_breaks", "_flags")

    def __init__(self, original: str) -> None:
        if not isinstance(original, str):
            raise TypeError("PreparedText needs a str")
        self.original = original
        self._sha: str | None = None
        self._variants: dict[tuple[int, bool], NormText] = {}
        self._breaks: list[int] | None = None
        self._flags: tuple[bool, bool] | None = None  # (has brackets, has line-end hyphens)

    @property
    def sha256(self) -> str:
        """``sha256:<hex>`` of the UTF-8 text: what the verdict is about."""
        if self._sha is None:
            self._sha = sha256_label(self.original.encode("utf-8"))
        return self._sha

    def effective(self, unbracket: int = 0, keep_hyphen: bool = False) -> tuple[int, bool]:
        """The variant key that gives the same text: a step with nothing to change is dropped."""
        if self._flags is None:
            self._flags = (
                any(c in self.original for c in "[]()"),
                _LINE_END_HYPHEN.search(self.original) is not None,
            )
        return (int(unbracket) if self._flags[0] else 0), bool(keep_hyphen and self._flags[1])

    def variant(self, unbracket: int = 0, keep_hyphen: bool = False) -> NormText:
        key = self.effective(unbracket, keep_hyphen)
        v = self._variants.get(key)
        if v is None:
            v = normalize(self.original, unbracket=key[0], keep_hyphen=key[1])
            self._variants[key] = v
        return v

    def has_variant_difference(self, unbracket: int, keep_hyphen: bool) -> bool:
        """Whether a variant can differ from the plain one (skip it when it cannot)."""
        return self.effective(unbracket, keep_hyphen) != (0, False)

    def paragraph_of(self, offset: int) -> int:
        """0-based index of the blank-line separated block holding ``offset``."""
        if self._breaks is None:
            self._breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(self.original)]
        return bisect.bisect_right(self._breaks, offset)

    def paragraph_bounds(self, offset: int) -> tuple[int, int]:
        i = self.paragraph_of(offset)
        assert self._breaks is not None
        start = self._breaks[i - 1] if i > 0 else 0
        m = _PARAGRAPH_BREAK.search(self.original, offset)
        end = m.start() if m else len(self.original)
        return start, end


def prepare(text: str | PreparedText) -> PreparedText:
    """Prepare ``text`` for many verifications (returns it unchanged if already prepared)."""
    return text if isinstance(text, PreparedText) else PreparedText(text)
