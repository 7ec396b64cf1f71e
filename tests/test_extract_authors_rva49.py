"""Authors: review rva49 of round b15auth (extractor 102). A wrong author in a citation is worse than none: each
new reading of that round met with the neighbour that looks like it and names no one. Fixtures of our own.

1. Single words joined by "and"/"&" after a writer's lead are two writers only when every one is a listed given
   name: a firm named for its founders ("Simon & Schuster", "Marks and Spencer") keeps its one name.
2. A name last on a theme's meta line opens with a listed given name: the last item is as often the post's category
   or place ("December 15, 2025 · 3 min · Climate Change").
3. A recipe card's label before a dish named with a given name ("Recipe: Rose Lemonade") names no one when the
   article prints the dish's later words in lower case.
4. An "About the Author" section straight over a bio names the writer only when the page credited that person
   before it (a meta line's name beside its date): a review's novelist, printed alone in the book's box or in a
   picture's caption, is no writer.
5. A title with "of" before "and" keeps its "and" only when no writer's given name follows it: "Professor of Law
   and Tom Smith" still credits Tom Smith.
"""

from __future__ import annotations

from author_pages import authors, page

from archiver.extract.signals import clean_authors, meta_line_name

# --- 1. first names joined by "and"


def test_a_firm_named_for_a_given_name_and_a_surname_stays_one_credit() -> None:
    for firm in ("Simon & Schuster", "Marks and Spencer", "Simon and Garfunkel"):
        assert clean_authors(firm, led=True) == [firm], firm


def test_a_firm_named_for_its_founders_is_no_writer_of_the_page() -> None:
    html = page(below_headline="<p>By Simon &amp; Schuster</p><p>March 31, 2023</p>")
    assert authors(html) == []


def test_two_given_names_after_a_writers_lead_are_still_two_writers() -> None:
    assert clean_authors("Tomas and Anna", led=True) == ["Tomas", "Anna"]


# --- 2. the meta line's last item


def test_a_category_of_two_words_last_on_a_meta_line_names_no_one() -> None:
    for item in ("Climate Change", "Machine Learning", "New York", "Product Updates"):
        assert meta_line_name(f"December 15, 2025 · 3 min · {item}") == [], item


def test_a_place_last_on_a_meta_line_is_no_writer_of_the_page() -> None:
    html = page(below_headline="<p>A short standfirst on the budget.</p>"
                               "<div class='post-meta'>December 15, 2025 · 4 min read · South Africa</div>")
    assert authors(html) == []


# --- 3. a recipe card's label before a dish's name

_STEPS = ("<ol><li>Squeeze the lemons and stir the juice into the cold water with the sugar.</li><li>Add the rose "
          "syrup and chill the jug for an hour before serving.</li></ol>")


def _card(label: str, name: str, tip: str) -> bytes:
    return page(below_body=f"{_STEPS}<div class='recipe-author'><span>{label}</span> <cite>{name}</cite></div>"
                           f"<p>{tip}</p>")


def test_a_dish_named_with_a_given_name_is_no_writer_when_the_text_names_its_noun() -> None:
    html = _card("Recipe:", "Rose Lemonade", "Pour the lemonade over ice and add a petal to every glass just "
                                             "before serving it to your guests.")
    assert authors(html) == []


def test_a_cooks_name_on_the_same_card_is_still_the_writer() -> None:
    html = _card("Recipe:", "Rose Baker", "Pour the lemonade over ice and add a petal to every glass just "
                                          "before serving it to your guests.")
    assert authors(html) == ["Rose Baker"]


# --- 4. an "About the Author" section straight over a bio

_SOURCES = "<h2>Sources</h2><p>Harbour Press catalogue, spring 2025.</p>"
_NOVELIST = ("<h2>About the Author</h2><p>Tomas Reed is a novelist living by the harbour and the author of six "
             "books about its people.</p>")


def test_a_reviews_novelist_printed_alone_in_the_books_box_is_no_writer() -> None:
    box = "<div class='book'><p>The Quiet Harbour</p><p>Tomas Reed</p><p>Harbour Press, 320 pages</p></div>"
    assert authors(page(below_headline=box, below_body=_NOVELIST + _SOURCES)) == []


def test_a_reviews_novelist_pictured_in_a_caption_is_no_writer() -> None:
    picture = "<figure><img src='x.jpg'><figcaption>Tomas Reed at his home by the quay.</figcaption></figure>"
    assert authors(page(below_headline=picture, below_body=_NOVELIST + _SOURCES)) == []


def test_the_writer_a_meta_line_credits_over_the_headline_is_named_by_the_closing_section() -> None:
    meta = ("<div class='meta'><div>Books</div><div>/</div><div>December 14, 2025</div><div>/</div>"
            "<a href='/team/tomas-reed'>Tomas Reed</a></div>")
    assert authors(page(above=meta, below_body=_NOVELIST + _SOURCES)) == ["Tomas Reed"]


# --- 5. a title's "of" before "and"


def test_a_second_writer_after_a_title_with_of_is_still_a_writer() -> None:
    assert clean_authors("By Jane Roe, Professor of Law and Tom Smith") == ["Jane Roe", "Tom Smith"]


def test_a_title_with_of_and_a_second_field_stays_one_title() -> None:
    assert clean_authors("By Anna Roe, Director of Sales and Marketing") == ["Anna Roe"]
