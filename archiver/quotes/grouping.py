"""Thousands grouped with spaces: where the ``digit_grouping`` normalisation drops a separator.

French, German, Swiss and Scandinavian pages (and SI-style English) write one thousand as
"1 000", with a plain, no-break, narrow no-break or thin space; a quote writes "1000". The two
are the same number, but only where the text proves the space groups digits: a first group of
one to three digits, then groups of exactly three. "2019 500" (a year and a count), "1 0000"
and the digits after a decimal comma ("3,141 592") are left alone, so a quote that merges them
("2019500") is still a changed number. A "," or "." is never read as grouping: either can be a
decimal separator ("1,000" is one thousand in English and one in French), and the text alone
cannot say which. :func:`archiver.quotes.normalize.normalize` calls this; it is its own module
only to keep normalize.py one screenful of steps.

A first group and one group of three can also be two numbers side by side: "10 100-metre
runners" are ten runners of the 100 metres (task rvq61: rules 61 read it as 10,100, so a quote
writing "10100-metre runners" passed). Such a pair is read as two numbers where the text shows
it (:func:`separators`): the second group opens with a digit other than 0 (no number is written
"000", so "10 000-seat" stays one) and either a hyphen and a letter follow it (a count before a
compound of a number and its unit: "3 100-page reports", "10 100-Meter-Läufer", "3
100-страничных") or the space is a plain one on a page that groups its thousands otherwise
("1,250,000", "1.250.000", "1'000", "1,00,000") and nowhere by spaces. A no-break or thin space
between digits is typesetting's thousands separator, and stays one on any page.

Two marks other than a space group too, since neither can be a decimal one: an apostrophe
between groups of three (Swiss "1'000", "1’500": :data:`APOSTROPHES`) and the commas of an
Indian grouping, groups of two before the last of three ("1,00,000", "12,50,000": :data:`_LAKH`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from archiver.core import lazy_re

#: Separators a page groups thousands with: a plain, no-break, narrow no-break, thin, figure or
#: hair space (SI style and French, German, Swiss, Scandinavian usage). Never "," or ".": either
#: can be a decimal separator, so the text alone cannot prove it groups.
GROUP_SEPARATORS = " \u00a0\u202f\u2009\u2007\u200a"
#: The apostrophes Swiss pages group thousands with ("1'000", "1\u2019500"): never a decimal mark,
#: so they group as the spaces do (red team rvq61: "1000" quoted for "1'000" was ``altered``).
APOSTROPHES = "'\u2019"
_SEPARATORS = GROUP_SEPARATORS + APOSTROPHES

#: A number grouped in thousands with spaces: a first group of one to three digits that no
#: letter, digit or decimal separator comes before, then groups of exactly three digits, each
#: after one separator, and no further digit (nor a separator and a digit) after the last. Any
#: other run ("2019 500", "1 0000", "3,141 592") is several numbers as far as the text shows,
#: and its spaces stay.
GROUPED = lazy_re.compile(
    rf"(?<![\w.,])[0-9]{{1,3}}(?:[{_SEPARATORS}][0-9]{{3}})+(?![0-9]|[{_SEPARATORS}][0-9])")
#: A number grouped the Indian way, a lakh's and a crore's groups of two before the last of three
#: ("1,00,000", "12,50,000", "1,00,00,000"): commas there are no decimal mark (no decimal part
#: holds a comma), so they group; the one comma of "1,000" still may be one, and stays.
_LAKH = lazy_re.compile(r"(?<![\w.,'\u2019])[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9]|[.,'\u2019][0-9])")
_LAKH_HINT = lazy_re.compile(r"[0-9],[0-9]{2},[0-9]")

#: Where a grouped number may be: a digit before a separator and three digits. It opens with a
#: character class, so ``re`` skips plain text quickly; :data:`GROUPED`, which opens with a
#: look-behind, is tried only at these places (tried everywhere it cost a third of a page's
#: normalisation).
_GROUP_HINT = lazy_re.compile(rf"[0-9](?=[{_SEPARATORS}][0-9]{{3}})")


def group_separators(original: str) -> list[int]:
    """The positions, in order, of the separators in ``original``'s space-grouped numbers (see
    :data:`GROUPED`, less the pairs :func:`separators` reads as two numbers): the ``digit_grouping``
    step drops them, so "1\u202f000" reads "1000".

    The same positions as ``GROUPED.finditer`` over the whole text, found faster: a grouped
    number's first group ends at a hint, and begins where the digit run holding that hint does
    (tests/test_quote_number_formats.py holds the two to the same positions)."""
    found: list[re.Match[str]] = []
    done = 0
    for hint in _GROUP_HINT.finditer(original):
        p = hint.start()
        if p < done:
            continue  # inside a number already read
        s = p
        while s > 0 and "0" <= original[s - 1] <= "9":
            s -= 1
        if p - s >= 3:
            continue  # "2019 500": a first group has one to three digits
        m = GROUPED.match(original, s)
        if m is not None:
            found.append(m)
            done = m.end()
    out = separators(original, found)
    if _LAKH_HINT.search(original) is not None:  # "1,00,000": its commas, merged in order
        out = sorted(out + [m.start() + i for m in _LAKH.finditer(original) for i, c in enumerate(m.group()) if c == ","])
    return out


def separators(original: str, found: list[re.Match[str]]) -> list[int]:
    """The separators of the :data:`GROUPED` matches ``found`` in ``original`` that group one
    number: a first group and one group of three opening with a digit other than 0 is two numbers
    where a hyphen and a letter follow it ("10 100-metre runners"), or where it is apart by a
    plain space on a page grouping its thousands otherwise and nowhere by spaces (see the
    module's docstring)."""
    out: list[int] = []
    spaced: bool | None = None  # whether the page shows grouping by spaces (asked once, if needed)
    for m in found:
        if _maybe_two(original, m):
            sep = original[m.end() - 4]
            if sep in _COUNT_SPACES and _compound_after(original, m.end()):
                continue
            if sep == " ":
                if spaced is None:
                    spaced = any(_proves_spaces(original, f) for f in found)
                if not spaced and _OTHER_GROUPING.search(original) is not None:
                    continue
        out.extend(range(m.start() + len(m.group()) % 4, m.end(), 4))
    return out


#: The spaces that may stand between a count and a number: a plain one, and the no-break space a
#: page puts after a count to keep it on the line of what it counts ("2\u00a0200-litre tanks"). The
#: narrow no-break, thin, figure and hair spaces are typesetting's thousands separators only
#: ("12\u202f500-seat" is one number).
_COUNT_SPACES = " \u00a0"

#: A hyphen (or the Unicode hyphens) and a letter: a compound of the number before it and a unit
#: or a thing ("100-metre", "100-Meter-Läufer", "100-страничных").
_COMPOUND = lazy_re.compile(r"[-\u2010\u2011][^\W\d_]")

#: A number grouped in thousands by ",", "." or an apostrophe in a form only grouping takes: two or
#: more groups of three ("1,250,000", "1.250.000"), the Indian lakh ("1,00,000", "12,50,000"), or
#: any apostrophe group ("1'000", "1’000": never a decimal mark).
_OTHER_GROUPING = lazy_re.compile(
    r"(?<![\w.,'’])[0-9]{1,3}(?:(?:,[0-9]{3}){2,}|(?:\.[0-9]{3}){2,}|(?:,[0-9]{2})+,[0-9]{3}"
    r"|(?:['’][0-9]{3})+)(?![0-9])")


def _maybe_two(original: str, m: re.Match[str]) -> bool:
    """A first group and one group of three that opens with a digit other than 0: "10 100"."""
    text = m.group()
    return len(text) - len(text.lstrip("0123456789")) == len(text) - 4 and text[-3] != "0"


def _compound_after(original: str, end: int) -> bool:
    return _COMPOUND.match(original, end) is not None


def _proves_spaces(original: str, m: re.Match[str]) -> bool:
    """Whether ``m`` can only be one number grouped by spaces: a no-break or thin separator,
    more than one group of three, or a group opening with 0 ("40 000")."""
    text = m.group()
    if any(c in text for c in APOSTROPHES):
        return False  # "1'000": the page groups with apostrophes, which says nothing of its spaces
    return not _maybe_two(original, m) or any(c in text for c in GROUP_SEPARATORS[1:])


def groups_at(original: str, sep: int) -> bool:
    """Whether the space at ``original[sep]`` groups the digits of one number as the
    ``digit_grouping`` step reads the whole page: a match's edge (quotes/edges.py) asks this, so
    it sees the page's own grouping as the normaliser does (task q64: a plain "3 100" on a page
    grouping by "," is two numbers at the edge too; read off a slice round the number, it was
    one, and a quote the normaliser's reading allows was refused)."""
    return holds(_page_separators(original), sep)


@functools.lru_cache(maxsize=4)
def _page_separators(original: str) -> list[int]:
    """:func:`group_separators` of a page, kept for the few pages being matched: an aligner asks
    :func:`groups_at` of many candidate edges in one text (callers never change the list)."""
    return group_separators(original)


def holds(seps: list[int], i: int) -> bool:
    """Whether the sorted ``seps`` holds ``i``."""
    k = bisect.bisect_left(seps, i)
    return k < len(seps) and seps[k] == i


def skipping(
    seps: list[int], copy: Callable[[int, int], None], dropped: Callable[[], None]
) -> Callable[[int, int], None]:
    """``copy`` that leaves out the separators at the sorted positions ``seps`` in a plain run
    (calling ``dropped`` for each): the plain spaces of "1 000", which the normaliser's walk
    copies in bulk with the text around them, so they never reach its special pattern."""

    def run(a: int, b: int) -> None:
        k = bisect.bisect_left(seps, a)
        while k < len(seps) and seps[k] < b:
            if seps[k] > a:
                copy(a, seps[k])
            dropped()
            a = seps[k] + 1
            k += 1
        if b > a:
            copy(a, b)

    return run
