"""Split normalised text into the words and marks a quote is compared by.

A :class:`Token` keeps its span in the text it came from, so every difference found between
tokens can be placed in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+(?:['\-.,/:]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark of normalised text, with its span in that text."""

    text: str
    folded: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


def tokenize(text: str, folded: str | None = None, offset: int = 0) -> list[Token]:
    """Words (with inner apostrophes, hyphens, number separators) and punctuation marks."""
    folded = folded if folded is not None else text.lower()
    return [
        Token(m.group(), folded[m.start() : m.end()], m.start() + offset, m.end() + offset)
        for m in TOKEN_RE.finditer(text)
    ]
