"""A line read without its invisible characters (soft hyphens, zero-width spaces and joiners) is
the text a substitution of their character class gives, found without compiling the class
(issue 13: ~0.1 ms of one ``archive URL``)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from archiver.extract import notices

SAMPLES = Path(__file__).resolve().parents[1] / "archiver" / "samples"

#: The class the lines were substituted with before, written out here as the specification.
CLASS = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

MADE = [
    "illus\u00adtra\u00adtive", "Photo:\u200b Jane\u200c Doe", "\ufeffEditor\u2019s note", "a\u2060b\u200dc",
    "\u00ad", "", "plain ASCII", "caf\u00e9 \u2014 no invisible one", "\u200b\u200b\u200b", "Fotos\u00ad: Tom Berg",
]


def _page_lines() -> list[str]:
    out = []
    for page in sorted(SAMPLES.glob("*.html")):
        text = re.sub(r"<[^>]*>", "\n", page.read_text(encoding="utf-8", errors="replace"))
        out += [html.unescape(x) for x in text.splitlines() if x.strip()]
    return out


def test_a_line_read_without_invisible_characters_is_the_class_substitution_of_it() -> None:
    for text in MADE + _page_lines():
        assert notices._visible(text) == CLASS.sub("", text), text


def test_each_invisible_character_is_one_the_class_names() -> None:
    assert sorted(notices._INVISIBLE_CHARS) == sorted(c for c in map(chr, range(0x10000)) if CLASS.fullmatch(c))


def test_credit_parts_read_a_credit_without_its_invisible_characters() -> None:
    parts = notices.credit_parts({0: ("Photo:\u00ad Jane\u200b Doe", 3), 1: ("Foto: Tom", 1)}, [0, 1])
    assert parts == {0: ("Photo: Jane Doe", 3), 1: ("Foto: Tom", 1)}
