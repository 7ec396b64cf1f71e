"""Review x46 of extractor 86's author rules (authleft46, blind13), read as an adversary: the wrong authors those
rules gave on pages they were not written from, each fixed in general form.

- "By Ann Grant May 2024": a month with no day, then the year, after the writer's name. The byline's reader cut
  the month as the date's, but trafilatura's guess of the same line ("Ann Grant May", no digit left in it) was
  reported whole: a wrong person. A guess the page prints before a date opening with its last word, a month,
  loses that month as the byline's reader's name does.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page


@pytest.mark.parametrize(("line", "name"), [("By Ann Grant May 2024", "Ann Grant"),
                                            ("By Kevin Scott May 2024", "Kevin Scott"),
                                            ("By Jane Partridge May 2024", "Jane Partridge")])
def test_a_writer_before_a_month_and_its_year_is_read_without_the_month(line: str, name: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{line}</p>")) == [name]


@pytest.mark.parametrize("name", ["Theresa May", "April Ryan"])
def test_a_name_ending_in_a_month_with_no_date_after_it_stays_whole(name: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>By {name}</p>")) == [name]
