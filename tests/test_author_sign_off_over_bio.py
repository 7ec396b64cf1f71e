"""A writer's credit over her bio, the bio read as the article's last paragraph (issue 15, session 64).

A blog's author box under the story, "Written by Cassidy Horton" / "Cassidy Horton is a finance writer who's
passionate about ...", reaches the extracted text whole, so the article's last paragraph is the bio, and the sign-off
reader (its window: the last paragraph and the two lines under it) never saw the credit over it: authors-blind37's
page reported no one. When the last paragraph is a writer's bio of the one person the line over it credits with a
writer's lead, that credit signs the story.
"""

from __future__ import annotations

from author_pages import PARAGRAPHS, authors, page

from archiver.extract.signals import sign_off_credit

_STORY = ["Harbour council approves budget", *PARAGRAPHS]
_BIO = "Cassidy Horton is a finance writer who is passionate about helping people find financial freedom."


def test_a_credit_over_the_writers_bio_ending_the_article_signs_it() -> None:
    lines = [*_STORY, "Written by Cassidy Horton", _BIO, "Read more:"]
    assert sign_off_credit(lines, len(_STORY) + 1) == ["Cassidy Horton"]


def test_a_bio_of_someone_else_than_the_credit_over_it_signs_nothing() -> None:
    lines = [*_STORY, "Written by Cassidy Horton", "Jane Roe is a finance writer based in Leeds.", "Read more:"]
    assert sign_off_credit(lines, len(_STORY) + 1) == []


def test_a_picture_credit_over_the_photographers_bio_signs_nothing() -> None:
    lines = [*_STORY, "Photo by Jane Roe", "Jane Roe is a photographer based in Leeds.", "Read more:"]
    assert sign_off_credit(lines, len(_STORY) + 1) == []


def test_a_line_without_a_writers_lead_over_a_bio_signs_nothing() -> None:
    lines = [*_STORY, "Cassidy Horton", _BIO, "Read more:"]
    assert sign_off_credit(lines, len(_STORY) + 1) == []


def test_a_page_whose_author_box_closes_the_text_reports_its_writer() -> None:
    # (on so small a page another reader found her before too: this holds the whole page, the line tests the rule)
    html = page(paragraphs=[*PARAGRAPHS, "Written by Cassidy Horton", _BIO], after="<p>Read more:</p>")
    assert authors(html) == ["Cassidy Horton"]
