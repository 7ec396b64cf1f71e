"""The space between a number and its unit sign: where the ``unit_spacing`` normalisation drops it.

"50 %" and "50%", "50 €" and "50€", "10 km" and "10km", "40 °C" and "40°C", "€ 50" and "€50"
are the same number and unit: house styles differ on the space (French and SI put one, with a
plain, no-break or narrow no-break space; English news mostly does not), so a quote written in
the other style is no change. Rules 63 called it ``approximate`` (red team rvq61: "50%" quoted
for "50 %"). Only one space between a digit and a sign that is nothing but a unit is dropped:
a percent or per-mille sign, a currency sign (either side of the number), a degree sign, or a
unit symbol of letters that no word is ("km", "kg", "kWh", and since normaliser 9 a lone SI
letter: "10 m", "5 g", "3 h"). Normaliser 7 left the lone letter alone ("10m" is ten million in
a headline), but a quote that keeps the page's number and letter and moves only the space
changes neither: it writes the same characters as the page, so rules 66 calling "10m" for
"10 m" ``approximate`` flagged typography (task q66); a changed letter ("10 m" vs "10 km") or
number stays changed. A space between two digits is never touched, so "5 0%" for "50%" and
"50 %" for "500%" stay changed numbers.
:func:`archiver.quotes.normalize.normalize` calls this, as it calls :mod:`~archiver.quotes.grouping`.
"""

from __future__ import annotations

from archiver.core import lazy_re

#: The spaces a page may set between a number and its unit: plain, no-break, narrow no-break,
#: thin (a run of two or more is other whitespace and is left to the whitespace step).
_SPACES = " \u00a0\u202f\u2009"
#: Unit symbols of letters, written after a number with or without a space, perhaps with a power
#: ("km²", or "km2" as NFKC and a keyboard write it; "m²" is a lone letter's). Two letters or more,
#: none of them a word in the languages the rules read ("min", "mil" and "ha", Italian and
#: Spanish "has", are left out).
_LETTER_UNITS = (
    "km", "cm", "mm", "nm", "µm", "kg", "mg", "µg", "ml", "cl", "dl", "hl", "kWh", "MWh", "GWh",
    "TWh", "kW", "MW", "GW", "kV", "mA", "Hz", "kHz", "MHz", "GHz", "kB", "KB", "MB", "GB", "TB",
    "mph", "kph", "km/h", "dB", "kcal", "kJ", "MJ",
    # lone SI letters (normaliser 9): metre, gram, hour, second, litre, tonne, watt, volt; none a
    # word in the languages the rules read ("a", "e", "o", "y", "A" are, so are left out)
    "m", "g", "h", "s", "l", "L", "t", "W", "V",
)
_LETTER_UNIT = "|".join(sorted(_LETTER_UNITS, key=lambda w: (-len(w), w)))
#: The currency signs of Unicode category Sc but a few rare scripts' (Python's ``re`` has no
#: ``\p{Sc}``).
_CURRENCY = "$\u00a2-\u00a5\u058f\u060b\u09f2\u09f3\u0e3f\u17db\u20a0-\u20c0\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6"

#: A digit or a currency sign before one space: where a unit's space may be. One character class
#: first, so ``re`` skips plain text in C; the unit after it is asked only there (the two kinds
#: as one pattern's alternatives, each behind a look-ahead, cost 8 ms on a 314,000-character text
#: where this and the checks cost ~1.5).
_CANDIDATE = lazy_re.compile(rf"[0-9{_CURRENCY}](?=[{_SPACES}])")
#: What follows a number's space when the space is a unit's: a sign, or a unit symbol that no
#: letter, digit or apostrophe continues (Italian "nel 2020 l'Italia" and French "2 h d'attente"
#: keep their "l'" and "d'"; an elided article is a word, not a litre).
_UNIT_AFTER = lazy_re.compile(rf"[%‰‱°{_CURRENCY}]|(?:{_LETTER_UNIT})[²³23]?(?![\w'\u2019])")


#: The longest run of such spaces read as a unit's space ("50  %": a double space, or a no-break
#: space beside a plain one, as pages set them by hand).
_MOST_SPACES = 3


def unit_spaces(original: str) -> list[int]:
    """The positions, in order, of the spaces in ``original`` between a number and its unit sign
    or symbol, or between a currency sign and its number ("€ 50"): the ``unit_spacing`` step
    drops them. A run of up to :data:`_MOST_SPACES` such spaces counts as one ("50  %", "50\u00a0 %":
    rules 65 read a run as other white space, so "50%" quoted for them was ``approximate``)."""
    out: list[int] = []
    n = len(original)
    for m in _CANDIDATE.finditer(original):
        sp = m.start() + 1
        end = sp + 1
        while end < n and end - sp < _MOST_SPACES and original[end] in _SPACES:
            end += 1
        if end < n and original[end] in _SPACES:
            continue  # (a longer run: a table's or a layout's gap, not a unit's space)
        if original[m.start()] in "0123456789":
            if _UNIT_AFTER.match(original, end) is not None:
                out.extend(range(sp, end))
        elif end < n and original[end] in "0123456789":
            out.extend(range(sp, end))
    return out
