"""Review rvn58 of round credit57 (extractor 128): its rules read at their edges, as a user who quotes notices and as
an adversary. Fixtures of our own, written with their verdicts before credit57's code was read.

- a news wire's tag in brackets closing the story's text ("... sagte die Sprecherin. (dpa)") names the text's source:
  no picture's credit (it was one before credit57 too, printed "dpa"; credit57 printed it "(dpa)");
- a data attribute says a picture's credit only by the word "credit" itself, not by a longer word holding its letters
  ("data-creditor-name") nor by another kind of credit ("data-credit-score", "data-credit-rating");
- every reported notice is an exact substring of the page's text: a Japanese credit whose bracket closes after the
  outlet's rights phrase ("（写真：共同通信 無断転載禁止）") is the credit alone, not given a bracket the page never closes.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import page as _page

from archiver.extract import extract

_STORY_CLOSE = {"de": "Der Hafen soll im Mai wieder öffnen, sagte die Sprecherin.",
                "en": "The harbour will reopen in May, the spokeswoman said.",
                "fr": "Le port rouvrira en mai, a indiqué la porte-parole.",
                "es": "El puerto reabrirá en mayo, dijo la portavoz.",
                "it": "Il porto riaprirà a maggio, ha detto la portavoce.",
                "pt": "O porto vai reabrir em maio, disse o ministro.",
                "ru": "Порт откроется в мае, сообщила представитель администрации."}

# ----------------------------------------------------------------------------- a wire's tag closing the story


@pytest.mark.parametrize(("lang", "tag"), [
    ("de", "(dpa)"), ("de", "(AFP)"), ("de", "(dpa, AFP)"), ("en", "(Reuters)"), ("en", "(AFP/Reuters)"),
    ("fr", "(AFP)"), ("es", "(Reuters)"), ("it", "(Xinhua)"), ("pt", "(AFP)"), ("ru", "(Reuters)"),
])
def test_a_wire_tag_in_brackets_closing_the_storys_last_paragraph_is_no_picture_credit(lang: str, tag: str) -> None:
    assert _credits(_page(tail=f"<p>{_STORY_CLOSE[lang]} {tag}</p>", lang=lang)) == []


@pytest.mark.parametrize("tag", ["(dpa)", "(AFP)", "(Reuters/dpa)"])
def test_a_wire_tag_in_brackets_on_its_own_line_after_the_story_is_no_picture_credit(tag: str) -> None:
    assert _credits(_page(tail=f"<p>{_STORY_CLOSE['de']}</p><p>{tag}</p>", lang="de")) == []


@pytest.mark.parametrize("tag", ["(dpa)", "(AFP)", "(Reuters/dpa)"])
def test_a_wire_alone_in_brackets_closing_a_caption_stays_its_credit(tag: str) -> None:
    assert _credits(_page(_caption(f"Der Hafen am Abend, kurz nach dem Sturm. {tag}"), lang="de")) == [tag]


def test_a_wire_in_brackets_in_a_pictures_credit_element_stays_its_credit() -> None:
    html = _page("<figure><img src='harbour.jpg'><span class='credit'>(dpa)</span></figure>", lang="de")
    assert _credits(html) == ["(dpa)"]


def test_a_picture_label_and_wire_in_brackets_closing_the_story_stays_a_credit() -> None:
    assert _credits(_page(tail=f"<p>{_STORY_CLOSE['de']} (Foto: dpa)</p>", lang="de")) == ["(Foto: dpa)"]


# ----------------------------------------------------------------------------- data attributes that say credit

def _figure_with(attribute: str) -> bytes:
    return _page(f"<figure><img src='harbour.jpg'><span {attribute}>Jane Doe</span>"
                 "<figcaption>The pier at dusk.</figcaption></figure>")


@pytest.mark.parametrize("attribute", [
    "data-credit-score='high'", "data-credit-rating='AA'", "data-credit-limit='5000'", "data-creditor-name='bank'",
    "data-credit-card='visa'", "data-role='creditor'", "data-state='accredited'",
])
def test_a_data_attribute_naming_another_kind_of_credit_or_a_longer_word_is_no_credit_element(attribute: str) -> None:
    assert _credits(_figure_with(attribute)) == []


@pytest.mark.parametrize("attribute", [
    "data-photo-credit", "data-credit='1'", "data-theme-key='photo-credit-creditor'", "data-image-credits",
    "data-role='photoCredit'",
])
def test_a_data_attribute_naming_the_pictures_credit_stays_a_credit_element(attribute: str) -> None:
    assert _credits(_figure_with(attribute)) == ["Jane Doe"]


# ----------------------------------------------------------------------------- notices as the page prints them


def test_a_credit_whose_bracket_closes_after_the_rights_phrase_is_the_credit_alone() -> None:
    html = _page(_caption("港の様子。（写真：共同通信 無断転載禁止）"), lang="ja")
    article = extract(html, url="https://news.example.org/story")
    assert [n.text for n in article.disclaimers] == ["写真：共同通信"]
    assert all(n.text in article.page_text for n in article.disclaimers)


@pytest.mark.parametrize(("text", "lang"), [
    ("항구의 모습. (사진=연합뉴스 무단전재 및 재배포 금지)", "ko"),
    ("港の様子。（写真：共同通信 無断転載禁止）", "ja"),
    ("The harbour master (centre) with the crew. (AP Photo/Jane Doe)", "en"),
    ("The pier at dusk. (Photo: Jane Doe (AP))", "en"),
    ("Le port au crépuscule. (Photo : Jean Dupont / AFP)", "fr"),
    ("Il porto al tramonto (foto Ansa)", "it"),
    ("Порт на закате. (Фото: ТАСС)", "ru"),
])
def test_every_credit_reported_from_a_caption_is_a_substring_of_the_page_text(text: str, lang: str) -> None:
    article = extract(_page(_caption(text), lang=lang), url="https://news.example.org/story")
    assert article.disclaimers
    assert [n.text for n in article.disclaimers if n.text not in article.page_text] == []
