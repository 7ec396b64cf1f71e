"""A class or id string holding none of the words the context patterns need sets no context bit
(archiver/extract/text.py ``_name_bits``): the words are held to the patterns, and the quick
answer to what the patterns themselves say, on the shipped pages' names and on strings made
from the words."""

from __future__ import annotations

import itertools
import re

import lxml.html
import pytest
from shipped_pages import PAGES

from archiver.extract import text
from archiver.extract.notice_features import _branches


def name_patterns() -> list[str]:
    return [pattern.pattern for pattern, _ in text._CTX_NAMES] + [text._CREDIT_NAME.pattern]


@pytest.mark.parametrize("pattern", name_patterns())
def test_every_alternative_of_a_name_pattern_holds_one_of_the_words(pattern: str) -> None:
    """Each top-level alternative holds a word outside its groups, or has a group it cannot
    skip whose every choice holds one."""
    for branch in _branches(pattern):
        outside = re.sub(r"\([^()]*\)[?*]?", " ", branch)
        groups = [m.group(1) for m in re.finditer(r"\(([^()]*)\)(?![?*])", branch)]
        assert any(word in outside for word in text._NAME_WORDS) or any(
            all(any(word in choice for word in text._NAME_WORDS) for choice in group.split("|")) for group in groups
        ), branch


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


def made_names() -> set[str]:
    """Each word alone, cut short, glued to another and with separators, in both cases."""
    words = text._NAME_WORDS
    made = set()
    for word in words:
        made.update({word, word[:-1], word[1:], f"x-{word}", f"{word}__y", f"sub{word}", word.upper(),
                     f"a {word} b", f"image-{word}", f"{word}-image", f"site-{word}s", f"{word}_card"})
    for a, b in itertools.product(words[::5], words[::7]):
        made.update({a + b, f"{a}-{b}", f"{a} {b}"})
    return made


def test_the_quick_answer_is_the_patterns_answer_on_real_and_made_names() -> None:
    names = shipped_names() | made_names()
    assert len(names) > 500
    for name in names:
        text._NAME_BITS.pop(name, None)  # asked afresh, not from the cache
        assert text._name_bits(name) == text._pattern_bits(name.lower()), name


def test_most_real_names_hold_none_of_the_words() -> None:
    """What the quick answer is for: it must answer most names of real pages."""
    names = shipped_names()
    quick = [n for n in names if text._ANY_NAME_WORD.search(n.lower()) is None]
    assert len(quick) > len(names) / 2
