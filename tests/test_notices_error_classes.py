"""Notice error classes found on dev and dev3 pages (bench/labels), each as a small page of our own:
credits without a marker word (a platform handle), marker words written as one compound or set
off by a dash, a credit inside a parenthesis in running text, look-alikes taken for credits (a
link to a picture file, a gendered word pair), a slot's label taken for a sponsored notice, and
a notice set apart in a box inside the article.

Every fixture is a page of visible lines with their DOM context bits and the main text, as
:func:`archiver.extract.notices.find_notices` receives them from the HTML extractor.
"""

from __future__ import annotations

import pytest
from notice_pages import after as _after
from notice_pages import between as _between
from notice_pages import in_main as _in_main

from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_FOOTER,
    CTX_ITALIC,
    CTX_LINK,
    CTX_NAV,
    CTX_NOTE,
)

# A credit-classed block under a picture: the extractor marks it footer ("copyright") and aside.
CREDIT_BLOCK = CTX_ASIDE | CTX_FOOTER


@pytest.mark.parametrize("line", [
    "reddit by u/harbour_fan",             # en
    "Foto von @hafen.freund",              # de
    "Photo par @ami_du_port",              # fr
    "Imagen por @amigo_del_puerto",        # es
    "Foto por @amigo.do.porto",            # pt
    "Foto di @amico_del_porto",            # it
    "Фото от @drug_porta",                 # ru
])
def test_picture_credited_to_a_platform_handle_is_a_credit(line: str) -> None:
    assert _between(line, CREDIT_BLOCK) == [("image_credit", line)]


def test_pointer_to_an_account_is_not_a_credit() -> None:
    assert _between("Account: @harbour_fan", CTX_CAPTION) == []


def test_feed_heading_naming_a_handle_is_not_a_credit() -> None:
    assert _after("Tweets by @harbourdaily", CTX_ASIDE) == []


def test_marker_written_as_one_compound_with_a_dash_makes_a_credit() -> None:
    line = "Headerimage – CC BY Jane Doe @ Flickr"
    assert _after(line, CTX_ASIDE | CTX_LINK) == [("image_credit", line)]


def test_marker_and_dash_before_a_heading_is_not_a_credit() -> None:
    assert _after("Fotos – Die schönsten Bilder vom Hafenfest", 0) == []


def test_credit_in_parentheses_inside_a_sentence_ends_at_its_bracket() -> None:
    line = "Die Redaktion empfiehlt den Leuchtturm am Kai (im Bild, Foto: Jane Doe), und das Hafenhotel."
    assert _between(line, CTX_CAPTION) == [("image_credit", "Foto: Jane Doe")]


def test_marker_before_a_link_to_a_picture_file_is_not_a_credit() -> None:
    assert _between("Download Pressefoto: https://presse.example/bild/hafen_2475.jpg", CTX_LINK) == []


def test_gendered_word_pair_with_a_slash_is_not_a_credit() -> None:
    assert _after("Über den Autor/ die Autorin", CTX_CAPTION | CTX_FOOTER) == []


def test_name_and_lowercase_handle_on_either_side_of_a_slash_is_still_a_credit() -> None:
    assert _between("Jane Doe/harbourfan", CTX_CAPTION) == [("image_credit", "Jane Doe/harbourfan")]


@pytest.mark.parametrize("line", [
    "Sponsored in partnership with",          # en
    "Mit freundlicher Unterstützung von",     # de
    "Contenu sponsorisé en partenariat avec",  # fr
    "Contenido patrocinado por",              # es
    "Conteúdo patrocinado por",               # pt
    "Contenuto sponsorizzato in collaborazione con",  # it
    "Реклама. Партнёрский материал от",      # ru
])
def test_label_ending_on_a_preposition_is_not_a_notice(line: str) -> None:
    assert _after(line, CTX_NOTE | CTX_FOOTER) == []


def test_disclosure_ending_on_a_domain_name_is_still_sponsored() -> None:
    line = ("Harbor Daily is a participant in the Amazon Services LLC Associates Program, an affiliate "
            "advertising program designed to provide a means for sites to earn fees by linking to amazon.com")
    assert _after(line, CTX_ASIDE | CTX_FOOTER) == [("sponsored", line)]


def test_ad_label_before_a_promotion_is_not_sponsored() -> None:
    assert _after("Anzeige: Mehr lesen mit dem Hafen-Abo", CTX_ASIDE) == []


def test_ad_label_before_a_sentence_is_still_sponsored() -> None:
    line = "Anzeige: Dieser Beitrag entstand in Zusammenarbeit mit der Hafenbank."
    assert _after(line, CTX_ASIDE) == [("sponsored", line)]


def test_note_in_a_box_inside_the_article_is_an_editors_note() -> None:
    line = ("Note: Outside the topic under discussion, the examples in this article are simplified "
            "and are not meant for production use.")
    assert _in_main(line, CTX_BOX) == [("editors_note", line)]


def test_same_note_as_a_plain_paragraph_of_the_article_is_text() -> None:
    line = "Note that the harbour master spoke before the vote, which the council held later that night."
    assert _in_main(line, 0) == []


def test_share_alike_licence_name_is_not_an_invitation_to_share() -> None:
    line = ("Die Textausschnitte stammen aus der freien Enzyklopädie Wikipedia und sind unter der "
            "Creative Commons Attribution/Share Alike Lizenz verfügbar.")
    assert _after(line, CTX_ITALIC | CTX_FOOTER | CTX_NAV) == [("republished_from", line)]


def test_italian_photo_by_a_name_is_a_credit() -> None:
    assert _between("Foto di Mario Rossi", 0) == [("image_credit", "Foto di Mario Rossi")]


@pytest.mark.parametrize("caption, credit", [
    ("El alcalde llegó al puerto tras el temporal. FOTO Ángel Flecha.", "FOTO Ángel Flecha."),  # es
    ("Il sindaco al porto dopo la tempesta. Foto Mario Rossi", "Foto Mario Rossi"),             # it
])
def test_marker_before_a_capitalised_name_closing_a_caption_is_a_credit(caption: str, credit: str) -> None:
    assert _between(caption, CTX_CAPTION) == [("image_credit", credit)]


def test_marker_before_a_capitalised_word_outside_a_caption_is_not_a_credit() -> None:
    assert _between("Il sindaco al porto dopo la tempesta. Foto Mario Rossi", 0) == []


def test_marker_before_an_all_capitals_word_is_not_a_credit() -> None:
    assert _between("FOTO ILUSTRATIVA", CTX_CAPTION) == []


@pytest.mark.parametrize("caption, credit", [
    ("SilviaJansen/Gettyimages", "SilviaJansen/Gettyimages"),
    ("Der Hafen am Abend. Jane Doe/Getty Images", "Jane Doe/Getty Images"),
    ("Le port au soir (J. Dupont/AFP)", "(J. Dupont/AFP)"),
])
def test_agency_credit_keeps_the_name_before_its_slash(caption: str, credit: str) -> None:
    assert _between(caption, CTX_CAPTION) == [("image_credit", credit)]


@pytest.mark.parametrize("line", [
    "Dein Passwort wurde erfolgreich geändert. Du kannst dich ab sofort mit dem neuen Passwort anmelden.",
    "Your password has been updated. You can now sign in with your new password.",
])
def test_account_message_in_a_box_inside_the_article_is_not_a_notice(line: str) -> None:
    assert _in_main(line, CTX_BOX) == []
