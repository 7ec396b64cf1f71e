"""Round 39: the classes of dev18's blind first run (bench/labels/README.md, "notices-dev18.jsonl"), in general
form, with small fixtures of our own (never a labelled page's text):

- (c) guards: a teaser's headline after a picture label in a link ("PHOTOS: <headline>", "FOTOS | <headline>",
  "FOTO: <headline>") is no credit; a publisher's © line whose dash or comma leads to a description in lower case
  ("- ein Unternehmen der ...") names one party, the site's; "Ã©" (UTF-8's "é" read as Latin-1) is no © sign;
- (b) form: a stock contributor's user name before a picture library ("janedoe/Getty Images"); an agency alone
  glued to a caption's last sentence where the layout lost the space ("... in New York.Reuters") closes the
  caption as its credit (after a space it stays unread, as round 26 decided);
- (a) phrasing: Getty's entertainment and archive imprints (WireImage, FilmMagic, Hulton Archive ...) are picture
  libraries; a person named opening the line who owns shares of a company declares an interest (EN FR ES RU PT IT;
  DE had it); an affiliate disclosure in Japanese and Chinese.
"""

from __future__ import annotations

import pytest
from notice_pages import after, at_page_end, between, in_main

from archiver.extract.page_lines import CTX_ASIDE, CTX_CAPTION, CTX_CREDIT, CTX_FOOTER, CTX_LINK

TEASER = CTX_LINK | CTX_ASIDE


@pytest.mark.parametrize("line", [
    "PHOTOS: The Harbour Master's Strangest Finds and Most Famous Ships",  # EN, title case, a possessive
    "Photos: Inside the Old Lighthouse at Example Point",  # EN, title case
    "FOTOS | Sturm überflutet die Küste im Norden",  # DE, a bar
    "Photos : la tempête inonde la côte nord",  # FR
    "4.- FOTOS | 63 detenidos en varias zonas de Ejemplo",  # ES, a list's number before it, a place after "de"
    "Фото: Шторм затопил северное побережье",  # RU, singular
    "Fotos: tempestade inunda a costa norte da cidade",  # PT
    "Foto: la tempesta allaga la costa nord",  # IT, singular
])
def test_a_teasers_headline_after_a_picture_label_in_a_link_is_no_credit(line: str) -> None:
    assert after(line, TEASER) == []


@pytest.mark.parametrize("line", [
    "Photo: Jane Doe",
    "Photos: Jane Doe for The Example Times",
    "Foto: Jane Doe für die Example Zeitung",
    "Fotos: Jane Doe / dpa",
    "Photos de Jane Doe pour Le Monde",
])
def test_a_credit_in_a_link_after_a_picture_label_stays_a_credit(line: str) -> None:
    assert after(line, TEASER) == [("image_credit", line)]


@pytest.mark.parametrize("line", [
    "© Example GmbH - ein Unternehmen der Example Media Group GmbH & Co. KG",
    "© Example Media Ltd, a division of Example Group plc",
    "© Exemple SA – une société du groupe Exemple Médias",
    "© Ejemplo S.L. - una empresa del grupo Ejemplo Media",
])
def test_a_publishers_rights_line_describing_its_owner_is_no_credit(line: str) -> None:
    assert at_page_end(line, CTX_FOOTER) == []


def test_a_latin1_reading_of_an_accented_letter_is_no_copyright_sign() -> None:
    assert after("Antal smittede i Danmark tager stÃ¸rste hop pÃ¥ Ã©n dag", TEASER) == []


def test_a_copyright_sign_read_as_latin1_is_still_a_sign() -> None:
    assert between("Foto: Â© Jane Doe", CTX_CAPTION) == [("image_credit", "Foto: Â© Jane Doe")]


@pytest.mark.parametrize("line", [
    "The harbour at dawn, seen from the old pier in Example City.Reuters",  # the space lost by the layout
    "Le port à l'aube, vu de la vieille jetée.AFP",
    "Der Hafen am Morgen, vom alten Pier aus gesehen.Reuters",
])
def test_an_agency_alone_glued_to_a_captions_sentence_is_its_credit(line: str) -> None:
    found = between(line, CTX_CAPTION | CTX_CREDIT)
    assert [kind for kind, _ in found] == ["image_credit"]
    assert found[0][1] in ("Reuters", "AFP")


def test_a_captions_sentence_naming_an_agency_is_no_credit() -> None:
    assert between("The company confirmed the figures to Reuters.", CTX_CAPTION) == []


@pytest.mark.parametrize(("line", "library"), [
    ("Jane Doe and John Roe arrive at the gala in Example City on Dec. 7, 2014. Jane Doe/WireImage", "WireImage"),
    ("Jane Doe/FilmMagic", "FilmMagic"),
    ("Hulton Archive/Getty Images", "Hulton Archive"),
    ("Bettmann/Getty Images", "Bettmann"),
])
def test_getty_imprints_and_picture_archives_are_picture_libraries(line: str, library: str) -> None:
    found = between(line, CTX_CAPTION)
    assert [kind for kind, _ in found] == ["image_credit"]
    assert library in found[0][1]


@pytest.mark.parametrize("line", [
    "Jane Doe owns shares of Example Corp. The Example Fool has a disclosure policy.",  # EN
    "Jean Dupont détient des actions de Exemple SA.",  # FR
    "Juan Pérez posee acciones de Ejemplo y de Muestra.",  # ES
    "Иван Иванов владеет акциями компании «Пример».",  # RU
    "João Silva possui ações da Exemplo.",  # PT
    "Mario Rossi possiede azioni di Esempio.",  # IT
])
def test_a_named_person_owning_shares_after_the_text_declares_an_interest(line: str) -> None:
    assert after(line, 0) == [("editors_note", line)]


def test_a_story_sentence_about_someone_owning_shares_is_no_notice() -> None:
    assert in_main("Jane Doe owns shares of the bakery her grandfather opened in 1952, she said.", 0) == []


@pytest.mark.parametrize("line", [
    "紹介した商品を購入した場合に、売上の一部が当サイトに還元されることがあります。",  # JA
    "通过本站链接购买商品，我们可能会获得佣金。",  # ZH
])
def test_an_affiliate_disclosure_in_japanese_or_chinese_is_sponsored(line: str) -> None:
    assert after(line, 0) == [("sponsored", line)]


@pytest.mark.parametrize("line", ["janedoe/Getty Images", "examplestudio/iStock", "jdoe1234/Shutterstock"])
def test_a_stock_contributors_user_name_before_a_picture_library_is_a_credit(line: str) -> None:
    assert between(line, 0) == [("image_credit", line)]


def test_an_editors_initials_before_a_news_agency_stay_no_credit() -> None:
    assert between("Von: det/dpa", 0) == []


@pytest.mark.parametrize("line", ["Jane Doe via AP", "Jean-Pierre Dupont via Reuters", "Jane Q. Doe via AFP"])
def test_a_name_via_an_agency_alone_in_a_caption_is_a_credit(line: str) -> None:
    assert between(line, CTX_CAPTION) == [("image_credit", line)]


@pytest.mark.parametrize("line", ["The order was sent via AP", "Photos were shared via Reuters"])
def test_a_sentence_ending_via_an_agency_is_no_credit(line: str) -> None:
    assert between(line, CTX_CAPTION) == []


def test_tire_de_about_a_film_or_book_is_no_republication() -> None:
    assert after("Pour un thriller tiré de faits réels", 0) == []  # dev17's class (a): a film based on true events


@pytest.mark.parametrize("line", [
    "Cet article est tiré du blog de Jean Dupont.",
    "Tiré du blog de Jean Dupont, avec son autorisation.",
    "Ce texte a été tiré de la revue Exemple.",
])
def test_tire_de_said_of_the_piece_is_a_republication(line: str) -> None:
    assert after(line, 0) == [("republished_from", line)]
