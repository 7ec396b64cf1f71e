"""Round noticeleft54 (issue 15): the notices the last rounds left, each class in general form beside a neighbour that
must stay as it was. Fixtures of our own, EN DE FR ES IT PT RU; no labelled page was read to write them.

- the Italian plural article "I" opening a sentence is no English "I" (the page's writer) in a remark on the trade;
- who takes part in an affiliate programme decides: the page's own (first person, "the author", the site named) a
  disclosure, a third party ("the firm", a reported sentence) none;
- a lone label ("Sponsored") over its own capitalised sentence is one notice;
- a dateline naming the update as a noun ("Última actualización", "Dernière mise à jour") is no notice; a lower-case
  Italian "di" byline under a section's label is a byline;
- a source line inside a quotation's blockquote, or naming a wire, is no republication; a wire whose name is a common
  word ("Atlas") is read in the wire's form only;
- a "pie-photo" or "no-caption" class is no caption; Russian AI disclosures need no "эта";
- a headline's bracketed "(Anzeige)" / "(Advertorial)" / "(Publireportage)" is the sponsored notice and no word of
  the title.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS as _PARAS
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import line_contexts as _line_contexts
from notice_articles import notices as _notices
from notice_articles import page as _page

from archiver.extract import extract
from archiver.extract.notice_unpictured import unpictured_captions
from archiver.extract.page_lines import CTX_CAPTION
from archiver.extract.text import parse_html


def _tail(text: str, lang: str) -> bytes:
    """An article with ``text`` set apart in italics after its story."""
    return _page(tail=f"<p><em>{text}</em></p>", lang=lang)


# ----------------------------------------------------------------------------- 1. the Italian article "I"


@pytest.mark.parametrize("line", [
    "I link di affiliazione sono un modo comune per i blog di guadagnare.",
    "I programmi di affiliazione sono una forma diffusa di guadagno per i siti di viaggio.",
])
def test_the_italian_article_i_is_no_english_writer_in_a_trade_remark(line: str) -> None:
    assert _notices(_tail(line, "it")) == []


def test_the_english_i_in_an_affiliate_remark_keeps_it_the_pages_disclosure() -> None:
    line = "Affiliate links are a common way for blogs to make money, and I use them on every page too."
    assert _notices(_tail(line, "en")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- 2. who takes part in the programme


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The author participates in Amazon's affiliate programme."),
    ("en", "The author participates in Amazon's programme and may earn from qualifying purchases."),
    ("es", "Harbour Notes participa en programas de afiliados, una forma de financiar el sitio sin publicidad."),
    ("it", "L'autore partecipa al programma di affiliazione di Amazon."),
])
def test_the_pages_own_participation_said_in_the_third_person_is_sponsored(lang: str, line: str) -> None:
    assert _notices(_tail(line, lang)) == [("sponsored", line)]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The firm participates in Amazon's affiliate programme, its filings show."),
    ("en", "The retailer is a member of several affiliate networks that pay bloggers for each sale."),
    ("de", "Die Firma nimmt seit Jahren am Amazon-Partnerprogramm teil und verdient daran gut."),
])
def test_a_third_partys_participation_in_a_programme_is_no_notice(lang: str, line: str) -> None:
    assert _notices(_tail(line, lang)) == []


def test_the_sites_own_first_person_participation_stays_sponsored() -> None:
    line = "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program."
    assert _notices(_tail(line, "en")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- 3. a label over its own sentence


@pytest.mark.parametrize(("lang", "label", "rest"), [
    ("en", "Sponsored", "This article was produced in partnership with Example Bank."),
    ("en", "Paid partnership", "This guide was paid for by Example Bank and written by our partner studio."),
])
def test_a_label_over_its_own_sponsored_sentence_is_one_notice(lang: str, label: str, rest: str) -> None:
    html = _page(f"<div class='note'><p>{label}</p><p>{rest}</p></div>", lang=lang)
    assert _notices(html) == [("sponsored", rest)]


def test_a_label_over_a_sentence_of_another_kind_keeps_both() -> None:
    # (above the story, where the label is the page's: in the story's middle a bare label is an ad slot's since
    # b17notice, tests/test_extract_notices_blind17.py)
    note = "<div class='note'><p>Sponsored</p><p>Correction: an earlier version misstated the bank's name.</p></div>"
    html = _page().replace(b"<h1>Harbour story</h1>", b"<h1>Harbour story</h1>" + note.encode())
    assert [kind for kind, _ in _notices(html)] == ["sponsored", "correction"]


def test_a_bare_label_in_the_storys_middle_leaves_the_sentence_under_it_its_own_kind() -> None:
    html = _page("<div class='note'><p>Sponsored</p><p>Correction: an earlier version misstated the bank's name.</p>"
                 "</div>")
    assert [kind for kind, _ in _notices(html)] == ["correction"]


# ----------------------------------------------------------------------------- 4. datelines, a lower-case byline


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Publicado originalmente el 3 de mayo de 2024. Última actualización: 5 de mayo de 2024, 14:05 h"),
    ("it", "Pubblicato originariamente il 3 maggio 2024 · Ultimo aggiornamento: 5 maggio 2024 alle 14:05"),
    ("fr", "Publié initialement le lundi 3 mai 2024 à 10h12 · Dernière mise à jour le mardi 4 mai 2024"),
    ("pt", "Publicado originalmente em 3 de maio de 2024 · Última atualização em 5 de maio de 2024 às 14h05"),
    ("ru", "Впервые опубликовано 3 мая 2024 в 10:12 · Последнее обновление 5 мая 2024 в 14:05"),
    ("de", "Erstmals veröffentlicht am Montag, 3. Mai 2024 · Letzte Aktualisierung am 5. Mai 2024"),
])
def test_a_dateline_naming_the_update_as_a_noun_is_no_notice(lang: str, line: str) -> None:
    html = (f"<html lang='{lang}'><head><title>Harbour story</title></head><body><main><article><h1>Harbour story</h1>"
            f"<p class='dateline'>{line}</p>{_PARAS}</article></main></body></html>").encode()
    assert _notices(html) == []


def test_a_republication_naming_its_outlet_beside_a_dateline_stays_a_notice() -> None:
    line = "Publicado originalmente en El Diario Vasco el 3 de mayo de 2024."
    assert _notices(_tail(line, "es")) == [("republished_from", line)]


def _menu_page(inside: str) -> bytes:
    """An Italian article whose menu links a "Fotografia" section, ``inside`` after its paragraphs."""
    return (f"<html lang='it'><head><title>Harbour story</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/fotografia'>Fotografia</a></nav><main><article><h1>Harbour story</h1>{_PARAS}{inside}"
            f"</article></main><footer><p>Impressum</p></footer></body></html>").encode()


def test_a_sections_label_over_a_lower_case_italian_byline_is_the_sections_kicker() -> None:
    html = _menu_page("<figure><img src='a.jpg'></figure><div>Fotografia</div><div>di <a href='/m'>Mario Rossi</a></div>")
    assert _notices(html) == []


def test_a_sections_label_over_a_linked_name_after_a_picture_stays_its_credit() -> None:
    html = _menu_page("<figure><img src='a.jpg'></figure><div>Fotografia</div><div><a href='/m'>Mario Rossi</a></div>")
    assert _credits(html) == ["Fotografia\nMario Rossi"]


# ----------------------------------------------------------------------------- 5. source lines and wires

_STORY = ("<p>" + "La ciudad celebró ayer el festival del puerto con miles de visitantes llegados de toda la región, y "
          "los barcos engalanados recorrieron la bahía hasta el anochecer. " * 2 + "</p>")


def test_a_source_line_inside_a_quotations_blockquote_is_no_republication() -> None:
    html = _page(tail=f"<blockquote>{_STORY}<p>Fuente: El Diario Vasco</p></blockquote><p>Hoy el puerto abrió.</p>",
                 lang="es")
    assert _notices(html) == []


def test_a_source_line_closing_the_story_stays_a_republication() -> None:
    assert _notices(_page(tail=f"{_STORY}<p>Fuente: El Diario Vasco</p>", lang="es")) == [
        ("republished_from", "Fuente: El Diario Vasco")]


@pytest.mark.parametrize("wire", ["Servimedia", "Colpisa", "Lusa", "Interfax"])
def test_a_source_line_naming_a_captions_wire_is_no_republication(wire: str) -> None:
    assert _notices(_page(tail=f"{_STORY}<p>Fuente: {wire}</p>", lang="es")) == []


def test_a_common_words_wire_in_its_plain_form_closing_a_caption_is_no_credit() -> None:
    assert _notices(_page(_caption("Mapa de la costa de Cantabria | Atlas"), lang="es")) == []


@pytest.mark.parametrize("wire", ["ATLAS", "Agencia Atlas"])
def test_a_common_words_wire_in_the_wires_form_closing_a_caption_stays_a_credit(wire: str) -> None:
    assert _credits(_page(_caption(f"Los bomberos en la calle Mayor | {wire}"), lang="es")) == [wire]


# ----------------------------------------------------------------------------- 6. caption classes, Russian AI


def test_a_pie_photo_class_on_a_recipe_page_is_no_caption() -> None:
    html = ("<html><body><main><div class='apple-pie-photo'>Apple pie with a lattice crust</div></main></body></html>")
    assert not _line_contexts(html, "Apple pie with a lattice crust") & CTX_CAPTION


@pytest.mark.parametrize("cls", ["pie-de-foto", "PieFoto", "pie-imagen"])
def test_the_spanish_press_caption_classes_stay_captions(cls: str) -> None:
    html = f"<html><body><main><div class='{cls}'>Los bomberos en la calle Mayor</div></main></body></html>"
    assert _line_contexts(html, "Los bomberos en la calle Mayor") & CTX_CAPTION


def test_a_no_caption_class_is_no_caption() -> None:
    html = ("<html><body><main><div class='image no-caption'>Harbour at dusk with the ferry leaving</div></main>"
            "</body></html>")
    assert not _line_contexts(html, "Harbour at dusk with the ferry leaving") & CTX_CAPTION


def test_a_no_caption_box_under_a_table_is_no_tables_caption() -> None:
    tree = parse_html("<html><body><table><tr><td>1</td><td>2</td></tr></table>"
                      "<div class='no-caption'>Source: Eurostat</div></body></html>")
    assert tree is not None
    assert unpictured_captions(tree) == frozenset()


def test_a_caption_box_under_a_table_stays_the_tables_caption() -> None:
    tree = parse_html("<html><body><table><tr><td>1</td><td>2</td></tr></table>"
                      "<div class='caption'>Source: Eurostat</div></body></html>")
    assert tree is not None
    assert unpictured_captions(tree) == frozenset({"source: eurostat"})


@pytest.mark.parametrize("line", [
    "Текст сгенерирован нейросетью и проверен редактором.",
    "Публикация подготовлена с помощью искусственного интеллекта и отредактирована редакцией.",
    "Материал подготовлен с помощью ИИ.",
])
def test_a_russian_ai_disclosure_without_a_demonstrative_is_a_disclaimer(line: str) -> None:
    assert _notices(_tail(line, "ru")) == [("disclaimer", line)]


def test_a_russian_story_sentence_on_anothers_ai_report_is_no_notice() -> None:
    line = "Доклад был подготовлен с помощью ИИ и проверен экспертами, сообщил министр."
    assert _notices(_page(f"<p>{line}</p>", lang="ru")) == []


# ----------------------------------------------------------------------------- 7. the headline's advertising marker


def _headline(h: str, lang: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>{h} | Harbour News</title><meta property='og:title' content='{h}'>"
            f"</head><body><nav><a href='/'>Home</a></nav><main><article><h1>{h}</h1>{_PARAS}</article></main>"
            "<footer><p>Impressum</p></footer></body></html>").encode()


@pytest.mark.parametrize(("lang", "headline", "title", "marker"), [
    ("de", "Die besten Wanderwege am Bodensee (Anzeige)", "Die besten Wanderwege am Bodensee", "(Anzeige)"),
    ("en", "Ten ways to save for a boat (Advertorial)", "Ten ways to save for a boat", "(Advertorial)"),
    ("fr", "[Publireportage] Les meilleurs hôtels de Genève", "Les meilleurs hôtels de Genève", "[Publireportage]"),
])
def test_a_headlines_bracketed_ad_marker_is_sponsored_and_no_word_of_the_title(
        lang: str, headline: str, title: str, marker: str) -> None:
    result = extract(_headline(headline, lang), url="https://news.example.org/story")
    assert result.title == title
    assert [(n.kind, n.text) for n in result.disclaimers] == [("sponsored", marker)]


def test_a_headlines_bracketed_word_naming_something_stays_in_the_title() -> None:
    result = extract(_headline("Die Anzeige (Zeitung) wird 150 Jahre alt", "de"), url="https://news.example.org/story")
    assert result.title == "Die Anzeige (Zeitung) wird 150 Jahre alt"
    assert result.disclaimers == ()
