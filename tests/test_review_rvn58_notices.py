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


# ----------------------------------------------------------------------------- credit57's edges that held (neighbours)


@pytest.mark.parametrize(("text", "credit"), [
    ("(left to right) Jane Smith, John Brown. Photo: AP", "Photo: AP"),
    ("The mayor (right, pictured with her deputy. Photo: Jane Doe) at the fair.", "Photo: Jane Doe"),
    ("The pier (seen from the north). Photo: Jane Doe", "Photo: Jane Doe"),
    ("The pier at dusk (seen from the north. Photo: Jane Doe)", "Photo: Jane Doe"),
    ("The pier at dusk. Photo: Jane Doe (AP)", "Photo: Jane Doe (AP)"),
    ("The pier at dusk. [AP Photo/Jane Doe]", "[AP Photo/Jane Doe]"),
])
def test_a_bracket_that_is_not_the_credits_is_not_printed_with_it(text: str, credit: str) -> None:
    assert _credits(_page(_caption(text))) == [credit]


@pytest.mark.parametrize("html", [
    _page(_caption("Voters line up outside a polling station in Harrisburg, PA.")),
    _page(_caption("Voters line up outside a polling station in Harrisburg (PA)")),
    _page("<p>The engine rated the position at +120 CP after the knight sacrifice, and the champion resigned.</p>"),
    _page("<p>Under the headline “TASS: talks resume in Geneva”, the agency reported that the ministers would meet."
          "</p>"),
    _page("<p>WASHINGTON (AP) — The Senate voted on Monday to fund the harbour's new piers and cranes.</p>"),
    _page(_caption("Members of the Kyodo Choir perform in Osaka.")),
    _page(_caption("Technicians service the ATS (automatic train stop) on the line.")),
])
def test_a_wires_letters_used_as_a_word_or_a_dateline_are_no_credit(html: bytes) -> None:
    assert _credits(html) == []


def _notice_texts(html: bytes) -> list[str]:
    return [n.text for n in extract(html, url="https://news.example.org/story").disclaimers]


@pytest.mark.parametrize("sentence", [
    "Every page of the brochure ends with a box headed Medical Disclaimer: consult your doctor, which the regulator "
    "found too small to read.",
    "Critics point to the fine print. Health Disclaimer: that is how the box begins, in letters two millimetres high, "
    "the regulator said.",
    "The fund's letter opens with “Financial Disclaimer: past returns do not predict future ones”, a line the regulator "
    "calls meaningless.",
])
def test_a_disclaimers_label_inside_the_storys_own_sentences_opens_no_notice(sentence: str) -> None:
    assert _notice_texts(_page(f"<p>{sentence}</p>")) == []


def test_anzeige_in_brackets_as_a_word_of_the_storys_sentence_is_no_notice() -> None:
    html = _page("<p>Die Zeitung druckte den Text mit dem Hinweis (Anzeige) am Rand, sagte die Sprecherin am Montag.</p>",
                 lang="de")
    assert _notice_texts(html) == []


@pytest.mark.parametrize("where", ["footer", "aside"])
def test_a_headline_that_is_anzeige_alone_outside_the_article_is_no_notice(where: str) -> None:
    heading = "<h1>(Anzeige)</h1>"
    html = (_page(footer=heading + "<p>Impressum</p>", lang="de") if where == "footer"
            else _page(tail=f"<aside>{heading}<p><a href='/x'>Mehr lesen</a></p></aside>", lang="de"))
    assert _notice_texts(html) == []
