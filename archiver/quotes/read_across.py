"""A match read across a line break where the page showed a negation or a number between (quote rules 75).

The extractor leaves a box the page sets inside a sentence out of the article text (a ``<nav>``, ``<aside>``,
``<figure>``, ``<form>``, ``<fieldset>`` ...: a reader reads across a picture or an advertisement there, and its
caption or credit is no part of the sentence), and the sentence goes on on a line of its own: "The old wooden pier
is\\nsafe for heavy lorries". A quote across that break ("the pier is safe") is whitespace apart from the text,
``normalized``, even where the box said "not": "The old wooden pier is <aside>not</aside> safe" showed every reader
"is [not] safe" (lead54 left it; lead55). The page text keeps the box's words where they stand.

So a verified match in the article text that crosses a line break inside a sentence (a lowercase word before it, a
lowercase word or a figure after it: not after a heading, a dateline or a live blog's time) is held to the page text:
the last words before
each break and the first after it (at most :data:`_SIDE_WORDS` each) are looked up there; when no occurrence has them
adjacent, and one has, within :data:`_REACH` characters, at most :data:`_BOX_WORDS` words between that hold a negation
or a digit (what reads as part of the sentence: "not", "5 million"; a caption is longer), the match is
``altered``, with a ``not_shown`` difference naming those words (what the page showed between). Words between with no
negation or number (a caption, a credit, "Advertisement") leave it as it was, as does a page text that holds the two
sides nowhere (the article text came otherwise: a table's marks, a notice cut out).
"""

from __future__ import annotations

import re
from dataclasses import replace

from archiver.quotes.lexicon import WORD, fold_word, is_negation
from archiver.quotes.model import ALTERED, WHERE_TEXT, Difference, QuoteResult

_SIDE_WORDS = 4
_REACH = 300
#: At most this many words between: a box that reads as part of the sentence ("not", "5 million", "never again"); a
#: picture's caption ("The pier in 2019") or an advertisement's text is longer, and read across.
_BOX_WORDS = 3
_BREAK = re.compile(r"[ \t\u00a0]*\n[\s]*")
_WORDS = re.compile(rf"{WORD}|\d+(?:[.,]\d+)*")
_DIGIT = re.compile(r"\d")
#: A break inside a sentence: a word with a lowercase letter before it, a lowercase word after it ("pier is\n\nsafe",
#: "die Brücke\n\nsei"), or a figure after a lowercase word ("costs\n\n5 million"); not after a heading or a
#: dateline's last word, nor before a sentence or a heading of its own.
_INSIDE_BEFORE = re.compile(r"[^\W\d_]*[a-z\u00df-\u00ff\u0430-\u044f][^\W\d_]*$")
_INSIDE_AFTER = re.compile(r"[a-z\u00df-\u00ff\u0430-\u044f\d]")


def held_across_breaks(result: QuoteResult, text: str, page: str) -> QuoteResult:
    """``result`` (a match in the article ``text``), made ``altered`` when it crosses a line break where the ``page``
    text shows a negation or a number between its two sides (module docstring)."""
    if not result.verified or result.where != WHERE_TEXT:
        return result
    for part in result.parts:
        passage = text[part.start:part.end]
        for br in _BREAK.finditer(passage):
            before = _INSIDE_BEFORE.search(passage, 0, br.start())
            after = _INSIDE_AFTER.match(passage, br.end())
            if before is None or after is None or (after.group().isdigit() and not before.group()[:1].islower()):
                continue  # (a heading, a dateline, a list item before it; a new sentence after it; "Zubereitung\n\n3 Std.")
            left = _WORDS.findall(passage[:br.start()])[-_SIDE_WORDS:]
            right = _WORDS.findall(passage[br.end():])[:_SIDE_WORDS]
            if not left or not right:
                continue
            between = _between(page, left, right)
            if between is None:
                continue
            words, at = between
            return replace(result, verdict=ALTERED, differences=(*result.differences, Difference(
                "not_shown", True, None, words, None, None,
                note=f"the page shows {words!r} between these words, in a part of the page the article text leaves "
                     "out (a box set inside the sentence): read across it, the quote drops them")),
                explanation=f"A close passage exists but differs materially: the page shows {words!r} between "
                            f"'{' '.join(left)}' and '{' '.join(right)}'.")
    return result


def _between(page: str, left: list[str], right: list[str]) -> tuple[str, int] | None:
    """The words a negation or a digit makes material between ``left`` and ``right`` (word lists) in ``page``, and where
    they start; None when the page has the two adjacent somewhere, or nowhere within reach of each other."""
    gap = r"[\W_]+"
    left_re = re.compile(gap.join(re.escape(w) for w in left) + r"(?!\w)", re.IGNORECASE)
    right_re = re.compile(r"(?<!\w)" + gap.join(re.escape(w) for w in right), re.IGNORECASE)
    found = None
    for m in left_re.finditer(page):
        after = right_re.search(page, m.end(), m.end() + _REACH + 200)
        if after is None or after.start() - m.end() > _REACH:
            continue
        between = page[m.end():after.start()]
        words = _WORDS.findall(between)
        if not words:
            return None  # shown adjacent: the break is the extractor's, not a box's
        if found is None and len(words) <= _BOX_WORDS and any(is_negation(fold_word(w)) or _DIGIT.search(w) for w in words):
            found = (" ".join(between.split()), m.end())
    return found


__all__ = ["held_across_breaks"]
