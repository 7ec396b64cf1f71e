"""Review rva47 of the authors round authleft47 (extractor 90): where its new readings named a word or the wrong
person. Each defect beside the credit the round reads, which must stay read. Fixtures of our own.

1. A Chinese or Japanese writer's label followed by a word, not a name: "作者：佚名" (anonymous), "作者：小编" (the
   editor), "作者：管理员" (the site's admin), "作者 简介" (a heading: the author's profile), "文：资料图" (a file
   picture), "文：ライター" (a writer, in katakana): no one.
2. A Korean job word beside the headline after a word, not a name: "기자 구독" (subscribe to the reporter), "사진
   기자" (a photo reporter), "사회부 기자" (the city desk's reporter): no one.
3. An "About the author" box on a book review, about the novelist the review discusses: no writer of the review.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page


def beside_headline(text: str, lang: str) -> bytes:
    return page(below_headline=f"<p>{text}</p>", lang=lang)


# --- 1. Chinese and Japanese label credits

@pytest.mark.parametrize(("line", "lang"), [
    ("作者：佚名", "zh"), ("作者：匿名", "zh"), ("作者：小编", "zh"), ("作者：管理员", "zh"), ("作者：本站", "zh"),
    ("作者：网友", "zh"), ("作者：转载", "zh"), ("作者：未知", "zh"), ("作者 简介", "zh"), ("作者 文章", "zh"),
    ("作者：新华网", "zh"), ("文：资料图", "zh"), ("文：图片来源网络", "zh"), ("文：中国", "zh"), ("文：ライター", "ja"),
    ("文：写真", "ja")])
def test_a_label_credit_before_a_word_that_is_no_name_names_no_one(line: str, lang: str) -> None:
    assert authors(beside_headline(line, lang)) == []


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("作者：欧阳修", "zh", "欧阳修"), ("作者：赖清德", "zh-TW", "赖清德"), ("文：张三 图：李四", "zh", "张三"),
    ("文：山田さくら", "ja", "山田さくら"), ("文：ジョン・スミス", "ja", "ジョン・スミス"), ("執筆：佐藤健一", "ja", "佐藤健一")])
def test_a_label_credit_of_a_name_is_still_read(line: str, lang: str, name: str) -> None:
    assert authors(beside_headline(line, lang)) == [name]


# --- 2. Korean job words beside the headline

@pytest.mark.parametrize("line", ["기자 구독", "기자 회견", "사진 기자", "취재 기자", "본지 기자", "사회부 기자",
                                  "칼럼니스트 모집"])
def test_a_korean_job_word_beside_a_word_that_is_no_name_names_no_one(line: str) -> None:
    assert authors(beside_headline(line, "ko")) == []


@pytest.mark.parametrize(("line", "name"), [("이영희 기자", "이영희"), ("남궁민수 기자", "남궁민수")])
def test_a_korean_reporter_beside_the_headline_is_still_read(line: str, name: str) -> None:
    assert authors(beside_headline(line, "ko")) == [name]


# --- 3. an author box about the subject of the story

REVIEW = [
    "Margaret Atwood's new novel returns to the harbour town of her early books, and it is her best in a decade.",
    "The story follows two sisters who run the ferry between the islands, told in alternating chapters.",
    "Atwood writes the sea as a character of its own; readers of her earlier work will find familiar themes here.",
]
BOX = "<section class='bio'><h3>About the author</h3><h4>{0}</h4><p>{0} {1}</p></section>"


def test_an_author_box_about_the_novelist_a_review_discusses_names_no_writer() -> None:
    box = BOX.format("Margaret Atwood", "is the author of more than fifty books of fiction, poetry and essays.")
    assert authors(page(after=box, paragraphs=REVIEW)) == []


def test_an_author_box_about_a_writer_the_story_does_not_name_is_still_read() -> None:
    box = BOX.format("Jane Partridge", "is a critic who writes about fiction for Harbor Daily.")
    assert authors(page(after=box, paragraphs=REVIEW)) == ["Jane Partridge"]
