"""Numbers that normalisation would join or split: a superscript, a fraction, a circled digit.

NFKC makes ``10⁶`` (a million) the string ``106`` and ``1½`` the string ``11⁄2``, so on the
normalised texts a quote reading "106 visitors" matched a source reading "10⁶ visitors" and
was called ``normalized``: a changed number hidden by a meaning-preserving step. NFKC itself
is right for fullwidth digits and ligatures, and for a lone ``m²`` read as ``m2``; what it must
not do is change where a number begins or ends. So wherever the quote or its source passage
holds a numeric character that is not a plain decimal digit, both sides' numbers are read with
each such character standing apart from the digits beside it, and any difference is a
material ``number`` difference (the verdict is then ``altered``, the passage shown).
"""

from __future__ import annotations

import re
import unicodedata

from archiver.quotes.model import Difference
from archiver.quotes.normalize import FOOTNOTE_MARKER

_DIGITS = re.compile("[0-9]+")
#: "10^6", "2^-3": a power written in ASCII (see :func:`archiver.quotes.parse.caret_powers`).
CARET_POWER = re.compile(r"(?<=[0-9A-Za-z)])\^([+\-\u2212]?[0-9]+)")


def _is_compat_numeral(ch: str) -> bool:
    """A character that is a number but not a decimal digit: ``²``, ``₂``, ``½``, ``①``..."""
    return ch.isnumeric() and not ch.isdecimal()


def has_compat_numeral(s: str) -> bool:
    """Whether ``s`` holds a numeric character that NFKC may turn into digits."""
    return not s.isascii() and any(_is_compat_numeral(ch) for ch in s if not ch.isascii())


def numbers(s: str) -> list[str]:
    """The runs of digits a reader sees in ``s``: decimal digits of any script read as 0-9,
    invisible format characters ignored (they join nothing a reader sees apart), and each
    compatibility numeral's digits standing on their own (``10⁶`` is ``10`` and ``6``)."""
    out: list[str] = []
    for ch in s:
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch, 0)))
        elif _is_compat_numeral(ch):
            out.append(" " + unicodedata.normalize("NFKC", ch) + " ")
        elif unicodedata.category(ch) != "Cf":
            out.append(" ")
    return _DIGITS.findall("".join(out))


def number_form_differences(quote: str, source: str, start: int | None = None) -> list[Difference]:
    """A material difference when the quote's numbers are not the source passage's, as read by
    :func:`numbers`; checked only where either side holds a compatibility numeral (elsewhere
    normalisation leaves digits alone, and the verdict's own word diff sees every change).
    ``start``: where ``source`` begins in the verified text."""
    if not (has_compat_numeral(quote) or has_compat_numeral(source) or CARET_POWER.search(quote)):
        return []
    q, s = numbers(quote), numbers(source)
    if q == s or _only_markers_left_out(quote, source):
        return []
    end = start + len(source) if start is not None else None
    return [Difference("number", True, " ".join(q), " ".join(s), start, end,
                       note=("the numbers differ once a superscript, subscript, fraction or circled "
                             "numeral is read apart from the digits beside it"))]


def _only_markers_left_out(quote: str, source: str) -> bool:
    """Whether the numbers differ only by footnote markers the quote leaves out ("the end." for
    "the end¹."): the same numbers once every marker is dropped, and the quote's own markers,
    in order, among the source's (a marker the quote changes, "end²" for "end¹", still differs)."""
    if numbers(FOOTNOTE_MARKER.sub("", quote)) != numbers(FOOTNOTE_MARKER.sub("", source)):
        return False
    wanted = iter(numbers(" ".join(FOOTNOTE_MARKER.findall(source))))
    return all(any(m == w for w in wanted) for m in numbers(" ".join(FOOTNOTE_MARKER.findall(quote))))
