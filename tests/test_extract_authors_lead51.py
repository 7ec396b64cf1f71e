"""Korean bylines with a label before the name (session 51, lead): "글 홍길동 기자" (text: Hong Gil-dong,
reporter) names the writer "홍길동"; the label was kept and "글 홍길동 기자" cited whole as the author. A credit
for the pictures alone ("사진 홍길동 기자", photo) names the photographer, not the writer: no author from it.
"""

from __future__ import annotations

import pytest

from archiver.extract import extract

STORY = "".join(f"<p>항구의 새 부두가 월요일에 문을 연다고 시 당국이 밝혔다. 문장 {i}번째입니다. 주민들은 오래 기다렸다.</p>"
                for i in range(6))


def _authors(byline: str) -> tuple[str, ...]:
    html = (f"<html lang='ko'><head><title>항구 소식</title></head><body><article><h1>항구 소식</h1>"
            f"<p class='byline'>{byline}</p>{STORY}</article></body></html>").encode()
    return extract(html, url="https://news.example.kr/a/1").authors


@pytest.mark.parametrize("byline", [
    "글 홍길동 기자", "글·사진 홍길동 기자", "글/사진 홍길동 기자", "취재 홍길동 기자", "정리 홍길동 기자", "글 홍길동",
    "글 홍길동 기자 hong@example.co.kr",
])
def test_a_writers_label_before_a_korean_name_is_no_part_of_it(byline: str) -> None:
    assert _authors(byline) == ("홍길동",)


def test_a_korean_name_with_its_job_word_alone_keeps_its_answer() -> None:
    assert _authors("홍길동 기자") == ("홍길동",)


@pytest.mark.parametrize("byline", ["사진 홍길동 기자", "영상 홍길동 기자"])
def test_a_credit_for_the_pictures_alone_names_no_writer(byline: str) -> None:
    assert _authors(byline) == ()


@pytest.mark.parametrize("byline", ["글 김철수 기자, 사진 홍길동 기자", "사진 홍길동 기자, 글 김철수 기자"])
def test_the_writer_beside_a_photographer_is_the_author(byline: str) -> None:
    assert _authors(byline) == ("김철수",)
