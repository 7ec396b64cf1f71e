"""Many case-insensitive patterns tried on many lines, fast: each pattern is run only on lines
holding a string its every match must contain.

Why: a line tried for a notice kind ran every cue pattern of that kind (some 40, in seven
languages) through the regex engine, ~3 ms of a 20 KB page's extraction. Each pattern now carries
the strings one of which any match of it must contain (read from its parsed form, so a cue added
to notice_cues.py gets its own); a line that holds none of them cannot match, and the pattern is
not run. The test is ``in`` on the line folded exactly as the regex engine compares characters
case-insensitively, so the answers are the same, line for line (tests/test_notice_cue_prefilter.py
checks every cue, generated matches and every shipped page). A kind's cues, and a guarded pattern
needing many strings, look for them all in one reading of the line: an Aho-Corasick automaton
(:func:`automaton`, pyahocorasick).

A pattern anchored at the text's start (a byline's "By"/"Von"/"Autor:") gets the same from how
its matches open (:func:`openings`, :class:`StartGuarded`): a text whose first word opens
otherwise cannot match it (tests/test_cue_openings.py, tests/test_extract_signals_guards.py).

Why one file of ~550 lines: the needed strings, the openings and the automata a line is looked
up by (:class:`NeededStrings`, :class:`PatternSet`) are one contract, the same folding as the
regex engine's IGNORECASE, read from the same parsed patterns; split apart, each half would have
to restate the folding rules the tests hold them to.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Any, NamedTuple

from archiver.core.lazy_re import LazyPattern

#: The flags every pattern here is compiled with (the folding below is IGNORECASE's).
FLAGS = re.IGNORECASE | re.UNICODE

#
# Why: a line tried for a kind ran every cue pattern of that kind (some 40, in seven languages)
# through the regex engine, ~3 ms of a 20 KB page's extraction. Each pattern now carries the
# strings one of which any match of it must contain (read from its parsed form, so a cue added
# to notice_cues.py gets its own); a line that holds none of them cannot match, and the pattern
# is not run. The test is ``in`` on the line folded exactly as the regex engine compares
# characters case-insensitively, so the count of matching cues is the same, line for line.

# The regex engine's own parser and case table are private modules (stable since Python 3.11).
# A Python without them gets no prefilter: every cue is tried on every line, as before it:
# slower, never different (the tests compare both ways on every cue and every shipped page).
try:
    from re import _casefix as _sre_casefix  # type: ignore[attr-defined]
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_p  # type: ignore[attr-defined]

    _ENGINE_EXTRA_CASES: dict[int, tuple[int, ...]] = dict(_sre_casefix._EXTRA_CASES)
    PREFILTER = True
except (ImportError, AttributeError):  # pragma: no cover - a future Python
    _ENGINE_EXTRA_CASES, PREFILTER = {}, False

# Characters Python's case-insensitive regex matching treats as one beyond their lower case
# ("ſ" and "s", "ı" and "i", old Cyrillic letter forms ...), read from the engine's own table
# so that a Python with a newer Unicode brings its own: each group maps to its first member.
_EXTRA_CASE_GROUPS: tuple[tuple[int, ...], ...] = tuple(sorted(
    {tuple(sorted({k, *v})) for k, v in _ENGINE_EXTRA_CASES.items()}))
_FOLD_EXTRA = {c: group[0] for group in _EXTRA_CASE_GROUPS for c in group[1:]}
_HAS_EXTRA = re.compile("[" + "".join(map(chr, _FOLD_EXTRA)) + "]") if _FOLD_EXTRA else None


def cue_fold(text: str) -> str:
    """``text`` with every character replaced by the one the regex engine compares it as under
    IGNORECASE (its simple lower case, then one member of its extra case group), so that a
    string a pattern matches case-insensitively is a plain substring here.

    ``str.lower`` is that simple lower case for every character but "İ" (which it lowers to
    two), hence the replace; an ASCII result needs nothing more."""
    low = text.lower()
    if low.isascii():
        return low
    low = text.replace("\u0130", "i").lower()
    return low.translate(_FOLD_EXTRA) if _HAS_EXTRA is not None and _HAS_EXTRA.search(low) else low


def _required(items: Any) -> frozenset[str] | None:
    """Strings (folded) one of which every match of the parsed sequence ``items`` contains, or
    None when no such set was found: the most selective (longest shortest string, then fewest
    strings; the first of equals) of :func:`_all_required`'s sets."""
    return max(_all_required(items), key=lambda o: (min(map(len, o)), -len(o)), default=None)


def needs(source: str) -> tuple[str, ...] | None:
    """The strings (folded) one of which every match of the case-insensitive pattern ``source``
    holds, none holding another (finding the shorter finds it), or None when none are known
    (also without the engine's parser, or for a pattern it parses in a form not read here)."""
    if not PREFILTER:
        return None
    try:
        needs = _required(_sre_p.parse(source, FLAGS))
    except Exception:  # noqa: BLE001 - a private parser's surprise costs speed, never a cue
        return None
    if not needs:
        return None
    return _smallest(needs)


def _all_required(items: Any) -> list[frozenset[str]]:
    """Every set of strings (folded) of which each match of the parsed sequence ``items``
    contains one: each run of literal characters, each alternation whose branches all have one
    (the union of each branch's most selective, :func:`_required`), and those of every group and
    repeat that must match, read inside them."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({cue_fold("".join(run))}))
            run = []
        if op is _sre_c.SUBPATTERN:
            options += _all_required(av[-1])
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
            options += _all_required(av[2])
        elif op is _sre_c.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(b is not None for b in branches):
                options.append(frozenset().union(*(b for b in branches if b is not None)))
    if run:
        options.append(frozenset({cue_fold("".join(run))}))
    return [o for o in options if o and all(o)]


def _smallest(strings: frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    """``strings`` without those holding another of them (finding the shorter finds it), sorted."""
    return tuple(sorted(x for x in strings if not any(y != x and y in x for y in strings)))


def more_needs(source: str) -> tuple[tuple[str, ...], ...]:
    """The other sets of strings a match of ``source`` needs, beside :func:`needs`'s: a line is
    tried only when it holds one string of :func:`needs` and one of each of these.

    Why: :func:`needs` keeps one set per pattern, often a short word (" not ", " of the "), and
    about half the cues a page's lines let through then compile (~0.3 ms each) and fail; with
    every required set checked, a third fewer are compiled (issue 13). Each set is required on
    its own, so a line lacking one cannot match: the same answers."""
    if not PREFILTER:
        return ()
    try:
        options = _all_required(_sre_p.parse(source, FLAGS))
    except Exception:  # noqa: BLE001 - a private parser's surprise costs speed, never a cue
        return ()
    primary = needs(source)
    found = {_smallest(o) for o in options}
    # (a set of single characters, " " or "e", is in nearly every line: not worth a look)
    return tuple(sorted(o for o in found if o != primary and max(map(len, o)) > 1))


@functools.cache
def _table(name: str) -> ModuleType:
    """The generated table module ``name`` (``cue_needs``, ``cue_more_needs``), imported on first
    use: an import statement in the look-ups below cost ~1 ms at a page's first notice line, a
    kind's ~600 cues each asking twice."""
    return importlib.import_module(f"archiver.extract.{name}")


def known_more_needs(source: str) -> tuple[tuple[str, ...], ...]:
    """:func:`more_needs` of ``source`` from the table shipped for this release's cues
    (:mod:`archiver.extract.cue_more_needs`), or none when it does not hold ``source`` (an
    edited cue) or was made with other Unicode tables: working them out would parse the
    pattern, the cost the table saves; without them a line is only tried more often."""
    if not PREFILTER:
        return ()
    cue_more_needs = _table("cue_more_needs")
    if unicodedata.unidata_version not in cue_more_needs.UNIDATA_VERSIONS:
        return ()
    shipped: dict[str, tuple[tuple[str, ...], ...]] = cue_more_needs.MORE_NEEDS
    return shipped.get(source, ())


def _holds_each(folded: str, sets: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``folded`` holds a string of every one of ``sets`` (plain loops: cheaper a line)."""
    for strings in sets:
        for x in strings:
            if x in folded:
                break
        else:
            return False
    return True


def known_needs(source: str) -> tuple[str, ...] | None:
    """:func:`needs` of ``source``, read from the table shipped for the cues of this release
    (:mod:`archiver.extract.cue_needs`) when it holds ``source`` and was made with this
    Python's Unicode tables, else worked out here.

    Why: working the needs out parses every pattern, ~30 ms for the ~350 cues at a page's first
    notice line, a tenth of one ``archive URL`` (issue 13). The table is keyed by the pattern's
    exact text, so an edited cue misses it and is worked out afresh: never a stale answer
    (tests/test_extract_regex_cue_needs.py checks the table against :func:`needs`)."""
    if not PREFILTER:
        return None
    cue_needs = _table("cue_needs")
    shipped: dict[str, tuple[str, ...] | None] = cue_needs.NEEDS
    if unicodedata.unidata_version in cue_needs.UNIDATA_VERSIONS and source in shipped:
        return shipped[source]
    return needs(source)


#: How many characters of a match's opening :class:`Opening` keeps: three tell the openings of
#: signals' leads apart as the hand-kept tables did ("pos", "pub", "per"), more cost a longer fold.
_HEAD = 3
#: An opening that is any decimal digit (``\\d``), in :func:`openings`' walk.
_DIGIT = "\\d"


def word_char(c: str) -> bool:
    """What ``\\w`` matches in a str pattern: a letter, a digit or numeric character, or "_"."""
    return c.isalnum() or c == "_"


class Opening(NamedTuple):
    """How every match of a pattern anchored at the text's start opens (:func:`openings`): after
    at most ``skip`` non-word characters (None: any number), with a decimal digit when
    ``digits``, or else with one of ``heads`` (up to :data:`_HEAD` characters, folded as
    :func:`cue_fold` does, none the start of another)."""

    skip: int | None
    digits: bool
    heads: tuple[str, ...]

    def admits(self, text: str) -> bool:
        """False when no match of the pattern can start ``text``: its first word character,
        after at most ``skip`` others, opens neither as one of ``heads`` nor (with ``digits``)
        as a digit."""
        skip = self.skip
        for i, c in enumerate(text):
            if c.isalnum() or c == "_":
                if self.digits and c.isdecimal():
                    return True
                return cue_fold(text[i:i + _HEAD]).startswith(self.heads)
            if skip is not None and i >= skip:
                return False
        return False


def openings(source: str) -> Opening | None:
    """How every match of the case-insensitive pattern ``source`` opens, when it is anchored at
    the text's start and its first word character is a literal or a digit (``^\\W{0,3}(?:by|von
    |\\d...)``), read from its parsed form; else None (also without the engine's parser).

    Why: a lead such as "By"/"Von"/"Autor:" is tried on most of a page's short lines; a line
    whose first word opens otherwise cannot match, and the pattern (some compile in ~1 ms) is
    neither compiled nor run for it (issue 13). Read from the pattern, so an edited lead brings
    its own openings (signals kept them by hand before)."""
    if not PREFILTER:
        return None
    try:
        parsed = _sre_p.parse(source, FLAGS)
        paths = _open_paths(list(parsed), "", 0, False, 0)
    except Exception:  # noqa: BLE001 - a private parser's surprise costs speed, never a match
        return None
    if not paths or parsed.state.flags & re.MULTILINE:  # "^" then opens every line
        return None
    skips = [s for s, _ in paths]
    skip = None if None in skips else max(s for s in skips if s is not None)
    heads = {cue_fold(h) for _, h in paths if h != _DIGIT}
    return Opening(skip, any(h == _DIGIT for _, h in paths),
                   tuple(sorted(h for h in heads if not any(o != h and h.startswith(o) for o in heads))))


_Paths = frozenset[tuple[int | None, str]]


def _open_paths(items: list[Any], head: str, skip: int | None, anchored: bool, depth: int) -> _Paths | None:
    """The (skip, head) pairs of every way a match of the parsed sequence ``items`` opens, after
    ``head`` (the literal characters read so far) at most ``skip`` non-word characters after the
    text's start (``anchored``: a ``^`` was read); None when some way is not known (not anchored,
    an opening that is no word character, a class, an empty match)."""
    if head == _DIGIT or len(head) >= _HEAD:
        return frozenset({(skip, head)})
    if not items or depth > 40:
        return frozenset({(skip, head)}) if head and items == [] else None
    (op, av), rest = items[0], items[1:]

    def on(more: list[Any], h: str = head, s: int | None = skip, a: bool = anchored) -> _Paths | None:
        return _open_paths(more, h, s, a, depth + 1)

    if op is _sre_c.LITERAL:
        c = chr(av)
        if not head and not (anchored and word_char(cue_fold(c))):
            return None  # an opening that is no word character: the text's first word is not it
        return on(rest, head + c)
    if op is _sre_c.IN and not head and av == [(_sre_c.CATEGORY, _sre_c.CATEGORY_DIGIT)]:
        return frozenset({(skip, _DIGIT)}) if anchored else None
    if op is _sre_c.IN and len(av) <= 8 and all(kind is _sre_c.LITERAL for kind, _ in av):
        return _union(on([(_sre_c.LITERAL, v)] + rest) for _, v in av)
    if op is _sre_c.AT:
        return on(rest, a=anchored or (not head and av in (_sre_c.AT_BEGINNING, _sre_c.AT_BEGINNING_STRING)))
    if op in (_sre_c.ASSERT, _sre_c.ASSERT_NOT):
        return on(rest)  # a look-around consumes nothing
    if op is _sre_c.SUBPATTERN:
        return on(list(av[-1]) + rest)
    if op is _sre_c.ATOMIC_GROUP:
        return on(list(av) + rest)
    if op is _sre_c.BRANCH:
        return _union(on(list(b) + rest) for b in av[1])
    if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, _sre_c.POSSESSIVE_REPEAT):
        low, high, body = av
        if not head and list(body) == [(_sre_c.IN, [(_sre_c.CATEGORY, _sre_c.CATEGORY_NOT_WORD)])]:
            if not anchored:
                return None
            return on(rest, s=None if skip is None or high is _sre_c.MAXREPEAT else skip + high)
        ways = [on(rest)] if low == 0 else []
        if high != 0:
            again = (op, (max(low - 1, 0), high if high is _sre_c.MAXREPEAT else high - 1, body))
            ways.append(on(list(body) + [again] + rest))
        return _union(ways)
    return frozenset({(skip, head)}) if head else None


def _union(ways: Iterable[_Paths | None]) -> _Paths | None:
    """Every way of ``ways``, or None when one is not known."""
    out: set[tuple[int | None, str]] = set()
    for way in ways:
        if way is None:
            return None
        out |= way
    return frozenset(out)


def known_openings(source: str) -> Opening | None:
    """:func:`openings` of ``source``, read from the table shipped for this release's patterns
    (:data:`archiver.extract.cue_needs.OPENINGS`) when it holds ``source`` and was made with
    this Python's Unicode tables, else worked out here (parsing the pattern: the cost the table
    saves)."""
    if not PREFILTER:
        return None
    cue_needs = _table("cue_needs")
    if unicodedata.unidata_version in cue_needs.UNIDATA_VERSIONS and source in cue_needs.OPENINGS:
        row = cue_needs.OPENINGS[source]
        return None if row is None else Opening(*row)
    return openings(source)


class StartGuarded:
    """A case-insensitive pattern anchored at the text's start, matched only on a text that
    opens as its matches do (:func:`openings`, read on first use, so that importing costs
    nothing; the :class:`LazyPattern` is then compiled only when a text opens so): the same
    answers as ``pattern.match`` and ``pattern.sub``."""

    __slots__ = ("_opening", "_ready", "pattern")

    def __init__(self, pattern: re.Pattern[str] | LazyPattern) -> None:
        assert pattern.flags & re.IGNORECASE, "cue_fold compares as IGNORECASE does"
        self.pattern = pattern
        self._opening: Opening | None = None
        self._ready = False

    @property
    def opening(self) -> Opening | None:
        """How its matches open (None: unknown, every text is tried)."""
        if not self._ready:
            # (with MULTILINE, "^" opens every line: no opening of the text's own is known)
            multiline = self.pattern.flags & re.MULTILINE
            self._opening = None if multiline else known_openings(self.pattern.pattern)
            self._ready = True
        return self._opening

    def admits(self, text: str) -> bool:
        """False when the pattern cannot match at the start of ``text``."""
        opening = self._opening if self._ready else self.opening
        return opening is None or opening.admits(text)

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``."""
        return self.pattern.match(text) if self.admits(text) else None

    def sub(self, repl: str, text: str) -> str:
        """``pattern.sub(repl, text)`` (anchored at the start: at most that one match)."""
        return self.pattern.sub(repl, text) if self.admits(text) else text


class Cue:
    """A cue pattern, compiled on its first search (:class:`LazyPattern`), and the strings its
    matches need (:func:`needs`).

    Why lazily: a page's lines hold the needed strings of a few cues only, so most of the ~350
    cues are never searched on it; compiling them all at the first page cost ~35 ms of one
    ``archive URL`` (issue 13)."""

    __slots__ = ("more", "needs", "pattern", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.pattern = LazyPattern(source, FLAGS)
        self.needs = known_needs(source)
        self.more = known_more_needs(source) if self.needs is not None else ()


class Guarded:
    """A case-insensitive pattern searched only on lines that hold a string its matches need
    (worked out on first use, so that importing costs nothing; a :class:`LazyPattern` is then
    compiled only when a line holds one): the same answers as
    ``pattern.search``, without the regex engine's walk along lines that cannot match."""

    __slots__ = ("_index", "_more", "_needs", "_ready", "pattern")

    def __init__(self, pattern: re.Pattern[str] | LazyPattern) -> None:
        assert pattern.flags & re.IGNORECASE, "cue_fold compares as IGNORECASE does"
        self.pattern = pattern
        self._needs: tuple[str, ...] | None = None
        self._more: tuple[tuple[str, ...], ...] = ()
        self._index: NeededStrings | None = None
        self._ready = False

    @property
    def needs(self) -> tuple[str, ...] | None:
        if not self._ready:
            self._needs = known_needs(self.pattern.pattern)
            self._more = known_more_needs(self.pattern.pattern) if self._needs is not None else ()
            if self._needs is not None and len(self._needs) > NeededStrings.WORTH:
                self._index = NeededStrings(self._needs)
            self._ready = True
        return self._needs

    def admits(self, folded: str) -> bool:
        """False when the pattern cannot match in the line whose :func:`cue_fold` is ``folded``:
        it lacks every string of the pattern's needs or of one set of its other needs."""
        needs = self._needs if self._ready else self.needs
        if needs is None:
            return True
        for x in needs:  # a plain loop: ``any`` over a generator cost twice as much per line
            if x in folded:
                return not self._more or _holds_each(folded, self._more)
        return False

    def search(self, line: str, folded: str) -> re.Match[str] | None:
        """``pattern.search(line)``; ``folded`` is :func:`cue_fold` of ``line``."""
        needs = self._needs if self._ready else self.needs
        if needs is not None:
            index = self._index
            if index is not None:  # many strings (agencies, markers): one automaton
                if not index.any_in(folded):
                    return None
            else:
                for x in needs:  # a plain loop: ``any`` over a generator cost twice as much per line
                    if x in folded:
                        break
                else:
                    return None
            if self._more and not _holds_each(folded, self._more):
                return None
        return self.pattern.search(line)


class Folding:
    """A :class:`Guarded` pattern for the few texts it is tried on one at a time (a name, the words
    before it): each text is folded here, and ``search``, ``match`` and ``finditer`` give the
    pattern's own answers, without compiling it for a text that holds none of the strings its
    matches need.

    Why: such a pattern (a list of role or newsroom words, the related-stories headings) is tried
    on a page's few candidate names and never matches most pages, yet compiling it cost 0.2-0.6 ms
    of each ``archive URL`` (issue 13). Its needed strings are read from the shipped table
    (:mod:`archiver.extract.cue_needs`, which lists these patterns too). With ``opening``, a
    pattern anchored at the text's start is also matched only on a text that opens as its
    matches do (:class:`StartGuarded`, its openings in the same table). A caller that holds the
    text's fold already asks :meth:`admits` with it (a notice label's run,
    :class:`archiver.extract.notice_features._Anchored`, which then matches on its own terms)."""

    __slots__ = ("guard", "start")

    def __init__(self, pattern: re.Pattern[str] | LazyPattern, *, opening: bool = False) -> None:
        self.guard = Guarded(pattern)
        self.start = StartGuarded(pattern) if opening else None

    @property
    def pattern(self) -> re.Pattern[str] | LazyPattern:
        return self.guard.pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.guard.search(text, cue_fold(text))

    def admits(self, text: str, folded: str | None = None) -> bool:
        """False when the pattern cannot match ``text``: it lacks the strings the matches need
        (:meth:`Guarded.admits`) or, with ``opening``, does not open as they do. ``folded`` is
        :func:`cue_fold` of ``text`` where the caller has it (else folded here, after the
        opening is checked: most texts fail that first)."""
        if self.start is not None and not self.start.admits(text):
            return False
        return self.guard.admits(cue_fold(text) if folded is None else folded)

    def match(self, text: str) -> re.Match[str] | None:
        return self.guard.pattern.match(text) if self.admits(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.guard.pattern.fullmatch(text) if self.admits(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.guard.pattern.finditer(text) if self.guard.admits(cue_fold(text)) else iter(())


class AnyOf:
    """Whether a line holds a match of any of several case-insensitive patterns, each tried only
    when the line holds a string its matches need (:class:`Guarded`).

    Why: a pattern that is one alternation of unrelated branches (the site's copyright and legal
    phrases; the "we"/"I" words of seven languages) ran every branch at every position of a line
    that held the needed string of one of them, ~120 us on a 450-character line, several times a
    line. Whether ``A|B|C`` is found in a line is whether ``A``, ``B`` or ``C`` is, so the answer
    is the same (tests/test_extract_speed_anyof.py checks it on every shipped page's lines);
    only a yes or no is given, never a match."""

    __slots__ = ("parts",)

    def __init__(self, patterns: Iterable[re.Pattern[str] | LazyPattern]) -> None:
        self.parts = tuple(Guarded(p) for p in patterns)

    def holds(self, line: str, folded: str) -> bool:
        """Whether any of the patterns is found in ``line`` (``folded`` is its :func:`cue_fold`)."""
        for part in self.parts:  # noqa: SIM110 - a plain loop: ``any`` over a generator costs more a line
            if part.search(line, folded) is not None:
                return True
        return False


def automaton(pairs: Iterable[tuple[str, Any]]) -> Any:
    """An Aho-Corasick automaton (pyahocorasick, in C) over ``pairs``' strings, whose ``iter``
    reports every occurrence of each in a text, overlapping ones too, with its value; None when
    there are no strings (an empty automaton cannot be searched). Imported on first use, so that
    a command that reads no page does not load it."""
    import ahocorasick

    made = ahocorasick.Automaton()
    for key, value in pairs:
        made.add_word(key, value)
    if not len(made):
        return None
    made.make_automaton()
    return made


class NeededStrings:
    """Many strings, a folded line asked whether it holds any: one automaton (:func:`automaton`)
    reads the line once and stops at the first.

    Why: a guarded credit rule naming the news agencies and picture libraries needs one of ~80
    strings, and every candidate line was searched for each of them (~60% of an image credit's
    reading); a guarded pattern needing more than :data:`WORTH` strings gets one."""

    __slots__ = ("_found",)

    #: This many strings or fewer are looked for one by one. Each ``in`` on a 100-character line
    #: costs ~0.04-0.06 us and the automaton's walk ~0.27 us however many, level at 6-8 strings;
    #: 6 instead of 16 left the batch page's reading of candidates level (1.15 against 1.17 ms).
    WORTH = 16

    def __init__(self, strings: Iterable[str]) -> None:
        self._found = automaton((x, None) for x in strings)

    def any_in(self, folded: str) -> bool:
        """``any(x in folded for x in strings)``."""
        found = self._found
        if found is None:
            return False
        for _ in found.iter(folded):
            return True
        return False


class PatternSet:
    """A kind's cues, tried on a line only when it holds a string they need: one automaton over
    the needed strings of all of them (:func:`automaton`) reads the line once and names the cues
    each string it finds is needed by, however many cues share it.

    Why: a line was searched for each of some 900 needed strings of the five statement kinds
    (~65 µs a line, 1-1.5 ms of a 20 KB page's extraction), then for those whose first three
    characters the line held (~0.5 ms); the automaton's one reading costs ~0.06 ms."""

    def __init__(self, sources: Iterable[str]) -> None:
        self.cues = tuple(Cue(p) for p in sources)
        self.always = tuple(i for i, c in enumerate(self.cues) if c.needs is None)
        by_string: dict[str, list[int]] = {}
        for i, cue in enumerate(self.cues):
            for x in cue.needs or ():
                by_string.setdefault(x, []).append(i)
        self.strings = tuple(by_string)
        self.pairs = tuple((x, tuple(by_string[x])) for x in self.strings)
        self._found = automaton(self.pairs)

    def found(self, folded: str) -> set[int]:
        """The indexes of the cues to try on the line whose :func:`cue_fold` is ``folded``: those
        with no needed strings, and those whose needed strings it holds (the same set as looking
        for every needed string: tests/test_notice_cue_prefilter.py)."""
        tried = set(self.always)
        if self._found is not None:
            for _, ids in self._found.iter(folded):
                tried.update(ids)
        return tried

    def matches(self, line: str, folded: str) -> list[re.Match[str]]:
        """The first match of every cue that matches ``line`` (``folded`` is its
        :func:`cue_fold`), in cue order."""
        tried = self.found(folded)
        if not tried:
            return []
        cues = self.cues
        return [m for i in sorted(tried) if not cues[i].more or _holds_each(folded, cues[i].more)
                for m in [cues[i].pattern.search(line)] if m]


__all__ = ["FLAGS", "PREFILTER", "AnyOf", "Cue", "Folding", "Guarded", "NeededStrings", "Opening", "PatternSet", "StartGuarded", "automaton",
           "cue_fold", "known_more_needs", "known_needs", "known_openings", "more_needs", "needs", "openings", "word_char"]
