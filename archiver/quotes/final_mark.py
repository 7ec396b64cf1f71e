"""A question quoted without its question mark reads as a statement.

Style guides let a quote change or leave out its final punctuation (CMOS 13.7), "as long as
meaning is not changed" (APA 8.31). A full stop for a comma changes nothing; leaving out the
"?" that ends the quoted words turns "The harbour is safe?" (doubt, or a question put to
someone) into "The harbour is safe" (a claim). The pattern and near-match verdicts already
refuse a final mark the quote *changes* into or out of a question
(:func:`archiver.quotes.gaps.question_difference`); this is the case where the quote writes no
final mark at all and the source's "?" follows the quoted words directly.
"""

from __future__ import annotations

from archiver.quotes.model import Difference
from archiver.quotes.parse import ParsedQuote

#: Question marks: ASCII, fullwidth, Arabic.
_QUESTION_MARKS = "?\uff1f\u061f"


def dropped_question(pq: ParsedQuote, original: str, end: int) -> Difference | None:
    """A material ``question`` difference when the quote has no final mark and the source's
    question mark comes right after the matched passage, which ends at ``original[end]``."""
    if pq.final_punct or end >= len(original) or original[end] not in _QUESTION_MARKS:
        return None
    return Difference("question", True, None, original[end], end, end + 1,
                      note=("the quote leaves out the question mark that ends these words in the "
                            "source: a question read as a statement"))
