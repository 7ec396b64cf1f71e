"""A writer's name and the post's date on one line under the headline, no lead word (issue 15, session 64).

"Khalid Abuhakmeh December 15, 2022" under a developer blog's headline (authors-blind8), "Oshan Jarow - May 9th, 2020",
"Aaron Ricadela | Senior Writer | July 2, 2025": six labelled writers of the blind sets stood so, and no reader read a
name without a lead unless it stood alone on its line over the date. The name-alone reader's checks hold for it (two
words with a listed given name, or the author box's evidence; no place; the story never names the surname); the date
on the line stands for the date line under it.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.headline_name_line import _name_before_date


@pytest.mark.parametrize(("line", "name"), [("John Smith December 15, 2022", "John Smith"),
                                            ("John Smith - December 15, 2022", "John Smith"),
                                            ("John Smith | December 15, 2022", "John Smith"),
                                            ("Mary Ann Smith May 3, 2024", "Mary Ann Smith"),
                                            ("John Smith | Senior Writer | July 2, 2025", "John Smith")])
def test_the_name_before_the_date_on_one_line_is_read(line: str, name: str) -> None:
    assert _name_before_date(line) == name


@pytest.mark.parametrize("line", ["The council met on December 15, 2022", "John Smith and friends",
                                  "John Smith | Harbor Daily | July 2, 2025"])
def test_a_sentence_a_line_without_a_date_or_parts_without_a_role_give_no_name(line: str) -> None:
    assert _name_before_date(line) is None


@pytest.mark.parametrize("line", ["John Smith December 15, 2022", "John Smith - December 15, 2022"])
def test_a_page_printing_the_writer_and_the_date_under_the_headline_reports_the_writer(line: str) -> None:
    assert authors(page(below_headline=f"<p class='meta'>{line}</p>")) == ["John Smith"]


def test_a_topic_and_the_date_under_the_headline_report_no_one() -> None:
    assert authors(page(below_headline="<p class='meta'>Climate Change December 15, 2022</p>")) == []
