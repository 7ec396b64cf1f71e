"""Notice error classes found on the blind dev10 pages (bench/labels/notices-dev10.jsonl), each as a
small page of our own, in several of EN DE FR ES RU PT IT:

- the credit element: an element whose class, id or itemprop says it is a picture's credit
  ("caption__credit", "image-credit", "img__credit", "figure__copyright", itemprop="creditText"), in a
  figure or caption or naming the picture, is read apart from the caption's sentence it shares a line
  with, so a MARKED credit there ("Foto: Jane Doe", "picture alliance | Jane Doe", "Getty Images") is
  found in any of these places. A bare name there (no marker word, no agency, no ©) is a notice since
  version 42 only on the DOM's evidence that it is the credit of the picture beside it
  (tests/test_notices_round42_bare_credits.py; version 19's rule, on the credit element alone, was
  removed in version 21). Not: a writer's credit box ("ACredit"), the byline's "accreditation" box;
- credit forms: "agency | name", abbreviated labels ("Abb.: <address of a page>"), a long caption
  opening with its credit glued to its sentence, "..., Quelle <name>" closing a figure's caption;
- what is no credit: a brand's © inside running text or a menu, a picture label before a whole
  sentence (a teaser), a news agency's tag with an editor's initials ("(dpa/gem)");
- statements: "(Updated: <date>)" is a date, not a correction; health information that does not
  replace a doctor, the reader's own responsibility and liability not accepted are disclaimers;
  "WERBUNG für <product>" and a free test sample are sponsored.
"""

from __future__ import annotations

import pytest
from notice_pages import after as _after
from notice_pages import between as _between

from archiver.extract import extract
from archiver.extract.notices import classify_line, credit_head
from archiver.extract.page_lines import CTX_ASIDE, CTX_BOX, CTX_CAPTION, CTX_ITALIC, CTX_NAV

_PARAS = "".join(
    f"<p>Paragraph {i} of the story about the harbour, the ships and the people who sail them along "
    f"the northern coast, with the weather and the tides as they come and go through the year.</p>"
    for i in range(1, 6))


def _page(inside: str, *, aside: str = "", body_class: str = "") -> bytes:
    """A small article page with ``inside`` after its second paragraph and ``aside`` in a sidebar."""
    cls = f' class="{body_class}"' if body_class else ""
    return (f"<html><head><title>Harbour story</title></head><body{cls}>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article><h1>Harbour story</h1>"
            f"{_PARAS[:400]}{inside}{_PARAS[400:]}</article></main>"
            f"<aside class='sidebar'>{aside}</aside><footer><p>Impressum</p></footer></body></html>").encode()


def _notices(html: bytes) -> list[tuple[str, str]]:
    return [(n.kind, n.text) for n in extract(html, url="https://example.org/story").disclaimers]


# ----------------------------------------------------------------------------- the credit element


_CAPTION_CREDIT = ("<figure><img src='a.jpg'><div class='caption'><span class='caption__text'><p>The harbour at dusk, "
                   "seen from the old pier.</p></span><span class='caption__credit'>{}</span></div></figure>")


@pytest.mark.parametrize("name", [
    "Jane Doe",                 # en
    "FORESTIS",                 # a hotel's name in capitals
    "Hôtel du Port",            # fr
    "Иван Петров",              # ru
    "José Pérez",               # es / pt
    "Lily of the Valley",       # a name with particles
    "example-photos.de",        # a photographer's site
])
def test_bare_name_in_a_caption_credit_element_beside_its_picture_is_reported(name: str) -> None:
    assert _notices(_page(_CAPTION_CREDIT.format(name))) == [("image_credit", name)]


@pytest.mark.parametrize("credit", [
    "Photo: Jane Doe",          # en
    "Foto: Jane Doe",           # de
    "Photo : Jean Dupont",      # fr
    "Foto: José Pérez",         # es / pt
    "Foto di Mario Rossi",      # it
    "Фото: Иван Петров",        # ru
    "© Jane Doe",
])
def test_marked_credit_in_a_caption_credit_element_is_reported(credit: str) -> None:
    assert _notices(_page(_CAPTION_CREDIT.format(credit))) == [("image_credit", credit)]


@pytest.mark.parametrize("cls", ["fdn-image-credit", "credit img__credit", "media-credit", "photo-credit"])
def test_element_classed_as_the_pictures_credit_reports_a_marked_credit_only(cls: str) -> None:
    bare = f"<div class='fdn-caption-block'><div class='{cls}'>Example Bar &amp; Kitchen</div></div>"
    marked = f"<div class='fdn-caption-block'><div class='{cls}'>Photo: Example Bar &amp; Kitchen</div></div>"
    assert _notices(_page(bare)) == []
    assert _notices(_page(marked)) == [("image_credit", "Photo: Example Bar & Kitchen")]


def test_credit_sharing_its_line_with_the_caption_sentence_is_read_apart() -> None:
    fig = ("<figure><img src='a.jpg'><figcaption><span>Die Erwartungen an die Konferenz sind hoch.</span> "
           "<span class='figure__copyright'>picture alliance | Andrew Example</span></figcaption></figure>")
    assert ("image_credit", "picture alliance | Andrew Example") in _notices(_page(fig))


def test_credit_part_with_an_agency_is_read_apart_from_the_caption() -> None:
    fig = ("<div class='wp-caption-text'><span>Dee Example</span> <span class='credit img__credit'>Getty Images</span>"
           "</div>")
    assert ("image_credit", "Getty Images") in _notices(_page(fig))


def test_marked_credit_in_an_itemprop_credit_text_is_reported() -> None:
    fig = ("<figure><img src='a.jpg'><figcaption><span itemprop='creditText'>Foto: Marta Example</span>"
           "</figcaption></figure>")
    assert ("image_credit", "Foto: Marta Example") in _notices(_page(fig))


def test_page_wide_navigation_class_does_not_hide_a_caption_credit() -> None:
    fig = ("<figure><img src='a.jpg'><div class='caption'><span class='caption__credit'>Photo: Jane Doe</span></div>"
           "</figure>")
    assert ("image_credit", "Photo: Jane Doe") in _notices(_page(fig, body_class="siteheader-site-navigation"))


def test_lead_picture_credit_in_the_articles_own_header_is_found() -> None:
    html = ("<html><body class='site-navigation'><main><article><header><h1>Harbour story</h1><figure>"
            "<img src='a.jpg'><div class='caption'><span class='caption__credit'>Foto: Patrick Example</span></div>"
            f"</figure></header>{_PARAS}</article></main></body></html>").encode()
    assert ("image_credit", "Foto: Patrick Example") in _notices(html)


def test_writers_credit_box_outside_a_figure_is_no_picture_credit() -> None:
    box = ("<div class='ACredit'><div class='ACredit-ImageFrame'><img src='author.png'></div>"
           "<div class='ACredit-Info'><h3>Por Felipe Example</h3><p>Periodista Judicial</p></div></div>")
    assert _notices(_page(box)) == []


def test_byline_in_an_accreditation_box_is_no_credit() -> None:
    box = ("<div class='content-header__accreditation'><p class='byline'>Von Fiona Example und Mariam Beispiel"
           "</p></div>")
    assert _notices(_page(box)) == []


def test_bare_name_in_a_sidebar_teasers_credit_element_is_not_reported() -> None:
    teaser = ("<figure><img src='t.jpg'><figcaption><span class='image-credit'>Hector Example</span></figcaption>"
              "</figure><a href='/other'>Another story</a>")
    assert _notices(_page("", aside=teaser)) == []


def test_list_of_the_pages_picture_credits_yields_no_bare_names() -> None:
    items = "".join(f"<div class='photo-credit'>{t}</div>" for t in (
        "Photo credits", "Welcome Back Graphic", "Example Foundation", "Blue Mosque Courtyard Dusk", "Benh Example"))
    fig = f"<figure><img src='a.jpg'><figcaption>{items}</figcaption></figure>"
    assert _notices(_page(fig)) == []


@pytest.mark.parametrize("text", ["Vergrößern", "Share", "View gallery", "12.05.2021", "Photo credit", "visitas"])
def test_furniture_dates_and_labels_in_a_credit_element_are_no_credit(text: str) -> None:
    fig = f"<figure><img src='a.jpg'><figcaption><span class='image-credit'>{text}</span></figcaption></figure>"
    assert _notices(_page(fig)) == []


# ----------------------------------------------------------------------------- credit forms


@pytest.mark.parametrize("line", [
    "picture alliance | Jane Doe",   # de
    "AFP | Jean Dupont",             # fr
    "EFE | Juan Pérez",              # es
])
def test_agency_and_name_after_a_bar_are_a_credit(line: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", line)]


@pytest.mark.parametrize("line", [
    "Abb.: http://example.org/blog/2016/07/the-post.html",          # de
    "Ill. : https://example.fr/galerie/le-port",                    # fr
    "Рис.: https://example.ru/news/port",                           # ru
])
def test_abbreviated_picture_label_before_a_pages_address_is_a_credit(line: str) -> None:
    assert _between(line, 0) == [("image_credit", line)]


@pytest.mark.parametrize("line", [
    "Pressefoto: https://example.org/img/harbour.jpg",   # a link to the picture file itself
    "Quelle: https://example.org/artikel/hafen",         # the text's source
])
def test_picture_file_address_or_source_address_is_no_credit(line: str) -> None:
    assert _between(line, 0) == []


@pytest.mark.parametrize("line, credit", [
    ("Photo: Jane Doe Archives Le Devoir Les entreprises de trottinettes ont enregistré 365 000 déplacements "
     "entre le 21 juin et le 15 novembre, dont la majorité en trottinettes, selon les chiffres de la ville.",
     "Photo: Jane Doe Archives Le Devoir"),                                                        # fr
    # German capitalises its nouns: the credit is told from the sentence where a lower-case word follows
    # the sentence's first word ("Im vergangenen ...")
    ("Foto: Max Mustermann Archiv Im vergangenen Jahr wurden die Hafenanlagen erneuert und sollen nun "
     "wieder Schiffe aus dem ganzen Ostseeraum anziehen, wie die Stadtverwaltung am Montag mitteilte.",
     "Foto: Max Mustermann Archiv"),                                                               # de
])
def test_long_caption_opening_with_its_credit_glued_to_its_sentence(line: str, credit: str) -> None:
    assert credit_head(line) == credit
    assert _between(line, CTX_CAPTION) == [("image_credit", credit)]


@pytest.mark.parametrize("line, credit", [
    ("Abbildung 1: Beispiel eines Profils, Quelle SLF Davos", "Quelle SLF Davos"),        # de
    ("Figure 2: Grain shapes and their symbols, Source Example Institute", "Source Example Institute"),  # en
    ("Figura 3: Perfil de nieve típico, Fuente Instituto Ejemplo", "Fuente Instituto Ejemplo"),   # es
])
def test_source_without_colon_closing_a_figures_caption_is_a_credit(line: str, credit: str) -> None:
    assert _between(line, CTX_ITALIC) == [("image_credit", credit)]


def test_source_without_colon_in_running_text_is_no_credit() -> None:
    assert _between("Die Daten stammen aus vielen Jahren, Quelle Bundesamt", 0) == []


# ----------------------------------------------------------------------------- what is no credit


@pytest.mark.parametrize("line, ctx", [
    ("Neu im Sortiment ab sofort (Bestellung gilt auch für das Example News © Feiertags-Angebot):", 0),  # de
    ("Example News (c) Radio", CTX_ASIDE),                                                               # a menu
    ("Découvrez la nouvelle offre Example Café © Saveurs", 0),                                           # fr
])
def test_brand_mark_in_running_text_or_a_menu_is_no_credit(line: str, ctx: int) -> None:
    assert _between(line, ctx) == []


def test_credit_with_a_sign_after_a_caption_sentence_is_still_a_credit() -> None:
    assert _between("© dpa | Bernd Example", 0) == [("image_credit", "© dpa | Bernd Example")]


@pytest.mark.parametrize("line", [
    "FOTOS: Wer der Hektik des Alltags entfliehen möchte, ist in den Thermen der Region besonders gut aufgehoben.",
    "PHOTOS: Those who want to escape the bustle of everyday life will find the spas of the region a good place.",
    "FOTOS: Quienes quieran escapar del ajetreo diario encontrarán en los balnearios de la región un buen lugar.",
])
def test_picture_label_before_a_whole_sentence_is_a_teaser_not_a_credit(line: str) -> None:
    assert _after(line, CTX_BOX) == []


@pytest.mark.parametrize("line", ["(dpa/gem)", "(AFP/jsk)", "(Reuters/ab)"])
def test_news_agency_and_editors_initials_are_the_texts_source(line: str) -> None:
    assert _after(line, 0) == []


def test_picture_library_and_a_user_name_stay_a_credit() -> None:
    assert _between("iStock/cjp", CTX_CAPTION) == [("image_credit", "iStock/cjp")]


# ----------------------------------------------------------------------------- statements


def test_updated_date_in_a_related_posts_title_is_no_correction() -> None:
    assert _after("Hacklab report (Updated: 2021.09.14)", CTX_NAV) == []


def test_bracketed_update_with_words_is_still_a_correction() -> None:
    found = classify_line("Der Bericht (Update, 8.12.2018: Es gibt inzwischen eine neue Version.) geht weiter.")
    assert found is not None and found.kind == "correction"


@pytest.mark.parametrize("line", [
    "Alle Angaben sind zur Information gedacht. Sie ersetzen nicht die Konsultation eines Arztes.",         # de
    "Die Hinweise sind nur ein Beratungsangebot. Für Ihre Gesundheit bleiben Sie selbst verantwortlich.",   # de
    "Eine Gewähr für die Richtigkeit sowie eine Haftung für Schäden kann nicht übernommen werden.",          # de
    "This information does not replace the advice of your doctor.",                                         # en
    "You remain responsible for your own health and travel decisions.",                                     # en
    "Vous restez seul responsable de votre santé pendant le voyage.",                                       # fr
    "La información no sustituye la consulta con un médico.",                                               # es
    "Queste informazioni non sostituiscono il parere del medico.",                                          # it
    "Esta informação não substitui a consulta médica.",                                                     # pt
    "Эта информация не заменяет консультацию врача.",                                                       # ru
])
def test_health_and_liability_caveats_are_disclaimers(line: str) -> None:
    assert _after(line, CTX_BOX) == [("disclaimer", line)]


@pytest.mark.parametrize("line", [
    "WERBUNG für Example Farbshampoo",       # de
    "Publicité pour Example Café",           # fr
    "Publicidad de Example Bebidas",         # es
])
def test_advertising_label_naming_the_product_is_sponsored(line: str) -> None:
    assert _between(line, 0) == [("sponsored", line)]


@pytest.mark.parametrize("line", [
    "P.S.: Shampoo und Spülung erhielt ich als Testmuster. Der Beitrag gibt – wie immer – meine eigene, ehrliche "
    "Meinung wieder.",                                                                                       # de
    "I received the shampoo as a free test sample from the maker.",                                         # en
    "J'ai reçu ces échantillons gratuits pour tester, mon avis reste le mien.",                              # fr
    "Ho ricevuto i campioni omaggio per testarli, le opinioni sono mie.",                                    # it
])
def test_free_test_sample_is_sponsored(line: str) -> None:
    assert _after(line, 0) == [("sponsored", line)]


def test_credit_part_is_given_apart_and_the_pages_lines_stay_as_they_were() -> None:
    from archiver.extract.page_lines import (
        CTX_CREDIT,
        visible_lines_with_context,
        visible_lines_with_credits,
    )
    from archiver.extract.text import parse_html

    html = ("<html><body><figure><img src='a.jpg'><figcaption><span>The harbour at dusk.</span> "
            "<span class='image-credit'>Jane Doe</span></figcaption></figure></body></html>")
    lines, ctx, credits = visible_lines_with_credits(parse_html(html))
    assert (lines, ctx) == visible_lines_with_context(parse_html(html))
    assert lines == ["The harbour at dusk. Jane Doe"] and not ctx[0] & CTX_CREDIT
    assert credits[0][0] == "Jane Doe" and credits[0][1] & CTX_CREDIT and credits[0][1] & CTX_CAPTION


def test_bare_name_in_a_credit_element_is_reported_but_not_cut_from_the_text() -> None:
    fig = ("<figure><img src='a.jpg'><div class='caption'><span class='caption__credit'>The Harbour Grand</span>"
           "</div></figure><p>The history of The Harbour Grand reaches back to the nineteenth century, when the "
           "first guests arrived by ship from the southern ports and stayed for the whole summer season.</p>")
    art = extract(_page(fig), url="https://example.org/story")
    assert [(n.kind, n.text) for n in art.disclaimers] == [("image_credit", "The Harbour Grand")]
    assert "The history of The Harbour Grand reaches back" in art.text  # a name found by its place cuts no sentence
