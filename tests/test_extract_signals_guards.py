"""signals' guards (issue 13): a cheap necessary check before a pattern, so that one
``archive URL`` compiles only the patterns a page's lines may match. Each guarded call must answer
as the pattern alone did: same spans, groups and substitutions.

The checks are cue_match's, read from each pattern (``openings`` for the leads anchored at a
text's start, ``needs`` for the patterns searched anywhere) and shipped in cue_needs.py; here the
derived openings and needs are checked against the patterns themselves (read with Python's own
regex parser, by a walk of this file's own), and the calls are compared on the lines of the
bundled pages and on generated strings (every word of each pattern, in three cases, after and
before typical punctuation, plus seeded random strings: ``make test`` a fixed part,
``ARCHIVER_FULL_SWEEPS=1`` (tests/sweeps.py) 20 times as many).

"For every code point" checks take the Basic Multilingual Plane whole, every 31st code point
above it and the class's boundaries; all 1,114,112 under ``ARCHIVER_FULL_SWEEPS=1``
(tests/sweeps.py ``code_points``). The guarded calls are compared on every 7th of the made-up
lines (each word of a pattern in three cases between leads and tails) and 3,000 random strings;
all of them and 60,000 under ``ARCHIVER_FULL_SWEEPS=1``.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable
from pathlib import Path
from re import _constants as C  # noqa: N812
from re import _parser
from typing import Any

import pytest
from sweeps import code_points, sized

from archiver.extract import cue_match, signals
from archiver.extract.cue_match import Guarded, StartGuarded, cue_fold, word_char

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "archiver" / "samples"


def _source(name: str) -> Any:
    """The pattern (a :class:`LazyPattern`) of signals' ``name``, behind its guard or not."""
    obj = getattr(signals, name)
    return obj.pattern if isinstance(obj, (Guarded, StartGuarded)) else obj


def _fresh(name: str) -> re.Pattern[str]:
    lazy = _source(name)
    return re.compile(lazy.pattern, lazy.flags)


#: Signals' leads matched behind their openings, and its patterns searched behind their needs.
LEADS = sorted(n for n, v in vars(signals).items() if isinstance(v, StartGuarded))
HOLDS = sorted(n for n, v in vars(signals).items() if isinstance(v, Guarded))


def test_the_leads_and_holds_guarded_are_the_ones_expected() -> None:
    assert LEADS == ["_BY_PREFIX", "_CREDIT_LEAD", "_HONORIFIC", "_LABEL_LEAD", "_PICTURE_CREDIT", "_UPDATED_LEAD"]
    assert HOLDS == ["_EDITOR", "_JOB_WORDS_BUT_DIGIT"]


def _big_charsets(pattern: str, flags: int = 0) -> int:
    """How many classes sre builds as a 64K bitmap (BIGCHARSET) when it compiles ``pattern``."""
    from re import _compiler
    original = _compiler._optimize_charset
    found = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        out = original(*args, **kwargs)
        found.extend(op for op, _ in out[0] if op is C.BIGCHARSET)
        return out

    _compiler._optimize_charset = recording
    try:
        _compiler.compile(pattern, flags)
    finally:
        _compiler._optimize_charset = original
    return len(found)


def _heads(items: list[Any], k: int) -> set[str]:
    """The literal openings (at most ``k`` characters) a parsed sequence can match: an opening
    shorter than ``k`` stops where the sequence goes on with something other than a literal or
    a small class (a category, a large class, the end); "\\d" marks a digit."""
    if k == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is C.LITERAL:
        return {chr(av) + h for h in _heads(rest, k - 1)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _heads(rest, k)
    if op is C.SUBPATTERN:
        return _heads(list(av[-1]) + rest, k)
    if op is C.BRANCH:
        return set().union(*(_heads(list(b) + rest, k) for b in av[1]))
    if op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
        return {"\\d"}
    if op is C.IN and all(kind is C.LITERAL for kind, _ in av) and len(av) <= 8:
        return {chr(v) + h for _, v in av for h in _heads(rest, k - 1)}
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, body = av
        out = _heads(rest, k) if low == 0 else set()
        if high != 0:
            again = (op, (max(low - 1, 0), high if high is C.MAXREPEAT else high - 1, body))
            out |= _heads(list(body) + [again] + rest, k)
        return out
    return {""}


def _skip_and_openings(name: str) -> tuple[int | None, set[str]]:
    """How many non-word characters a match of ``name`` may open with (its ``^`` and ``\\W``
    run; None: any), and how it goes on (three characters): read from the parser's output."""
    lazy = _source(name)
    return _skip_and_openings_of(list(_parser.parse(lazy.pattern, lazy.flags)))


def _skip_and_openings_of(items: list[Any]) -> tuple[int | None, set[str]]:
    assert items[0] == (C.AT, C.AT_BEGINNING)
    items = items[1:]
    if len(items) == 1 and items[0][0] is C.BRANCH:  # "^\\W*(...)|^\\W*(...)": each branch alike
        both = [_skip_and_openings_of([(C.AT, C.AT_BEGINNING), *b]) for b in items[0][1][1]]
        skips = [s for s, _ in both]
        return (None if None in skips else max(skips)), set().union(*(h for _, h in both))
    op, av = items[0]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and list(av[2]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_NOT_WORD)])]:
        return (None if av[1] is C.MAXREPEAT else av[1]), _heads(items[1:], 3)
    return 0, _heads(items, 3)


def test_word_char_is_what_backslash_w_matches_on_every_code_point() -> None:
    word = re.compile(r"\w")
    assert [c for c in code_points() if word_char(chr(c)) != bool(word.match(chr(c)))] == []


def test_a_code_point_folding_to_a_word_character_is_one_on_every_code_point() -> None:
    """What lets an opening's fold stand for the text's first word character: no character
    IGNORECASE matches to a word character's fold is a non-word character (which ``\\W`` eats)."""
    assert [c for c in code_points() if word_char(cue_fold(chr(c))) and not word_char(chr(c))] == []


@pytest.mark.parametrize("name", LEADS)
def test_a_leads_derived_openings_cover_every_way_its_pattern_opens(name: str) -> None:
    opening = cue_match.openings(_source(name).pattern)
    assert opening is not None
    skip, heads = _skip_and_openings(name)
    assert opening.skip == skip
    assert ("\\d" in heads) == opening.digits
    heads.discard("\\d")
    assert all(h and word_char(h[0]) for h in heads), heads
    assert [h for h in heads if not cue_fold(h).startswith(opening.heads)] == []


@pytest.mark.parametrize("name", LEADS)
def test_a_leads_derived_openings_are_no_weaker_than_its_patterns_openings(name: str) -> None:
    """Each derived opening is one of the pattern's three-character openings or the start of
    one: the guard lets through no more than the pattern's own openings do."""
    opening = cue_match.openings(_source(name).pattern)
    _, heads = _skip_and_openings(name)
    folded = {cue_fold(h) for h in heads if h != "\\d"}
    assert [o for o in opening.heads if not any(h.startswith(o) for h in folded)] == []  # type: ignore[union-attr]
    assert all(len(o) == 3 or o in folded for o in opening.heads)  # type: ignore[union-attr]


def test_job_words_without_its_digit_is_job_words_but_the_digit() -> None:
    with_digit = _source("_JOB_WORDS").pattern
    assert with_digit == _source("_JOB_WORDS_BUT_DIGIT").pattern.replace(")\\b", "|\\d)\\b")
    assert (_source("_JOB_WORDS").flags, _source("_JOB_WORDS_BUT_DIGIT").flags) == (re.IGNORECASE,) * 2


@pytest.mark.parametrize("name", ["_JOB_WORDS", "_EDITOR"])
def test_every_alternative_holds_one_of_the_derived_needs_of_its_guard(name: str) -> None:
    guard = signals._JOB_WORDS_BUT_DIGIT if name == "_JOB_WORDS" else signals._EDITOR
    needs = cue_match.needs(guard.pattern.pattern)
    assert needs is not None and guard.needs == needs
    heads = _heads(list(_parser.parse(_source(name).pattern, _source(name).flags)), 40)
    assert ("\\d" in heads) == (name == "_JOB_WORDS")  # the digit: checked as such by _job_words
    heads.discard("\\d")
    assert [h for h in heads if not any(x in cue_fold(h) for x in needs)] == []


def _page_lines() -> list[str]:
    lines: list[str] = []
    for page in sorted(SAMPLES.glob("*.html")):
        text = html.unescape(re.sub(r"<[^>]*>", "\n", page.read_text(encoding="utf-8", errors="replace")))
        lines += [line.strip() for line in text.splitlines() if line.strip()]
    return lines


def _generated() -> list[str]:
    words = set()
    for name in ("_BY_PREFIX", "_PICTURE_CREDIT", "_CREDIT_LEAD", "_UPDATED_LEAD", "_LABEL_LEAD", "_HONORIFIC",
                 "_CAPS_NAME_HEAD", "_PLACE_PAREN", "_TEXT_PAREN", "_PICTURE_PAREN", "_DOMAIN", "_EMAIL",
                 "_JOB_WORDS", "_EDITOR"):
        words |= set(re.findall(r"[^\W\d_]+(?:[ .-][^\W\d_]+)?", _source(name).pattern))
    leads = ["", " ", "— ", "...", "(", "•• ", "1. ", "12.03.2020 - ", "» ", "_", "2020", "★★★★"]
    tails = ["", " Jane Doe", ": Jane Doe", " : JANE DOE Reporter", " by Jane", " (Berlin)", " 2019", "（dpa）",
             ". Doe", " jane@x.org", " [at] x"]
    out = []
    for word in sorted(words):
        for form in (word, word.upper(), word.title()):
            out += [lead + form + tail for lead in leads for tail in tails]
    out = out[::sized(7, 1)]  # every word and form, with every 7th lead and tail pairing by default
    rng = random.Random(13)
    alphabet = list("aAbBdDéÉpPsSſKkıİ  .,:;-()（）[]@_1é—’'ЁЯаТтфФ著文記") + sorted({w[:1] for w in words})
    for _ in range(sized(3000, 60000)):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
    return out


TEXTS = _page_lines() + _generated()


def _span(m: re.Match[str] | None) -> tuple[Any, ...] | None:
    return None if m is None else (m.span(), m.groups())


#: Each guarded call beside the pattern call it stands for.
CALLS: list[tuple[str, Callable[[str], Any], Callable[[str], Any]]] = [
    ("without_by", signals._without_by, lambda s: _fresh("_BY_PREFIX").sub("", s)),
    ("by_prefix_match", lambda s: _span(signals._BY_PREFIX.match(s)), lambda s: _span(_fresh("_BY_PREFIX").match(s))),
    ("without_email", signals._without_email, lambda s: _fresh("_EMAIL").sub(" ", s)),
    ("picture_credit", signals._picture_credit, lambda s: bool(_fresh("_PICTURE_CREDIT").match(s))),
    ("credit_lead", lambda s: _span(signals._credit_lead_match(s)), lambda s: _span(_fresh("_CREDIT_LEAD").match(s))),
    ("updated_lead", lambda s: _span(signals._updated_lead(s)), lambda s: _span(_fresh("_UPDATED_LEAD").match(s))),
    ("label_lead", lambda s: signals._LABEL_LEAD.sub("", s), lambda s: _fresh("_LABEL_LEAD").sub("", s)),
    ("honorific", lambda s: signals._HONORIFIC.sub("", s), lambda s: _fresh("_HONORIFIC").sub("", s)),
    ("caps_name_head", lambda s: _span(signals._CAPS_NAME_HEAD.match(s)) if signals._caps(s[:1]) and (
        signals._caps(s[1:2]) or s[1:2] in "'’.-") else None, lambda s: _span(_fresh("_CAPS_NAME_HEAD").match(s))),
    ("paren_subs", lambda s: signals._PLACE_PAREN.sub("", signals._TEXT_PAREN.sub("", s) if "(" in s else s)
     if "(" in s or "（" in s else s, lambda s: _fresh("_PLACE_PAREN").sub("", _fresh("_TEXT_PAREN").sub("", s))),
    ("picture_paren", lambda s: "(" in s and bool(signals._PICTURE_PAREN.search(s)),
     lambda s: bool(_fresh("_PICTURE_PAREN").search(s))),
    ("domain", lambda s: "." in s and bool(signals._DOMAIN.search(s)), lambda s: bool(_fresh("_DOMAIN").search(s))),
    ("acronym_alone", signals._acronym_alone, lambda s: bool(_fresh("_ACRONYM_ALONE").match(s))),
    ("job_words", lambda s: _span(signals._job_words(s)), lambda s: _span(_fresh("_JOB_WORDS").search(s))),
    ("editor", lambda s: _span(signals._editor(s)), lambda s: _span(_fresh("_EDITOR").search(s))),
    ("editor_line", signals.editor_line, lambda s: len(s) <= 120 and bool(_fresh("_EDITOR").search(s))),
    ("num_date", lambda s: _span(signals._NUM_DATE.match(s)) if s[:1].isdecimal() else None,
     lambda s: _span(_fresh("_NUM_DATE").match(s))),
]


@pytest.mark.parametrize(("label", "guarded", "plain"), CALLS, ids=[c[0] for c in CALLS])
def test_guarded_call_answers_as_its_pattern_on_page_lines_and_generated_strings(
        label: str, guarded: Callable[[str], Any], plain: Callable[[str], Any]) -> None:
    wrong = [t for t in TEXTS if guarded(t) != plain(t)]
    assert wrong == []


def test_caps_is_the_capitals_class_on_every_code_point() -> None:
    klass = re.compile("[A-ZÀ-ÖØ-ÞА-ЯЁ]")
    assert [c for c in code_points() if signals._caps(chr(c)) != bool(klass.fullmatch(chr(c)))] == []


def test_extracting_the_seed_page_compiles_none_of_the_guarded_patterns(fresh_extraction: dict[str, Any]) -> None:
    # In a fresh process (tests/fresh_probe.py, which lists the patterns): none compiled before,
    # none after extracting the seed article, whose byline is still found.
    assert fresh_extraction["after_notices"]["guarded"] == []
    assert fresh_extraction["seed"]["authors"] == ["Stephen Lendman"]
    assert fresh_extraction["seed"]["guarded"] == []


#: ``_BYLINE`` as it was written before its classes became branches (its particles as auth50 widened them: up to two
#: before a capitalised word, "Juan de los Santos"; a serial comma before the last name as extractor 226 took it).
_OLD_NAME = (r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+(?:\s+(?:(?:van|von|de|der|den|da|das|dos|del|della|la|las|los|le|di|bin|al|du|"
             r"ten|ter)\s*){0,2}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*\.?){1,3}")
_OLD_BYLINE = re.compile(
    r"^\s*(?i:by|von|par|por|di|un texte de|texte de|autor:|autora:|автор:?|текст:?)\s+(" + _OLD_NAME
    + r"(?:\s*(?:,\s*(?:\band\b|&|\bund\b|\bet\b|\by\b|\bи\b)|,|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b)\s*" + _OLD_NAME + r")*)"
    r"(?:\s+[dl]['’]\w.*|\s*[,|•·–—-]?\s*\d.*)?\s*$")


def _bylines() -> list[str]:
    names = ["Stephen Lendman", "Jane O’Neil", "ÉMILE ZOLA", "Иван Петров", "Ёжик Ёлкин", "Anna-Lena van der Berg",
             "J. R. R. Tolkien", "Þór Ásgeirsson", "Ana de la Vega", "ÿves Lower", "D’Arcy Smith", "Jane’s Doe",
             "Sam", "Анна И. Каренина", "Jean-Pierre d’Artagnan", "MacKenzie O'Hara Jr.", "Å", "Łukasz Nowak"]
    leads = ["By ", "by ", "  BY ", "Par ", "Von ", "di ", "Un texte de ", "Autor: ", "Автор ", "автор: ", "Текст: "]
    joins = [" and ", ", ", " & ", " und ", " et ", " y ", " и ", " ", ", and ", ", & "]
    tails = ["", " March 18 at 3:57 PM", ", 12.03.2020", " d’Enquête", " l'équipe", " | 2019", "  ", " — 5 min",
             " • 3 min", " – 2019", "·2019", " -2019", " ‒ 2019", " —x"]
    rng = random.Random(7)
    out = [lead + name + tail for lead in leads for name in names for tail in tails]
    for _ in range(sized(3000, 60000)):
        k = rng.randint(1, 3)
        body = rng.choice(joins).join(rng.choice(names) for _ in range(k))
        out.append(rng.choice(leads) + body + rng.choice(tails))
    alphabet = list("AaZzÀÖ×ØÞßÿЁЯАяёЀЂ’'.- ,&\t") + ["By ", "Автор "]
    for _ in range(sized(3000, 60000)):
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))))
    return out


def test_byline_with_cheaper_classes_matches_as_the_old_pattern() -> None:
    new = re.compile(signals._BYLINE.pattern, signals._BYLINE.flags)
    wrong = [t for t in _page_lines() + _bylines() if _span(new.match(t)) != _span(_OLD_BYLINE.match(t))]
    assert wrong == []


@pytest.mark.parametrize(("old", "new"), [("[A-ZÀ-ÖØ-ÞА-ЯЁ]", signals._CAP), (r"[\w.'’-]", signals._NAME_CHAR)])
def test_name_branches_hold_exactly_the_code_points_of_the_classes_they_replace(old: str, new: str) -> None:
    a, b = re.compile(old), re.compile(new)
    assert [c for c in code_points() if bool(a.fullmatch(chr(c))) != bool(b.fullmatch(chr(c)))] == []


def test_byline_compiles_no_class_mixing_latin_1_and_higher_characters() -> None:
    """What made it dear: sre's bitmap of a class with Latin-1 and higher characters."""
    assert _big_charsets(_OLD_BYLINE.pattern) == 9
    assert _big_charsets(signals._BYLINE.pattern) == 0
