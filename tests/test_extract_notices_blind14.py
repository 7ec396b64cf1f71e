"""notices-blind14's classes (bench/labels/README.md, "notices-blind14" and "Round b14notice"), each in general form:
its misses, the notices found with the wrong kind and its false reports, read after the one blind run. Fixtures of
our own.

Found now:
- a caption "<title> by <Name>" directly under its picture, no marker word: the work's credit; the same words in a
  paragraph, or a passive verb before "by", are none;
- a credit under a picture's "Image Credit" field label: the value is the credit, the labels alone are none;
- a qualifier word before a picture marker ("Demo Images: ..."), the credit cut before the line's next label;
- "The above image comes from X." / "is used with permission from X.": the picture's credit (not a republication);
- a footnote saying the people named "are not employees or agents of" an institution: a disclaimer; a story's
  sentence saying so is none.
Kinds:
- an author's note left unchanged: an editor's note (first published then refreshed: a correction since noticeleft51);
  an update saying what was wrong stays a correction.
No longer reported:
- "affiliate" of organisations ("affiliate offerings", "an affiliate of"): no sponsorship;
- a box asking republishers to print "This story was originally published by ...": no republication;
- a table cell's "(sink/tub)": no "(A/B)" credit.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

from archiver.extract.notice_picture_lines import credit_span

# ----------------------------------------------------------------------------- "<title> by <Name>" under a picture


@pytest.mark.parametrize("text", ["Mobile Banking App Design by Examplezilla", "Booking App by Example Studio"])
def test_a_caption_naming_a_work_and_its_maker_is_a_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == [text]


def test_a_work_and_its_maker_in_a_paragraph_is_no_credit() -> None:
    assert _credits(_page("<p>Booking App by Example Studio</p>")) == []


def test_a_caption_with_a_passive_verb_before_by_is_no_credit() -> None:
    assert _credits(_page(_caption("Harbour Pier Surrounded by Police"))) == []


# ----------------------------------------------------------------------------- a field label and its value


def test_the_line_under_an_image_credit_label_is_the_credit() -> None:
    meta = ("<div class='image-meta'><p>Image</p><p>Image Credit</p>"
            "<p>Jane Roe / Contributor via Getty Images</p></div>")
    found = _credits(_page(meta))
    assert len(found) == 1 and found[0].endswith("Jane Roe / Contributor via Getty Images")


def test_picture_field_labels_alone_are_no_credit() -> None:
    assert _credits(_page("<div class='image-meta'><p>Image</p><p>Image Credit</p></div>")) == []


# ----------------------------------------------------------------------------- a qualifier and the next label


def test_a_qualifier_before_the_marker_is_part_of_the_credit_and_the_next_label_is_not() -> None:
    found = _credits(_page(footer="<p>© Example Blog. All rights reserved.</p>"
                                  "<p>Demo Images: Unsplash. Design: Example Themes.</p>"))
    assert found == ["Demo Images: Unsplash."]


def test_a_links_words_before_a_marker_are_no_qualifier_of_a_credit() -> None:
    line = "Example Photo: Jane Roe"
    assert credit_span(line, 8, "Photo: Jane Roe", qualify=False) == "Photo: Jane Roe"
    assert credit_span(line, 8, "Photo: Jane Roe") == "Example Photo: Jane Roe"


# ----------------------------------------------------------------------------- the picture's source in a sentence


@pytest.mark.parametrize(("text", "credit"), [
    ("The above image comes from Example Data by Candor. Please go to https://data.example.org/ to learn more.",
     "The above image comes from Example Data by Candor."),
    ("The above image is used with permission from Example Relief. Please visit https://relief.example.org/.",
     "The above image is used with permission from Example Relief."),
])
def test_a_sentence_saying_where_the_picture_came_from_is_its_credit(text: str, credit: str) -> None:
    found = _notices(_page(f"<figure><img src='chart.png'></figure><p><em>{text}</em></p>"))
    assert found == [("image_credit", credit)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Das obige Bild stammt von Example Daten.", "de"),
    ("L'image ci-dessus provient de Example Données.", "fr"),
    ("La imagen de arriba proviene de Example Datos.", "es"),
])
def test_the_pictures_source_sentence_is_read_in_other_languages(text: str, lang: str) -> None:
    found = _notices(_page(f"<figure><img src='chart.png'></figure><p><em>{text}</em></p>", lang=lang))
    assert found == [("image_credit", text)]


def test_a_sentence_saying_what_the_picture_shows_is_no_credit() -> None:
    text = "The above image shows the harbour at dawn, before the first ferries leave for the islands."
    assert _credits(_page(f"<figure><img src='chart.png'></figure><p><em>{text}</em></p>")) == []


# ----------------------------------------------------------------------------- not the institution's


def test_a_footnote_saying_the_named_are_not_an_institutions_employees_is_a_disclaimer() -> None:
    note = ("*Jane Roe, MD, is an Example Medical Group provider. Example Medical Group providers are not employees "
            "or agents of Example University Hospital.")
    assert _notices(_page(f"<p><em>{note}</em></p>")) == [("disclaimer", note)]


def test_a_story_sentence_saying_workers_are_not_employees_is_no_notice() -> None:
    text = ("<p>Many couriers in the harbour district are not employees or agents of the platforms they ride for, "
            "the court found on Monday after a hearing that lasted two days.</p>")
    assert _notices(_page(text)) == []


# ----------------------------------------------------------------------------- the piece's own history


def test_an_update_note_leaving_the_text_unchanged_is_an_editors_note() -> None:
    note = ("(Update April, 2011: In September, 2008 I wrote the following post. In the interests of preserving that "
            "history, I have left the original post unchanged and unedited.")
    assert _notices(_page(tail=f"<p><em>{note}</em></p>")) == [("editors_note", note)]


def test_first_published_then_updated_is_a_correction() -> None:
    # the convention of noticeleft51 (bench/labels/README.md): the shared set's "update wins over republication"
    note = "The article was originally published in April 2020 and was updated in April 2024 to make it more relevant."
    assert _notices(_page(tail=f"<p><em>{note}</em></p>")) == [("correction", note)]


def test_an_update_saying_what_was_wrong_stays_a_correction() -> None:
    note = "Update: In the original post these numbers were off. Here is a spreadsheet with the correct calculations."
    assert [kind for kind, _ in _notices(_page(tail=f"<p><em>{note}</em></p>"))] == ["correction"]


# ----------------------------------------------------------------------------- no longer reported


@pytest.mark.parametrize("text", ["Explore certificate courses, business tools, and affiliate offerings.",
                                  "Our clinic is an affiliate of Example University."])
def test_affiliate_of_organisations_is_no_sponsorship(text: str) -> None:
    html = (f"<html lang='en'><head><title>Harbour story</title></head><body><nav><p>{text}</p></nav>"
            ).encode() + _page().split(b"<body>", 1)[1]
    assert [kind for kind, _ in _notices(html)] == []


def test_an_affiliate_link_disclosure_is_still_sponsored() -> None:
    assert _notices(_page(tail="<p><em>This post may contain affiliate links.</em></p>")) == [
        ("sponsored", "This post may contain affiliate links.")]


def test_a_republishers_guidelines_box_is_no_republication() -> None:
    box = ("<aside><p>We encourage you to republish our articles. Please follow these guidelines:</p><p>For the author "
           "byline, please use “Author Name, Example Farmer.” At the top of our stories, please include this text: "
           "“This story was originally published by Example Farmer.”</p></aside>")
    assert [kind for kind, _ in _notices(_page(tail=box))] == []


def test_a_lower_case_slash_pair_in_a_table_is_no_credit() -> None:
    table = "<table><caption>Prices</caption><tr><td>Drain clearing (sink/tub)</td><td>$125</td></tr></table>"
    assert _credits(_page(table)) == []


def test_a_capitalised_slash_pair_closing_a_caption_is_still_a_credit() -> None:
    assert _credits(_page(_caption("The pier at dawn (Jane Roe/Reuters)"))) == ["(Jane Roe/Reuters)"]
