"""A pattern asked branch by branch answers as the whole pattern does.

The notice features ask only whether a line is the site's copyright or legal line and whether it
speaks as "we"/"I"; :class:`archiver.extract.cue_match.AnyOf` asks each branch (or language) on
its own, each behind its needed-strings guard. These tests hold it to the joined pattern's
``search`` on every shipped page's lines, in upper case and with look-alike letters too.
"""

from __future__ import annotations

import functools
import re

import pytest
from shipped_pages import PAGES

from archiver.extract import notice_cues, notice_features
from archiver.extract.cue_match import AnyOf, cue_fold
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

# (the branch-by-branch test, the joined pattern it stands for: the one pattern each was before)
PAIRS = {
    "copyright": (notice_features._IS_COPYRIGHT_LINE, re.compile("|".join(notice_features._COPYRIGHT_BRANCHES), notice_features._F)),
    "voice": (notice_features._HAS_VOICE, notice_features._join(notice_cues.VOICE)),
}
MADE = [
    "© 2019 Example", "(c) by Jane", "COPYRIGHT 2020 Example", "  © 2021", "Alle Rechte vorbehalten", "1999 - 2024",
    "2005–2019 GlobalResearch.ca", "Impressum | © 2023 Example", "Home | ©2023", "Datenschutzerklärung",
    "Политика конфиденциальности", "PRIVACY", "We are", "Nós somos", "МЫ", "ich", "İ am", "nothing here", "",
    "a copyright notice 2020", "2019", "our", "Unser Team", "x | © 1999",
]


@functools.cache
def _lines() -> tuple[str, ...]:
    lines = [line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    lines += MADE
    return tuple(dict.fromkeys(lines + [x.upper() for x in lines] + [x.replace("s", "ſ").replace("i", "İ") for x in lines]))


def test_the_copyright_and_voice_tests_ask_every_branch_and_language():
    assert len(notice_features._IS_COPYRIGHT_LINE.parts) == len(notice_features._COPYRIGHT_BRANCHES)
    assert len(notice_features._HAS_VOICE.parts) == len(notice_cues.VOICE)


@pytest.mark.parametrize("name", PAIRS)
def test_any_of_the_branches_answers_as_the_joined_pattern_on_every_shipped_line(name: str):
    branches, joined = PAIRS[name]
    lines = _lines()
    assert len(lines) > 300
    found = 0
    for line in lines:
        expected = joined.search(line) is not None
        assert branches.holds(line, cue_fold(line)) is expected, line
        found += expected
    assert 0 < found < len(lines)  # both answers were given


def test_any_of_is_false_without_patterns_and_true_when_one_matches():
    assert AnyOf([]).holds("anything", "anything") is False
    both = AnyOf([re.compile(r"\bzebra\b", re.I), re.compile(r"ox\w*", re.I)])
    assert both.holds("An OXEN cart", cue_fold("An OXEN cart")) is True
    assert both.holds("a horse", "a horse") is False
