"""Authors: the error classes issue 15's authleft47 round names (persons right or absent; a wrong author in a
citation is worse than none). Each class beside a near neighbour whose answer must not move. Fixtures of our own.

1. A date right after a two-word name ("By Julia Louis May 3, 2024") leaves the name whole; a double given name
   before a month that is a surname too ("By Mary Anne June 3, 2024") stays doubtful.
2. An organisation or a staff credit is no person, and is not cut to one ("By AppleInsider Staff" gave "Apple";
   "JakeMedia", "JAKEMEDIA"); it goes to the organisations.
3. A short given name that is also a lead word stays the name's after "By" ("By Di Stevens" gave "Stevens").
4. A role printed before the name is no part of it ("By Editor Jane Roe" is Jane Roe).
5. Chinese "作者：张三" / "作者 | 李四", Japanese "著者：" / "文：", Korean "name 기자" beside the headline are read; an
   outlet before the person ("作者＼生活報橘 蔡芷庭") names no one.
6. A role glued to the name by adjacent elements ("Jennifer HewettColumnist" over the date) is cut off.
7. A lower-case byline ("by jane doe", "By johnny randolph | May 08, 2020") and an author box after the story
   ("About the author" / a full name / a text opening with it) are read where the evidence is that strong.
"""

from __future__ import annotations

import pytest
from author_pages import URL, authors, declared_person, page

from archiver.extract import extract
from archiver.extract.signals import clean_authors, name_kind


def organisations(html: bytes) -> list[str]:
    return list(extract(html, url=URL).to_dict()["organizations"])


def byline(text: str, *, lang: str = "en") -> bytes:
    """The story with ``text`` as a plain paragraph under its headline (no byline class for a layout guess)."""
    return page(below_headline=f"<p>{text}</p>", lang=lang)


# --- 1. a date right after a two-word name

@pytest.mark.parametrize("name", ["Julia Louis", "Nina Martin", "Sofia Oliver"])
def test_a_two_word_name_before_a_surname_month_and_a_date_is_whole(name: str) -> None:
    assert authors(byline(f"By {name} May 3, 2024")) == [name]


@pytest.mark.parametrize("text", ["By Mary Anne June 3, 2024", "By José Luis May 3, 2024"])
def test_a_double_given_name_before_a_surname_month_and_a_date_stays_doubtful(text: str) -> None:
    assert authors(byline(text)) == []


# --- 2. organisations and staff credits

def test_a_brands_staff_credit_is_an_organisation_not_a_cut_person() -> None:
    html = byline("By AppleInsider Staff")
    assert (authors(html), organisations(html)) == ([], ["AppleInsider Staff"])


def test_a_declared_brand_staff_credit_is_an_organisation() -> None:
    html = page(declared_person("AppleInsider Staff"), below_headline="<p>By AppleInsider Staff</p>")
    assert (authors(html), organisations(html)) == ([], ["AppleInsider Staff"])


@pytest.mark.parametrize("word", ["Jakemedia", "JakeMedia", "JAKEMEDIA", "AppleInsider"])
def test_a_one_word_outlet_in_any_case_is_an_organisation(word: str) -> None:
    assert name_kind(word) == "org"


def test_a_writers_title_glued_to_her_surname_is_still_cut() -> None:
    assert clean_authors("By Meg JamesStaff Writer") == ["Meg James"]


# --- 3. a short given name that is a lead word too

@pytest.mark.parametrize("name", ["Di Stevens", "Van Morrison"])
def test_a_given_name_that_is_a_lead_word_stays_the_names_after_by(name: str) -> None:
    assert authors(byline(f"By {name}")) == [name]


def test_an_italian_lead_before_a_full_name_is_still_a_lead() -> None:
    assert authors(byline("di Mario Rossi", lang="it")) == ["Mario Rossi"]


# --- 4. a role before the name

@pytest.mark.parametrize("credit", ["By Editor Jane Roe", "By Senior Editor Jane Roe", "By Staff Writer Jane Roe",
                                    "By Columnist Jane Roe"])
def test_a_role_printed_before_the_name_is_no_part_of_it(credit: str) -> None:
    assert authors(byline(credit)) == ["Jane Roe"]


def test_a_role_alone_after_by_names_no_person() -> None:
    assert authors(byline("By Staff Writer")) == []


# --- 5. Chinese, Japanese and Korean credits beside the headline

@pytest.mark.parametrize(("line", "lang", "name"), [
    ("作者：张三", "zh", "张三"), ("作者 | 李四", "zh", "李四"), ("作者 林雙牧 發表時間 2024-05-03", "zh-TW", "林雙牧"),
    ("撰文／王小明", "zh", "王小明"), ("著者：山田太郎", "ja", "山田太郎"), ("文：佐藤花子", "ja", "佐藤花子"),
    ("김철수 기자", "ko", "김철수")])
def test_a_cjk_writers_credit_beside_the_headline_is_read(line: str, lang: str, name: str) -> None:
    assert authors(byline(line, lang=lang)) == [name]


def test_an_outlet_before_the_person_in_a_chinese_credit_names_no_one() -> None:
    assert authors(byline("作者＼生活報橘 蔡芷庭", lang="zh")) == []


def test_a_chinese_credit_of_a_long_phrase_is_no_name() -> None:
    assert authors(byline("作者：本报评论员综合报道", lang="zh")) == []


# --- 6. a role glued to the name by adjacent elements

def test_a_role_glued_to_the_name_over_the_date_is_cut_off() -> None:
    html = page(below_headline="<p class='standfirst'>The council settled the harbour budget.</p>"
                "<div><span>Jennifer Hewett</span><span>Columnist</span></div><div>May 27, 2019</div>")
    assert authors(html) == ["Jennifer Hewett"]


def test_the_writers_author_box_under_the_story_is_no_mention_of_a_subject() -> None:
    html = page(below_headline="<div>Jennifer HewettColumnist</div><div>May 27, 2019</div>",
                below_body="<p>Jennifer Hewett is National Affairs Columnist at Harbor Daily.</p>")
    assert authors(html) == ["Jennifer Hewett"]


def test_a_subject_named_again_in_the_story_is_still_no_writer() -> None:
    html = page(below_headline="<div>Jennifer HewettColumnist</div><div>May 27, 2019</div>",
                below_body="<p>Hewett told the council the budget would not hold.</p>")
    assert authors(html) == []


# --- 7. lower-case bylines and author boxes after the story

@pytest.mark.parametrize(("line", "name"), [("by jane doe | 3 May 2024", "Jane Doe"),
                                            ("By johnny randolph | May 08, 2020", "Johnny Randolph")])
def test_a_lower_case_byline_of_a_given_name_and_a_surname_is_read(line: str, name: str) -> None:
    assert authors(byline(line)) == [name]


@pytest.mark.parametrize("line", ["by the harbour council", "by mark twain wrote", "by jane",
                                  # alone on its line a lower-case pair is as often words as a name (review rva47)
                                  "by grace alone", "by will power", "by jane doe"])
def test_lower_case_text_after_by_is_no_name(line: str) -> None:
    assert authors(byline(line)) == []


AUTHOR_BOX = "<section class='bio'><h3>About the author</h3><h4>Jane Partridge</h4><p>{}</p></section>"


@pytest.mark.parametrize("bio", ["Jane Partridge is a reporter covering the harbour.",
                                 "Jane covers the harbour and the council for Harbor Daily."])
def test_an_author_box_after_the_story_names_its_writer(bio: str) -> None:
    assert authors(page(after=AUTHOR_BOX.format(bio))) == ["Jane Partridge"]


def test_an_author_box_whose_text_is_about_someone_else_names_no_one() -> None:
    assert authors(page(after=AUTHOR_BOX.format("Sign up for our weekly newsletter about the harbour."))) == []


def test_an_author_box_in_the_comments_is_a_readers() -> None:
    comments = "<section><h2>3 Comments</h2>" + AUTHOR_BOX.format("Jane Partridge is a reporter.") + "</section>"
    assert authors(page(after=comments)) == []


def test_a_byline_beside_the_headline_beats_an_author_box() -> None:
    html = page(below_headline="<p>By Tom Fielding</p>",
                after=AUTHOR_BOX.format("Jane Partridge is a reporter covering the harbour."))
    assert authors(html) == ["Tom Fielding"]
