"""Meaning-preserving normalisation that remembers where every character came from.

A verdict is only worth something if its offsets point into the *archived* text, not into a
normalised copy (the Hypothesis ``translateOffsets`` lesson). So normalisation here never
returns a bare string: :class:`NormText` carries, for each normalised character, the span of
the original it stands for.

Each change belongs to exactly one named step (``quotes``, ``dashes``, ...). A step can be
switched off, and then the characters it would have changed pass through untouched; that is
how :func:`archiver.quotes.align.steps_needed` finds out which steps a given match really needed (switch
one off, see whether the match survives) and lists only those.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import NamedTuple

from archiver.core import lazy_re
from archiver.quotes.grouping import group_separators, holds, skipping
from archiver.quotes.unit_spacing import unit_spaces

# The step names, in the order they are reported.
UNICODE_NFKC = "unicode_nfkc"
INVISIBLE = "invisible_chars"
QUOTES = "quotes"
NBSP = "nbsp"
DASHES = "dashes"
WHITESPACE = "whitespace"
HYPHENATION = "hyphenation"
BRACKETS = "brackets"
FOOTNOTES = "footnote_markers"
DIGIT_GROUPING = "digit_grouping"
UNIT_SPACING = "unit_spacing"

CHAR_STEPS: tuple[str, ...] = (
    UNICODE_NFKC,
    INVISIBLE,
    QUOTES,
    NBSP,
    DASHES,
    WHITESPACE,
    HYPHENATION,
    FOOTNOTES,
    DIGIT_GROUPING,
    UNIT_SPACING,
)
ALL_STEPS: frozenset[str] = frozenset(CHAR_STEPS)
#: The version of the normalisation rules (ALL_STEPS and what each step does). The text index
#: stores texts in the form these rules give (:func:`archiver.store.textindex.index_form`) and
#: records this version; a whole-archive "not found" from an index built under another version
#: is not a claim of absence (a text indexed under old rules may not match a query under new
#: ones). Change it whenever ALL_STEPS or a step's behaviour changes: tests/test_index_completeness.py
#: fails until it is (version 2: ``footnote_markers`` added; 3: a raised 2 or 3 after a unit word
#: is a power, not a footnote marker; 4: ``digit_grouping`` added, and a sign written with an en
#: dash or figure dash before a digit keeps its space as a minus sign does; 5: a vulgar fraction's
#: fraction slash is "/", with a space before it after a digit: "1\u00bd" reads "1 1/2"; 6: a
#: space between a first group and a group of three opening with 1-9 is two numbers before a
#: hyphen and a letter, "10 100-metre", or when plain on a page grouping by "," "." "'" only;
#: an apostrophe between groups, "1'000", and a lakh's commas, "1,00,000", group; 7:
#: ``unit_spacing`` added, "50 %" reads "50%", "€ 50" "€50": quotes/unit_spacing.py; 8: a run of up
#: to three such spaces is a unit's space too, "50  %" reads "50%"; 9: a lone SI letter's too,
#: "10 m" reads "10m", "3 h" "3h", not before an apostrophe, "2020 l'Italia").
NORMALIZER_VERSION = "9"

# normalize()'s output writer: emit(text, start, end) maps ``text`` to original[start:end].
_Emit = Callable[[str, int, int], None]

DOUBLE_QUOTES = '"“”„‟«»″〝〞＂'
SINGLE_QUOTES = "'‘’‚‛′‹›´＇"
_QUOTE_MAP = {c: '"' for c in DOUBLE_QUOTES[1:]} | {c: "'" for c in SINGLE_QUOTES[1:]}
_NBSPS = "\u00a0\u202f\u2007\u2009\u200a\u2008\u205f\u3000"
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
#: Dashes that stand for a minus sign right before a digit ("\u22128", "\u20138" as typeset pages
#: write minus eight): a number's sign, read as "-", never a dash that swallows the space before it.
_SIGN_DASHES = "\u2012\u2013\u2212\ufe63\uff0d"
#: ...except that a dash other than U+2212 after a number and a space is a range's ("10 \u201320"
#: reads "10-20", as before: the sign reading would make it two numbers).
_SIGN_AHEAD = rf"(?:\u2212|(?<![0-9][ \t\r\n{_NBSPS}])[\u2012\u2013\ufe63\uff0d])\d"

# Where French typography puts a (no-break) space that English does not.
_SPACE_BEFORE = ";:?!»›"
_SPACE_AFTER = "«‹"

# A footnote marker is a superscript number (or a glued "[12]") right after a word of three or more
# letters, or after a word and its closing punctuation ("the end¹.", "said.²"). After a digit it is
# part of a number (10⁶) and after one or two letters a power or a unit (x², km²): never a marker.
_FOOTNOTE = (r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]{2}[.,;:!?\"'”’)]))"
             r"(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\[[0-9]{1,3}\])")
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

_ALTERNATIVES = [
    # end-of-line hyphenation: "no-\ntice" (only before a lower-case letter)
    rf"(?P<hyph>(?<=[^\W\d_])[-\u00ad{_DASH_CHARS[:2]}][ \t]*\r?\n[ \t]*(?=[^\W\d_]))",
    r"(?P<sic>\s*[\[(]\s*sic!?\s*[\])])",
    # a footnote marker: raised digits, or a glued "[1]", after a word (see FOOTNOTE_MARKER)
    r"(?P<fn>" + _FOOTNOTE + ")",
    # a minus sign (or an en or figure dash) right before a digit is a number's sign, not a
    # dash: it keeps its spaces
    rf"(?P<dash>[ \t\r\n{_NBSPS}]*(?:(?:(?!{_SIGN_AHEAD})[{_DASH_CHARS}])+|-{{2,}}|(?<=\s)-(?=\s))[ \t\r\n{_NBSPS}]*)",
    # whitespace that is not a lone plain space (a lone space before ; : ? ! » is)
    r"(?P<ws>\s{2,}|[^\S ]| (?=[;:?!»›])|(?<=[«‹]) )",
    r"(?P<br>[\[\]()])",
    rf"(?P<uni>.[{_COMBINING}]+|[^\x00-\x7f])",
]
# With asides dropped: a bracketed group standing as words of its own ("The figures
# (reported by the WSJ) have") is the source's insertion, which a quote may leave out.
_ASIDE = r"(?P<aside>\s+[\[(][^\[\]()\n]{1,300}[\])](?=[\s.,;:!?”\"'’]|$))"
_HAS_COMBINING = lazy_re.compile(f"[{_COMBINING}]")


# Non-ASCII characters some step may change. Latin letters with diacritics (U+00C0-U+017F,
# which NFKC leaves alone, except six compatibility letters) are left out, so a French or
# German text is copied in bulk instead of one character at a time; every other non-ASCII
# character takes the careful path (unchanged ones are simply emitted as they are).
_CHANGING = "\u0080-\u00bf\u0132\u0133\u013f\u0140\u0149\u017f\u0180-\U0010ffff"
# The patterns write each class holding _CHANGING as a negated class of what it leaves out (all
# of ASCII, or ASCII but the characters named, and the Latin letters above): the same characters
# (tests/test_normalize_compile_cost.py checks every code point), but Python's pure-Python regex
# compiler walks a class's ranges one code point at a time, and _CHANGING's last range is 1.1
# million of them, ~9 ms of one ``archiver archive URL`` (issue 13) for the two patterns a page
# uses; the negated forms name some 300 code points.
_KEPT_LATIN = "\u00c0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e"
#: ``[_CHANGING]``, ``[-[]()_CHANGING]`` (the dashes and guillemets are in _CHANGING) and
#: ``[\s-[]()_CHANGING]``, written as what they leave out.
_CHANGING_CLASS = f"[^\\x00-\\x7f{_KEPT_LATIN}]"
_SPECIAL_CLASS = f"[^\\x00-\\x27\\x2a-\\x2c\\x2e-\\x5a\\x5c\\x5e-\\x7f{_KEPT_LATIN}]"
_SPACE_OR_SPECIAL_CLASS = f"[^\\x00-\\x08\\x0e-\\x1b\\x21-\\x27\\x2a-\\x2c\\x2e-\\x5a\\x5c\\x5e-\\x7f{_KEPT_LATIN}]"


def _source(asides: bool, combining: bool) -> str:
    """The special-character pattern's text for these options."""
    alternatives = list(_ALTERNATIVES)
    if asides:
        alternatives.insert(2, _ASIDE)
    if combining:
        alternatives[-1] = rf"(?P<uni>.[{_COMBINING}]+|{_CHANGING_CLASS})"
        return "|".join(alternatives)
    alternatives[-1] = rf"(?P<uni>{_CHANGING_CLASS})"
    # every special match starts with one of these: the guard skips plain text fast
    # (a lone plain space only matters before a bracket, a dash, a space or French
    # punctuation, or after an opening guillemet)
    guard = (
        rf"(?:(?=[^\S ]|{_SPECIAL_CLASS})"
        rf"|(?= [\s\[(;:?!»›\-{_DASH_CHARS}])|(?<=[«‹])(?= ))"
    )
    return guard + "(?:" + "|".join(alternatives) + ")"


#: The four patterns, each compiled on first use (and, in the ``archiver`` program, made from the
#: regular-expression cache as every lazy pattern is: compiled in a function, the one or two a
#: command uses cost ~1.5 ms of every ``archive URL``, session 66).
_PATTERNS = {(asides, combining): lazy_re.compile(_source(asides, combining), re.DOTALL)
             for asides in (False, True) for combining in (False, True)}


def _pattern(asides: bool, combining: bool) -> re.Pattern[str]:
    """The special-character pattern for these options."""
    return _PATTERNS[(asides, combining)].compiled()


ASIDE_RE = lazy_re.compile(_ASIDE)
FOOTNOTE_MARKER = lazy_re.compile(_FOOTNOTE)

#: Where the guard of a pattern without combining marks (see :func:`_pattern`) can hold: one
#: character of its classes, a plain space only before what the guard names or after an opening
#: guillemet. It starts with a character class, so ``re`` skips from candidate to candidate in C,
#: where the guard, a look-ahead, made it try the whole pattern at every position of the text
#: (two thirds of the text index's normalisation of a page). Keep it in step with that guard:
#: it may match more places than the guard holds (slower), never fewer (matches would be lost).
_GUARD_AT = lazy_re.compile(
    rf"{_SPACE_OR_SPECIAL_CLASS}"
    rf"(?:(?<=[^ ])|(?=[\s\[(;:?!»›\-{_DASH_CHARS}])|(?<=[«‹] ))", re.DOTALL)


def _guarded_matches(special: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``special.finditer(text)`` for a guarded pattern, found faster.

    The same matches: every match starts where the guard holds, :data:`_GUARD_AT` matches at
    every such place (and perhaps a few more, where ``special`` then fails), and ``special`` is
    tried there in order from the end of the last match, as ``finditer`` does (its matches are
    never empty; look-behinds see the text before the start position, as in ``finditer``).
    tests/test_capture_cpu.py holds the two to the same matches (sample pages, seeded strings).
    """
    pos = 0
    find, match = _GUARD_AT.search, special.match
    while (at := find(text, pos)) is not None:
        start = at.start()
        m = match(text, start)
        if m is None:
            pos = start + 1
            continue
        yield m
        pos = m.end()


class NormText(NamedTuple):
    """A normalised string plus, per character, the original span it came from.

    ``folded`` is ``text`` lower-cased character by character (same length), for searching;
    case is compared separately because only the first letter's case is a free change.
    """

    original: str
    text: str
    folded: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    applied: frozenset[str]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised text back to the original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        first, last = self.starts[start], self.ends[end - 1]
        # An opening editorial bracket dropped just before the span belongs to it: the source's
        # "(w)e" is matched from its "(", so selectors and highlights keep the whole mark.
        while (first > 0 and self.original[first - 1] in "(["
               and (start == 0 or self.ends[start - 1] <= first - 1)):
            first -= 1
        return first, last


def fold(s: str) -> str:
    """Lower-case without changing the length (so offsets stay valid)."""
    out = s.lower()
    if len(out) == len(s):
        return out
    return "".join(lc if len(lc := c.lower()) == 1 else c for c in s)


def normalize(
    original: str,
    *,
    steps: frozenset[str] = ALL_STEPS,
    unbracket: int = 0,
    keep_hyphen: bool = False,
) -> NormText:
    """Normalise ``original`` with the given steps, keeping an offset map.

    ``unbracket`` also drops ``[ ] ( )`` and ``[sic]`` (the source's own editorial marks, as
    in the seed article's "(w)e"); ``unbracket=2`` also drops whole bracketed asides; ``keep_hyphen`` joins an end-of-line hyphenation as a real
    hyphen ("cross-\\nexamination" -> "cross-examination") instead of removing it.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(s: str, a: int, b: int) -> None:
        for ch in s:
            out.append(ch)
            starts.append(a)
            ends.append(b)

    def copy(a: int, b: int) -> None:  # a plain run maps one to one
        out.append(original[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))

    applied = _walk(original, steps, unbracket, keep_hyphen, emit, copy)
    text = "".join(out)
    return NormText(original, text, fold(text), tuple(starts), tuple(ends), frozenset(applied))


def normalized_text(
    original: str,
    *,
    steps: frozenset[str] = ALL_STEPS,
    unbracket: int = 0,
    keep_hyphen: bool = False,
) -> str:
    """``normalize(original, ...).text`` without the offset map.

    Why: indexing a capture's text (:func:`archiver.store.textindex.index_form`) needs only the
    normalised string; building two offsets per character and the folded copy was most of the
    text index's cost per capture. Same steps, same walk, so the same string byte for byte
    (tests/test_normalize_text_only.py holds it to :func:`normalize`)."""
    out: list[str] = []

    def emit(s: str, a: int, b: int) -> None:
        out.append(s)

    def copy(a: int, b: int) -> None:
        out.append(original[a:b])

    _walk(original, steps, unbracket, keep_hyphen, emit, copy)
    return "".join(out)


def _walk(
    original: str, steps: frozenset[str], unbracket: int, keep_hyphen: bool, emit: _Emit,
    copy: Callable[[int, int], None],
) -> set[str]:
    """Walk ``original`` once, giving each normalised piece to ``emit`` (with the original span
    it stands for) and each unchanged run to ``copy``; the names of the steps applied."""
    applied: set[str] = set()
    pos = 0
    n = len(original)
    combining = _HAS_COMBINING.search(original) is not None
    special = _pattern(unbracket == 2, combining)
    seps = group_separators(original) if DIGIT_GROUPING in steps else []
    if seps:
        copy = skipping(seps, copy, lambda: applied.add(DIGIT_GROUPING))
    units = unit_spaces(original) if UNIT_SPACING in steps else []
    if units:
        copy = skipping(units, copy, lambda: applied.add(UNIT_SPACING))
    for m in special.finditer(original) if combining else _guarded_matches(special, original):
        a, b = m.start(), m.end()
        if a > pos:  # a plain run maps one to one
            copy(pos, a)
        pos = b
        kind = m.lastgroup
        chunk = m.group()
        if b == a + 1 and seps and holds(seps, a):
            applied.add(DIGIT_GROUPING)  # a no-break or thin space or a "\u2019" grouping digits: dropped
        elif units and holds(units, a) and all(holds(units, i) for i in range(a + 1, b)):
            applied.add(UNIT_SPACING)  # a no-break or narrow space before a unit ("50\u00a0%"), or a run ("50  %")
        elif kind == "hyph":
            if HYPHENATION in steps:
                applied.add(HYPHENATION)
                if keep_hyphen:
                    emit("-", a, b)
                elif chunk[0] == "\u00ad" and INVISIBLE not in steps:
                    emit(chunk[0], a, a + 1)
            else:
                _plain(chunk, a, steps, applied, emit, original, n)
        elif kind == "aside":
            applied.add(BRACKETS)
        elif kind == "fn":
            if FOOTNOTES in steps and not unit_power(original, a, chunk):
                applied.add(FOOTNOTES)  # the quote may leave a footnote marker out
            elif chunk[0] == "[":
                _bracketed(chunk, a, unbracket, applied, emit)
            else:
                _plain(chunk, a, steps, applied, emit, original, n)
        elif kind == "sic":
            if unbracket:
                applied.add(BRACKETS)
            else:
                _plain(chunk, a, steps, applied, emit, original, n)
        elif kind == "dash":
            if DASHES in steps:
                if chunk != "-":
                    applied.add(DASHES)
                emit("-", a, b)
            else:
                _plain(chunk, a, steps, applied, emit, original, n)
        elif kind == "ws":
            _whitespace(chunk, a, b, steps, applied, emit, original, n)
        elif kind == "br":
            if unbracket:
                applied.add(BRACKETS)
            else:
                emit(chunk, a, b)
        else:
            _char(chunk, a, b, steps, applied, emit, a > 0 and original[a - 1].isdigit())
    if pos < n:
        copy(pos, n)
    return applied


#: Units of length whose square or cube a page may write with a raised 2 or 3 after the word
#: ("500 metres²", "40 feet³"): there the digit is a power, and leaving it out changes the
#: quantity (an area read as a length), never a footnote marker a quote may drop.
UNIT_WORDS = frozenset(
    ["metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers", "centimetre",
     "centimetres", "centimeter", "centimeters", "millimetre", "millimetres", "millimeter", "millimeters", "mile",
     "miles", "foot", "feet", "inch", "inches", "yard", "yards", "mètre", "mètres", "kilomètre", "kilomètres",
     "quadratmeter", "kubikmeter"]
)
_WORD_BEFORE = lazy_re.compile(r"([^\W\d_]+)$")


def unit_power(original: str, a: int, chunk: str) -> bool:
    """Whether the raised digits ``chunk`` at ``original[a]`` are the power of a unit word
    (a raised 2 or 3 right after "metres", "feet", ...: see :data:`UNIT_WORDS`)."""
    if not chunk or any(c not in "\u00b2\u00b3" for c in chunk):
        return False
    m = _WORD_BEFORE.search(original, max(0, a - 24), a)
    return m is not None and m.group(1).lower() in UNIT_WORDS


def _bracketed(chunk: str, a: int, unbracket: int, applied: set[str], emit: _Emit) -> None:
    """A glued "[12]" whose footnote step is off: its brackets as the bracket rule treats them."""
    for i, ch in enumerate(chunk):
        if ch in "[]" and unbracket:
            applied.add(BRACKETS)
        else:
            emit(ch, a + i, a + i + 1)


def _plain(
    chunk: str, a: int, steps: frozenset[str], applied: set[str], emit: _Emit, original: str, n: int
) -> None:
    """Re-run a chunk whose own step is switched off, character by character."""
    for i, ch in enumerate(chunk):
        if ch.isspace():
            _whitespace(ch, a + i, a + i + 1, steps, applied, emit, original, n)
        else:
            _char(ch, a + i, a + i + 1, steps, applied, emit)


def _whitespace(
    chunk: str, a: int, b: int, steps: frozenset[str], applied: set[str], emit: _Emit,
    original: str, n: int,
) -> None:
    has_nbsp = any(c in _NBSPS for c in chunk)
    before = original[a - 1] if a > 0 else ""
    after = original[b] if b < n else ""
    french = after in _SPACE_BEFORE or before in _SPACE_AFTER
    if has_nbsp and NBSP not in steps:
        emit(chunk, a, b)
        return
    if french and (NBSP in steps):
        applied.add(NBSP)
        return  # "mot ?" == "mot?"
    if chunk == " ":
        emit(" ", a, b)
    elif WHITESPACE in steps or (has_nbsp and chunk.strip(_NBSPS) == ""):
        if has_nbsp:
            applied.add(NBSP)
        if chunk.strip(_NBSPS):
            applied.add(WHITESPACE)
        emit(" ", a, b)
    else:
        emit(chunk, a, b)


def _char(
    chunk: str, a: int, b: int, steps: frozenset[str], applied: set[str], emit: _Emit,
    after_digit: bool = False,
) -> None:
    if chunk in _QUOTE_MAP:
        if QUOTES in steps:
            applied.add(QUOTES)
            emit(_QUOTE_MAP[chunk], a, b)
        else:
            emit(chunk, a, b)
        return
    if chunk in _SIGN_DASHES:  # a sign before a digit (the dash rule takes the others)
        if DASHES in steps:
            applied.add(DASHES)
            emit("-", a, b)
        else:
            emit(chunk, a, b)
        return
    if len(chunk) == 1 and unicodedata.category(chunk) == "Cf":
        if INVISIBLE in steps:
            applied.add(INVISIBLE)
        else:
            emit(chunk, a, b)
        return
    if UNICODE_NFKC in steps:
        nf = unicodedata.normalize("NFKC", chunk)
        if nf != chunk:
            applied.add(UNICODE_NFKC)
            # NFKC may itself produce a quote or a dash (fullwidth forms): canonicalise those too
            nf = "".join(_QUOTE_MAP.get(c, "-" if c in _DASH_CHARS else c) for c in nf)
        if FRACTION_SLASH in nf:
            applied.add(UNICODE_NFKC)
            nf = _vulgar_fraction(nf, after_digit)
        emit(nf, a, b)
    else:
        emit(chunk, a, b)


#: The fraction slash NFKC writes a vulgar fraction with ("\u00bd" is "1\u20442").
FRACTION_SLASH = "\u2044"


def _vulgar_fraction(nf: str, after_digit: bool) -> str:
    """A fraction's NFKC form as a quote types it: the fraction slash as "/", and a space before
    it after a whole number ("1\u00bd hours" reads "1 1/2 hours", as a writer without the sign
    types it). Without the space "1\u00bd" would read "11/2", eleven halves, and a quote of
    "1 1/2" was called altered while one of "11/2" was not told from it by the text alone (red
    team rvq58; NORMALIZER_VERSION 5)."""
    nf = nf.replace(FRACTION_SLASH, "/")
    return " " + nf if after_digit and nf[:1].isdigit() else nf
