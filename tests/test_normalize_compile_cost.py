"""The normaliser's patterns, rewritten to compile fast, match what they matched before.

Why rewritten: Python's regex compiler (pure Python) walks every range of a character class one
code point at a time, and the classes holding ``_CHANGING`` ended in a range of 1.1 million code
points, ~9 ms of one ``archiver archive URL`` (issue 13). They are now written as negated classes
of what they leave out. These tests hold the new classes to the old ones on every code point,
and the whole normaliser (``normalize`` and ``normalized_text``, every option) to the output it
gives with the patterns built the old way, on the shipped and test pages' texts, the test data's
text files and generated strings of every class boundary. ``make test`` checks every code point
of the Basic Multilingual Plane, the boundaries and every 31st code point above it, and 400
generated strings; ``ARCHIVER_FULL_SWEEPS=1`` (tests/sweeps.py) every code point and 2,000.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from sweeps import code_points, sized

from archiver.core import lazy_re
from archiver.extract import extract
from archiver.quotes import normalize as nz

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
C, D, NB = nz._CHANGING, nz._DASH_CHARS, nz._NBSPS

#: (the class as it was written before, the class as written now)
CLASSES = [
    (rf"[{C}{D}{NB}]", nz._CHANGING_CLASS),
    (rf"[\-\[\]()«‹{C}{D}]", nz._SPECIAL_CLASS),
    (rf"[\s\-\[\]()«‹{C}{D}]", nz._SPACE_OR_SPECIAL_CLASS),
]

# Every code point on either side of a boundary of the classes above, and of the other classes
# the patterns hold (whitespace, brackets, dashes, guillemets, combining marks).
BOUNDARIES = sorted({
    *range(0x00, 0x80), 0x85, 0xA0, 0xAB, 0xBB, 0xAD, *range(0xBE, 0xC2), *range(0x12F, 0x183),
    0x300, 0x301, 0x36F, 0x370, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF, 0x20D0, 0x20FF, 0xFE20, 0xFE2F,
    0x1680, *range(0x2000, 0x2016), 0x2028, 0x2029, 0x202F, 0x2039, 0x203A, 0x205F, 0x2060, 0x2212,
    0x3000, 0xFE58, 0xFE63, 0xFEFF, 0xFF02, 0xFF0D, 0xFFFF, 0x10000, 0x1D400, 0x1F600, 0x10FFFF,
    0x0416, 0x0436, 0x4E2D, 0x65E5, 0x0131, 0x0130, 0x212A, 0xFB01,
})


def _old_pattern(asides: bool, combining: bool) -> re.Pattern[str]:
    """``_pattern`` as it was built before the negated classes (the reference)."""
    alternatives = list(nz._ALTERNATIVES)
    if asides:
        alternatives.insert(2, nz._ASIDE)
    if combining:
        alternatives[-1] = rf"(?P<uni>.[{nz._COMBINING}]+|[{C}{D}{NB}])"
        return re.compile("|".join(alternatives), re.DOTALL)
    alternatives[-1] = rf"(?P<uni>[{C}{D}{NB}])"
    guard = rf"(?:(?=[^\S ]|[\-\[\]()«‹{C}{D}])|(?= [\s\[(;:?!»›\-{D}])|(?<=[«‹])(?= ))"
    return re.compile(guard + "(?:" + "|".join(alternatives) + ")", re.DOTALL)


OLD_GUARD_AT = lazy_re.compile(
    rf"[\s\-\[\]()«‹{C}{D}](?:(?<=[^ ])|(?=[\s\[(;:?!»›\-{D}])|(?<=[«‹] ))", re.DOTALL)


def _generated() -> list[str]:
    """Seeded strings of boundary code points, mixed scripts and the normaliser's specials."""
    rng = random.Random(1330)
    alphabet = [chr(c) for c in BOUNDARIES] + [
        " ", " ", "a", "é", "Ж", "-\n", "(sic)", " [sic!] ", " (an aside) ", "«  ", "‹ ", " - ", "--",
        "e\u0301", "x\u0300\u0301", "\u00ad\n", "word", "Ĳssel", "ﬁ", "😀", "\u200b",
    ]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(sized(400, 2000))]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Real texts (every shipped and test page's extracted text, the test data's .txt files)
    and the generated strings."""
    out: list[str] = []
    pages = [*(REPO / "archiver" / "samples").glob("*.html"), *(DATA / "extract").glob("*.html")]
    for page in sorted(pages):
        art = extract(page.read_bytes(), content_type="text/html", url=f"https://example.org/{page.stem}")
        out += [art.text or "", art.page_text or ""]
    out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*.txt"))]
    return [t for t in out if t] + _generated()


@pytest.mark.parametrize(("old", "new"), CLASSES, ids=["changing", "special", "space_or_special"])
def test_negated_class_holds_exactly_the_code_points_of_the_class_it_replaces(old: str, new: str) -> None:
    points = code_points(*BOUNDARIES)
    every = "".join(map(chr, points))
    assert [m.start() for m in re.finditer(new, every)] == [m.start() for m in re.finditer(old, every)]


@pytest.mark.parametrize(("asides", "combining"), [(False, False), (True, False), (False, True), (True, True)])
def test_special_pattern_finds_the_matches_of_the_old_one(texts: list[str], asides: bool, combining: bool) -> None:
    new, old = nz._pattern(asides, combining), _old_pattern(asides, combining)
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in new.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in old.finditer(text)], text


def test_guard_scan_stops_where_the_old_one_did(texts: list[str]) -> None:
    for text in texts:
        assert [m.span() for m in nz._GUARD_AT.finditer(text)] == [m.span() for m in OLD_GUARD_AT.finditer(text)]


OPTIONS = [{}, {"unbracket": 1}, {"unbracket": 2}, {"keep_hyphen": True},
           *({"steps": nz.ALL_STEPS - {step}} for step in nz.CHAR_STEPS), {"steps": frozenset()}]


def test_normalised_output_and_offsets_are_those_of_the_old_patterns(
        texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    new = [[(r := nz.normalize(t, **o)).text, r.starts, r.ends, r.applied, nz.normalized_text(t, **o)]
           for t in texts for o in OPTIONS]
    monkeypatch.setattr(nz, "_pattern", _old_pattern)
    monkeypatch.setattr(nz, "_GUARD_AT", OLD_GUARD_AT)
    old = [[(r := nz.normalize(t, **o)).text, r.starts, r.ends, r.applied, nz.normalized_text(t, **o)]
           for t in texts for o in OPTIONS]
    assert new == old
