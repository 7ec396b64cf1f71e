"""Review x45 of extractor 80's author rules (authors-blind11), read as an adversary: the wrong authors those rules
gave on pages they were not written from, each fixed in general form.

- A writer's lead over the story's date ("By" / "May 3, 2024", "Posted by" / "May 3, 2024 at 10:00"), or on one line
  with it ("By May 3, 2024"), credits no one: the month opening the date is no name.
- The Greek "Από" ("from" as often as "by") before a place of two words ("Από Νέα Υόρκη", "Από Αγία Νάπα"): its first
  word ("Νέα" new, "Αγία" saint) opens a place's name, no writer's.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page


@pytest.mark.parametrize("credit", ["<p>By May 3, 2024</p>", "<div><span>By</span></div><div>May 3, 2024</div>",
                                    "<div>Posted by</div><div>May 3, 2024 at 10:00</div>"])
def test_a_lead_over_the_storys_date_credits_no_one(credit: str) -> None:
    assert authors(page(below_headline=credit)) == []


def test_a_writer_named_before_the_dated_month_is_still_read() -> None:
    assert authors(page(below_headline="<p>By Jane Partridge May 3, 2024</p>")) == ["Jane Partridge"]


@pytest.mark.parametrize("line", ["Από Νέα Υόρκη", "Από Αγία Νάπα", "Από Άγιο Νικόλαο"])
def test_apo_before_a_two_word_place_is_no_writer(line: str) -> None:
    assert authors(page(below_headline=f"<p>{line}</p>", lang="el")) == []


def test_apo_before_a_writers_full_name_is_still_read() -> None:
    assert authors(page(below_headline="<p>Από Μαρία Παπαδοπούλου</p>", lang="el")) == ["Μαρία Παπαδοπούλου"]
