"""The notice cues' prefilter never skips a cue that would have matched.

A cue pattern is only run on a line that holds one of the strings its matches need
(:class:`archiver.extract.cue_match.PatternSet`), compared on the line folded as the regex engine
compares characters case-insensitively (:func:`archiver.extract.cue_match.cue_fold`). These tests
hold both halves for every cue of every kind: the folding is the engine's, character by
character, and strings generated to match each cue (in upper case too, and with the characters
the engine treats as the same letter: "ſ", "İ", "ı", the Kelvin sign, old Cyrillic forms)
still pass the filter; on every shipped page each line's cue count is what running every
pattern gives.
"""

from __future__ import annotations

import _sre
import functools
import random
import re

import pytest
from shipped_pages import PAGES
from sweeps import code_points, sized

from archiver.extract import notice_cues
from archiver.extract import notices as notices_module
from archiver.extract.cue_match import _EXTRA_CASE_GROUPS, cue_fold
from archiver.extract.html import decode_html
from archiver.extract.notices import _CUES
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

KINDS = tuple(notice_cues.CUES)
GUARDED = ("_ANY_MARKER", "_SELF_REF", "_INVITE", "_COMMENT_RULES")


def _guarded(name: str):  # noqa: ANN202 - a cue_match.Guarded
    """A guarded pattern of :mod:`archiver.extract.notices` by name, or an AnyOf's part ("NAME[i]")."""
    base, _, index = name.partition("[")
    found = getattr(notices_module, base)
    return found.parts[int(index.rstrip("]"))] if index else found


# Characters the engine matches as another letter, to put into generated matches.
LOOKALIKES = {"s": "ſS", "i": "İıI", "k": "\u212aK", "в": "\u1c80", "о": "\u1c82", "с": "\u1c83", "т": "\u1c84\u1c85",
              "ъ": "\u1c86", "ß": "ẞ", "σ": "ςΣ", "é": "É"}


# the parts of the branch-by-branch tests (cue_match.AnyOf) whose guard looks for a string: each one's
# guard must hold every match too (a part with no needed string is searched on every line)
ANY_OF_PARTS = tuple(f"{name}[{i}]" for name in ("_IS_COPYRIGHT_LINE", "_HAS_VOICE")
                     for i, part in enumerate(getattr(notices_module, name).parts) if part.needs)
# ... of which those the sampler below can make matches of: it writes no text before a sample, so a
# part that looks behind ("(?<=\s\|\s)©") never matches one (it did not when joined either); the
# test on every shipped page line covers it
SAMPLED_PARTS = tuple(n for n in ANY_OF_PARTS if "(?<" not in _guarded(n).pattern.pattern)


# Each member of an extra case group -> the group's first member (the first group holding it),
# made once: looking through every group for each of the 1.1 million code points cost a second.
_GROUP_FIRST: dict[int, int] = {}
for _group in _EXTRA_CASE_GROUPS:
    for _member in _group:
        _GROUP_FIRST.setdefault(_member, _group[0])


def _canonical(ch: str) -> str:
    """What the engine compares ``ch`` as under IGNORECASE: its simple lower case, then the
    first member of its extra case group."""
    low = _sre.unicode_tolower(ord(ch))
    return chr(_GROUP_FIRST.get(low, low))


def test_characters_folded_alike_are_matched_alike_by_the_regex_engine():
    assert {chr(c) for group in _EXTRA_CASE_GROUPS for c in group} >= set("sſiıµμσςвᲀ")
    for group in _EXTRA_CASE_GROUPS:
        for c in group:
            assert re.fullmatch(re.escape(chr(c)), chr(group[0]), re.IGNORECASE), hex(c)
            upper = chr(c).upper()
            assert len(upper) > 1 or re.fullmatch(re.escape(chr(group[0])), upper, re.IGNORECASE), hex(c)


def test_cue_fold_compares_every_character_as_the_regex_engine_does():
    """On :func:`sweeps.code_points` (the whole BMP, every 31st code point above it, and the
    last one; every code point under ``ARCHIVER_FULL_SWEEPS=1``)."""
    wrong = [hex(c) for c in code_points(0x10FFFF)
             if not 0xD800 <= c < 0xE000 and cue_fold(chr(c)) != _canonical(chr(c))]
    assert wrong == []


@pytest.mark.parametrize("text", ["ΣΊΣΥΦΟΣ σοφός", "İSTANBUL ıi", "Straße ſtraſſe", "ᲀᲂᲃᲄ ВОСТ", "plain ASCII"])
def test_cue_fold_of_a_line_is_the_fold_of_each_character(text: str):
    assert cue_fold(text) == "".join(_canonical(ch) for ch in text)


@pytest.mark.parametrize("kind", KINDS)
def test_every_cue_has_strings_its_matches_need(kind: str):
    cues = _CUES[kind].cues
    assert len(cues) == sum(len(p) for p in notice_cues.CUES[kind].values())
    assert all(cue.needs for cue in cues), [cue.source for cue in cues if not cue.needs]


def _one_of_class(items: list, rnd: random.Random) -> str:
    from re import _constants as c

    negate = bool(items) and items[0][0] is c.NEGATE
    chars = []
    for op, av in items:
        if op is c.LITERAL:
            chars.append(chr(av))
        elif op is c.RANGE:
            chars += [chr(av[0]), chr(av[1])]
        elif op is c.CATEGORY:
            chars += {c.CATEGORY_WORD: "aé", c.CATEGORY_NOT_WORD: " ,", c.CATEGORY_SPACE: " ",
                      c.CATEGORY_NOT_SPACE: "a.", c.CATEGORY_DIGIT: "7", c.CATEGORY_NOT_DIGIT: "a "}[av]
    if negate:
        return rnd.choice([ch for ch in "a xé.7" if ch not in chars])
    return rnd.choice(chars)


def _sample(items, rnd: random.Random) -> str:  # noqa: ANN001
    """A string the parsed pattern ``items`` may match (anchors and look-arounds ignored: the
    caller keeps only samples the pattern really matches)."""
    from re import _constants as c

    out = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op is c.NOT_LITERAL:
            out.append("x" if av != ord("x") else "y")
        elif op is c.ANY:
            out.append(rnd.choice("a .é"))
        elif op is c.IN:
            out.append(_one_of_class(av, rnd))
        elif op is c.BRANCH:
            out.append(_sample(rnd.choice(av[1]), rnd))
        elif op is c.SUBPATTERN:
            out.append(_sample(av[-1], rnd))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low = av[0]
            out += [_sample(av[2], rnd) for _ in range(rnd.randint(low, min(av[1], low + 2)))]
    return "".join(out)


def _variants(sample: str, rnd: random.Random) -> list[str]:
    swapped = "".join(rnd.choice(LOOKALIKES[ch]) if ch in LOOKALIKES and rnd.random() < 0.7 else ch for ch in sample)
    return [sample, sample.upper(), sample.title(), swapped, f"Word {sample} word.", f"A {swapped}next", f"“{swapped.upper()}”"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_cue_match_holds_a_string_the_prefilter_looks_for(kind: str):
    """On each cue's first 30 seeded draws, more until it has been matched 10 times (the first
    60, and 20 matches, under ``ARCHIVER_FULL_SWEEPS=1``: the same draws and more; tests/sweeps.py)."""
    from re import _parser

    # The generated texts repeat (about half of the 100,000 of a full sweep are seen before): the
    # kind's whole cue set is run once on each distinct text (its answer does not depend on which cue made it).
    # Each cue draws from its own seeded generator, so adding a cue elsewhere in the lexicon leaves every
    # other cue's samples as they were (one shared generator made an unchanged cue fail when a cue was added
    # before it); a cue whose samples rarely match (words glued where it wants a word boundary) draws more,
    # up to 600 draws, until it has been matched enough times.
    draws, matches = sized(30, 60), sized(10, 20)
    found_by_the_set: set[str] = set()
    for cue in _CUES[kind].cues:
        rnd = random.Random(f"13:{cue.source}")
        parsed = _parser.parse(cue.source, re.IGNORECASE)
        matched = 0
        for draw in range(600):
            if draw >= draws and matched >= matches:
                break
            for text in _variants(_sample(parsed, rnd), rnd):
                if cue.pattern.search(text):
                    matched += 1
                    folded = cue_fold(text)
                    assert any(x in folded for x in cue.needs or ()), (cue.source, text, cue.needs)
                    if text not in found_by_the_set:
                        assert _CUES[kind].matches(text, folded)
                        found_by_the_set.add(text)
        assert matched >= matches, (cue.source, matched)


def _page_lines() -> list[str]:
    lines = []
    for page in PAGES:
        lines += visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))
    return lines


@functools.cache
def _shipped_lines() -> tuple[int, tuple[tuple[str, str], ...]]:
    """How many lines the shipped pages show, and each distinct line of them, in upper case and
    with "ſ" and "İ" put in, with its fold: made once for the tests of every kind and pattern
    (a line shown on several pages is checked once: the answer is the same)."""
    lines = _page_lines()
    variants = lines + [line.upper() for line in lines] + [line.replace("s", "ſ").replace("i", "İ") for line in lines]
    return len(lines), tuple((line, cue_fold(line)) for line in dict.fromkeys(variants))


@pytest.mark.parametrize("kind", KINDS)
def test_cue_matches_on_every_shipped_page_line_are_those_of_every_pattern(kind: str):
    shown, lines = _shipped_lines()
    assert shown > 100
    cues = _CUES[kind]
    for line, folded in lines:
        every = [m.start() for cue in cues.cues for m in [cue.pattern.search(line)] if m]
        assert [m.start() for m in cues.matches(line, folded)] == every, line



@pytest.mark.parametrize("kind", KINDS)
def test_cues_tried_by_the_automaton_are_those_whose_needed_strings_the_line_holds(kind: str):
    # PatternSet.found reads the line once with an automaton of every needed string: the same cues
    # as looking for every needed string with ``in``, on every shipped line and on lines holding
    # each needed string alone (short ones too), or inside a longer word
    cues = _CUES[kind]
    own = [(x, cue_fold(x)) for x in cues.strings] + [(f"ab{x}yz", cue_fold(f"ab{x}yz")) for x in cues.strings]
    for line, folded in (*_shipped_lines()[1], *own, ("", ""), ("ab", "ab")):
        every = set(cues.always).union(*(ids for x, ids in cues.pairs if x in folded))
        assert cues.found(folded) == every, line



def _indexed_guards() -> list[object]:
    """Every Guarded the extraction modules hold (in their globals, lists, tuples, dicts and
    AnyOf sets) whose needed strings are many (looked for by one automaton:
    cue_match.NeededStrings)."""
    import sys

    from archiver.extract import notice_credit_forms, signals  # noqa: F401 - their guards are made on import
    from archiver.extract.cue_match import AnyOf, Guarded

    found: dict[int, Guarded] = {}

    def walk(value: object, depth: int) -> None:
        if isinstance(value, Guarded):
            found[id(value)] = value
        elif isinstance(value, AnyOf):
            walk(value.parts, depth)
        elif depth and isinstance(value, (list, tuple)):
            for item in value:
                walk(item, depth - 1)
        elif depth and isinstance(value, dict):
            for item in value.values():
                walk(item, depth - 1)

    for name, module in list(sys.modules.items()):
        if name.startswith("archiver.extract"):
            for value in vars(module).values():
                walk(value, 2)
    return [g for g in found.values() if g.needs is not None and g._index is not None]


def test_guarded_patterns_with_many_needed_strings_look_for_them_as_one_by_one_would():
    guards = _indexed_guards()
    assert len(guards) >= 8  # the credit rules naming agencies, libraries and markers at least
    lines = [*_shipped_lines()[1]]
    for guard in guards:
        needs = guard.needs
        own = [(x, cue_fold(x)) for x in needs] + [(f"ab {x} yz", cue_fold(f"ab {x} yz")) for x in needs]
        for line, folded in (*lines, *own, ("", ""), ("a", "a")):
            assert guard._index.any_in(folded) == any(x in folded for x in needs), (guard.pattern.pattern[:60], line)
            found = guard.search(line, folded)
            expected = guard.pattern.search(line)
            assert (found and found.span()) == (expected and expected.span()), line

@pytest.mark.parametrize("name", GUARDED + SAMPLED_PARTS)
def test_every_guarded_pattern_match_holds_a_string_the_guard_looks_for(name: str):
    from re import _parser


    guarded = _guarded(name)
    assert guarded.needs
    rnd = random.Random(13)
    parsed = _parser.parse(guarded.pattern.pattern, re.IGNORECASE)  # once: the same for every sample
    matched = 0
    for _ in range(400):
        for text in _variants(_sample(parsed, rnd), rnd):
            if guarded.pattern.search(text):
                matched += 1
                assert guarded.search(text, cue_fold(text)), (name, text)
    assert matched >= 400


@pytest.mark.parametrize("name", GUARDED + ANY_OF_PARTS)
def test_guarded_patterns_answer_as_the_bare_pattern_on_every_shipped_page_line(name: str):

    guarded = _guarded(name)
    for line, folded in _shipped_lines()[1]:
        found = guarded.search(line, folded)
        expected = guarded.pattern.search(line)
        assert (found and found.span()) == (expected and expected.span()), line


def test_without_the_regex_engines_private_parser_every_cue_is_tried_and_finds_the_same(monkeypatch):
    # A future Python may move re's private modules: the prefilter then steps aside.
    from archiver.extract import notices

    line = "Disclosure: this post contains affiliate links; we may earn a commission."
    folded = notices.cue_fold(line)
    with_filter = {k: [m.group(0) for m in notices._CUES[k].matches(line, folded)] for k in notices.STATEMENT_KINDS}
    from archiver.extract import cue_match

    monkeypatch.setattr(cue_match, "PREFILTER", False)
    assert cue_match.needs(r"affiliat\w*") is None
    unfiltered = {}
    for kind in notices.STATEMENT_KINDS:
        cues = cue_match.PatternSet(c.source for c in notices._CUES[kind].cues)
        assert len(cues.always) == len(cues.cues)  # every cue runs on every line
        unfiltered[kind] = [m.group(0) for m in cues.matches(line, folded)]
    assert unfiltered == with_filter and any(with_filter.values())
