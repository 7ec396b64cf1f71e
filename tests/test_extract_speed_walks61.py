"""Work an extraction did more than once, cut (branch speed61, issue 13): each reader gives the answers of its former
form, on every shipped page and on made edges.

- ``author_box.author_box_credit`` reads the lines an author box may stand in once (:func:`card_window`: stripped,
  folded, cut at a comments heading) for its two card readers, which each walked and folded them before;
- ``code_blocks.InCode`` collapses the page's lines once for all the notices a code sample holds, not once a notice;
- ``notice_credits.under_pictures`` walks a picture's ancestors once and asks each figure once for its caption;
- ``notice_credits._read_credit`` asks whether a line is a breadcrumb trail once a line, not at each rule's match.

The former forms are kept below, as they were at main 1785f10a, to be compared with.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from shipped_pages import PAGES

from archiver.extract import notice_credits
from archiver.extract.author_box import (
    _ABOUT_AUTHOR,
    _CARD_LINES,
    _LABEL_WORDS,
    _about_named,
    _author_card,
    _bio_name,
    _closing_section,
    _credited_before,
    _label_under,
    _labelled_card,
    _named_in_story,
    _opens_bio,
    author_box_credit,
    card_window,
)
from archiver.extract.box_headings import other_box_heading
from archiver.extract.code_blocks import InCode, code_texts, in_code
from archiver.extract.cue_match import cue_fold
from archiver.extract.html import decode_html
from archiver.extract.media import pictures
from archiver.extract.notice_credits import (
    _MAX_CREDIT_LINE,
    SOURCE_OPENS,
    _first_text_after,
    _links_to_a_page,
    _small_lines_after,
    under_pictures,
)
from archiver.extract.page_lines import CTX_CAPTION, CTX_CREDIT, visible_lines
from archiver.extract.signals import (
    clean_authors,
    comments_heading,
    credit_lead,
    credit_line,
    date_at,
    full_name,
    name_kind,
)
from archiver.extract.text import parse_html


def _page_text(page: Path) -> str:
    return decode_html(page.read_bytes(), "text/html").text


@cache
def _page_lines(page: Path) -> tuple[str, ...]:
    tree = parse_html(_page_text(page))
    assert tree is not None
    return tuple(visible_lines(tree))


# --- the author box's two card readers -------------------------------------------------------------------------------


def _former_author_card(lines: Sequence[str], last: int, captions: frozenset[int] = frozenset()) -> list[str]:
    """``author_box._author_card`` before branch speed61: its own walk of the lines under the story."""
    for i in range(last + 1, min(last + 1 + _CARD_LINES, len(lines) - 2)):
        line = lines[i].strip()
        if comments_heading(line):
            return []
        if cue_fold(line.rstrip(" :：")) not in _ABOUT_AUTHOR:
            named = _about_named(line, lines[i + 1].strip())
            if named:
                return [] if _named_in_story(lines, last, named[0].split()[-1], named[0]) else named
            continue
        name, bio = lines[i + 1].strip(), lines[i + 2].strip()
        words = name.split()
        if not full_name(name):
            bio_named = _bio_name(name)
            return [] if not bio_named or _named_in_story(lines, last, bio_named.split()[-1], bio_named, captions) \
                or not _credited_before(lines, i, bio_named) else [bio_named]
        if name_kind(name) != "person":
            return []
        first = words[0] if len(words) > 1 else name
        if bio.startswith(name) or (len(words) > 1 and bio.startswith(first + " ")):
            return [] if _named_in_story(lines, last, words[-1], name, captions) else [name]
        return []
    return []


def _former_labelled_card(lines: Sequence[str], last: int, captions: frozenset[int] = frozenset()) -> list[str]:
    """``author_box._labelled_card`` before branch speed61: its own walk of the lines under the story."""
    for i in range(last + 1, min(last + 1 + _CARD_LINES, len(lines) - 2)):
        line = lines[i].strip()
        if comments_heading(line):
            return []
        label = cue_fold(line.rstrip(" :："))
        if label in _LABEL_WORDS and i > last + 1:
            name = lines[i - 1].strip()
        elif label in _LABEL_WORDS:
            name = ""
        else:
            continue
        bio = lines[i + 1].strip()
        if not name or not _opens_bio(bio, name):
            credited = credit_line(bio) and len(bio) <= 60
            name = " ".join(clean_authors(bio[credit_lead(bio) or 0:], led=True)[:1]) if credited else ""
            bio = lines[i + 2].strip()
        if not name or not full_name(name) or name_kind(name) != "person" or not _opens_bio(bio, name):
            continue
        if any(other_box_heading(lines[k]) for k in range(max(last + 1, i - 3), i)):
            continue
        read = [("" if line.startswith(name + " ") and date_at(line[len(name):].strip()) else line) for line in lines]
        return [] if _named_in_story(read, last, name.split()[-1], name, captions) else [name]
    return []


def _former_author_box_credit(lines: Sequence[str], last: int | None,
                              captions: frozenset[int] = frozenset()) -> list[str]:
    if last is None:
        return []
    return _former_author_card(lines, last, captions) or _label_under(lines, last) or \
        _closing_section(lines, last, captions) or _former_labelled_card(lines, last, captions)


#: Author boxes in both card layouts, with a comments section's heading before one of them, a label with its colon,
#: folded words (case, a trailing colon), a name the story names, and lines too few for a box at the page's end.
_CARD_EDGES: tuple[tuple[str, ...], ...] = (
    ("A headline", "By Jane Roe", "The story's only paragraph ends here.", "Share this", "About the author :",
     "Jane Roe", "Jane Roe is a reporter covering the harbour.", "Related stories", "More"),
    ("The story's only paragraph.", "Allyn Jayawon", "AUTHOR", "Allyn is the SEO Specialist at Example.", "Tags"),
    ("The story's only paragraph.", "Authors:", "Posted by : Ryan Bald", "Ryan Bald is the Vice President of Sales.",
     "x", "y"),
    ("The story's only paragraph.", "3 Comments", "About the author", "Jane Roe", "Jane Roe is a reporter.", "x"),
    ("The story's only paragraph.", "Kommentare (3)", "Autor", "Anna Berg ist Redakteurin.", "x", "y"),
    ("Jane Roe said the pier would close.", "About the author", "Jane Roe", "Jane Roe is a reporter.", "x", "y"),
    ("The story's only paragraph.", "  About the Author  ", "  Jane Roe ", " Jane covers the harbour.", "x"),
    ("The story's only paragraph.", "About the author", "Jane Roe"),
    ("The story's only paragraph.",),
)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_author_box_reads_every_page_as_before_under_each_of_its_lines(page: Path):
    lines = _page_lines(page)
    for last in range(len(lines)):
        assert author_box_credit(lines, last) == _former_author_box_credit(lines, last), last


@pytest.mark.parametrize("lines", _CARD_EDGES, ids=[f"edge{i}" for i in range(len(_CARD_EDGES))])
def test_the_author_box_reads_the_made_cards_as_before(lines: tuple[str, ...]):
    for last in (None, *range(len(lines))):
        assert author_box_credit(lines, last) == _former_author_box_credit(lines, last)


@pytest.mark.parametrize("lines", _CARD_EDGES, ids=[f"edge{i}" for i in range(len(_CARD_EDGES))])
def test_each_card_reader_alone_answers_as_its_former_walk(lines: tuple[str, ...]):
    for last in range(len(lines)):
        window = card_window(lines, last)
        assert _author_card(lines, last) == _author_card(lines, last, window=window) == _former_author_card(lines, last)
        assert _labelled_card(lines, last) == _labelled_card(lines, last, window=window) == \
            _former_labelled_card(lines, last)


def test_the_made_cards_name_their_writers():
    assert author_box_credit(_CARD_EDGES[0], 2) == ["Jane Roe"]
    assert author_box_credit(_CARD_EDGES[1], 0) == ["Allyn Jayawon"]
    assert author_box_credit(_CARD_EDGES[2], 0) == ["Ryan Bald"]


def test_the_card_window_stops_before_a_comments_heading_and_folds_each_line_once():
    lines = ("Paragraph.", "Share", "About the Author :", "3 Comments", "About the author", "Jane", "Jane is.", "x")
    assert card_window(lines, 0) == [(1, "Share", "share"), (2, "About the Author :", "about the author")]


def test_the_card_window_leaves_out_the_last_two_lines_and_holds_at_most_the_card_lines():
    lines = ("Paragraph.", *(f"line {i}" for i in range(_CARD_LINES + 5)))
    assert [i for i, _, _ in card_window(lines, 0)] == list(range(1, _CARD_LINES + 1))
    assert [i for i, _, _ in card_window(lines[:5], 0)] == [1, 2]


# --- the code samples' check -------------------------------------------------------------------------------------------


def _former_in_code(text: str, codes: tuple[str, ...], lines: Sequence[str] = ()) -> bool:
    """``code_blocks.in_code`` before branch speed61: the lines collapsed again for each notice."""
    folded = " ".join(text.split())
    if not folded:
        return False
    inside = sum(code.count(folded) for code in codes)
    if not inside:
        return False
    shown = sum(" ".join(line.split()).count(folded) for line in lines)
    return shown <= inside


_CODES = ("image: mailhog/mailhog ports: - 1025:1025", "Disclaimer: This blog was made with Example. x Disclaimer: "
          "This blog was made with Example.")
_CODE_LINES = ("Disclaimer:   This blog was made\twith Example.", "image: mailhog/mailhog ports: - 1025:1025",
               "Some prose.")
_NOTICE_TEXTS = ("image: mailhog/mailhog", "Disclaimer: This blog was made with Example.", "Some prose.", "",
                 "  ", "ports: - 1025:1025", "Disclaimer:  This blog", "absent words")


@pytest.mark.parametrize("text", _NOTICE_TEXTS)
def test_in_code_answers_as_before_for_each_notice(text: str):
    assert in_code(text, _CODES, _CODE_LINES) == _former_in_code(text, _CODES, _CODE_LINES)
    assert in_code(text, _CODES) == _former_in_code(text, _CODES)
    assert in_code(text, (), _CODE_LINES) == _former_in_code(text, (), _CODE_LINES)


def test_one_page_check_answers_each_notice_as_before_whatever_the_order():
    check = InCode(_CODES, _CODE_LINES)
    for text in (*_NOTICE_TEXTS, *reversed(_NOTICE_TEXTS)):
        assert check(text) == _former_in_code(text, _CODES, _CODE_LINES)


def test_one_page_check_collapses_the_lines_only_for_a_notice_a_code_sample_holds():
    check = InCode(_CODES, _CODE_LINES)
    assert not check("absent words") and check._collapsed is None
    assert check("image: mailhog/mailhog")
    assert check._collapsed == [" ".join(line.split()) for line in _CODE_LINES]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_in_code_answers_as_before_for_every_line_of_every_page(page: Path):
    tree = parse_html(_page_text(page))
    assert tree is not None
    codes = code_texts(tree)
    lines = _page_lines(page)
    check = InCode(codes, lines)
    for text in (*lines, *(c[:40] for c in codes)):
        assert check(text) == _former_in_code(text, codes, lines)


# --- the texts under pictures --------------------------------------------------------------------------------------


def _former_under_pictures(tree: Any) -> frozenset[str]:
    """``notice_credits.under_pictures`` before branch speed61: each picture's ancestors walked twice."""
    out: set[str] = set()
    for picture in pictures(tree):
        figure = next(picture.iterancestors("figure"), None)
        if figure is not None and next(figure.iter("figcaption"), None) is None:
            after = _first_text_after(figure)
            if after and len(after) <= _MAX_CREDIT_LINE and SOURCE_OPENS.match(after):
                out.add(after)
        if any(a.tag == "figure" and next(a.iter("figcaption"), None) is not None for a in picture.iterancestors()):
            continue
        if _links_to_a_page(picture):
            continue
        words = _first_text_after(picture)
        if words and len(words) <= _MAX_CREDIT_LINE:
            out.add(words)
        out.update(w for w in _small_lines_after(picture) if len(w) <= _MAX_CREDIT_LINE)
    return frozenset(out)


#: Pictures in an uncaptioned figure (a source line after it), in a captioned one, in an uncaptioned figure inside a
#: captioned one and the other way round, outside any figure with small print under them, and in a linked tile.
_PICTURE_EDGES = (
    "<html><body><div><figure><img src=chart.png></figure></div><p>Source: World Bank</p>"
    "<figure><img src=a.jpg><figcaption>Foto: Jane Doe</figcaption></figure><p><i>Quelle: Example 12/2013</i></p>"
    "<figure><figure><img src=b.jpg></figure><figcaption>Outer caption</figcaption></figure><p>Source: Inner</p>"
    "<figure><figure><img src=c.jpg><figcaption>Inner caption</figcaption></figure></figure><p>Source: Outer</p>"
    "<div><img src=d.jpg> <small>Quelle: Jane Roe</small></div>"
    "<ul><li><a href='/app.html'><img src=e.jpg></a><br><small>Example App</small></li>"
    "<li><a href='/b.html'><img src=f.jpg></a><br><small>Other App</small></li></ul></body></html>"
)


@pytest.mark.parametrize("html", [*(_page_text(p) for p in PAGES), _PICTURE_EDGES],
                         ids=[*(p.name for p in PAGES), "edges"])
def test_under_pictures_gives_the_texts_it_gave_before(html: str):
    tree = parse_html(html)
    assert tree is not None
    assert under_pictures(tree) == _former_under_pictures(tree)


def test_the_picture_edges_give_the_source_under_an_uncaptioned_figure_and_the_small_print():
    tree = parse_html(_PICTURE_EDGES)
    assert tree is not None
    found = under_pictures(tree)
    assert {"Source: World Bank", "Quelle: Jane Roe"} <= found
    assert not {"Quelle: Example 12/2013", "Source: Inner", "Source: Outer", "Example App"} & found


# --- the breadcrumb check ---------------------------------------------------------------------------------------------


_CRUMB_LINES = ("Home / Technique / Improve Your Photography / Photo: Jane Doe", "Photo: Jane Doe",
                "Startseite » Ratgeber » Fotos: Max Muster", "home page | Photo by Jane Doe",
                "See this photo: Jane Doe", "Homepage", "  Home > News > Credit: Reuters", "Foto: dpa / Home / x")


@pytest.mark.parametrize("line", _CRUMB_LINES)
def test_the_breadcrumb_asked_once_a_line_answers_as_the_pattern(line: str):
    asked: list[bool] = []
    answer = notice_credits._BREADCRUMB.match(line) is not None
    assert notice_credits._breadcrumb(line) == answer
    assert notice_credits._breadcrumb(line, asked) == answer and asked == [answer]
    assert notice_credits._breadcrumb(line, asked) == answer and asked == [answer]


@pytest.mark.parametrize("line", _CRUMB_LINES)
def test_a_credit_line_reads_as_it_did_with_the_breadcrumb_asked_at_each_match(line: str,
                                                                                monkeypatch: pytest.MonkeyPatch):
    new = [notice_credits._read_credit(line, ctx, None, False, frozenset(), 0.0) for ctx in (0, CTX_CAPTION, CTX_CREDIT)]

    def each_time(line: str, asked: list[bool] | None = None) -> bool:
        return notice_credits._BREADCRUMB.match(line) is not None

    monkeypatch.setattr(notice_credits, "_breadcrumb", each_time)
    assert new == [notice_credits._read_credit(line, ctx, None, False, frozenset(), 0.0) for ctx in (0, CTX_CAPTION, CTX_CREDIT)]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_line_of_every_page_reads_as_a_credit_as_before(page: Path, monkeypatch: pytest.MonkeyPatch):
    lines = [line for line in _page_lines(page) if len(line) <= 400]
    new = [notice_credits._read_credit(line, 0, None, False, frozenset(), 0.0) for line in lines]

    def each_time(line: str, asked: list[bool] | None = None) -> bool:
        return notice_credits._BREADCRUMB.match(line) is not None

    monkeypatch.setattr(notice_credits, "_breadcrumb", each_time)
    assert new == [notice_credits._read_credit(line, 0, None, False, frozenset(), 0.0) for line in lines]
