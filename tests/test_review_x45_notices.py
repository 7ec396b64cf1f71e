"""Review x45 of extractor 79 (notices-blind12's rules), read as an adversary: the wrong notices those rules gave on
pages they were not written from, each fixed in general form.

- "Images from <source> <verb> ...": a story's sentence in a paragraph of its own, whatever its verb, is no credit
  ("Image from <source>." on a line of its own still is).
- A caption opening "Image from <source>." and going on with a sentence is not one credit of both sentences.
- "affiliate marketing links" are the page's own links: a disclosure, as "affiliate links" are.
- The site's own name after a glued "ⓒ" closing a story's paragraph is the site's line, as after a "©"; in a caption
  it stays the picture's credit.
- A caption of a story about piracy saying "무단 복제" (unauthorised copying) or "無断転載された" (reproduced without
  permission) is no site's rights line: its credit stays.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

_PICTURE = "<p><img src='satellite.jpg' alt='The coast from above'></p>"


@pytest.mark.parametrize("line", ["Images from the satellite indicate severe flooding.",
                                  "Photos from the scene circulated on social media."])
def test_a_story_sentence_opening_on_pictures_from_a_source_is_no_credit(line: str) -> None:
    assert _credits(_page(f"{_PICTURE}<p>{line}</p>")) == []


def test_a_line_naming_where_the_picture_came_from_is_still_a_credit_beside_the_rule() -> None:
    assert _credits(_page(f"{_PICTURE}<p>Image from Wikimedia Commons.</p>")) == ["Image from Wikimedia Commons."]


def test_a_caption_opening_on_image_from_and_a_sentence_after_it_is_not_one_credit_of_both() -> None:
    assert "Image from NASA. The rover landed in 2021." not in _credits(
        _page(_caption("Image from NASA. The rover landed in 2021.")))


@pytest.mark.parametrize("line", ["This post contains affiliate marketing links.",
                                  "We use affiliate marketing links on this page."])
def test_the_pages_own_affiliate_marketing_links_are_sponsored(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]


@pytest.mark.parametrize(("text", "credit", "lang"), [
    ("불법 복제물 단속 현장. 웹툰 무단 복제 피해가 크다. 사진=연합뉴스", "사진=연합뉴스", "ko"),
    ("無断転載された漫画の画像を示す担当者（写真：共同通信）", "（写真：共同通信）", "ja"),
])
def test_a_caption_about_unauthorised_copying_keeps_its_credit(text: str, credit: str, lang: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


@pytest.mark.parametrize("footer", ["<p>&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>",
                                    "<p>Copyright ⓒ 예시일보. 무단 전재 및 재배포를 금합니다.</p>",
                                    "<p>ⓒ 예시일보. 무단 복제 및 배포 불가</p>",
                                    "<p>Copyright © Example 無断転載を禁じます。</p>"])
def test_a_sites_line_forbidding_reproduction_is_still_no_credit(footer: str) -> None:
    assert _credits(_page(footer=footer, lang="ko")) == []


@pytest.mark.parametrize("html", [
    "<figure><img src='boats.jpg'><figcaption>Boats at dusk. <span class='author-credit'>Jane Doe</span></figcaption>"
    "</figure>",
    "<figure><img src='boats.jpg'><div class='author-credit'>Jane Doe</div></figure>",
])
def test_an_author_credit_box_in_a_figure_is_the_pictures_credit(html: str) -> None:
    assert _credits(_page(html)) == ["Jane Doe"]


def test_the_sites_own_name_after_a_circled_c_closing_a_story_paragraph_is_no_credit() -> None:
    assert _credits(_page("<p>회담이 열렸다고 정부 관계자가 밝혔다.ⓒExample</p>", lang="ko")) == []


def test_the_sites_own_name_after_a_circled_c_closing_a_caption_is_still_its_credit() -> None:
    assert _credits(_page(_caption("회담이 열렸다.ⓒExample"), lang="ko")) == ["ⓒExample"]


@pytest.mark.parametrize("text", [
    "Protesters outside the offices of Example Ltd (trading as Example Energy) in Leeds. Photo: Jane Doe/PA",
    "The firm, registered in England, is based in Leeds. Photograph: Jane Doe",
])
def test_a_caption_naming_a_companys_trading_name_or_registration_keeps_its_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == [text[text.index("Photo"):]]


@pytest.mark.parametrize("footer", ["<p>© Example Media Ltd. Registered in England and Wales No. 01234567</p>",
                                    "<p>©Example Sky Limited (trading as The Example) company number 07130747</p>"])
def test_a_companys_registration_footer_is_still_no_credit(footer: str) -> None:
    assert _credits(_page(footer=footer)) == []
