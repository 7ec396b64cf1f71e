"""Review a45 of authblind11's rules (issue 15: a wrong author is worse than none): a writer's lead on a line of its
own ("By", "di", "Posted by") credits the next line only when that line is the name, not a date or a sentence."""

from __future__ import annotations

import pytest
from author_pages import authors, page


@pytest.mark.parametrize("date", ["May 01, 2026", "March 3, 2024 at 9:15 am"])
def test_a_lead_alone_over_the_storys_date_credits_no_month(date: str) -> None:
    html = page(below_headline=f"<div><span>By</span></div><div>{date}</div>")
    assert authors(html) == []


def test_a_lead_alone_over_a_sentence_credits_nothing_the_sentence_opens_with() -> None:
    html = page(below_headline="<div>By</div><div>Martin Luther King Day, the council had settled its budget.</div>")
    assert authors(html) == []


def test_a_lead_alone_over_a_name_and_its_date_still_credits_the_name() -> None:
    html = page(below_headline="<div><span>By</span></div><div>Jane Partridge | May 01, 2026</div>")
    assert authors(html) == ["Jane Partridge"]


@pytest.mark.parametrize(("under", "name"), [
    ("Jane Partridge, Staff Writer", "Jane Partridge"),
    ("Jane Partridge on May 1, 2026", "Jane Partridge"),
    ("Jane Partridge Updated May 1, 2026", "Jane Partridge"),
    ("Mel Partridge at 9:15 AM", "Mel Partridge"),
])
def test_a_lead_alone_over_a_name_and_its_credits_tail_still_credits_the_name(under: str, name: str) -> None:
    html = page(below_headline=f"<div><span>By</span></div><div>{under}</div>")
    assert authors(html) == [name]
