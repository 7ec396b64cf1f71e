"""The notice pass finds the lines holding a cue stem with one automaton (pyahocorasick): the
same lines and kinds as looking for every stem of every kind in every line with ``in``.

``notices.lines_with_stems`` is held to that plain scan, written here from the rule alone (a
line of 4 to 5,000 characters compared in lower case; a credit stem on a line over 300
characters counts only when it starts in the line's last 200), on every shipped page's lines (as
they are, upper-cased, title-cased) and on seeded random lines built around the stems.
"""

from __future__ import annotations

import random

from shipped_pages import PAGES
from sweeps import FULL

from archiver.extract import notice_cues, notices
from archiver.extract.html import decode_html
from archiver.extract.page_lines import CTX_CAPTION, visible_lines_with_context
from archiver.extract.text import parse_html

#: every kind's stems as notice_cues writes them ("_" for a space), none left out
KIND_STEMS = {kind: {w.replace("_", " ") for w in words.split()} for kind, words in notice_cues.STEMS.items()}
STEMS = sorted(set().union(*KIND_STEMS.values()))
# the whitespace a page may set between a stem's words, and text glued around a stem
SPACES = (" ", "\u00a0", "\t", "\u2009", "\n")
FILLERS = ("x", " ", "the ", "İ", "ß", "\U0001f4f7", "é", "ﬁ", "\u00ad", "Σ")


def plain_scan(lines: list[str]) -> dict[int, set[str]]:
    """Which kinds' stems each line holds, by ``in`` for every stem of every kind."""
    out: dict[int, set[str]] = {}
    for i, line in enumerate(lines):
        low = line.lower()
        if not 4 <= len(low) <= 5000:
            continue
        for kind, stems in KIND_STEMS.items():
            part = low[len(low) - 200:] if kind == "image_credit" and len(low) > 300 else low
            if any(stem in part for stem in stems):
                out.setdefault(i, set()).add(kind)
    return out


def _random_lines(seed: int, count: int) -> list[str]:
    """Lines of random fillers and stems in random case and spacing, of lengths around the rule's
    bounds (3-5 characters, ~300 with a credit stem near the last 200, ~5,000)."""
    rnd = random.Random(seed)
    lines = []
    for _ in range(count):
        parts = []
        target = rnd.choice((4, 5, 40, 120, 290, 305, 420, 4990, 5010))
        size = 0
        while size < target:
            if rnd.random() < 0.3:
                piece = rnd.choice(STEMS).replace(" ", rnd.choice(SPACES))
                piece = rnd.choice((piece, piece.upper(), piece.title()))
            else:
                piece = rnd.choice(FILLERS) * rnd.randint(1, 40)
            parts.append(piece)
            size += len(piece)
        line = "".join(parts)
        lines.append(line[:target + rnd.randint(-3, 3)] if rnd.random() < 0.5 else line)
    return lines


def test_stem_lines_of_every_shipped_page_are_those_of_a_plain_scan():
    pages = [visible_lines_with_context(parse_html(decode_html(p.read_bytes(), "text/html").text))[0] for p in PAGES]
    assert len(pages) > 5
    found = 0
    for lines in pages:
        for variant in (lines, [line.upper() for line in lines], [line.title() for line in lines]):
            expected = plain_scan(variant)
            assert notices.lines_with_stems(variant) == expected
            found += len(expected)
    assert found > 100


# lines a page sets, each holding a stem of some kind in the page's own spacing and case
STEM_LINES = [
    "Originally published at Example News", "Own research shows", "do your own\u00a0research", "own\nresearch",
    "Photo: Getty Images", "FOTO:\u2003dpa", "Courtesy of the author", "(c) Jane Doe", "© 2024 Example",
    "Werbung · Anzeige", "Paid\u2009content", "pap/ East News", "Foto PAP", "n.b. this", "Anm. d. Red.",
    "Это материал от редакции", "ИСПРАВЛЕНО", "The cost to you is nil", "cost\u00a0to you", "x" * 400 + " photo: jane",
    "photo " + "x" * 400, "Brand content", "Brand\tpartner", "abc",
]


def test_stem_lines_of_lines_as_pages_set_them_are_those_of_a_plain_scan():
    variants = (STEM_LINES, [line.upper() for line in STEM_LINES], [line.title() for line in STEM_LINES])
    for lines in variants:
        assert notices.lines_with_stems(lines) == plain_scan(lines)
    assert len(plain_scan(STEM_LINES)) > 15  # (some are set so that no stem is in them)


def test_stem_lines_of_seeded_random_lines_are_those_of_a_plain_scan():
    lines = _random_lines(13, 1500)
    expected = plain_scan(lines)
    assert notices.lines_with_stems(lines) == expected
    assert len(expected) > 600
    # the tail rule was exercised both ways: long lines with a credit stem only before their tail
    long_credit = [i for i, line in enumerate(lines) if 300 < len(line) <= 5000
                   and any(stem in line.lower() for stem in KIND_STEMS["image_credit"])]
    assert sum("image_credit" in expected.get(i, ()) for i in long_credit) > 50
    assert sum("image_credit" not in expected.get(i, ()) for i in long_credit) > 50


def test_every_stem_alone_and_inside_words_is_found_for_each_of_its_kinds():
    """Each stem's lines are set with each of :data:`SPACES` for their spaces when the stem holds
    a space (where other whitespace makes another text); a stem of one word, whose lines' other
    spaces are not the stem's, with the space alone (with each, under ``ARCHIVER_FULL_SWEEPS=1``)."""
    for stem in STEMS:
        kinds = {kind for kind, stems in KIND_STEMS.items() if stem in stems}
        lines = [f"xx{stem}yy and a caption's words", f"The {stem.upper()} here"]
        assert kinds <= notices.lines_with_stems(lines)[0], stem
        for space in SPACES if FULL or " " in stem else SPACES[:1]:  # a stem's space is a space: other whitespace there is another text
            spaced = [line.replace(" ", space) for line in lines]
            assert notices.lines_with_stems(spaced) == plain_scan(spaced), stem


def test_a_credit_stem_counts_on_a_long_line_only_near_its_end():
    early = "Photo by the staff " + "x" * 400
    late = "x" * 400 + " Photo by the staff"
    assert "image_credit" not in notices.lines_with_stems([early]).get(0, set())
    assert "image_credit" in notices.lines_with_stems([late])[0]


def test_candidates_add_caption_lines_to_the_stem_lines():
    lines = ["A caption's short line", "Editor's note: this story was updated.", "plain words"]
    candidates = notices._candidates(lines, [CTX_CAPTION, 0, 0])
    assert candidates == {0: {"image_credit"}, 1: notices.lines_with_stems(lines)[1]}
    assert "editors_note" in candidates[1]


def test_no_stem_holds_the_line_break_the_lines_are_joined_by():
    assert not any("\n" in stem for stem in STEMS)
    lines = ["own", "research", "Originally", "published", "x" * 5001 + " photo: jane", "abc", "© 2024"]
    assert notices.lines_with_stems(lines) == plain_scan(lines)
