"""A cue is tried on a line only when the line holds a string of every set its matches need, not
just the one set of :mod:`archiver.extract.cue_needs` (issue 13: a page compiled ~50 cues that
then failed, ~14 ms of one ``archive URL``; now about half as many). Each set is required on its
own, so the answers are the same: checked here on matches generated for every cue and on every
shipped page line (tests/test_notice_cue_prefilter.py also runs the kinds' and guards' whole
answers through the stronger filter)."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from shipped_pages import PAGES

from archiver.extract import cue_match, cue_more_needs, cue_needs, notice_cues
from archiver.extract.cue_match import PatternSet, cue_fold, known_more_needs, more_needs
from archiver.extract.html import decode_html
from archiver.extract.notices import _CUES
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html


def test_every_shipped_entry_is_what_the_parser_says() -> None:
    wrong = [s for s, shipped in cue_more_needs.MORE_NEEDS.items() if shipped != more_needs(s)]
    assert wrong == []


def test_a_line_with_the_cues_first_string_but_not_its_others_does_not_compile_it() -> None:
    source = r"\b(are|is) (solely )?(those|that) of the (authors?|writers?)\b"
    assert cue_match.needs(source) == (" of the ",)
    assert more_needs(source) == (("are", "is"), ("at", "ose"), ("author", "writer"), ("th",))
    cues = PatternSet([source])
    cues.cues[0].more = more_needs(source)  # (a pattern of no shipped cue: the table lacks it)
    line = "One of the days"
    assert cues.matches(line, cue_fold(line)) == [] and not cues.cues[0].pattern.is_compiled
    line = "These views are THOSE OF THE AUTHOR alone"
    assert [m.group(0) for m in cues.matches(line, cue_fold(line))] == ["are THOSE OF THE AUTHOR"]


def test_a_pattern_the_table_lacks_is_tried_on_its_first_strings_only() -> None:
    source = r"\b(zzunseen|qqnovel) cue\b"
    assert known_more_needs(source) == () and more_needs(source) == ((" cue",),)
    assert cue_match.Cue(source).more == ()


def test_a_table_made_with_other_unicode_tables_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    source = next(iter(cue_more_needs.MORE_NEEDS))
    monkeypatch.setattr(cue_more_needs, "UNIDATA_VERSIONS", ("0.0.0",))
    assert known_more_needs(source) == ()


def _sample(items: list, rnd: random.Random) -> str:  # type: ignore[type-arg]
    """A string the parsed pattern may match (classes, anchors and look-arounds roughly: the
    caller keeps only samples the pattern really matches)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(chr(av))
        elif op in (c.NOT_LITERAL, c.ANY, c.IN):
            out.append(rnd.choice("a .é7"))
        elif op is c.BRANCH:
            out.append(_sample(rnd.choice(av[1]), rnd))
        elif op is c.SUBPATTERN:
            out.append(_sample(av[-1], rnd))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            out += [_sample(av[2], rnd) for _ in range(rnd.randint(av[0], min(av[1], av[0] + 2)))]
    return "".join(out)


@pytest.mark.parametrize("kind", tuple(notice_cues.CUES))
def test_every_generated_match_of_a_cue_holds_a_string_of_each_of_its_sets(kind: str) -> None:
    from re import _parser  # type: ignore[attr-defined]

    rnd = random.Random(1331)
    for cue in _CUES[kind].cues:
        parsed = _parser.parse(cue.source, re.IGNORECASE)
        for _ in range(40):
            sample = _sample(parsed, rnd)
            for text in (sample, sample.upper(), f"Word {sample.replace('s', 'ſ')} word.", sample.replace("i", "İ")):
                if cue.pattern.search(text):
                    folded = cue_fold(text)
                    assert all(any(x in folded for x in strings) for strings in cue.more), (cue.source, text)


@pytest.mark.skipif(unicodedata.unidata_version not in cue_needs.UNIDATA_VERSIONS,
                    reason="the shipped tables do not hold for this Python's Unicode tables: not read here")
def test_every_shipped_page_line_a_cue_matches_holds_a_string_of_each_of_its_sets() -> None:
    lines = [line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    lines = list(dict.fromkeys(lines + [line.upper() for line in lines]))
    checked = 0
    for kind in notice_cues.CUES:
        for cue in _CUES[kind].cues:
            for line in lines:
                if cue.more and cue.pattern.search(line):
                    checked += 1
                    folded = cue_fold(line)
                    assert all(any(x in folded for x in strings) for strings in cue.more), (cue.source, line)
    assert checked > 20
