"""The CJK byline prefilter skips only lines that none of the three byline patterns can match."""

from __future__ import annotations

import pytest
from shipped_pages import PAGES

from archiver.extract import cjk_credits, signals
from archiver.extract.cue_match import needs
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

BYLINES = ["정덕현 칼럼니스트 x@y.kr", "칼럼니스트 박생강", "김하늘 기자", "홍길동 특파원", "이몽룡 논설위원",
           "新华社北京电（记者 王小明）今天", "记者：王小明 李华", "記者：王小明", "(記者 陳大文)", "김하늘", "王小明"]


@pytest.mark.parametrize("name", ["_KO_BYLINE", "_ZH_PAREN", "_ZH_LINE"])
def test_every_match_of_each_byline_pattern_holds_a_prefilter_word(name: str):
    required = needs(getattr(cjk_credits, name).pattern)
    assert required is not None
    assert all(any(word in x for word in cjk_credits._CJK_BYLINE_WORDS) for x in required), required


def test_cjk_bylines_on_shipped_and_made_lines_are_those_found_without_the_prefilter(monkeypatch: pytest.MonkeyPatch):
    lines = [line for page in PAGES for line in visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text))]
    lines += BYLINES
    filtered = [signals._cjk_byline(line) for line in lines]
    assert ["김하늘"] in filtered and ["王小明", "李华"] in filtered
    monkeypatch.setattr(cjk_credits, "_CJK_BYLINE_WORDS", ("",))  # every line is tried
    assert filtered == [signals._cjk_byline(line) for line in lines]
