"""Notice error classes found on the blind dev8 pages (bench/labels/notices-dev8.jsonl), each as a
small page of our own, in several of EN DE FR ES RU PT IT:

- misses: an opinion disclaimer worded as "the personal assessments of the author"; "Aus <magazine
  issue>" without a colon; a site's affiliate statement in a footer inside a comment-classed
  container; a picture library's bare address as the picture's source; a credit glued to the
  sentence before it ("... entgegen.Foto: X"); a bare "Note:" / "Hinweis:" set apart in the text;
  "Instagram (Screenshot)"; "Courtesy X" closing a caption;
- false reports: a teaser's headline "<adjective> Bilder: <sentence>"; a publisher's or blogger's
  "© <one name>" in the footer or the menus;
- kind: a machine-translation notice is a disclaimer, not a correction.

Every fixture is a page of visible lines with their DOM context bits and the main text, as
:func:`archiver.extract.notices.find_notices` receives them from the HTML extractor.
"""

from __future__ import annotations

import pytest
from notice_pages import BODY, FOOTER
from notice_pages import after as _after
from notice_pages import at_page_end as _at_page_end
from notice_pages import between as _between
from notice_pages import in_main as _in_main

from archiver.extract.notices import find_notices
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_COMMENT,
    CTX_FOOTER,
    CTX_ITALIC,
    CTX_LINK,
    CTX_NAV,
    CTX_NOTE,
)

# --------------------------------------------------------------- disclaimers


@pytest.mark.parametrize("line", [
    "Meinungen in Beiträgen auf Hafenblatt entsprechen jeweils den persönlichen Einschätzungen der Autorin "
    "oder des Autors.",                                                                         # de
    "Columns on Harbour Journal reflect the personal views of the author.",                     # en
    "Las columnas publicadas reflejan la opinión personal del autor.",                          # es
    "Os textos assinados expressam a opinião pessoal do autor.",                                # pt
    "Gli interventi pubblicati esprimono l'opinione personale dell'autore.",                    # it
])
def test_opinion_as_the_authors_personal_assessment_is_a_disclaimer(line: str) -> None:
    assert _after(line, CTX_ASIDE) == [("disclaimer", line)]


@pytest.mark.parametrize("line", [
    "This article has been translated automatically. It might contain mistakes. If you have any doubts, "
    "please read the original version in German.",                                             # en
    "Dieser Artikel wurde automatisch übersetzt und kann Fehler enthalten. Im Zweifel gilt die Originalfassung.",  # de
    "Cet article a été traduit automatiquement et peut contenir des erreurs.",                   # fr
    "Este artículo es el resultado de una traducción automática. Puede contener errores.",      # es
])
def test_machine_translation_notice_is_a_disclaimer_not_a_correction(line: str) -> None:
    assert _after(line, CTX_ASIDE | CTX_NOTE) == [("disclaimer", line)]


# --------------------------------------------------------------- republication, sponsored, editor's notes


@pytest.mark.parametrize("line", [
    "Aus HAFEN-Sonderheft 1/2019",                 # de
    "From Harbour Monthly, issue 3/2019",          # en
    "Extrait de Revue du Port n° 12",              # fr
    "Tratto da Rivista del Porto n. 4/2020",       # it
])
def test_line_naming_a_periodicals_issue_the_piece_is_from_is_a_republication(line: str) -> None:
    """At the top of a recipe's main text, in a header the page classes as navigation."""
    main = [line, *BODY]
    contexts = [CTX_ASIDE | CTX_NAV | CTX_FOOTER, *[0] * (len(BODY) + len(FOOTER))]
    found = find_notices([*main, *FOOTER], contexts, main)
    assert [(n.kind, n.text) for n in found] == [("republished_from", line)]


@pytest.mark.parametrize("line", [
    "Wir verwenden in unseren Artikeln grundsätzlich Partnerlinks. Beim Kauf eines verlinkten Artikels erhalten "
    "wir einen kleinen Prozentsatz als Provision, für Sie bleibt der Preis aber identisch.",       # de
    "We use affiliate links in our articles: when you buy through them, we earn a small commission at no cost "
    "to you.",                                                                                  # en
])
def test_sites_affiliate_statement_in_a_footer_inside_a_comment_container_is_sponsored(line: str) -> None:
    assert _at_page_end(line, CTX_COMMENT | CTX_FOOTER) == [("sponsored", line)]


def test_form_hint_in_a_comment_box_of_the_footer_is_no_notice() -> None:
    line = "Hinweis: Bitte die mit * gekennzeichneten Felder ausfüllen."
    assert _after(line, CTX_ASIDE | CTX_COMMENT | CTX_FOOTER | CTX_NOTE) == []


@pytest.mark.parametrize("line, ctx", [
    ("Note: I didn’t edit this video, so you’re getting all my mistakes.", CTX_BOX),                 # en
    ("Hinweis: Für eine bessere Darstellung wurde die Schutzhaube entfernt!", CTX_ITALIC),            # de
    ("Remarque : pour une meilleure lisibilité, le capot a été retiré sur les photos.", CTX_ITALIC),  # fr
    ("Nota: para una mejor visión se ha retirado la cubierta de la sierra.", CTX_BOX),                # es
])
def test_bare_note_set_apart_in_the_text_is_an_editors_note(line: str, ctx: int) -> None:
    assert _in_main(line, ctx) == [("editors_note", line)]


@pytest.mark.parametrize("line", [
    "Hinweis: Wenn Sie dieses Video abspielen, erfolgt eine Datenübertragung an YouTube.",  # de
    "Note: playing this video sends personal data to YouTube.",                             # en
])
def test_note_about_privacy_set_apart_in_the_text_is_no_editors_note(line: str) -> None:
    assert _in_main(line, CTX_BOX) == []


# --------------------------------------------------------------- image credits


@pytest.mark.parametrize("line", [
    "https://unsplash.com/photos/AbC123xyz",
    "https://pixabay.com/de/photos/hafen-schiff-123456",
    "www.flickr.com/photos/janedoe/123456",
])
def test_picture_librarys_address_alone_is_a_credit(line: str) -> None:
    assert _between(line, 0) == [("image_credit", line)]


@pytest.mark.parametrize("line, ctx", [
    ("https://unsplash.com/photos/AbC123xyz", CTX_LINK),          # a link's label
    ("http://www.flickr.com/photos/janedo...", CTX_CAPTION),      # a shortened link
    ("https://example.com/images/harbour.jpg", 0),                # no picture library
])
def test_linked_shortened_or_other_address_is_no_credit(line: str, ctx: int) -> None:
    assert _between(line, ctx) == []


_LONG = ("Vor einer Klage sollten sich die Kunden informieren, zum Beispiel bei den Verbraucherzentralen. Auch die "
         "Aufsichtsbehörden nehmen Hinweise zu überhöhten Preisen entgegen: kommunale Unternehmen unterliegen der "
         "Kommunalaufsicht, private Anbieter unterliegen dagegen der Aufsicht der Kartellbehörden des Bundes und der "
         "Länder, die Beschwerden über überhöhte Preise sammeln, prüfen und gegebenenfalls an die zuständigen Stellen "
         "weitergeben, damit die Kunden am Ende nicht allein mit ihren Fragen zu den Preisen bleiben")


@pytest.mark.parametrize("credit", ["Foto: Example Agency", "Photo: Jane Doe", "Bild: Max Muster"])
def test_credit_glued_to_the_sentence_before_it_is_found(credit: str) -> None:
    assert _in_main(f"{_LONG}.{credit}", 0) == [("image_credit", credit)]


@pytest.mark.parametrize("line", [
    "Instagram (Screenshot)",              # de/en
    "Screenshot: YouTube",                 # en
    "Captura de pantalla: Twitter",        # es
    "Скриншот: Telegram",                  # ru
])
def test_screenshot_of_a_platform_is_a_credit(line: str) -> None:
    assert _between(line, CTX_CAPTION | CTX_ASIDE) == [("image_credit", line)]


@pytest.mark.parametrize("caption, credit", [
    ("Basket of Wild Strawberries, (1761). Courtesy Example Museum", "Courtesy Example Museum"),            # en
    ("Cesta de fresas, 1761. Cortesía de Museo Ejemplo", "Cortesía de Museo Ejemplo"),                      # es
    ("Cesto di fragole, 1761. Per gentile concessione del Museo Esempio", "Per gentile concessione del Museo Esempio"),  # it
    ("Cesta de morangos, 1761. Cortesia do Museu Exemplo", "Cortesia do Museu Exemplo"),                    # pt
])
def test_courtesy_closing_a_caption_is_its_credit(caption: str, credit: str) -> None:
    assert _between(caption, CTX_CAPTION) == [("image_credit", credit)]


@pytest.mark.parametrize("line", [
    "Krasse Bilder: Hier stürmt ein Bankräuber mit Pistole in eine Filiale",   # de
    "Amazing photos: the storm hits the coast of the north at night",          # en
    "Impresionantes fotos: la tormenta llega a la costa del norte",            # es
])
def test_teaser_headline_with_a_picture_word_is_no_credit(line: str) -> None:
    assert _after(line, CTX_LINK) == []


def test_list_of_credits_after_a_picture_word_is_still_a_credit() -> None:
    line = "Left image: National Example Administration, right image: Jane Doe"
    assert _between(line, CTX_CAPTION) == [("image_credit", line.removeprefix("Left "))]


@pytest.mark.parametrize("line, ctx", [
    ("© Example Business Information GmbH", CTX_FOOTER),    # a publisher, in the footer after the text
    ("© Jane Doe", CTX_ASIDE | CTX_FOOTER | CTX_NAV),       # a blogger's own name, in the menus
])
def test_one_name_after_a_copyright_sign_in_the_footer_or_menus_is_the_sites_line(line: str, ctx: int) -> None:
    assert _after(line, ctx) == []


@pytest.mark.parametrize("line", ["© Jane Doe (KNA)", "© dpa | Jane Doe", "© Jane Doe / Example Agency"])
def test_copyright_sign_with_a_source_in_the_menus_is_still_a_credit(line: str) -> None:
    assert _after(line, CTX_ASIDE | CTX_FOOTER | CTX_NAV) == [("image_credit", line)]


def test_copyright_sign_in_a_footer_element_inside_the_text_is_still_a_credit() -> None:
    """Sites put a figure's credit in a ``<footer>`` inside the article: between the paragraphs it
    is the picture's, not the site's."""
    lines = [*BODY[:2], "© Jane Doe", *BODY[2:], *FOOTER]
    contexts = [0, 0, CTX_FOOTER, 0, 0, *[0] * len(FOOTER)]
    assert [(n.kind, n.text) for n in find_notices(lines, contexts, BODY)] == [("image_credit", "© Jane Doe")]
