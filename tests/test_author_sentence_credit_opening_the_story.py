"""A sentence naming the post's writer at the story's opening is a credit (issue 15, extractor 230).

A firm's blog printed its byline as the firm ("Method Architecture") and, under the picture, "This blog post was
authored by Jake Donaldson, Managing Principal, Method Architecture." (authors-blind20). No reader looked there, and
the credit reader took the title and the firm after the commas as two more writers. A sentence names one writer
before her commas unless it joins more ("written by A, B and C").
"""

from __future__ import annotations

from author_pages import authors, page

from archiver.extract.signals import _credit_of, opening_note_credit

NOTE = "This blog post was authored by Jake Donaldson, Managing Principal, Method Architecture."


def test_a_sentence_credit_names_one_writer_before_the_commas_of_her_title_and_firm() -> None:
    assert _credit_of(NOTE) == ["Jake Donaldson"]


def test_a_sentence_credit_joining_writers_names_them_all() -> None:
    assert _credit_of("This post was written by Jane Doe, John Roe and Ann Poe.") == ["Jane Doe", "John Roe", "Ann Poe"]


def test_the_writer_named_at_the_opening_of_a_firms_post_is_reported() -> None:
    html = page(below_headline="<p class='byline'>Method Architecture</p><p>Dec. 19, 2025</p>"
                               f"<figure><figcaption>Image by AlexZel from Pixabay</figcaption></figure><p>{NOTE}</p>")
    assert authors(html) == ["Jake Donaldson"]


def test_a_bare_by_line_in_the_opening_is_not_read_as_such_a_note() -> None:
    lines = ["Headline", "A standfirst that runs on for a while", "By Jane Roe", "The story's first paragraph."]
    assert opening_note_credit(lines, 1) == []
