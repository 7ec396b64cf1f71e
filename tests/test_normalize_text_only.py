"""The text-only normalisation the text index uses gives exactly the string :func:`normalize` gives.

``normalized_text`` skips the offset maps (two per character) that indexing never reads; these
tests hold it to ``normalize(...).text`` byte for byte, on the shipped sample pages' extracted
text and on Unicode that every step of the walk treats specially.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.extract import extract
from archiver.quotes.normalize import ALL_STEPS, CHAR_STEPS, normalize, normalized_text
from archiver.store.textindex import index_form

REPO = Path(__file__).resolve().parents[1]
PAGES = sorted([*(REPO / "archiver" / "samples").glob("*.html"), *(REPO / "archiver" / "samples").glob("*.pdf"),
                *(REPO / "tests" / "data" / "extract").glob("*.html")])
OPTIONS = [
    {},
    {"unbracket": 1},
    {"unbracket": 2},
    {"keep_hyphen": True},
    *({"steps": ALL_STEPS - {step}} for step in CHAR_STEPS),
    {"steps": frozenset()},
]
OPTION_IDS = ["default", "unbracket", "asides", "keep_hyphen", *(f"without_{step}" for step in CHAR_STEPS), "no_steps"]
TRICKY = [
    "plain ascii text",
    "",
    "“Curly” ‘quotes’ „low“ «guillemets» ‹single› ″double prime″ ＂fullwidth＂",
    "En – dash, em—dash, minus − sign, double -- hyphen, a - spaced one, fullwidth －",
    "no\u00a0break\u202fnarrow\u2009thin\u3000ideographic   runs\t\tof\n\nwhitespace\r\n",
    "French « guillemets » and punctuation : yes ; no ? oui !",
    "hyphen-\nation, soft\u00adhyphen, soft\u00ad\n hyphen, non\u2011breaking\u2011hyphen-\n  Line",
    "zero\u200bwidth\u200cnon\u200djoiner\u2060word\ufeffjoiner, bidi\u202emark\u202c",
    "ligatures ﬁ ﬂ ﬀ ﬃ, ½ ², Ⅻ, ㎏, fullwidth ＡＢＣ, circled ①",
    "combining e\u0301 a\u0308 o\u0302\u0323 and precomposed é ä, stacked x\u0300\u0301\u0302",
    "Turkish İstanbul ıi, German Straße STRASSE ẞ, Greek ΣΊΣΥΦΟΣ σς, Kelvin \u212a, long ſ",
    "astral 𝐀𝐁𝐂 𝔄 emoji 😀👍🏽 family 👨‍👩‍👧 flags 🇩🇪",
    "The figures (reported by the WSJ) have [sic] risen (w)e [sic!] ( sic ) [a] (b)",
    "Кириллица — «цитата» и т. д.; 中文，标点。日本語の「かぎ括弧」",
    "\u0300leading combining, trailing dash —",
    "ǅ titlecase ǈ ǋ, Ĳ ĳ Ŀ ŀ ŉ ſ ƀ, ligature Œ œ Æ æ",
]


def _texts() -> list[str]:
    out = []
    for page in PAGES:
        ctype = "application/pdf" if page.suffix == ".pdf" else "text/html"
        art = extract(page.read_bytes(), content_type=ctype, url=f"https://example.org/{page.stem}")
        out += [art.text or "", art.page_text or ""]
    return [t for t in out if t]


@pytest.fixture(scope="module")
def page_texts() -> list[str]:
    texts = _texts()
    assert len(texts) >= 10
    return texts


@pytest.mark.parametrize("options", OPTIONS, ids=OPTION_IDS)
def test_text_only_normalisation_equals_normalize_on_every_shipped_page(page_texts: list[str], options: dict):
    for text in page_texts:
        assert normalized_text(text, **options) == normalize(text, **options).text


@pytest.mark.parametrize("options", OPTIONS, ids=OPTION_IDS)
@pytest.mark.parametrize("text", TRICKY, ids=[f"tricky{i}" for i in range(len(TRICKY))])
def test_text_only_normalisation_equals_normalize_on_tricky_unicode(text: str, options: dict):
    assert normalized_text(text, **options) == normalize(text, **options).text


@pytest.mark.parametrize("text", TRICKY, ids=[f"tricky{i}" for i in range(len(TRICKY))])
def test_index_form_is_the_folded_normalisation_without_brackets(text: str):
    assert index_form(text) == normalize(text, unbracket=1).folded


def test_index_form_of_every_shipped_page_is_unchanged(page_texts: list[str]):
    for text in page_texts:
        assert index_form(text) == normalize(text, unbracket=1).folded
