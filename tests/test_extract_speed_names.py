"""A class or id string holding none of the strings the context patterns' matches need sets no
context bit (archiver/extract/page_lines.py ``_name_bits``): the strings are derived from the patterns
themselves (cue_match's needs, shipped in cue_needs' table), and the quick answer is held to
what the patterns say, on the shipped pages' names and on names made from those strings."""

from __future__ import annotations

import itertools
from typing import Any

import lxml.html
from shipped_pages import PAGES

from archiver.extract import cue_match, cue_needs, page_lines


def needed_strings() -> list[str]:
    """Every string one of the name patterns' matches needs, from the shipped table."""
    found: list[str] = []
    for pattern in page_lines._NAME_PATTERNS:
        found += cue_needs.NEEDS[pattern.pattern] or ()
    return sorted(set(found))


def test_every_name_pattern_has_its_needed_strings_in_the_shipped_table() -> None:
    # (without them every name would be read by the eight patterns: slower, never different)
    for pattern in page_lines._NAME_PATTERNS:
        assert cue_needs.NEEDS.get(pattern.pattern) == cue_match.needs(pattern.pattern) is not None, pattern.pattern
    assert page_lines._name_guard().any is not None


def shipped_names() -> set[str]:
    names: set[str] = set()
    for page in PAGES:
        tree = lxml.html.fromstring(page.read_bytes())
        for el in tree.iter():
            for attr in ("class", "id"):
                value = el.get(attr) if isinstance(el.tag, str) else None
                if value:
                    names.add(value)
    return names


def matches(items: Any) -> list[str]:
    """Every string the parsed pattern ``items`` matches, each repeat taken its fewest times and
    once more, each class by its first and last characters (anchors match nothing here)."""
    from re import _constants as c

    out = [""]
    for op, av in items:
        if op is c.LITERAL:
            ways = [chr(av)]
        elif op is c.IN:
            ways = [chr(x) for kind, v in av for x in ((v,) if kind is c.LITERAL else v)]
        elif op is c.BRANCH:
            ways = [w for branch in av[1] for w in matches(branch)]
        elif op is c.SUBPATTERN:
            ways = matches(av[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            once = matches(av[2])
            ways = [w for n in range(av[0], min(av[1], av[0] + 1) + 1)
                    for w in ("".join(p) for p in itertools.product(once, repeat=n))]
        else:
            assert op is c.AT, (op, av)
            ways = [""]
        out = [a + b for a in out for b in ways]
    return out


def made_names() -> set[str]:
    """Every match of each name pattern (:func:`matches`) and each needed string: alone, cut short,
    glued to another and with separators, in both cases, and with characters the regex engine
    folds as others ("ſ" for "s", the Kelvin sign for "k", "İ" for "i")."""
    from re import _parser

    words = sorted({*needed_strings(), *(m for p in page_lines._NAME_PATTERNS for m in matches(_parser.parse(p.pattern)))})
    made = set()
    for word in words:
        made.update({word, word[:-1], word[1:], f"x-{word}", f"{word}__y", f"sub{word}", word.upper(),
                     f"a {word} b", f"image-{word}", f"{word}-image", f"site-{word}s", f"{word}_card",
                     word.replace("s", "\u017f"), word.replace("k", "\u212a"), word.replace("i", "\u0130")})
    for a, b in itertools.product(words[::5], words[::7]):
        made.update({a + b, f"{a}-{b}", f"{a} {b}"})
    return made


def test_the_quick_answer_is_the_patterns_answer_on_real_and_made_names() -> None:
    names = shipped_names() | made_names()
    assert len(names) > 500
    assert all(any(pattern.search(name.lower()) for name in names) for pattern in page_lines._NAME_PATTERNS)
    for name in names:
        page_lines._NAME_BITS.pop(name, None)  # asked afresh, not from the cache
        assert page_lines._name_bits(name) == page_lines._pattern_bits(name.lower()), name


def test_most_real_names_hold_none_of_the_needed_strings() -> None:
    """What the quick answer is for: it must answer most names of real pages."""
    names = shipped_names()
    quick = page_lines._name_guard().any
    assert quick is not None
    answered = [n for n in names if not quick.any_in(cue_match.cue_fold(n.lower()))]
    assert len(answered) > len(names) / 2


def _unguarded_bits(low: str) -> int:
    """_pattern_bits as it read every name pattern on every string (the specification)."""
    import re

    bits = 0
    low = page_lines._NOT_CREDIT_WORD.sub(" ", low)  # another word's letters ("accredited", "creditor")
    footer = re.search("footer", low) is not None
    for pattern, bit in page_lines._CTX_NAMES:
        if pattern.search(low) and not (footer and bit == page_lines._CTX_CAPTION_BIT and not page_lines._CAPTION_WORD.search(low)):
            bits |= 1 << bit
    if page_lines._CREDIT_NAME.search(low) and not page_lines._NOT_CREDIT_NAME.search(low) and not footer:
        bits |= 1 << page_lines._CTX_CREDIT_BIT if page_lines._PICTURE_NAME.search(low) else page_lines._CREDIT_UNPLACED
    return bits


def test_each_name_pattern_read_behind_its_own_needed_strings_gives_the_unguarded_bits() -> None:
    names = shipped_names() | made_names()
    assert any(_unguarded_bits(n.lower()) for n in names)
    for name in names:
        assert page_lines._pattern_bits(name.lower()) == _unguarded_bits(name.lower()), name
