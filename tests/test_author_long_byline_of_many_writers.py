"""A byline naming several writers may run long; a serial comma joins the last one (issue 15, extractor 226).

"By Mike D'Angelo, A.A. Dowd, Jesse Hassenger, Nick Schager, and Ignatiy Vishnevetsky" under the AV Club's headline
(authors-blind8; JSON-LD declares the first critic only) is 87 characters: the credit beside the headline read no
line over 80 (a sentence, not a byline), so four writers were lost. A line whose every word after the lead is a
person's name or what joins the names is a byline up to 160 characters. And the "By" line reader took no serial comma
("By A, B, and C"): the line gave no one.
"""

from __future__ import annotations

from author_pages import authors, declared_person, page

from archiver.extract.signals import byline_authors

FIVE = "By Mike D'Angelo, A.A. Dowd, Jesse Hassenger, Nick Schager, and Ignatiy Vishnevetsky"
FIVE_NAMES = ["Mike D'Angelo", "A.A. Dowd", "Jesse Hassenger", "Nick Schager", "Ignatiy Vishnevetsky"]


def test_a_long_byline_of_five_writers_beside_a_declared_first_reports_all_five() -> None:
    html = page(declared_person("Mike D'Angelo"),
                below_headline=f"<p class='byline'>{FIVE}</p><p>Dec 16, 2014 12:00 AM</p>")
    assert authors(html) == FIVE_NAMES


def test_a_long_byline_of_five_writers_alone_reports_all_five() -> None:
    assert authors(page(below_headline=f"<p class='byline'>{FIVE}</p><p>Dec 16, 2014 12:00 AM</p>")) == FIVE_NAMES


def test_a_long_by_line_holding_more_than_names_stays_no_credit() -> None:
    line = "By Mike Smith, Jesse Hassenger, and the members of the harbour council who met on Tuesday night"
    assert authors(page(below_headline=f"<p class='standfirst'>{line}</p>")) == []


def test_the_by_line_reader_takes_a_serial_comma_before_the_last_writer() -> None:
    assert byline_authors(["By Mike Smith, Jesse Hassenger, and Nick Schager"]) == \
        ["Mike Smith", "Jesse Hassenger", "Nick Schager"]
