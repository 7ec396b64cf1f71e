"""A line is searched for the site's or author's voice ("we", "unser", "nous") only when one of its folded
words is a voice word: the answers are those of searching every line, because a match of a word list is a
whole word of the line, and folding keeps it one: a non-word character folds to a non-word character, and
a character that folds to a voice word's letter is a word character."""

from __future__ import annotations

import re

from shipped_pages import PAGES
from sweeps import code_points

from archiver.extract.cue_match import cue_fold
from archiver.extract.html import decode_html
from archiver.extract.notice_features import _HAS_VOICE, _voice, _voice_words
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

WORD = re.compile(r"\w")
MADE = ["We may earn a commission.", "WE", "wE", "Our view", "İ think", "I’m here", "us.", "(us)", "bus", "nous-mêmes",
        "Мы считаем", "НАШ", "Unser Team", "my_page", "I", "i18n", "Je pense", "ı", "mi casa", "io", "Ich", "Possiamo", ""]


def test_every_voice_pattern_is_a_word_list_so_the_prefilter_is_on():
    words = _voice_words()
    assert words is not None and {"we", "our", "unser", "nous", "мы"} <= words


def test_folding_keeps_each_character_one_character_and_a_non_word_character_one():
    # (a word character may fold to a non-word one: the Greek iota folds as the engine compares it, to
    # U+0345; no voice word holds it, so a voice word's run stays whole, see the next test).
    # The code points of tests/sweeps.py (all of them under ARCHIVER_FULL_SWEEPS=1)
    for code in code_points():
        c = chr(code)
        folded = cue_fold(c)
        assert len(folded) == 1, hex(code)
        if WORD.match(c) is None:
            assert WORD.match(folded) is None, hex(code)


def test_a_character_folding_to_a_voice_words_letter_is_a_word_character():
    words = _voice_words()
    assert words is not None
    letters = {ch for w in words for ch in w}
    for code in code_points():  # (tests/sweeps.py: all of them under ARCHIVER_FULL_SWEEPS=1)
        c = chr(code)
        if cue_fold(c) in letters:
            assert WORD.match(c), hex(code)


def test_voice_answers_as_searching_every_line():
    lines = set(MADE)
    for page in PAGES:
        lines.update(visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text)))
    assert len(lines) > 100
    for line in lines:
        folded = cue_fold(line)
        assert _voice(line, folded) == _HAS_VOICE.holds(line, folded), line
    assert _voice("We may earn a commission.", cue_fold("We may earn a commission."))
    assert not _voice("The bus left.", cue_fold("The bus left."))
