"""The credit patterns that no longer compile the marker (or the agencies) into themselves answer as
the patterns they replace, spans included.

Issue 13: the ~500-character marker alternation was compiled into six patterns and the ~100
agencies into five rules, ~12 ms of one ``archive URL``. Each pattern below is the old one, built
from the same parts; each reformulation is held to it on every line of the shipped and test pages,
every string the notice tests hold (real lines of labelled pages), and made-up lines that try its
edges (a marker that backtracks to a shorter one, "photo illustration" against "photo", a marker
ending on its stop, leading and trailing non-word characters, line breaks where ``.*`` and ``$``
read them differently). The made-up lines are every lead x marker x separator x tail (54,432)
with ``ARCHIVER_FULL_SWEEPS=1`` (tests/sweeps.py); ``make test`` takes every 9th of them, which
still pairs every lead, marker, separator and tail with each other.
"""

from __future__ import annotations

import ast
import functools
import itertools
import re
from pathlib import Path

import pytest
from shipped_pages import PAGES
from sweeps import sized

from archiver.extract import notice_credit_forms as forms
from archiver.extract import notice_credits as credits
from archiver.extract.cue_match import cue_fold
from archiver.extract.html import decode_html
from archiver.extract.notice_credit_forms import (
    _AGENCY,
    _CREDIT_MARKER,
    _F,
    _IMAGE_CREDIT_PATTERNS,
    _PHOTO_LIBRARY,
)
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

REPO = Path(__file__).resolve().parents[1]
NOTICE_TESTS = sorted([*(REPO / "tests").glob("test_notice*.py"), REPO / "tests" / "notice_pages.py"])

# The patterns as they were (notices.py before issue 13's split).
OLD_BARE_MARKER = re.compile(r"^\W{0,3}" + _CREDIT_MARKER + r"\W{0,3}$", _F)
OLD_GLUED_CREDIT = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))(?=" + _CREDIT_MARKER + r"\s*[:：©])", _F)
OLD_SENTENCE_AFTER_LABEL = re.compile(
    r"^\W{0,3}" + _CREDIT_MARKER + r"\s*[:：]\s*(?=(?:\S+\s+){7,})(?=(?:.*?\s(?-i:[a-zß-öø-ÿа-яё])[\w'’-]*){4})"
    r"(?!.*(©|\(c\)|\b(by|von|par|por|di|de|da|от|courtesy|via)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])|\b" + _AGENCY + r"\b|"
    + _PHOTO_LIBRARY + r")).*[.!?…]\W{0,2}$", _F)
OLD_MARKER_PREFIX = re.compile(
    r"^\W{0,3}(" + _CREDIT_MARKER + r"\b|credits?|crédit|crédito|bildrechte|courtesy( of)?|source|quelle|fuente|"
    r"fonte|источник|źródło)?(\s*\((cc|c)\))?\s*(credits?|courtesy|source|quelle|crédit|crédito|автор)?\s*[:：©|/–—-]?\s*",
    _F,
)

LEADS = ["", " ", "- ", "((", "- (", "....", "\n", ":", "„"]
MARKERS = ["Photo", "photo illustration", "Photos", "Photographers", "Foto(s)", "Fotos", "Bild", "Bilder", "Abb.",
           "Fot.", "Featured image", "featured-photo", "Header Photo illustration", "Infografiken", "Pressefoto",
           "Фото", "фотография", "ΦΩΤΟΓΡΑΦΊΑ", "Ill.", "Imagen", "Credit", "Courtesy of", "Source", "Photoshop",
           "Graphics", "FOTO"]
SEPARATORS = ["", ":", " :", "  ：", "©", " © ", " | ", "/ ", " – © ", " (c)", " (cc) credit:", " credit", "\n:", ": \n",
              " by", " – "]
TAILS = ["", " Jane Doe", " 123", " 476.764", " wer der hektik des alltags entfliehen möchte, ist hier gut aufgehoben.",
         " Wer der Hektik des Alltags entfliehen möchte, ist hier von Jane gut aufgehoben.",
         " a b c d e f g h.", " the storm hits the coast and the town is under water today!",
         " the storm hits the coast and the town is under water, Reuters reports.", " x\nthe storm hits the coast and the town.",
         " the storm hits the coast and the town is under water.\n© Jane", " Jane Doe / Getty Images", "..", "a"]
MADE = [
    "photo illustration: 123", "Photo illustration: Jane Doe", "Abb.", "Abb.:", "Fot.", " - Foto(s) ", "Foto(s):",
    "der Kartellbehörden.Foto: Example", "word.Photo illustration : X", "ab.Photo: x", "Xy.Photographers©",
    "end.Fotos (c) x", "end.Foto\n: x", "text.PHOTO:x", "Hi.Photo illustration:x", "ABC.Bild© x", "aa.Bildquelle :x",
    "Reuters", "AP", "ap", "Jane Doe, AP", "- (Jane Doe, AP", "Jane de la Doe, Reuters", "Jane Doe, Associated Press/Example",
    "AFP via Getty Images", "Jane Doe/Anadolu Agency via Getty Images", "dpa/Jane Doe Im Oktober trafen sich die Minister",
    "picture alliance | Jane Doe", "Reuters photos.de", "Getty Images pictures , via Unsplash.com)", "123rf", "EPA-EFE",
    "Jupiterimages, Getty Images/Creatas RF", "(Jane Doe/Reuters)", "Jane Doe / AP", "AP Photo/Jane Doe",
    "Based on a bilateral 2001 agreement, Reuters", "A B C D E F, AP", "A B C D E F G, AP", "x y, AP", ",,Jane, AP",
    "Image: Jane Doe", "Foto – © Jane Doe", "Image — CC BY Jane Doe", "Fotos – Die schönsten Bilder des Festes",
    "Foto | Jane", "Foto / Jane", "Foto/Jane", "\u201cFoto: Jane\u201d", "Foto\uff1aJane",
]


def _strings_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and 0 < len(n.value) < 2000]


@functools.cache
def _lines() -> tuple[str, ...]:
    lines = [line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    lines += [s for path in NOTICE_TESTS for s in _strings_of(path)]
    lines += MADE
    made = list(itertools.product(LEADS, MARKERS, SEPARATORS, TAILS))
    lines += ["".join(parts) for parts in made[::sized(9, 1)]]
    return tuple(dict.fromkeys(lines + [x.upper() for x in lines[:3000]]))


def test_the_lines_hold_the_forms_each_pattern_finds():
    lines = _lines()
    assert len(lines) > sized(6_000, 50_000)
    assert sum(bool(OLD_BARE_MARKER.match(x)) for x in lines) > 100
    assert sum(bool(OLD_SENTENCE_AFTER_LABEL.match(x)) for x in lines) > 100
    assert sum(bool(OLD_GLUED_CREDIT.search(x)) for x in lines) > 10


def test_the_marker_widths_are_the_regex_parsers():
    assert re._parser.parse(_CREDIT_MARKER, _F).getwidth()[1] == forms.MARKER_WIDTH  # type: ignore[attr-defined]
    alone = _IMAGE_CREDIT_PATTERNS[forms._AGENCY_ALONE].replace(r"\s*", "").replace(r"\s+", "")
    assert re._parser.parse(alone, _F).getwidth()[1] == forms.AGENCY_ALONE_WIDTH  # type: ignore[attr-defined]


def test_a_bare_marker_is_found_as_the_old_pattern_found_it():
    for line in _lines():
        assert forms.bare_marker(line) is bool(OLD_BARE_MARKER.match(line)), line


def test_a_sentence_after_a_picture_label_is_found_as_the_old_pattern_found_it():
    for line in _lines():
        assert credits._sentence_after_label(line) is bool(OLD_SENTENCE_AFTER_LABEL.match(line)), line


def test_what_a_credits_marker_and_label_leave_is_the_old_patterns_remainder():
    for line in _lines():
        assert credits._after_marker_prefix(line) == OLD_MARKER_PREFIX.sub("", line, count=1), line


@pytest.mark.parametrize("cut", [None, credits._CAPTION_TAIL])
def test_a_glued_credit_starts_where_the_old_pattern_said(cut: int | None):
    for line in _lines():
        tail = line[-cut:] if cut else line
        assert credits._glued_credits(tail) == [m.end() for m in OLD_GLUED_CREDIT.finditer(tail)], tail


def test_a_rule_is_skipped_only_on_lines_where_it_finds_nothing():
    rules = [re.compile(p, _F) for p in _IMAGE_CREDIT_PATTERNS]
    lines = _lines()
    skipped = 0
    for index, rule in enumerate(rules):
        for line in lines:
            if not forms.rule_may_match(index, line, cue_fold(line)):
                skipped += 1
                assert rule.search(line) is None, (index, line)
    assert skipped > 10_000


def test_a_rule_asked_behind_its_guards_answers_as_the_rule():
    """The loop of credit_features asks a rule only when both guards let the line through: the
    same match as searching with the rule, for every rule and line."""
    for index, rule in enumerate(forms._IMAGE_CREDIT):
        plain = re.compile(_IMAGE_CREDIT_PATTERNS[index], _F)
        for line in _lines()[::7]:
            got = rule.search(line, cue_fold(line)) if forms.rule_may_match(index, line, cue_fold(line)) else None
            want = plain.search(line)
            assert (got and got.span()) == (want and want.span()), (index, line)


LABEL_MADE = [
    "N.D.L.R.: la suite", "NDLR : la suite", "ndlr", "(NDLR)", "— ndlr —", "n.d.l.r", "n.d.r.: segue", "N.d.R.",
    "Nota della redazione: segue", "Note de la rédaction : suite", "Editor's note: this story", "Editor’s Note —",
    "N.d.l.r.: Note de la rédaction: x", "ndlr: editor's note: x", "Nota: x", "ndlrx: y", "n.d.l.r.x:",
    "Note to readers: please click the share buttons below.", "nota del editor: x", "Прим. ред.: x", "- NDLR -",
    "Anm. d. Red.: x", "nd: x", "n.dlr: x", "ndl.r.: x", "N.D.L.R", "...Ndlr:", "ed. note: x", "Updated: x",
]


def test_a_label_asked_in_runs_answers_as_its_whole_pattern():
    from archiver.extract import notice_cues, notice_features

    lines = [*_lines()[::3], *LABEL_MADE, *(x.upper() for x in LABEL_MADE)]
    for table in (notice_features._LABELS, notice_features._LABEL_WORD_ONLY):
        for kind in notice_cues.LABELS:
            label = table[kind]
            whole = re.compile(label.pattern.pattern, label.pattern.flags)
            for line in lines:
                got, want = label.match(line, cue_fold(line)), whole.match(line)
                assert (got and got.span()) == (want and want.span()), (kind, line)


def test_the_editors_note_label_is_three_runs_and_a_note_to_readers_compiles_none_of_its_words():
    from archiver.extract import notice_cues, notice_features

    for tail, weak in ((notice_features._LABEL_TAIL, "NDLR : la suite"), (notice_features._WORD_ONLY_TAIL, "(NDLR)")):
        label = notice_features._Label(notice_features._branches("|".join(notice_cues.LABELS["editors_note"].values())), tail)
        assert len(label.parts) == 3
        line = "Note to readers: please click the share buttons below. Forward this article to your email lists."
        assert label.match(line, cue_fold(line)) is None
        assert label.parts[0]._match is None and label.parts[2]._match is None  # guarded: not compiled
        assert label.match(weak, cue_fold(weak)) is not None


def test_a_line_holding_a_labels_word_further_on_compiles_none_of_its_runs():
    """"... of the author(s)" holds "author" (of "author's note") but opens as no editor's note
    does: the seed page's disclaimer line compiled two of the label's runs (~1 ms) before the
    runs were asked how a line opens too."""
    from archiver.extract import notice_cues, notice_features

    line = "Disclaimer: The contents of this article are of sole responsibility of the author(s)."
    for tail in (notice_features._LABEL_TAIL, notice_features._WORD_ONLY_TAIL):
        label = notice_features._Label(notice_features._branches("|".join(notice_cues.LABELS["editors_note"].values())), tail)
        assert label.match(line, cue_fold(line)) is None
        assert all(part._match is None for part in label.parts)


def test_a_regex_alternation_splits_at_its_top_level_bars_only():
    from archiver.extract.notice_features import _branches

    assert _branches(r"a|b(c|d)|[|]e|f\|g|(?:h|i)j") == ["a", "b(c|d)", "[|]e", r"f\|g", "(?:h|i)j"]


def test_the_seed_article_compiles_the_marker_once_and_no_agency_rule(fresh_extraction):
    """One extraction of the bundled article in a fresh process: its credit ("Featured image is from
    Moscow Times") compiles the marker alone, the marker opening a line and the rule that matched,
    nothing else that holds the marker or the agencies (tests/fresh_probe.py; before it, the
    process had compiled none of them)."""
    assert not any(marker or agency for marker, agency in fresh_extraction["after_notices"]["credit_patterns"])
    found = fresh_extraction["seed"]["credit_patterns"]
    assert sum(marker for marker, _ in found) == 3
    assert not any(agency for _, agency in found)
