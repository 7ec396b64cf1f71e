"""Japanese lines that only look like extractor 63's new credit and reprint forms (review of session 39).

Found reading blind8's new Japanese rules against Japanese news text: the closing "（<name>撮影）" form took any
bracket ending on 撮影, so a caption's when-and-where ("（十日、都庁で撮影）": photographed on the 10th, at the
Tokyo government building) became a picture credit naming no one; the "<outlet>より転載" form took "から転載" /
"より転載" anywhere, so a site's reprint policy ("このサイトから転載する場合は": when reprinting from this site...)
and a story's sentence about someone else's reprint ("記事はネット掲示板から転載されていた": the article had been
copied from a message board) became the piece's republication line. The forms now need a name before 撮影 (not
a place's で or a date) and the reprint said of the piece, closing its clause ("...からの転載です", "...より転載").
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page


@pytest.mark.parametrize("line", ["会見する知事（十日、都庁で撮影）", "完成した新庁舎（2019年撮影）",
                                  "開業当時の駅舎（1964年10月1日撮影）"])
def test_a_japanese_captions_when_and_where_photographed_is_no_credit(line: str) -> None:
    assert _credits(_page(_caption(line), lang="ja")) == []


def test_a_japanese_captions_photographer_after_the_place_is_still_a_credit() -> None:
    assert _credits(_page(_caption("会見する知事＝十日、都庁で（佐藤花子撮影）"), lang="ja")) == ["（佐藤花子撮影）"]


@pytest.mark.parametrize("line", [
    "このサイトから転載する場合は、出典を明記してください。",
    "同社はブログから転載した画像について謝罪した。",
    "週刊誌の記事が無断で投稿された。記事はネット掲示板から転載されていた。",
])
def test_a_japanese_line_about_someone_elses_reprint_is_no_republication(line: str) -> None:
    assert [k for k, _ in _notices(_page(tail=f"<p>{line}</p>", lang="ja"))] == []


@pytest.mark.parametrize("line", ["Example Newsより転載", "この記事はExample Weeklyから転載しました。"])
def test_a_japanese_piece_reprinted_from_an_outlet_is_still_a_republication_line(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>", lang="ja")) == [("republished_from", line)]
