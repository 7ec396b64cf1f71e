"""A run of page text that is one element's text between its own context marks is read by a
short path; the lines, their context bits and the credit parts are those of the general walk."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from shipped_pages import PAGES

from archiver.extract import page_lines
from archiver.extract.html import decode_html
from archiver.extract.page_lines import _CLOSE, _MARK, _N_CTX, _OPEN, _split_lines
from archiver.extract.text import parse_html


def _general(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """_split_lines with the short path turned off: every run through the general walk."""
    with monkeypatch.context() as m:
        m.setattr(page_lines, "_one_wrapped", lambda *args: False)
        return _split_lines(text)


def _marked_text(page: Path) -> str:
    """The page's text with its line and context marks, as visible_lines_with_credits splits it."""
    seen: list[str] = []
    real = page_lines._split_lines
    page_lines._split_lines = lambda t: seen.append(t) or real(t)  # type: ignore[assignment]
    try:
        page_lines.visible_lines_with_credits(parse_html(decode_html(page.read_bytes(), "text/html").text))
    finally:
        page_lines._split_lines = real
    return seen[0]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_split_lines_gives_the_general_walks_lines_on_every_shipped_page(page: Path, monkeypatch: pytest.MonkeyPatch):
    marked = _marked_text(page)
    assert _split_lines(marked) == _general(marked, monkeypatch)


def test_split_lines_gives_the_general_walks_lines_on_random_runs(monkeypatch: pytest.MonkeyPatch):
    rng = random.Random(13)
    pieces = ["", "", " ", "\n ", "Home", "two words", " padded ", "x"]
    marks = [chr(_OPEN + b) for b in range(_N_CTX + 2)] + [chr(_CLOSE + b) for b in range(_N_CTX + 2)]
    for _ in range(400):
        runs = []
        for _ in range(rng.randrange(1, 12)):
            if rng.random() < 0.6:  # the short path's shape, with any bit (credit and ignored ones too)
                b = rng.randrange(_N_CTX + 2)
                close = b if rng.random() < 0.8 else rng.randrange(_N_CTX + 2)
                runs.append(rng.choice(pieces) + chr(_OPEN + b) + rng.choice(pieces) + chr(_CLOSE + close)
                            + rng.choice(pieces))
            else:
                runs.append("".join(rng.choice(pieces) + rng.choice(marks) for _ in range(rng.randrange(4))))
        text = _MARK.join(runs)
        assert _split_lines(text) == _general(text, monkeypatch), [text]


def test_the_short_path_reads_a_sidebar_link_and_its_date_as_one_line_outside_the_link():
    html = ("<html><body><aside><ul><li><a href='/1'>Related story</a> June 2, 2019</li>"
            "<li><a href='/2'>Only a link</a></li></ul></aside></body></html>")
    lines, contexts, credits = page_lines.visible_lines_with_credits(parse_html(html))
    assert lines == ["Related story June 2, 2019", "Only a link"]
    assert contexts == [page_lines.CTX_ASIDE, page_lines.CTX_ASIDE | page_lines.CTX_LINK]
    assert credits == {}


def test_no_context_mark_is_white_space_so_a_blank_run_holds_none():
    marks = [chr(c) for c in range(0xFDD0, 0xFDF0)]
    assert not any(m.isspace() for m in marks)
    text = _MARK.join(["", " \n ", "\u00a0", chr(_OPEN + 2) + " " + chr(_CLOSE + 2), "x"])
    assert _split_lines(text) == (["x"], [0], {})
