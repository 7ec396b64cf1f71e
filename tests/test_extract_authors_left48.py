"""Authors: the wrong names the last review left (round authleft48), each as a class beside a neighbour that keeps
its right name. A wrong author in a citation is worse than none, so where a line is genuinely ambiguous nothing is
reported.

1. a person and a club (or a topic) over the date is no byline unless the page shows the second as its own name;
2. a given name before a church's, a school's or a hospital's kind word over the date is no person;
3. an "About <given name>" box whose bio names a writer's trade only after another trade is no author box;
4. an undated "Written by" past a separator and a tag run, or one beside a work's other credits, is no sign-off;
5. a dated block that is a book's record lists its authors, not the article's; a story's subject over
   "<date> · N min read" named again in the story is no writer;
6. the trade roles of the seven languages (feminine forms too) before a surname name no person;
7. a capitalised particle opening a surname-first name is kept; "unknown"/"anonymous" in each script is no name.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.signals import dated_label_list, name_kind

# --- 1. "Name - Club" over the date


def test_a_person_and_a_club_over_the_date_is_no_byline() -> None:
    html = page(below_headline="<p>Marcus Rashford - Manchester United</p><p>Dec 17, 2025</p>")
    assert authors(html) == []


def test_a_person_and_a_topic_over_the_date_is_no_byline() -> None:
    assert authors(page(below_headline="<p>Marcus Rashford - Transfer News</p><p>Dec 17, 2025</p>")) == []


def test_a_name_and_the_newsletter_the_copyright_line_names_is_still_the_writer() -> None:
    html = page(below_headline="<p>Andrea Valdez - Remote Jobs</p><p>Dec 17, 2025</p>",
                footer="© 2026 Remote Jobs · Privacy · Terms")
    assert authors(html) == ["Andrea Valdez"]


def test_a_name_and_the_newsletter_its_masthead_prints_is_still_the_writer() -> None:
    html = page(above="<div>Remote Jobs</div>",
                below_headline="<p>Andrea Valdez - Remote Jobs</p><p>Dec 17, 2025</p>")
    html = html.replace(b"<a href='/'>Harbor Daily</a>", b"")
    assert authors(html) == ["Andrea Valdez"]


# --- 2. a place or a body over the date


@pytest.mark.parametrize("place", ["Grace Church", "Mary Hospital", "Joseph Academy", "Anna Kirche"])
def test_a_given_name_before_a_bodys_kind_word_over_the_date_is_no_person(place: str) -> None:
    assert authors(page(below_headline=f"<p>{place}</p><p>Dec 17, 2025</p>")) == []


def test_a_given_name_and_a_surname_over_the_date_is_still_the_writer() -> None:
    assert authors(page(below_headline="<p>Grace Kellerman</p><p>Dec 17, 2025</p>")) == ["Grace Kellerman"]


def test_a_church_surname_after_a_writers_lead_is_still_a_person() -> None:
    assert authors(page(below_headline="<p>By Charlotte Church</p>")) == ["Charlotte Church"]


# --- 3. an "About <given name>" box about someone else


def _about(heading: str, bio: str) -> bytes:
    return page(after=f"<aside><h4>{heading}</h4><p>{bio}</p></aside>")


def test_an_about_box_of_a_person_known_for_another_trade_names_no_one() -> None:
    assert authors(_about("About Grace", "Grace Kellerman is an actress and writer who starred in many films.")) == []
    assert authors(_about("About Grace", "Grace Kellerman is a singer, writer and painter from Monaco.")) == []


def test_an_about_box_that_calls_her_a_writer_first_is_still_the_writers() -> None:
    html = _about("About Grace", "Grace Kellerman is a freelance writer covering the harbour and its council.")
    assert authors(html) == ["Grace Kellerman"]


# --- 4. a song's or a book's credit under the story


_TAGS = "<p>* * *</p><div><a>beatles-history</a><a>songwriting-classics</a></div>"


def test_an_undated_written_by_past_a_separator_and_a_tag_run_is_no_sign_off() -> None:
    assert authors(page(below_body=f"{_TAGS}<p>Written by Paul McCartney</p>")) == []


def test_a_written_by_beside_a_works_other_credits_is_no_sign_off() -> None:
    after = "<p>Written by Paul McCartney</p><p>Produced by George Martin</p>"
    assert authors(page(below_body=after)) == []
    assert authors(page(below_body=f"{_TAGS}<p>Written by Paul McCartney</p><p>Recorded 1965</p>")) == []


def test_a_dated_written_by_past_a_separator_and_a_tag_run_is_still_the_sign_off() -> None:
    after = f"{_TAGS}<p>Written by Moses Kirk and Kate Shore</p><p>April 8, 2024</p>"
    assert authors(page(below_body=after)) == ["Moses Kirk", "Kate Shore"]


def test_a_credit_under_a_date_line_past_the_story_is_still_the_sign_off() -> None:
    after = "<p>23.2.2015</p><p>Teksti: Helmi Korpela</p><p>Kuvat: Aino Virta</p>"
    assert authors(page(below_body=after, lang="fi")) == ["Helmi Korpela"]


def test_a_written_by_right_under_the_story_is_still_the_sign_off() -> None:
    assert authors(page(below_body="<p>Written by Moses Kirk</p>")) == ["Moses Kirk"]


# --- 5. a book's record; a subject over a reading time


def test_a_dated_block_that_is_a_books_record_lists_no_writer() -> None:
    lines = ["The book", "March 2020", "Authors", "Helena Marsh", "Tobias Wren", "Publisher: Harbour Press, 312 pages"]
    assert dated_label_list(lines, 2) == []
    lines = ["Published: March 3, 2020", "Author:", "Helena Marsh", "ISBN 978-3-16-148410-0"]
    assert dated_label_list(lines, 1) == []


def test_a_dated_report_block_still_lists_its_writers() -> None:
    lines = ["Date", "November 2003", "Authors", "Helena Marsh", "Tobias Wren", "Summary"]
    assert dated_label_list(lines, 2) == ["Helena Marsh", "Tobias Wren"]


def test_a_subject_over_a_reading_time_named_again_in_the_story_is_no_writer() -> None:
    story = ["Marcus Rashford scored twice on Sunday as the harbour club won the derby, and Rashford said after the "
             "match that the whole team had worked hard all week for it."] * 3
    html = page(below_headline="<p>Marcus Rashford</p><p>Dec 17, 2025 · 3 min read</p>", paragraphs=story)
    assert authors(html) == []


def test_a_name_over_a_reading_time_the_story_does_not_name_is_still_the_writer() -> None:
    html = page(below_headline="<p>Marcus Brandt</p><p>Dec 17, 2025 · 3 min read</p>")
    assert authors(html) == ["Marcus Brandt"]


# --- 6. trade roles before a surname


@pytest.mark.parametrize(("credit", "lang"), [
    ("By Producer Mason", "en"), ("By Anchor Smith", "en"), ("By Photographer Hale", "en"),
    ("Von Redaktorin Meier", "de"), ("Von Moderatorin Berger", "de"), ("Par Présentatrice Martin", "fr"),
    ("Par Chroniqueuse Durand", "fr"), ("Por Redactora García", "es"), ("Por Reportera López", "es"),
    ("Di Inviata Rossi", "it"), ("Por Apresentadora Silva", "pt"), ("Автор Корреспондентка Иванова", "ru"),
])
def test_a_trade_role_before_a_surname_names_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang=lang)) == []


@pytest.mark.parametrize("name", ["Producer Mason", "Anchor Smith", "Redaktorin Meier", "Inviata Rossi",
                                  "Ведущая Петрова"])
def test_a_trade_role_opening_a_name_makes_it_no_persons_kind(name: str) -> None:
    assert name_kind(name) is None


def test_a_trade_role_before_a_full_name_still_gives_the_name() -> None:
    assert authors(page(below_headline="<p>By Producer Jane Roe</p>")) == ["Jane Roe"]


# --- 7. a surname particle; "unknown" as the name


def test_a_capitalised_particle_opening_a_surname_first_name_is_kept() -> None:
    assert authors(page(below_headline="<p>By De Luca Marco</p>", lang="it")) == ["De Luca Marco"]


def test_a_lower_case_second_lead_is_still_taken_off() -> None:
    assert authors(page(below_headline="<p>By di Mario Rossi</p>", lang="it")) == ["Mario Rossi"]


@pytest.mark.parametrize(("credit", "lang"), [
    ("著者：不明", "ja"), ("Autor: Unbekannt", "de"), ("Автор: неизвестен", "ru"), ("Par Inconnu", "fr"),
    ("Por Desconocido", "es"), ("Di Ignoto", "it"), ("Por Desconhecido", "pt"), ("By Unknown Author", "en"),
    ("作者：匿名", "zh"),
])
def test_a_placeholder_for_unknown_or_anonymous_is_no_name(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang=lang)) == []
