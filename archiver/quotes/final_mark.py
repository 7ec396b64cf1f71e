"""A question quoted without its question mark reads as a statement.

Style guides let a quote change or leave out its final punctuation (CMOS 13.7), "as long as
meaning is not changed" (APA 8.31). A full stop for a comma changes nothing; leaving out the
"?" that ends the quoted words turns "The harbour is safe?" (doubt, or a question put to
someone) into "The harbour is safe" (a claim). The pattern and near-match verdicts already
refuse a final mark the quote *changes* into or out of a question
(:func:`archiver.quotes.gaps.question_difference`); this is the case where the quote writes no
final mark at all and the source's "?" follows the quoted words directly, or after the one space
French typography sets before it ("Le maire a payé ses impôts ? Non").
"""

from __future__ import annotations

import re

from archiver.quotes.model import Difference
from archiver.quotes.parse import ParsedQuote

#: Question marks: ASCII, fullwidth, Arabic.
_QUESTION_MARKS = "?\uff1f\u061f"
#: Words that open a question by themselves (a question word, or an English verb put first):
#: "Why have some fans boycotted the event" still reads as a question without its "?", so
#: leaving the mark out changes nothing. Any other opening, in any language, is held to the
#: mark (the safe side: a question read as a statement is shown, not passed).
INTERROGATIVE_OPENINGS = frozenset([
    "who", "whom", "whose", "what", "which", "when", "where", "why", "how",
    "is", "are", "was", "were", "am", "do", "does", "did", "have", "has", "had", "can", "could",
    "will", "would", "shall", "should", "may", "might",
    "must", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "haven't",
    "hasn't", "hadn't", "can't", "couldn't",
    "won't", "wouldn't", "shouldn't",
    "qui", "que", "quoi", "pourquoi", "comment", "où", "quand", "quel", "quelle", "quels",
    "quelles", "est-ce",
    "wer", "wen", "wem", "wessen", "was", "wann", "wo", "warum", "wieso", "weshalb", "wie",
    "welche", "welcher", "welches",
    "qué", "quién", "quiénes", "cómo", "dónde", "cuándo", "cuál", "cuáles", "cuánto", "cuánta",
    "chi", "che", "cosa", "perché", "come", "dove", "quando", "quale", "quali", "quanto",
])
#: The question mark right after the matched words, or after the space French sets before it
#: (a space, a no-break or a narrow no-break space: "impôts ?").
_SPACED_MARK = re.compile(f"[ \u00a0\u202f]?[{_QUESTION_MARKS}]")
_SENTENCE_END = re.compile(r"[.!?\u2026]\s+")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _opens_a_question(words: str) -> bool:
    """Whether the last sentence of ``words`` opens with an interrogative word."""
    last = _SENTENCE_END.split(words)[-1]
    m = _FIRST_WORD.search(last)
    return m is not None and m.group().lower().replace("\u2019", "'") in INTERROGATIVE_OPENINGS


def dropped_question(pq: ParsedQuote, original: str, end: int) -> Difference | None:
    """A material ``question`` difference when the quote has no final mark, the source's
    question mark comes right after the matched passage (which ends at ``original[end]``) and
    the quote's last sentence does not open as a question ("The harbour is safe" for "The
    harbour is safe?"; not "Why did the wall fall")."""
    m = _SPACED_MARK.match(original, end)
    if pq.final_punct or m is None:
        return None
    if _opens_a_question(pq.parts[-1].plain()):
        return None
    at = m.end() - 1
    return Difference("question", True, None, original[at], at, at + 1,
                      note=("the quote leaves out the question mark that ends these words in the "
                            "source: a question read as a statement"))
