"""The page read once for the per-line readers' words answers as each reader's own word test did.

``find_notices`` asks two readers of every line (the statements no cue reads, the page's own notes); each asked
whether the line held one of its words, folding and reading the line itself. :class:`archiver.extract.line_words.
WordGroups` folds each line once and reads the page once for both; these tests hold its answers to the readers' own
tests on every shipped page's lines (in upper case and with look-alike letters too) and on lines made at the edges.
"""

from __future__ import annotations

import functools
import re
import sys

import pytest
from shipped_pages import PAGES

from archiver.extract import notice_page_notes, notice_statements
from archiver.extract.cue_match import cue_fold
from archiver.extract.html import decode_html
from archiver.extract.line_words import WordGroups
from archiver.extract.notice_page_notes import NOTE_SPAN, NOTE_WORDS
from archiver.extract.notice_statements import SPAN, WORDS
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

MADE = [
    "AI wrote this article and an editor checked it.", "\tAI at the start after a tab, checked by an editor",
    "  this line ends with ai", "PRESSEMITTEILUNG der Stadt, hier die Details", "Preßemitteilung der Stadt, hier",
    "PRESSEİNFORMATION der Stadt und mehr Text", "We have UPDATED this guide with new picks", "ﬁnal ﬂow of the data",
    "ΟΔΟΣ ΑΣ data at the end ΑΣ", "Ниже исходный текст заявления", "a\nline holding a break: the original text",
    "x" * 14 + " data", "short data", "", "   ", "data " * 80, "data " * 79 + "date",
]


@functools.cache
def _lines() -> tuple[str, ...]:
    lines = [line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    lines += MADE
    return tuple(dict.fromkeys(lines + [x.upper() for x in lines] + [x.replace("s", "ſ").replace("i", "İ") for x in lines]))


def test_casefolding_keeps_whitespace_whitespace_and_makes_none_from_anything_else():
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        folded = c.casefold()
        if c.isspace():
            assert folded == c, hex(code)
        else:
            assert folded and not any(x.isspace() for x in folded), hex(code)


@pytest.mark.parametrize("lines_from", ["page order", "reversed"])
def test_each_lines_groups_are_the_readers_own_word_tests(lines_from: str):
    lines = list(_lines()) if lines_from == "page order" else list(reversed(_lines()))
    shortest, longest = min(SPAN[0], NOTE_SPAN[0]), max(SPAN[1], NOTE_SPAN[1])
    held = WordGroups((WORDS, NOTE_WORDS)).by_line(lines, shortest, longest)
    assert len(held) == len(lines) > 300
    both = {1: 0, 2: 0}
    for line, bits in zip(lines, held, strict=True):
        text = line.strip()
        if not shortest <= len(text) <= longest:
            assert bits == 0, line
            continue
        statements = any(w in f" {text.casefold()} " for w in WORDS)  # notice_statements' test
        notes = any(w in line.casefold() for w in NOTE_WORDS)  # notice_page_notes' test, on the line unstripped
        assert (bool(bits & 1), bool(bits & 2)) == (statements, notes), line
        both[1] += statements
        both[2] += notes
    assert all(both.values())  # both groups were found somewhere


def test_a_word_at_a_lines_edge_is_found_on_that_line_only():
    held = WordGroups((("ai", " ai "),)).by_line(["ai wrote it here", "nothing at all here", "it was written by ai"], 1, 99)
    assert held == [1, 0, 1]


def test_a_word_that_is_not_casefolded_or_holds_a_line_break_is_refused():
    with pytest.raises(ValueError, match="casefolded"):
        WordGroups((("Data",),))
    with pytest.raises(ValueError, match="line break"):
        WordGroups((("a\nb",),))


# The per-line readers' patterns, each tried only on a line holding the strings its matches need (a Guarded pattern):
# their answers are the patterns' own.
GUARDED = {"statements._ORIGINAL_BELOW": notice_statements._ORIGINAL_BELOW,
           "statements._AUTOMATION": notice_statements._AUTOMATION,
           "statements._AS_OF_DATE": notice_statements._AS_OF_DATE,
           "page_notes._PRESS_RELEASE": notice_page_notes._PRESS_RELEASE,
           "page_notes._OWN_UPDATE": notice_page_notes._OWN_UPDATE}
STATEMENTS = [
    "Below is the original announcement from 12/16/25", "This article was created using automation technology and "
    "thoroughly fact-checked and edited by Jane Doe", "The information provided is based on the published date.",
    "This is a press release which we link to from our news page.", "We have revised this guide with new picks.",
    "Dies ist eine Pressemitteilung der Stadt.", "Материал подготовлен с помощью ИИ и проверен редактором",
]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_readers_guarded_pattern_answers_as_the_pattern_does(name: str):
    guarded = GUARDED[name]
    pattern = re.compile(guarded.pattern.pattern, guarded.pattern.flags)
    texts = [*STATEMENTS, *(x.upper() for x in STATEMENTS), *_lines()]
    assert any(pattern.search(t) for t in texts)  # the comparison is not between two patterns that never match
    for text in texts:
        found, expected = guarded.search(text, cue_fold(text)), pattern.search(text)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), text
