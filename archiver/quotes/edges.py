"""Where a token begins and ends as a reader reads it: a quote may not start or end inside one.

"5 million euros" is a verbatim substring of "1.5 million euros", "The flood killed 12" of "The
flood killed 12,000", "binding resolution" of "a non-binding resolution" and "The mayor won" of
"The mayor won't resign"; each says something the source does not. A letter-or-digit word
boundary (all the locators had) sees a boundary at every "." "," "-" and apostrophe; a reader
sees one number, one contraction, one compound. So a boundary of a match is *inside a token*
(and the match refused) when it falls:

* between two letters or digits (a combining mark continues the letter before it);
* inside a number: next to a decimal or grouping separator (``.`` ``,`` ``'`` ``’`` ``/`` ``:``
  or a dash) that has a digit on both sides ("1.5", "12,000", "1'000", "3/4", "10:30", "12-5"),
  or next to a space that groups thousands, read as the normaliser's ``digit_grouping`` reads
  it over the whole page ("2 500", not "2019 500", nor a plain "3 100" on a page grouping its
  thousands by ",": :func:`archiver.quotes.grouping.groups_at`);
* between a sign (- − + ±, the en and figure dash) and the digit after it: the sign belongs to
  its number ("-5.5");
* next to an apostrophe between two letters ("won't", "minister's", "l'État");
* next to a hyphen between two letters or digits ("non-binding", "5-year", "COVID-19"), also
  one that ends a line ("non-\\nbinding", a word the page hyphenated at a line break).

Soft hyphens and joiners inside a word are looked through; a footnote marker glued to a word
("the end¹", the normaliser's ``footnote_markers``) is not part of it. A full stop or comma that ends a
sentence or clause (no digit after it), an opening quotation mark, an en or em dash between
words and a possessive's trailing apostrophe ("the Smiths' house") stay boundaries.
"""

from __future__ import annotations

import unicodedata

from archiver.core import lazy_re
from archiver.quotes.grouping import GROUP_SEPARATORS, groups_at
from archiver.quotes.normalize import FOOTNOTE_MARKER, unit_power

#: Format characters that sit inside a word without ending it (soft hyphen, joiners, word
#: joiner, BOM): looked through.
_TRANSPARENT = "\u00ad\u200c\u200d\u2060\ufeff"
_APOSTROPHES = "'\u2019\u02bc"
#: Joins two letters or digits into one compound ("non-binding", "5-year").
_HYPHENS = "-\u2010\u2011"
#: A number's sign: it belongs to the digit after it.
_SIGNS = "-+\u00b1\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
#: Between two digits, one number (or one range, score, fraction, time) as a reader reads it.
_NUMBER_JOINERS = ".,/:" + _APOSTROPHES + _SIGNS
#: A word hyphenated at a line end (the normaliser's ``hyph`` step reads it as one word).
_LINE_END_HYPHEN = lazy_re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010\u2011][ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or _is_mark(ch)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _before(text: str, k: int, n: int) -> str:
    """Up to ``n`` characters ending at ``k`` (exclusive), nearest last, transparent ones skipped."""
    out: list[str] = []
    i = k - 1
    while i >= 0 and len(out) < n:
        if text[i] not in _TRANSPARENT:
            out.append(text[i])
        i -= 1
    return "".join(reversed(out))


def _after(text: str, k: int, n: int) -> str:
    """Up to ``n`` characters from ``k`` on, transparent ones skipped."""
    out: list[str] = []
    i = k
    while i < len(text) and len(out) < n:
        if text[i] not in _TRANSPARENT:
            out.append(text[i])
        i += 1
    return "".join(out)


def cuts_token(text: str, k: int) -> bool:
    """Whether a match boundary at ``text[k]`` (between ``text[k-1]`` and ``text[k]``) falls
    inside a token as a reader reads it (see the module's docstring)."""
    if k <= 0 or k >= len(text):
        return False
    b2, a2 = _before(text, k, 2), _after(text, k, 2)
    if not b2 or not a2:
        return False
    p, q = b2[-1], a2[0]  # the characters either side of the boundary
    pp = b2[0] if len(b2) == 2 else ""  # the one before p
    qq = a2[1] if len(a2) == 2 else ""  # the one after q
    if _word_char(p) and _word_char(q):
        return not _footnote_at(text, k)  # "the end¹": a marker a quote may leave out
    # a joiner with a digit or a letter on each side, the boundary on either side of it
    if _joined(pp, p, q) or _joined(p, q, qq):
        return True
    if p in _SIGNS and q.isdecimal():
        return True  # "-5.5": the sign belongs to its number
    if p.isdecimal() and q in GROUP_SEPARATORS and qq.isdecimal():
        return groups_at(text, text.index(q, k))
    if p in GROUP_SEPARATORS and pp.isdecimal() and q.isdecimal():
        return groups_at(text, text.rindex(p, 0, k))
    if p.isspace() or q.isspace() or p in _HYPHENS or q in _HYPHENS:
        return _line_end_hyphen(text, k)
    return False


def _footnote_at(text: str, k: int) -> bool:
    """Whether a footnote marker (not a unit's power, "metres²") starts at ``text[k]``."""
    m = FOOTNOTE_MARKER.match(text, k)
    return m is not None and not unit_power(text, k, m.group())


def _joined(left: str, mid: str, right: str) -> bool:
    """Whether ``mid`` joins ``left`` and ``right`` into one token."""
    if not left or not right:
        return False
    if left.isdecimal() and right.isdecimal():
        return mid in _NUMBER_JOINERS
    if not (_word_char(left) and _word_char(right)):
        return False
    if mid in _HYPHENS:
        return True  # "non-binding", "5-year", "COVID-19"
    return mid in _APOSTROPHES and right.isalpha()  # "won't", "l'État", "1990's"


def _line_end_hyphen(text: str, k: int) -> bool:
    """Whether ``k`` lies in a word hyphenated at a line end ("non-\\nbinding")."""
    lo = max(0, k - 12)
    return any(m.start() <= k <= m.end() for m in _LINE_END_HYPHEN.finditer(text, lo, k + 12))


def inside_token(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` starts or ends inside a token."""
    return cuts_token(text, start) or cuts_token(text, end)
