"""Issue 15, the classes the last rounds left (notices-left46; bench/labels/README.md, "Round left46"), each in general
form and each beside a near neighbour that stays what it is:

- "Images: <web address> <the caption's sentence>": the credit is the label and the address.
- A line telling the reader what they can earn or do with a programme ("Merchant and affiliate programs: You can
  connect ...") is no disclosure; the site's own first person still makes one.
- The site a participant or member of affiliate programmes ("We are a participant in several affiliate marketing
  programs") is a disclosure again, though "affiliate marketing" alone names a trade.
- A changelog's versioned line, "an older version of <software>": no correction; a correction corrects this piece.
  An editor's note whose first sentence introduces the piece is an editor's note though it says later the piece is
  updated.
- "Image from <a source of lower-case words>." under a picture is a credit; "Images from <source> <verb> ..." is a
  story's sentence. An "author-credit" element right after a picture that is no portrait is its credit.
- A Korean or Japanese caption's credit followed by the outlet's "reproduction forbidden" phrase keeps its credit.
- The page's furniture after a credit's bullet, middle dot or bar (reading time, "Updated", "Published", a comment
  count) is no part of the credit.
- A tutorial's "Edit: the config file ..." names what to edit (no correction); "supported by <more than three words>
  testimony" is what a text rests on (no sponsorship).
- close42's: a Chinese portal's "特别声明：" / "郑重声明：" is a disclaimer's label ("版权声明：" a licence line stays none); a
  bare "Note:" explaining the story's subject is no editor's note (one speaking of the piece, its writer or its
  pictures still is); a kind's bare label wholly a link is a teaser's label, not this page's.
"""

from __future__ import annotations

import pytest
from notice_articles import EDIT, PARAS
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

from archiver.extract.notices import classify_line
from archiver.extract.page_lines import CTX_BOX, CTX_LINK

_PICTURE = "<p><img src='harbour.jpg' alt='The harbour at dusk'></p>"

# ----------------------------------------------------------------------------- "Images: <address> <sentence>"


@pytest.mark.parametrize(("text", "credit", "lang"), [
    ("Images: Example.org Moving Grant recipient Crystal documented the care her moving crew took.",
     "Images: Example.org", "en"),
    ("Image: Jane Roe, Example.org Crystal packed the boxes herself before the movers came.",
     "Image: Jane Roe, Example.org", "en"),
    ("Fotos: example.de Die Helfer stehen am Deich und füllen Sandsäcke.", "Fotos: example.de", "de"),
])
def test_a_picture_label_and_a_web_address_before_the_captions_sentence_is_the_credit(
        text: str, credit: str, lang: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


def test_a_picture_label_and_an_address_before_a_sentence_in_a_disclaimer_box_is_the_credit() -> None:
    html = ("<div class='disclaimer'><p>Images: Example.org Moving Grant recipient Crystal documented the care her "
            "moving crew took to ensure no damage.</p></div>")
    assert _credits(_page(html)) == ["Images: Example.org"]


def test_a_gallerys_caption_sentence_after_a_plural_label_and_no_address_is_no_credit() -> None:
    assert _credits(_page(_caption("Photos: The harbour festival drew thousands of visitors on Sunday."))) == []


# ----------------------------------------------------------------------------- the reader's offer, no disclosure


@pytest.mark.parametrize(("line", "lang"), [
    ("Merchant and affiliate programs: You can connect your store catalog and earn a commission on each sale.", "en"),
    ("Partnerprogramm: Mit dem Partnerprogramm können Sie Provisionen für jeden Verkauf verdienen.", "de"),
])
def test_a_feature_telling_the_reader_what_they_can_earn_is_no_disclosure(line: str, lang: str) -> None:
    assert _notices(_page(tail=f"<ul><li>{line}</li><li>Memberships: fans pay monthly.</li></ul>", lang=lang)) == []


@pytest.mark.parametrize(("line", "lang"), [
    ("You can support us by shopping through our affiliate links; we earn a small commission.", "en"),
    ("Wenn Sie über diese Links kaufen, erhalten wir eine Provision.", "de"),
])
def test_the_sites_own_commission_addressed_to_the_reader_is_still_sponsored(line: str, lang: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>", lang=lang)) == [("sponsored", line)]


# ----------------------------------------------------------------------------- the site in affiliate programmes


@pytest.mark.parametrize(("line", "lang"), [
    ("We are a participant in several affiliate marketing programs.", "en"),
    ("I participate in the Example affiliate program and other affiliate marketing programs.", "en"),
    ("Wir nehmen am Example-Partnerprogramm teil.", "de"),
    ("Nous participons au programme d'affiliation Example.", "fr"),
])
def test_the_site_in_affiliate_programmes_is_sponsored(line: str, lang: str) -> None:
    assert _notices(_page(footer=f"<p>{line}</p>", lang=lang)) == [("sponsored", line)]


def test_a_company_in_affiliate_marketing_programs_in_a_story_is_no_disclosure() -> None:
    line = "Affiliate marketing programs are among the ways the harbour shops sell their goods online."
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- a correction corrects this piece


@pytest.mark.parametrize("line", [
    "v2.1: Fixed the login bug that was corrected in the previous version.",
    "Version 3.0 – The editor was updated to the new toolkit.",
    "[1.4.2] - The totals were corrected for leap years.",
])
def test_a_changelogs_versioned_line_is_no_correction(line: str) -> None:
    assert _notices(_page(tail=f"<h2>Changelog</h2><ul><li>{line}</li></ul>")) == []


def test_an_older_version_of_software_is_no_correction() -> None:
    line = "Add the Example client (it was not compatible due to a snapshot taken with an older version of Example 3)."
    assert _notices(_page(tail=f"<ul><li>{line}</li></ul>")) == []


@pytest.mark.parametrize(("line", "lang"), [
    ("An earlier version of this article misstated the harbour master's name.", "en"),
    ("A previous version of this story gave the wrong date for the launch.", "en"),
    ("In einer früheren Version dieses Artikels stand ein falsches Datum.", "de"),
])
def test_an_earlier_version_of_this_piece_is_still_a_correction(line: str, lang: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>", lang=lang)) == [("correction", line)]


def test_an_editors_note_introducing_the_piece_and_saying_later_it_is_updated_is_an_editors_note() -> None:
    line = ("Editor’s Note: This map features the top harbour restaurants each month, as chosen by our editors. This "
            "list has been updated in November to include three new openings.")
    assert _notices(_page(f"<p>{line}</p>")) == [("editors_note", line)]


def test_an_editors_note_opening_on_the_update_is_still_a_correction() -> None:
    line = "Editor's note: This story was updated at 5:45 p.m. ET to include details from the harbour authority."
    assert _notices(_page(f"<p>{line}</p>")) == [("correction", line)]


# ----------------------------------------------------------------------------- "Image from <source>." and author-credit


@pytest.mark.parametrize("line", ["Image from the official website of the ministry of health.",
                                  "Photo from the archived website of the city council."])
def test_a_line_naming_a_source_in_lower_case_words_under_a_picture_is_a_credit(line: str) -> None:
    assert _credits(_page(f"{_PICTURE}<p>{line}</p>")) == [line]


@pytest.mark.parametrize("line", ["Images from the satellite indicate severe flooding.",
                                  "Photos from the festival drew thousands of likes."])
def test_pictures_from_a_source_and_a_verb_after_it_is_still_no_credit(line: str) -> None:
    assert _credits(_page(f"{_PICTURE}<p>{line}</p>")) == []


@pytest.mark.parametrize("html", [
    "<p><img src='harbour.jpg' alt='The harbour'><span class='author-credit'>Jane Roe</span></p>",
    "<div><img src='harbour.jpg' alt='The harbour'></div><div class='author-credit'>Jane Roe</div>",
])
def test_an_author_credit_element_right_after_a_picture_that_is_no_portrait_is_its_credit(html: str) -> None:
    assert _credits(_page(html)) == ["Jane Roe"]


@pytest.mark.parametrize("html", [
    "<div><img src='/uploads/jane.jpg' class='avatar' alt='Jane'></div><span class='author-credit'>Jane Doe</span>",
    "<div class='author-credit'><div class='author-credit__avatar-container'><img src='/u/jane.jpg' alt=''></div>"
    "<div class='author-credit__content'><div class='author-credit__name'>By Jane Doe</div></div></div>",
])
def test_an_author_credit_element_after_the_writers_portrait_is_still_no_credit(html: str) -> None:
    assert _credits(_page(html + PARAS[:200])) == []


# ----------------------------------------------------------------------------- a credit and the rights phrase


@pytest.mark.parametrize(("text", "credit", "lang"), [
    ("지난 16일 대통령이 청사에서 악수하고 있다. 사진=연합뉴스 무단전재 및 재배포 금지", "사진=연합뉴스", "ko"),
    # the bracket closes after the rights phrase: the credit alone, as the page prints it (review rvn58: a closing
    # bracket was added after the credit, "（写真：共同通信）", printed nowhere on the page)
    ("東京駅前の広場（写真：共同通信 無断転載禁止）", "写真：共同通信", "ja"),
])
def test_a_captions_credit_before_the_outlets_rights_phrase_keeps_its_credit(text: str, credit: str, lang: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


def test_a_sites_rights_line_with_no_picture_label_is_still_no_credit() -> None:
    assert _credits(_page(footer="<p>Copyright ⓒ 예시일보. 무단 전재 및 재배포를 금합니다.</p>", lang="ko")) == []


# ----------------------------------------------------------------------------- the page's furniture after a bullet


@pytest.mark.parametrize(("line", "credit"), [
    ("Photo: Jane Roe • 3 min read • Updated", "Photo: Jane Roe"),
    ("Photo: Jane Roe | Published 2 hours ago", "Photo: Jane Roe"),
    ("Photo: Jane Roe · 12 comments", "Photo: Jane Roe"),
    ("Foto: Max Muster · Aktualisiert am 3. Mai 2024", "Foto: Max Muster"),
])
def test_the_pages_furniture_after_a_credits_bullet_is_no_part_of_the_credit(line: str, credit: str) -> None:
    assert _credits(_page(f"{_PICTURE}<p><small>{line}</small></p>")) == [credit]


def test_an_outlet_after_a_credits_middle_dot_stays_part_of_the_credit() -> None:
    line = "Photo: Jane Roe/Reuters · The Example Times"
    assert _credits(_page(f"{_PICTURE}<p><small>{line}</small></p>")) == [line]


# ----------------------------------------------------------------------------- "Edit:" naming a file; "supported by"


@pytest.mark.parametrize("line", [
    "Edit: the config file now lives in the config folder, so copy it there before you run the app.",
    "Edit: ~/.bashrc and add the line below, then reload the shell.",
    "Edit: settings.yaml to point at the new harbour database.",
])
def test_a_tutorials_edit_naming_the_file_to_edit_is_no_correction(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == []


def test_a_blogs_edit_adding_to_the_post_is_still_a_correction() -> None:
    assert _notices(_page(tail=f"<p>{EDIT}</p>")) == [("correction", EDIT)]


@pytest.mark.parametrize("line", ["This article was supported by the council's own detailed written testimony.",
                                  "This report is supported by the city council's public hearing testimony."])
def test_a_piece_supported_by_testimony_many_words_on_is_no_sponsorship(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == []


def test_a_piece_supported_by_a_foundations_grant_is_still_sponsored() -> None:
    line = "This report was supported by the Example Foundation's grant for data journalism and analysis."
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- close42's: a portal's statement, "Note:", a teaser's label


@pytest.mark.parametrize("line", [
    "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“示例号”用户上传并发布，本平台仅提供信息存储服务。",
    "郑重声明：本站所载文章仅供参考，不构成投资建议。",
])
def test_a_chinese_portals_special_statement_under_the_story_is_a_disclaimer(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang="zh")) == [("disclaimer", line)]


def test_a_chinese_licence_statement_is_still_no_notice() -> None:
    line = "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"
    assert _notices(_page(tail=f"<p>{line}</p>", lang="zh")) == []


@pytest.mark.parametrize(("line", "lang"), [
    ("Note: React maintains its own virtual tree because it is faster to compute changes on it than on the real one.",
     "en"),
    ("Hinweis: Der Compiler prüft die Typen schon beim Übersetzen, nicht erst zur Laufzeit.", "de"),
])
def test_a_bare_note_explaining_the_storys_subject_is_no_editors_note(line: str, lang: str) -> None:
    assert _notices(_page(f"<div class='box'><p>{line}</p></div>", lang=lang)) == []


@pytest.mark.parametrize(("line", "lang"), [
    ("Note: I didn’t edit this, so you’re getting all my mistakes.", "en"),
    ("Hinweis: Für eine bessere Darstellung wurde die Schutzhaube entfernt!", "de"),
])
def test_a_bare_note_speaking_of_the_piece_or_its_pictures_is_still_an_editors_note(line: str, lang: str) -> None:
    assert _notices(_page(f"<div class='box'><p>{line}</p></div>", lang=lang)) == [("editors_note", line)]


@pytest.mark.parametrize("label", ["Advertorial", "Sponsored"])
def test_a_kinds_bare_label_wholly_a_link_at_the_main_texts_edge_is_a_teasers_label(label: str) -> None:
    # (Kompas's "Advertorial" over a linked tile's headline: the line as the page walk reads it, a link in a box)
    assert classify_line(label, {"sponsored"}, CTX_LINK | CTX_BOX, "main_edge") is None
    assert classify_line(label, {"sponsored"}, CTX_BOX, "main_edge") is not None


def test_a_kinds_bare_label_above_the_story_not_a_link_is_still_sponsored() -> None:
    html = ("<html lang='en'><head><title>Harbour story</title></head><body><main><article><p class='note'>Advertorial"
            f"</p><h1>Harbour story</h1>{PARAS}</article></main></body></html>").encode()
    assert _notices(html) == [("sponsored", "Advertorial")]


# ----------------------------------------------------------------------------- an ad slot's label joined to the story


@pytest.mark.parametrize(("line", "lang"), [
    ("Реклама: Самого директора уволили только в 2025 году, но он имеет серьезные шансы вернуться на должность "
     "благодаря решению суда. Более 40 других судей до сих пор получают немалое вознаграждение.", "ru"),
    ("Sponsored: The harbour master was dismissed only last year, but he has a serious chance of returning to the post "
     "after the court's ruling. Several of his allies were sponsored by the shipping lines.", "en"),
])
def test_an_ad_slots_label_joined_to_the_storys_paragraph_is_no_notice(line: str, lang: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == []


def test_a_disclosure_after_its_label_is_still_sponsored() -> None:
    line = ("Disclosure: Some of the links above are affiliate links, meaning, at no additional cost to you, we will "
            "earn a commission if you click through and make a purchase.")
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]


def test_a_sponsor_named_beside_an_offer_to_the_reader_is_still_sponsored() -> None:
    line = "Sponsored by Example Boats: you can get a free trial of their harbour app this month."
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]
