"""notices-blind13's and authors-blind12's classes (bench/labels/README.md, "notices-blind13", "authors-blind12"), each
in general form: 60 pages of the fixtures a mercury-parser fork added (eleven languages), labelled blind for notices
and for authors; their wrong names, misses and false reports, read after the one blind run. Fixtures of our own.

Authors:
- A byline's lead, an author box's heading or a country alone is no person ("Skrevet af", "About the Author",
  "United Kingdom": the layout guess's three wrong names); a writer beside them is still read.
- A job title's opening word ("Web", "Managing") is no part of the name before "Editor".
- A follow button's line between a full name and the story's date: the name is still the byline.

Notices:
- A picture marker, a dash and a full name with its full stop is a credit ("Photo – Jane Roe."); a heading after a
  dash ("Fotos – Die schönsten Bilder des Festes") is none.
- An agency's desk or imprint before a further slash ("Jane Doe/Getty Images Sport/Getty Images North America"); a
  byline "Reuters Staff" is no credit.
- Prose after a picture label and a word ("Image Size: I typically leave ...") is no credit, with or without its
  full stop; a name after the label keeps the line a credit.
- An update note opening on its month and year with an edit's verb ("February 2019: Fixed steps ..."): a correction.
- A Chinese reprint by leave ("【Outlet】授權轉載 原文出處【title】") and a piece excerpted from a book
  ("本文節錄自《书名》") are republications; a site's "未經授權轉載" forbids reprints and is none.
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, authors, page, resolve_with_guess
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

# ----------------------------------------------------------------------------- authors: lead, heading, country


@pytest.mark.parametrize("guess", ["Skrevet af", "About the Author", "Über den Autor", "Written by", "United Kingdom",
                                   "Deutschland"])
def test_a_lead_a_heading_or_a_country_guessed_alone_is_no_person(guess: str) -> None:
    meta = resolve_with_guess(page(below_headline=f"<p class='author'>{guess}</p>"), guess=guess,
                              lines=[HEADLINE, guess])
    assert list(meta.authors) == []


@pytest.mark.parametrize("name", ["Caio Lima", "Anna Berg"])
def test_a_writer_guessed_alone_is_still_read(name: str) -> None:
    meta = resolve_with_guess(page(below_headline=f"<p class='author'>{name}</p>"), guess=name, lines=[HEADLINE, name])
    assert list(meta.authors) == [name]


# ----------------------------------------------------------------------------- authors: a job title's first word


@pytest.mark.parametrize(("byline", "lang"), [("di Sabina Montevergine Web Editor", "it"),
                                              ("By Sabina Montevergine Managing Editor", "en")])
def test_a_job_titles_opening_word_is_no_part_of_the_name(byline: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p class='author'>{byline}</p>", lang=lang)) == ["Sabina Montevergine"]


def test_a_surname_before_the_job_title_is_kept_whole() -> None:
    assert authors(page(below_headline="<p class='author'>By Anna Maria Berg Senior Editor</p>")) == ["Anna Maria Berg"]


# ----------------------------------------------------------------------------- authors: a follow button


def test_a_name_over_a_follow_button_and_the_date_is_the_byline() -> None:
    html = page(below_headline="<p>John Andreou</p><p>Follow</p><p>May 01, 2026</p>")
    assert authors(html) == ["John Andreou"]


# ----------------------------------------------------------------------------- notices: marker, dash, name


@pytest.mark.parametrize(("text", "credit"), [
    ("Preparing the loaf. Photo – Amelia Stanwix. Styling – Lucy Feagins.", "Photo – Amelia Stanwix."),
    ("Foto – Jana Maria Berg.", "Foto – Jana Maria Berg."),
])
def test_a_marker_a_dash_and_a_full_name_with_its_full_stop_is_a_credit(text: str, credit: str) -> None:
    found = _credits(_page(_caption(text)))
    assert len(found) == 1 and found[0].startswith(credit)


@pytest.mark.parametrize("text", ["Fotos – Die schönsten Bilder des Festes", "Photos – New York Fashion Week"])
def test_a_heading_after_a_marker_and_a_dash_is_no_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == []


# ----------------------------------------------------------------------------- notices: an agency's desk


def test_an_agencys_desk_before_a_further_slash_is_part_of_the_credit() -> None:
    text = "Jared C. Tilton/Getty Images Sport/Getty Images North America"
    assert _credits(_page(_caption(text))) == [text]


def test_an_agency_and_a_word_closing_the_line_is_no_credit() -> None:
    assert _credits(_page(_caption("Reuters Staff"))) == []


# ----------------------------------------------------------------------------- notices: prose after a label


@pytest.mark.parametrize("line", [
    "Image Size: I typically leave this at the default range of 3:2 and do any relevant cropping in post-processing",
    "Image Quality: we set this to fine for every camera body, since the files are processed from raw later anyway.",
])
def test_prose_after_a_picture_label_is_no_credit(line: str) -> None:
    assert _credits(_page(f"<p>{line}</p>")) == []


def test_a_name_opening_a_long_credit_after_the_label_keeps_it_a_credit() -> None:
    text = ("Photo credit: Jane Doe, whose pictures of the harbour were taken over three years for the local museum "
            "and its archive")
    assert _credits(_page(_caption(text))) == [text]


# ----------------------------------------------------------------------------- notices: a dated update note


@pytest.mark.parametrize("line", [
    "February 2019: Fixed steps involving the available sections, as they were changed in the latest version.",
    "March 3, 2024 - Corrected the prices of the ferry tickets and the winter timetable.",
])
def test_an_update_note_opening_on_its_date_with_an_edits_verb_is_a_correction(line: str) -> None:
    assert _notices(_page(tail=f"<p class='update'>{line}</p>")) == [("correction", line)]


def test_a_dated_heading_over_the_story_is_no_correction() -> None:
    line = "February 2019: Ships, tides and the people of the northern coast in the coldest month of the year."
    assert _notices(_page(tail=f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- notices: Chinese reprints


@pytest.mark.parametrize("line", ["【Example Life】授權轉載 原文出處【心理學家解密長久幸福的關鍵】",
                                  "本文節錄自《最好的休息法》，由大是文化出版。", "本文摘自《港口的故事》一书。"])
def test_a_chinese_reprint_by_leave_or_an_excerpt_from_a_book_is_a_republication(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>", lang="zh-TW")) == [("republished_from", line)]


@pytest.mark.parametrize("line", ["版權所有，未經授權轉載必究。", "本站內容禁止授權轉載。"])
def test_a_site_forbidding_reprints_is_no_republication(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>", lang="zh-TW")) == []


def test_a_bare_picture_label_with_a_caption_glued_to_its_credit_stays_a_credit() -> None:
    html = _page(_caption("<span class='copyright'>Foto: action press</span>Werden inzwischen auch von den etablierten "
                          "Parteien als Problem benannt: die Schiffe im Hafen"), lang="de")
    assert [c[:18] for c in _credits(html)] == ["Foto: action press"]
