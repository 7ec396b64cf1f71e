"""How the matches of a lead anchored at a text's start open (``cue_match.openings``), read from
the pattern (issue 13: signals kept these openings in hand-written tables beside the patterns),
and the guard built on them (``StartGuarded``): it answers as the pattern does on every text.

The sweep compares the guarded and the plain calls on hand-picked texts and 4,000 seeded random
ones per pattern (80,000 under ``ARCHIVER_FULL_SWEEPS=1``, tests/sweeps.py).
"""

from __future__ import annotations

import random
import re

import pytest
from sweeps import sized

from archiver.core import lazy_re
from archiver.extract.cue_match import Opening, StartGuarded, openings


def test_a_lead_opens_with_its_alternatives_first_three_characters_folded() -> None:
    assert openings(r"^\W{0,3}(?:Last updated|UPDATED|by)\b") == Opening(3, False, ("by", "las", "upd"))


def test_an_any_length_run_of_non_word_characters_is_no_limit() -> None:
    assert openings(r"^\W*(?:von|par)") == Opening(None, False, ("par", "von"))


def test_runs_of_non_word_characters_before_the_first_word_add_up() -> None:
    assert openings(r"^\W{0,2}\W{0,1}(?:von)") == Opening(3, False, ("von",))


def test_an_optional_digit_before_the_alternatives_lets_a_digit_open() -> None:
    assert openings(r"^\W{0,3}(?:\d{1,4}[./-]\d{1,2}\s*-\s*)?(?:by|von)\s") == Opening(3, True, ("by", "von"))


def test_an_opening_held_by_another_is_left_out() -> None:
    assert openings(r"^(?:dr|dra|dr\.|dott)\s") == Opening(0, False, ("dot", "dr"))


def test_a_small_class_opens_with_each_of_its_characters() -> None:
    assert openings(r"^(?:cr[ée]dit)") == Opening(0, False, ("cre", "cré"))


@pytest.mark.parametrize("source", [
    r"\bby\b",  # not anchored at the start: a match may begin anywhere
    r"^\W*",  # may match nothing
    r"^[a-z]+:",  # opens with a class: no literal opening
    r"^\s*by",  # a white-space run, not \W: not read
    r"^(?:by|\w+ by)",  # one alternative opens with a class
    r"^(?:by)|von",  # one alternative not anchored
    r"(?m)^by",  # "^" opens every line
    r"^\W?(?:-by)",  # opens with a non-word character
    r"^ιx",  # IGNORECASE matches "ι" to U+0345, a non-word character \W would eat
])
def test_a_pattern_whose_matches_may_open_otherwise_has_no_openings(source: str) -> None:
    assert openings(source) is None


def test_a_lead_with_multiline_flags_is_tried_on_every_text() -> None:
    guard = StartGuarded(lazy_re.compile(r"^by\s", re.IGNORECASE | re.MULTILINE))
    assert guard.opening is None
    assert guard.match("x\nby y") is None and guard.sub("", "By x") == "x"


def test_a_lead_is_compiled_only_for_a_text_that_opens_as_its_matches_do() -> None:
    guard = StartGuarded(lazy_re.compile(r"^\W{0,3}(?:zzby)\s+", re.IGNORECASE))
    assert guard.match("Jane Doe") is None and guard.sub("", "——— zzby x") == "——— zzby x"
    assert not guard.pattern.is_compiled  # four non-word characters first: cannot match
    assert guard.sub("", "— ZZBY Jane") == "Jane" and guard.pattern.is_compiled


SWEPT = [
    r"^\W{0,3}(?:last updated|updated|stand|обновлено)\b\s*:?",
    r"^\W*(?:by|von|ſt|kelvin|straße|İst|ıx|著者)\s*[:：]?\s+",
    r"^(?:(?:dr|prof|mr|dott\.ssa)\.?\s+)+",
    r"^\W{0,2}(?:\d{1,2}\.\d{1,2}\.\s*)?(?:am|um)\s",
    r"^\W*(?:x(?=y)|(?!q)yz|(?>ab)c)",
    r"^\W{0,1}(?:(?:a|b){2,3}c)",
]
ALPHABET = list("abcxyzqABCXYZkKKsSſtTßẞiIİıüÜ .,:;-—(*•1234١٢\u0345ιΙ著者") + ["by ", "von ", "last updated ", "ſt "]


@pytest.mark.parametrize("source", SWEPT)
def test_a_guarded_lead_answers_as_its_pattern_on_random_texts(source: str) -> None:
    assert openings(source) is not None
    guard, plain = StartGuarded(lazy_re.compile(source, re.IGNORECASE)), re.compile(source, re.IGNORECASE)
    rng = random.Random(source)
    texts = ["", " ", "By Jane", "—— by x", "STAND: 3", "İST x", "ıx", "KELVIN x", "١٢.٣. am x", "Dr. Prof. x"]
    texts += ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 10))) for _ in range(sized(4000, 80000))]
    wrong = [t for t in texts if (guard.match(t) and guard.match(t).span()) != (plain.match(t) and plain.match(t).span())
             or guard.sub("", t) != plain.sub("", t)]
    assert wrong == []
