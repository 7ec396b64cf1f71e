"""The boilerplate cue test on a lower-cased paragraph says what the case-blind pattern says, and
the phrases searched by the cues a paragraph holds find what all of them searched at once find.

"For every code point" checks take the Basic Multilingual Plane whole, every 31st code point
above it and the class's boundaries; all 1,114,112 under ``ARCHIVER_FULL_SWEEPS=1``
(tests/sweeps.py ``code_points``).
"""

from __future__ import annotations

import random
import re

from shipped_pages import PAGES
from sweeps import code_points

from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import _CASE_ODD, _INLINE, _PHRASES_BY_CUE, _inline_phrase, parse_html


def test_every_character_the_engine_takes_for_a_cue_letter_lowers_to_it_or_is_an_odd_one():
    letters = sorted(set("".join(_PHRASES_BY_CUE)))
    blind = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    odd = []
    for code in code_points():
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        lowered = ch.lower()
        if (blind.fullmatch(ch) is not None) != (len(lowered) == 1 and lowered in letters):
            odd.append(ch)
    assert odd and all(ch in _CASE_ODD for ch in odd), odd


def test_the_cues_are_written_in_lower_case():
    assert all(cue == cue.lower() for cue in _PHRASES_BY_CUE)


#: Texts each inline phrase matches, beside its cue alone and odd letters the engine folds.
PHRASE_PIECES = ["Click the share buttons", "please share this", "SHARE THE STORY ON", "share this article with",
                 "Forward this article", "crosspost it on", "Teilen Sie diesen Artikel", "partagez cet article",
                 "comparte esta nota", "поделитесь статьей", "Sign up for our free daily newsletter",
                 "Newsletter abonnieren", "inscrivez-vous à notre newsletter", "suscríbete a nuestro boletín",
                 "подпишитесь на рассылку", "We use cookies", "this website uses cookies", "мы используем файлы cookie",
                 "ſhare this article with", "pleaſe share the", "İ", "ı", "\u1c82", "K", " ", "share", "cookie", "x"]


def test_the_phrases_of_the_cues_a_text_holds_find_what_every_phrase_finds_on_mixed_case_and_odd_letters():
    rng = random.Random(14)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(PHRASE_PIECES) for _ in range(rng.randrange(1, 4)))
        if rng.random() < 0.5:
            text = "".join(c.upper() if rng.random() < 0.5 else c for c in text)
        cut = text[rng.randrange(len(text) + 1):]
        for t in (text, cut):
            expected = _INLINE.search(t) is not None
            assert _inline_phrase(t) == expected, t
            found += expected
    assert found > 1000  # most texts hold a phrase: the comparison is not of two "no"s


def test_the_phrases_of_the_cues_a_line_holds_find_what_every_phrase_finds_on_the_shipped_pages():
    lines = [line for page in PAGES
             for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    assert [_inline_phrase(x) for x in lines] == [_INLINE.search(x) is not None for x in lines]
