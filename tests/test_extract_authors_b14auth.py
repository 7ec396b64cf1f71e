"""Authors: the classes authors-blind13's first run missed or got wrong (round b14auth, issue 15: persons right or
absent). Each class beside a near neighbour whose answer must not move. Fixtures of our own.

1. An author field's label on a line of its own over its names: "Author(s)" over one name a line (a report's
   metadata block under the text), "Author:" over one name beside the headline; a label over no name names no one.
2. A sign-off ("Written by A and B") past a separator ("* * *") and a tag run glued into one word.
3. A name alone over "<date> N min read" (a blog platform's post header), though the footer names the blog's owner.
4. "Name - Publication" over the date: the writer and the newsletter's name.
5. A reader's review declared in the recipe's JSON-LD and listed under it is never the recipe's author.
6. An author box headed "About <given name>" under a list of related stories, its text "<Name> is a writer ...".
"""

from __future__ import annotations

import json

from author_pages import HEADLINE, authors, page

from archiver.extract.reviewers import reviewer_keys
from archiver.extract.signals import label_list

# --- 1. an author field's label over its names


def test_a_plural_author_label_lists_the_names_under_it_one_a_line() -> None:
    block = ("<dl><dt>Date</dt><dd>November 2003</dd><dt>Author(s)</dt><dd>Mara J. Quill</dd><dd>Tomas B. Reed</dd>"
             "<dd>Ines K. Vale</dd></dl><p><a href='/x.pdf'>Download pdf</a></p>")
    assert authors(page(after=block)) == ["Mara J. Quill", "Tomas B. Reed", "Ines K. Vale"]


def test_a_singular_author_label_over_a_name_beside_the_headline_is_the_writer() -> None:
    html = page(below_headline="<div><span>Updated:</span><span>Jun 01, 2021</span></div>"
                               "<div><b>Author:</b><div>Tracy Bellamy</div><div>Your Part-Time Bookkeeper</div></div>")
    assert authors(html) == ["Tracy Bellamy"]


def test_a_singular_author_label_takes_one_name_only() -> None:
    assert label_list(["Author:", "Tracy Bellamy", "Your Part-Time Bookkeeper"], 0) == ["Tracy Bellamy"]


def test_an_author_label_over_a_link_or_a_job_title_names_no_one() -> None:
    assert label_list(["Author:", "Read more", "Tracy Bellamy"], 0) == []
    assert label_list(["Authors", "Senior Editor"], 0) == []


# --- 2. a sign-off past a separator and a glued tag run


def test_a_sign_off_after_a_separator_and_a_glued_tag_run_is_the_writers() -> None:
    after = ("<p>* * *</p><div><a>appscustom-app-development</a><a>mobile-app-development</a></div>"
             "<p>Written by Moses Kirk and Kate Shore</p><p>April 8, 2024</p>")
    assert authors(page(below_body=after)) == ["Moses Kirk", "Kate Shore"]


# --- 3. a name over "<date> N min read"


def test_a_name_over_a_date_and_reading_time_is_the_writer_though_the_footer_names_her() -> None:
    html = page(below_headline="<p>Leona Brandt</p><p>Dec 18, 2025 2 min read</p>",
                footer="Leona Brandt is building a smart home in public. Copyright © Leona Brandt.")
    assert authors(html) == ["Leona Brandt"]


def test_a_name_over_a_plain_date_that_the_story_names_again_stays_doubtful() -> None:
    paragraphs = ["Leona Brandt told the council on Tuesday that the harbour budget was late again this year, "
                  "and asked members for a clear timetable for the works on the north pier and the quay."]
    html = page(below_headline="<p>Leona Brandt</p><p>Dec 18, 2025</p>", paragraphs=paragraphs * 3)
    assert authors(html) == []


# --- 4. "Name - Publication" over the date


def test_a_name_and_a_newsletters_name_over_the_date_is_the_writer() -> None:
    html = page(below_headline="<p>Andrea Valdez - Remote Jobs</p><p>Dec 17, 2025</p>",
                footer="© 2026 Andrea Valdez · Privacy · Terms")
    assert authors(html) == ["Andrea Valdez"]


# --- 5. a reader's review is no author


def _recipe(author: str, reviewers: list[str]) -> str:
    doc = {"@context": "https://schema.org", "@type": "Recipe", "name": HEADLINE, "author": {"@type": "Person",
           "name": author}, "review": [{"@type": "Review", "reviewBody": "Lovely.", "author": {"@type": "Person",
                                                                                           "name": r}}
                                       for r in reviewers]}
    return f"<script type='application/ld+json'>{json.dumps(doc)}</script>"


def test_a_reviewers_name_read_by_the_layout_guess_is_not_the_recipes_author() -> None:
    reviews = "".join(f"<div class='review'><span class='author'>{r}</span><p>Lovely, I made it twice.</p></div>"
                      for r in ("Kaye Lindqvist", "Cat Cancook"))
    html = page(_recipe("sal", ["Kaye Lindqvist", "Cat Cancook"]), after=f"<h2>Reviews</h2>{reviews}")
    assert authors(html) == []


def test_the_reviewers_are_read_from_the_main_objects_reviews_and_comments() -> None:
    main = {"review": [{"author": {"name": "Kaye  Lindqvist"}}], "comment": {"author": "Cat Cancook"}}
    assert reviewer_keys(main) == frozenset({"kaye lindqvist", "cat cancook"})


def test_a_recipes_declared_writer_who_also_reviews_it_is_still_its_author() -> None:
    html = page(_recipe("Nora Pellham", ["Nora Pellham"]), below_headline="<p>By Nora Pellham</p>")
    assert authors(html) == ["Nora Pellham"]


# --- 6. an author box headed with the writer's first name


def _box(heading: str, bio: str) -> bytes:
    related = "".join(f"<li><a href='/s{i}'>{t}</a></li>" for i, t in enumerate(
        ("How Long Does Garbage Take to Decompose", "Why You Should Start Downsizing Early")))
    return page(after=f"<h3>Related Articles from the blog</h3><ul>{related}</ul><p>Join us on:</p>"
                      f"<aside><h4>{heading}</h4><p>{bio}</p></aside>")


def test_an_author_box_headed_about_her_first_name_under_a_related_list_is_the_writers() -> None:
    html = _box("About Laura", "Laura Quillan is a writer, graphic designer and mystery fan who lives in Atlanta.")
    assert authors(html) == ["Laura Quillan"]


def test_an_about_box_that_describes_no_writer_names_no_one() -> None:
    assert authors(_box("About Laura", "Laura Quillan is a florist who grows tulips in Atlanta.")) == []
    assert authors(_box("About Us", "Laura Quillan is a writer, graphic designer and mystery fan.")) == []
