"""Authors: review rvb14a of round b14auth. Two of its rules named people who did not write the page; fixtures of our
own, each beside the neighbour b14auth's tests keep right (tests/test_extract_authors_b14auth.py).

1. An author field's label over names counts only in the article's metadata block, a date beside it: undated, the
   same "Authors" / "Author:" lists a reading list's, a reviewed book's or a quoted study's authors.
2. A two-word title over "<date> N min read" is a topic's or a related post's as often as a writer's: without a listed
   given name it names no one unless the site's copyright line names the same person.
"""

from __future__ import annotations

from author_pages import authors, page

# --- 1. an undated author label lists someone else's authors


def test_an_authors_label_in_a_reading_list_under_the_article_names_no_writer() -> None:
    after = ("<h3>Further reading</h3><p>Title</p><p>The Overstory</p><p>Authors</p><p>Richard Powers</p>"
             "<p>Margaret Atwood</p>")
    assert authors(page(below_body=after)) == []


def test_an_author_label_over_a_reviewed_books_writer_beside_the_headline_names_no_writer() -> None:
    below = "<p>Book</p><p>The Testaments</p><p>Author:</p><p>Margaret Atwood</p><p>Publisher: Penguin</p>"
    assert authors(page(below_headline=below)) == []


def test_a_german_autoren_label_over_book_tips_names_no_writer() -> None:
    after = "<h3>Buchtipps</h3><p>Autoren</p><p>Daniel Kehlmann</p><p>Juli Zeh</p>"
    assert authors(page(lang="de", after=after)) == []


def test_an_author_label_in_a_quoted_studys_box_names_no_writer() -> None:
    box = "<aside><h4>The study</h4><p>Author:</p><p>Helen Carter</p><p>Journal: Nature</p></aside>"
    assert authors(page(below_body=box)) == []


def test_an_author_label_under_a_month_and_year_still_lists_the_reports_authors() -> None:
    block = "<dl><dt>Date</dt><dd>Mai 2024</dd><dt>Autoren</dt><dd>Mara Quill</dd><dd>Tomas Reed</dd></dl>"
    assert authors(page(lang="de", after=block)) == ["Mara Quill", "Tomas Reed"]


# --- 2. a title over a reading time


def test_a_topic_title_over_a_date_and_reading_time_names_no_one() -> None:
    assert authors(page(below_headline="<p>Climate Change</p><p>May 01, 2026 3 min read</p>")) == []


def test_a_product_name_over_a_date_and_reading_time_names_no_one() -> None:
    assert authors(page(below_headline="<p>Apple Vision</p><p>May 01, 2026 · 3 min read</p>")) == []


def test_an_unlisted_name_over_a_reading_time_is_the_writer_when_the_copyright_line_names_him() -> None:
    html = page(below_headline="<p>Oisin Varga</p><p>May 01, 2026 3 min read</p>", footer="© 2026 Oisin Varga")
    assert authors(html) == ["Oisin Varga"]
