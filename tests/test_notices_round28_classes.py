"""The classes dev14's blind run missed or reported wrongly (bench/labels/README.md, "notices-dev14.jsonl"),
and the kinds the issue names widened across the languages, each as small pages of our own:

1. the authors' declared interests (funding, shares, no conflict of interest): a note about the piece;
2. a short caption closing on an agency's credit after its sentence ("EPA-EFE/Jane Doe", "Jane Doe/Pool
   via Reuters");
3. the site's lines that read like notices: a trademark line's "displayed with permission", a © line with a
   legal form and a postal address, a network's acronym before "affiliate", advice and guarantees in a
   story's text;
4. AI help and outside contributors said of the piece, the piece said to be a translation, "appeared originally".
"""

from __future__ import annotations

import pytest
from notice_pages import after as _after
from notice_pages import at_page_end as _at_page_end
from notice_pages import between as _between
from notice_pages import in_main as _in_main

from archiver.extract.page_lines import CTX_CAPTION, CTX_FOOTER

# ----------------------------------------------------------------------------- 1. declared interests


@pytest.mark.parametrize("line", [
    "Jane Doe has received funding from the Example Research Council.",
    "Jane Doe does not work for, consult, own shares in or receive funding from any company or organisation "
    "that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.",
    "Die Autorin erhält Fördermittel von der Deutschen Forschungsgemeinschaft.",
    "Jane Doe ne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds "
    "d'une organisation qui pourrait tirer profit de cet article.",
    "Los autores declaran no tener ningún conflicto de intereses.",
    "Os autores declaram não haver conflito de interesses.",
    "Gli autori dichiarano di non avere conflitti di interesse.",
    "Авторы заявляют об отсутствии конфликта интересов.",
])
def test_declared_interest_after_the_story_is_an_editors_note(line: str) -> None:
    assert _after(line, 0) == [("editors_note", line)]


def test_funding_said_of_a_project_in_the_story_is_no_notice() -> None:
    assert _after("The project has received funding from the city council, the mayor said on Monday.", 0) == []


# ----------------------------------------------------------------------------- 2. an agency's credit closing a short caption


@pytest.mark.parametrize(("caption", "credit"), [
    ("Storm damage in the south of the country. EPA-EFE/Jane Doe", "EPA-EFE/Jane Doe"),
    ("The president speaks at the air base near the city, January 16, 2020. Jane Doe/Pool via REUTERS",
     "Jane Doe/Pool via REUTERS"),
    ("Die Feuerwehr löscht den Brand in der Halle. dpa/Jane Doe", "dpa/Jane Doe"),
])
def test_agency_credit_closing_a_short_caption_after_its_sentence_is_found(caption: str, credit: str) -> None:
    assert _between(caption, CTX_CAPTION) == [("image_credit", credit)]


def test_library_tag_with_a_count_after_a_teaser_sentence_is_not_read_apart() -> None:
    assert _between("Las noticias de la semana en la región. Shutterstock/La República 22", CTX_CAPTION) == []


# ----------------------------------------------------------------------------- 3. the site's lines


def test_trademark_line_displayed_with_permission_is_no_republication() -> None:
    line = "Example and the Example logo are registered marks of Example Network, LP, displayed with permission."
    assert _after(line, CTX_FOOTER) == []


def test_copyright_line_with_legal_form_and_address_in_the_footer_is_no_credit() -> None:
    assert _after("© Example Editorial Información General, S.L.U. Avda Example 25 - 28033 Madrid", CTX_FOOTER) == []


def test_network_acronym_before_affiliate_is_no_disclosure() -> None:
    assert _after("RSS affiliate calls for week-long agitation against new labour policies", 0) == []


def test_affiliate_links_are_still_a_disclosure() -> None:
    assert _after("This post contains affiliate links.", 0) == [("sponsored", "This post contains affiliate links.")]


@pytest.mark.parametrize("line", [
    "In accordance with the medical advice, she will stay in home quarantine, the official statement said.",
    "Passing legislation is hard. It takes years, and there is no guarantee of success.",
])
def test_advice_and_guarantee_in_the_story_are_no_disclaimer(line: str) -> None:
    assert _after(line, 0) == []


def test_advice_the_content_is_not_is_still_a_disclaimer() -> None:
    assert _after("The content of this page is not financial advice.", 0) == [
        ("disclaimer", "The content of this page is not financial advice.")]


# ----------------------------------------------------------------------------- 4. AI, contributors, translations


@pytest.mark.parametrize("line", [
    "This article was generated with the assistance of artificial intelligence.",
    "Dieser Artikel wurde mit Hilfe von KI erstellt.",
    "Cet article a été rédigé avec l'aide de l'intelligence artificielle.",
    "Este artículo fue generado con ayuda de inteligencia artificial.",
    "Este artigo foi escrito com a ajuda de inteligência artificial.",
    "Questo articolo è stato scritto con l'aiuto dell'intelligenza artificiale.",
    "Эта статья написана с помощью искусственного интеллекта.",
    "This post was submitted by a reader and has not been edited.",
    "Dieser Beitrag wurde von einem Leser eingesandt.",
    "Die geäußerten Meinungen sind die des Autors.",
])
def test_ai_help_or_outside_author_said_of_the_piece_is_a_disclaimer(line: str) -> None:
    assert _after(line, 0) == [("disclaimer", line)]


@pytest.mark.parametrize("line", [
    "Researchers have analysed the scans with the help of AI and found a new pattern in the data.",
    "Forscher haben die Bilder mit Hilfe von KI ausgewertet und ein neues Muster gefunden.",
    "The letter was written by a reader of the newspaper, police said.",
])
def test_ai_or_a_reader_in_the_story_is_no_notice(line: str) -> None:
    assert _in_main(line, 0) == []
    assert _after(line, 0) == []


@pytest.mark.parametrize("line", [
    "This article was translated from Spanish.",
    "Dieser Artikel wurde aus dem Englischen übersetzt.",
    "Cet article a été traduit de l'anglais.",
    "Este artículo fue traducido del inglés.",
    "Este artigo foi traduzido do inglês.",
    "Questo articolo è stato tradotto dall'inglese.",
    "Эта статья переведена с английского.",
])
def test_piece_said_to_be_a_translation_is_an_editors_note(line: str) -> None:
    assert _after(line, 0) == [("editors_note", line)]


@pytest.mark.parametrize("line", ["Translated by Jane Doe.", "übersetzt von Jane Doe", "Traduit de l'anglais par Jane Doe."])
def test_translators_credit_is_no_notice(line: str) -> None:
    # a credit of the text, as "Reporting by ..." is (the labelling rules): no notice
    assert _after(line, 0) == []


@pytest.mark.parametrize("line", ["Este artículo apareció originalmente en Example.",
                                  "Este artigo apareceu originalmente no Example."])
def test_appeared_originally_is_a_republication(line: str) -> None:
    assert _at_page_end(line, 0) in ([("republished_from", line)], [])  # the page's end may hold the site's lines
    assert _after(line, 0) == [("republished_from", line)]
