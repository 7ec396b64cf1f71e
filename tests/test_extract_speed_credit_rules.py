"""A credit candidate is tried by the rules whose guard lets it through, found in one reading of the
line: for every line and rule, the rule is tried exactly when the line holds a string its matches need."""

from __future__ import annotations

from shipped_pages import PAGES

from archiver.extract.cue_match import cue_fold
from archiver.extract.html import decode_html
from archiver.extract.notice_credit_forms import _IMAGE_CREDIT, rules_holding
from archiver.extract.notices import credit_features
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

MADE = [
    "Foto: Jane Doe", "Photo: AP", "(AP Photo/Jane Doe)", "Jane Doe/Reuters", "© Example News", "Image courtesy of NASA",
    "Bild: picture alliance / dpa", "Screenshot: YouTube", "Source: Getty Images", "Quelle: Example", "Taken by Jane Doe",
    "Fotó: Kovács", "사진 제공=연합뉴스", "图片来源：新华社", "Jane Doe for Example News", "Photo from Jane Doe's Instagram",
    "https://www.pexels.com/photo/1234/", "FOTO: İSTANBUL", "Ảnh: Nguyễn", "", "a", "ap", "(c) 2020", "Foto cedida",
]


def _lines() -> set[str]:
    lines = set(MADE)
    for page in PAGES:
        lines.update(visible_lines(parse_html(decode_html(page.read_bytes(), "text/html").text)))
    return lines


def test_a_rule_is_tried_exactly_when_the_line_holds_a_string_its_guard_needs():
    lines = _lines()
    assert len(lines) > 100
    for line in lines:
        folded = cue_fold(line)
        holding = rules_holding(folded)
        for index, rule in enumerate(_IMAGE_CREDIT):
            needs = rule.needs
            assert bool(holding >> index & 1) == (needs is None or any(x in folded for x in needs)), (index, line)


def test_credits_are_still_read_from_their_rules():
    assert credit_features("Foto: Jane Doe") is not None
    assert credit_features("Jane Doe/Reuters", 8) is not None
    assert credit_features("The committee met on Tuesday to discuss the budget.") is None
