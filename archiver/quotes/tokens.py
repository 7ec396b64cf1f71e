"""Split normalised text into the words and marks a quote is compared by.

A :class:`Token` keeps its span in the text it came from, so every difference found between
tokens can be placed in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+(?:['\-.,/:]\w+)*|[^\w\s]")
#: A "." or "," with a digit on each side ("2.5", "1,500", "1.000"): a decimal or grouping mark,
#: part of the number as :data:`TOKEN_RE` reads it, never the end of a sentence or clause. Every
#: pattern that looks for such an end skips it (:func:`outside_numbers`); before, the point of "no
#: 2.5-fold increase" ended the clause of its "no", and an ellipsis could leave out "no" or
#: "1,500". (A colon between digits, "06:40", still parts clauses: a time left out is not a figure.)
IN_NUMBER = r"(?<=\d)[.,](?=\d)"


def outside_numbers(marks: str) -> str:
    """The regular expression ``marks`` (sentence or clause marks), except where one is a
    separator inside a number (:data:`IN_NUMBER`)."""
    return rf"(?!{IN_NUMBER})(?:{marks})"


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
