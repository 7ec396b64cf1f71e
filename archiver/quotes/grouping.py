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
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from archiver.core import lazy_re

#: Separators a page groups thousands with: a plain, no-break, narrow no-break, thin, figure or
#: hair space (SI style and French, German, Swiss, Scandinavian usage). Never "," or ".": either
#: can be a decimal separator, so the text alone cannot prove it groups.
GROUP_SEPARATORS = " \u00a0\u202f\u2009\u2007\u200a"

#: A number grouped in thousands with spaces: a first group of one to three digits that no
#: letter, digit or decimal separator comes before, then groups of exactly three digits, each
#: after one separator, and no further digit (nor a separator and a digit) after the last. Any
#: other run ("2019 500", "1 0000", "3,141 592") is several numbers as far as the text shows,
#: and its spaces stay.
GROUPED = lazy_re.compile(
    rf"(?<![\w.,])[0-9]{{1,3}}(?:[{GROUP_SEPARATORS}][0-9]{{3}})+(?![0-9]|[{GROUP_SEPARATORS}][0-9])")

#: Where a grouped number may be: a digit before a separator and three digits. It opens with a
#: character class, so ``re`` skips plain text quickly; :data:`GROUPED`, which opens with a
#: look-behind, is tried only at these places (tried everywhere it cost a third of a page's
#: normalisation).
_GROUP_HINT = lazy_re.compile(rf"[0-9](?=[{GROUP_SEPARATORS}][0-9]{{3}})")


def group_separators(original: str) -> list[int]:
    """The positions, in order, of the separators in ``original``'s space-grouped numbers (see
    :data:`GROUPED`): the ``digit_grouping`` step drops them, so "1\u202f000" reads "1000".

    The same positions as ``GROUPED.finditer`` over the whole text, found faster: a grouped
    number's first group ends at a hint, and begins where the digit run holding that hint does
    (tests/test_quote_number_formats.py holds the two to the same positions)."""
    out: list[int] = []
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
            out.extend(range(m.start() + len(m.group()) % 4, m.end(), 4))
            done = m.end()
    return out


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
