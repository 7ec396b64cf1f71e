"""notices-blind8's classes (bench/labels/README.md, "notices-blind8"), each in general form: 57 pages of public
projects' test pages no set here held, labelled blind; their misses and false reports, read after the one blind run.

- A date line's "First published <date> <time>" says when, not where: no republication line. "This article was
  first published in <outlet>" still is one.
- The Japanese and Chinese press: a caption's closing "（<name>撮影）" (photographed by), a piece "reprinted from"
  another outlet ("...からの転載です", "本文转载自..."), and "本記事" / "本文" as the piece speaking of itself; not a
  site's standing line that others' works "均转载自其它媒体" or that reprinting "未经授权" is forbidden.
- A screenshot of a platform the lists lacked (Reddit, LinkedIn, Truth Social, Threads), in every language's word
  for a screenshot, with "from" / "on" in each ("Capture d'écran de Reddit", "Screenshot on Reddit").
- Turkish: the picture "served / provided by" an agency ("Fotoğraf, AA tarafından servis edilmiştir.").
- A caption closing on "Supplied" (or "Handout") after its sentence, or that word alone as a caption.
- An agency and the outlet that ran the picture either side of a bar, closing a caption ("... presos políticos. EFE |
  Confidencial").
- A ``<cite>`` right after its picture (a sibling before it, or before its parent, holds the ``<img>``) is the
  picture's credit element, its text read apart from the caption glued to it ("<cite>Name/Getty Images</cite>
  Shouldn't ..."); a ``<cite>`` under a quotation is not.
- A company's "© <words> <site's name>, S.L." whose last two words are the site's name, accents aside (elpais.com's
  "© EDICIONES EL PAÍS, S.L."): the site's line, not a picture's credit.
- "paid for by" inside a story's sentence (a gift "paid for by Trump") is no disclosure; "Paid for by X" opening
  a line, or said of the content, is one.
- The Spanish and Italian press's "firma" (signature) element in a figure's caption: the picture's credit; a
  "firma" byline box outside any figure is not.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

from archiver.extract import extract

# ----------------------------------------------------------------------------- "First published <date>"


@pytest.mark.parametrize("line", [
    "Example Money (New York) First published November 29, 2016: 3:33 AM ET",
    "Friday 18 November 2011 18.00 EST First published on Friday 18 November 2011 18.00 EST",
    "First published: 12 March 2020",
])
def test_a_first_published_date_line_is_no_republication(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == []


def test_first_published_in_an_outlet_is_still_a_republication_line() -> None:
    line = "This article was first published in The Example Review on 3 May 2021."
    assert _notices(_page(f"<p>{line}</p>")) == [("republished_from", line)]


# ----------------------------------------------------------------------------- Japanese and Chinese forms


def test_a_japanese_captions_closing_photographed_by_is_a_credit() -> None:
    html = _page(_caption("記者会見する山田太郎社長＝13日、東京都内で（佐藤花子撮影）"), lang="ja")
    assert _credits(html) == ["（佐藤花子撮影）"]


def test_a_japanese_caption_without_a_photographer_has_no_credit() -> None:
    assert _credits(_page(_caption("記者会見する山田太郎社長＝13日、東京都内で"), lang="ja")) == []


@pytest.mark.parametrize(("lang", "line"), [
    ("ja", "（本記事は、Example Japanで2017年6月8日に掲載した記事からの転載です。続きはExample Japanでお読みいただけます）"),
    ("zh", "本文转载自Example新闻网，经授权转载。"), ("zh", "本文原载于Example周刊。"),
])
def test_a_piece_reprinted_from_another_outlet_closing_it_is_a_republication_line(lang: str, line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>", lang=lang)) == [("republished_from", line)]


@pytest.mark.parametrize("line", [
    "凡本网注明来源的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。",
    "本网站所有内容，未经授权转载，将追究法律责任。",
])
def test_a_chinese_sites_standing_lines_about_reprints_are_no_republication(line: str) -> None:
    assert [k for k, _ in _notices(_page(tail=f"<p>{line}</p>", lang="zh"))] != ["republished_from"]


def test_a_japanese_sentence_about_a_reprint_permission_in_the_story_is_no_notice() -> None:
    line = "同社は写真の無断転載を禁止しており、違反した場合は法的措置を取るという。"
    assert _notices(_page(f"<p>{line}</p>", lang="ja")) == []


# ----------------------------------------------------------------------------- screenshots of more platforms


@pytest.mark.parametrize(("lang", "credit"), [
    ("en", "Screenshot from Reddit"), ("de", "Screenshot von Reddit"), ("fr", "Capture d'écran de Reddit"),
    ("es", "Captura de pantalla de LinkedIn"), ("ru", "Скриншот из Reddit"), ("pt", "Captura de tela do Reddit"),
    ("it", "Schermata da Reddit"), ("fr", "Captures d'écran sur Truth Social"),
])
def test_a_screenshot_of_a_platform_under_a_picture_is_a_credit(lang: str, credit: str) -> None:
    inside = (f"<figure><img src='post.jpg'><figcaption><span class='caption-text'>The post</span> "
              f"<span class='caption-credit'>{credit}</span></figcaption></figure>")
    assert _credits(_page(inside, lang=lang)) == [credit]


def test_a_sentence_about_a_reddit_thread_is_no_credit() -> None:
    line = "Users on Reddit posted a screenshot of the outage within minutes, and the thread grew all evening."
    assert _credits(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- Turkish "tarafından"


def test_a_turkish_picture_served_by_an_agency_is_a_credit() -> None:
    html = _page(_caption("Yangın kısa sürede söndürüldü. Fotoğraf, AA tarafından servis edilmiştir."), lang="tr")
    assert _credits(html) == ["Fotoğraf, AA tarafından servis edilmiştir."]


def test_a_turkish_photo_exhibition_opened_by_the_council_is_no_credit() -> None:
    line = "Fotoğraf sergisi belediye tarafından cumartesi günü açıldı ve bir ay sürecek."
    assert _credits(_page(f"<p>{line}</p>", lang="tr")) == []


# ----------------------------------------------------------------------------- "Supplied" closing a caption


@pytest.mark.parametrize("word", ["Supplied", "Handout"])
def test_a_caption_closing_on_supplied_after_its_sentence_is_a_credit(word: str) -> None:
    html = _page(_caption(f"The restored lobby of the lodge offers views of the lake upon arrival. {word}"))
    assert _credits(html) == [word]


def test_supplied_alone_as_a_caption_is_a_credit() -> None:
    assert _credits(_page(_caption("Supplied"))) == ["Supplied"]


def test_supplied_closing_a_story_paragraph_is_no_credit() -> None:
    line = "The council said the machines had been ordered in March and that the parts were finally Supplied"
    assert _credits(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- an agency, a bar, the outlet


@pytest.mark.parametrize(("lang", "sentence", "credit"), [
    ("es", "Estudiantes frente a la universidad durante una protesta en demanda de la liberación de los presos.",
     "EFE | Confidencial"),
    ("en", "Students outside the university during a protest demanding the release of the prisoners.",
     "Reuters | Example Post"),
])
def test_an_agency_and_the_outlet_either_side_of_a_bar_closing_a_caption_are_a_credit(
        lang: str, sentence: str, credit: str) -> None:
    assert _credits(_page(_caption(f"{sentence} {credit}"), lang=lang)) == [credit]


def test_a_section_and_its_subsection_after_a_bar_are_no_credit() -> None:
    assert _credits(_page(_caption("El presidente habla en el pleno de la Asamblea. Deportes | Fútbol"), lang="es")) == []


# ----------------------------------------------------------------------------- a company named for the site


def test_a_companys_copyright_ending_on_the_sites_two_word_name_is_the_sites_line() -> None:
    html = _page(tail="<p>Publicidad</p><p>© EDICIONES EL PAÍS, S.L.</p><p>Contacto</p>", lang="es")
    got = [n.text for n in extract(html, url="https://www.elpais.com/sociedad/story.html").disclaimers]
    assert got == []


def test_a_photographers_copyright_in_a_caption_is_still_a_credit() -> None:
    html = _page(_caption("La sala de espera. © Jane Doe"), lang="es")
    got = [n.text for n in extract(html, url="https://www.elpais.com/sociedad/story.html").disclaimers]
    assert got == ["© Jane Doe"]


# ----------------------------------------------------------------------------- "paid for by"


def test_paid_for_by_inside_a_storys_quoted_words_is_no_disclosure() -> None:
    line = ("Video shows him telling her in July that “I’ll give you a million dollars, to your favorite charity, "
            "paid for by Trump, if you take the test”, and later denying it.")
    assert _notices(_page(f"<p>{line}</p>")) == []


@pytest.mark.parametrize("line", ["Paid for by Example Action Fund.", "This post was paid for by Example Brand."])
def test_paid_for_by_said_of_the_content_is_a_disclosure(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- the "firma" element


@pytest.mark.parametrize("lang", ["es", "it"])
def test_a_signature_element_in_a_figures_caption_is_the_pictures_credit(lang: str) -> None:
    inside = ("<div class='foto figure'><img src='sala.jpg'><p class='figcaption'>Sala de espera de un ambulatorio madrileño en octubre. "
              "/ <span class='firma'>GORKA LEJARCEGI</span></p></div>")
    assert _credits(_page(inside, lang=lang)) == ["GORKA LEJARCEGI"]


def test_a_signature_byline_outside_any_figure_is_no_credit() -> None:
    inside = "<div class='autor'><span class='firma'>Juan Pérez</span> Madrid 27 OCT 2012</div>"
    assert _credits(_page(inside, lang="es")) == []


# ----------------------------------------------------------------------------- a <cite> beside its picture


def test_a_cite_right_after_its_picture_is_the_credit_read_apart_from_the_glued_caption() -> None:
    inside = ("<div class='mod-inline image'><a href='#'>[+] Enlarge<img src='bush.jpg' alt='Bush'></a>"
              "<div><cite>Jane Doe/Getty Images</cite>Should the trophy have been returned if rules were broken "
              "at the time?</div></div>")
    # (the block closes the paragraph it is set in, as a page's own markup does)
    assert _credits(_page("</p>" + inside + "<p>")) == ["Jane Doe/Getty Images"]


def test_a_cite_under_a_quotation_is_no_credit() -> None:
    inside = ("<blockquote><p>The sea gives and the sea takes, and the harbour keeps what it can.</p>"
              "<cite>Jane Doe/Harbour Poems</cite></blockquote>")
    assert _credits(_page(inside)) == []
