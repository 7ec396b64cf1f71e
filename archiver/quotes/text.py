"""A source text prepared once for many quotes (a batch, or the candidates of an archive search).

Normalised variants, word tokens and paragraph boundaries are computed lazily and kept, so a
batch of quotes against one capture pays for them once.
"""

from __future__ import annotations

import bisect
import re

from archiver.digests import sha256_label
from archiver.quotes.classify import Token, tokenize
from archiver.quotes.normalize import NormText, normalize

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")

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
    """One source text with its normalised variants, tokens and paragraphs cached."""

    __slots__ = ("original", "_sha", "_variants", "_tokens", "_breaks", "_sentence_initial")

    def __init__(self, original: str) -> None:
        if not isinstance(original, str):
            raise TypeError("PreparedText needs a str")
        self.original = original
        self._sha: str | None = None
        self._variants: dict[tuple[int, bool], NormText] = {}
        self._tokens: dict[tuple[int, bool], list[Token]] = {}
        self._breaks: list[int] | None = None
        self._sentence_initial: dict[tuple[int, bool], frozenset[int]] = {}

    @property
    def sha256(self) -> str:
        """``sha256:<hex>`` of the UTF-8 text: what the verdict is about."""
        if self._sha is None:
            self._sha = sha256_label(self.original.encode("utf-8"))
        return self._sha

    def variant(self, unbracket: int = 0, keep_hyphen: bool = False) -> NormText:
        key = (int(unbracket), keep_hyphen)
        v = self._variants.get(key)
        if v is None:
            v = normalize(self.original, unbracket=unbracket, keep_hyphen=keep_hyphen)
            self._variants[key] = v
        return v

    def has_variant_difference(self, unbracket: int, keep_hyphen: bool) -> bool:
        """Whether a variant can differ from the plain one (skip it when it cannot)."""
        if unbracket and not any(c in self.original for c in "[]()"):
            return False
        return not (keep_hyphen and "\n" not in self.original)

    def tokens(self, unbracket: int = 1, keep_hyphen: bool = False) -> list[Token]:
        key = (int(unbracket), keep_hyphen)
        t = self._tokens.get(key)
        if t is None:
            v = self.variant(unbracket, keep_hyphen)
            t = tokenize(v.text, v.folded)
            self._tokens[key] = t
        return t

    def sentence_initial(self, unbracket: int = 1, keep_hyphen: bool = False) -> frozenset[int]:
        """Indexes of tokens that start a sentence (a capital there is not a name)."""
        key = (int(unbracket), keep_hyphen)
        s = self._sentence_initial.get(key)
        if s is None:
            toks = self.tokens(unbracket, keep_hyphen)
            idx = {0}
            for i in range(1, len(toks)):
                prev = toks[i - 1].text
                if prev in {".", "!", "?", ":", '"', "'", "*", "-"}:
                    idx.add(i)
            s = frozenset(idx)
            self._sentence_initial[key] = s
        return s

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
