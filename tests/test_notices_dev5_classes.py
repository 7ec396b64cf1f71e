"""Notice error classes found on the blind dev5 pages (bench/labels/notices-dev5.jsonl), each as a
small page of our own: a picture count, a licence statement and the site's own name read as
credits after a marker or a ©, a shop's terms after a bare "Note:" read as an editor's note, and
two missed forms: a republication line naming a book ("Aus: <book>, <publisher>, <year>") and a
picture taken from someone's Instagram.

Every fixture is a page of visible lines with their DOM context bits and the main text, as
:func:`archiver.extract.notices.find_notices` receives them from the HTML extractor.
"""

from __future__ import annotations

import pytest
from notice_pages import BODY, FOOTER
from notice_pages import after as _after
from notice_pages import between as _between

from archiver.extract.notices import find_notices, site_keys
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_FOOTER,
    CTX_LINK,
    CTX_NAV,
    CTX_NOTE,
)


def _on_site(line: str, ctx: int, url: str, site_name: str | None = None) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page of ``url`` with ``line`` after the main text."""
    lines = [*BODY, line, *FOOTER]
    contexts = [0] * len(BODY) + [ctx] + [0] * len(FOOTER)
    return [(n.kind, n.text) for n in find_notices(lines, contexts, BODY, site_keys(url, site_name))]


def _closing_main(line: str) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page whose main text ends with ``line``."""
    main = [*BODY, line]
    return [(n.kind, n.text) for n in find_notices([*main, *FOOTER], [0] * (len(main) + len(FOOTER)), main)]


def _lead(line: str) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page with ``line`` between its headline and its text."""
    lines = ["The harbour master retires after forty years", line, *BODY, *FOOTER]
    return [(n.kind, n.text) for n in find_notices(lines, [0] * len(lines), BODY)]


STATS_BOX = CTX_ASIDE | CTX_BOX  # a site's statistics box in the sidebar


@pytest.mark.parametrize("line", [
    "Photos: 476,764",      # en
    "Fotos: 476.764",       # de
    "Photos : 12 345",      # fr
    "Fotos: 1.234",         # es
    "Фото: 1 234",          # ru
    "Imagens: 350",         # pt
    "Immagini: 1.204",      # it
])
def test_picture_count_after_a_marker_is_not_a_credit(line: str) -> None:
    assert _after(line, STATS_BOX) == []


def test_marker_before_a_name_in_the_same_box_is_still_a_credit() -> None:
    assert _between("Fotos: Jane Doe", CTX_CAPTION) == [("image_credit", "Fotos: Jane Doe")]


@pytest.mark.parametrize("line", [
    "© Licencja na publikację",          # pl (the page's own words)
    "© Licence to publish",              # en
    "© Lizenz zur Veröffentlichung",     # de
    "© Licence de publication",          # fr
    "© Licencia de publicación",         # es
    "© Лицензия на публикацию",          # ru
    "© Licença de publicação",           # pt
    "© Licenza di pubblicazione",        # it
])
def test_licence_statement_after_a_copyright_sign_is_not_a_credit(line: str) -> None:
    assert _after(line, CTX_LINK) == []


def test_copyright_sign_before_a_name_is_still_a_credit() -> None:
    assert _between("© Jane Doe", CTX_CAPTION) == [("image_credit", "© Jane Doe")]


@pytest.mark.parametrize("url, site_name, line", [
    ("https://battery-news.de/a/1", None, "© Battery-News.de"),
    ("https://www.hafenblatt.de/a/1", "Hafenblatt", "© Hafenblatt by Jane Doe"),
    ("https://www.example.co.uk/a/1", "Harbour Daily", "© Harbour Daily"),
    ("https://le-port.fr/a/1", "Le Port", "© Le Port"),
    ("https://elpuerto.es/a/1", None, "© ElPuerto.es"),
    ("https://gavan.ru/a/1", "Гавань", "© Гавань"),
    ("https://oporto.com.br/a/1", "O Porto", "© O Porto"),
    ("https://ilporto.it/a/1", None, "© IlPorto.it"),
])
def test_site_naming_itself_after_a_copyright_sign_is_not_a_credit(url: str, site_name: str | None, line: str) -> None:
    assert _on_site(line, CTX_ASIDE | CTX_FOOTER | CTX_NAV, url, site_name) == []


def test_another_name_after_a_copyright_sign_on_the_same_site_is_a_credit() -> None:
    assert _on_site("© Jane Doe", CTX_CAPTION, "https://www.hafenblatt.de/a/1", "Hafenblatt") == [
        ("image_credit", "© Jane Doe")]


def test_site_crediting_its_own_picture_in_a_caption_is_a_credit() -> None:
    assert _on_site("© Hafenblatt", CTX_CAPTION, "https://www.hafenblatt.de/a/1") == [("image_credit", "© Hafenblatt")]


def test_site_keys_are_the_hosts_registered_name_and_the_declared_site_name() -> None:
    assert site_keys("https://www.battery-news.de/x", "Battery-News.de") == frozenset({"batterynews"})
    assert site_keys("https://news.example.co.uk/x", "Harbour Daily") == frozenset({"example", "harbourdaily", "harbour"})
    assert site_keys(None, None) == frozenset()


NOTE_BOX = CTX_BOX | CTX_NOTE


@pytest.mark.parametrize("line", [
    "Note: Bookings cannot be cancelled free of charge; payment is due on arrival.",                       # en
    "Hinweis: Bei Buchungen von Übernachtungen besteht kein Widerrufsrecht.",                               # de
    "Remarque : le paiement est dû à l'arrivée, sans annulation gratuite.",                                  # fr
    "Nota: el pago se realiza a la llegada y no hay cancelación gratuita.",                                  # es
    "Примечание: оплата производится при заезде, предоплата не возвращается.",                               # ru
    "Nota: o pagamento é feito na chegada e não há cancelamento gratuito.",                                  # pt
    "Nota: il pagamento avviene all'arrivo e non è prevista la cancellazione gratuita.",                     # it
])
def test_sales_terms_after_a_bare_note_label_are_not_an_editors_note(line: str) -> None:
    assert _after(line, NOTE_BOX) == []


def test_bare_note_label_before_a_remark_about_the_story_is_still_an_editors_note() -> None:
    line = "Hinweis: Die Namen der Schüler sind der Redaktion bekannt."
    assert _after(line, NOTE_BOX) == [("editors_note", line)]


def test_disclaimer_label_before_price_wording_is_still_a_disclaimer() -> None:
    line = "Disclaimer: Prices and availability may change after publication."
    assert _after(line, NOTE_BOX) == [("disclaimer", line)]


@pytest.mark.parametrize("line", [
    "Aus: Das Hafenbuch. Ein Land in Stichworten. Hafenverlag, Kiel 2015",          # de
    "From: The Harbour Book. A Coast in Keywords. Example Press, 2015",             # en
    "Extrait de : Le Livre du port, Éditions du Quai, 2015",                        # fr
    "Extraído de: El libro del puerto, Editorial Muelle, 2015",                     # es
    "Из книги «Книга гавани. Истории побережья», издательство «Причал», Москва, 2015",  # ru
    "Extraído de: O Livro do Porto, Editora Cais, 2015",                            # pt
    "Tratto da: Il libro del porto, Editore Molo, 2015",                            # it
])
def test_line_naming_the_book_a_text_is_taken_from_is_a_republication_notice(line: str) -> None:
    assert _closing_main(line) == [("republished_from", line)]


@pytest.mark.parametrize("line", ["Aus: Berlin", "From: Jane Doe", "Aus: dem Leben eines Hafenmeisters"])
def test_from_label_without_a_publication_is_not_a_republication_notice(line: str) -> None:
    assert _closing_main(line) == []


@pytest.mark.parametrize("line, credit", [
    ("Photo from Jane Doe's Instagram", None),                                    # en
    ("Foto aus dem Instagram-Account von Jane Doe", None),                        # de
    ("Photo tirée du compte Instagram de Jeanne Port", None),                     # fr
    ("Foto tomada del Instagram de Juana Puerto", None),                          # es
    ("Фото из Инстаграма Ивана Гаванова 15 августа 2016, 13:43", "Фото из Инстаграма Ивана Гаванова"),  # ru
    ("Foto do Instagram de João Porto", None),                                    # pt
    ("Foto dal profilo Instagram di Mario Porto", None),                          # it
])
def test_picture_taken_from_someones_instagram_is_a_credit(line: str, credit: str | None) -> None:
    assert _lead(line) == [("image_credit", credit or line)]


@pytest.mark.parametrize("line", ["Photos from the harbour festival", "Follow us on Instagram"])
def test_photos_heading_or_platform_invitation_is_not_a_credit(line: str) -> None:
    assert _lead(line) == []


def test_extracted_page_does_not_credit_the_sites_own_name_in_its_sidebar() -> None:
    from archiver.extract import extract

    html = ("<html><head><meta property='og:site_name' content='Hafenblatt.de'><title>Kai</title></head><body>"
            "<article><h1>Der Kai wird neu gebaut</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY)
            + "<figure><img src='kai.jpg'><figcaption>Foto: Jane Doe</figcaption></figure></article>"
            "<aside><p>© Hafenblatt.de</p><p>LinkedIn</p></aside><footer>"
            + "".join(f"<p><a href='/{i}'>Link {i}</a></p>" for i in range(12))  # away from the page's end
            + "</footer></body></html>")
    article = extract(html.encode(), url="https://www.hafenblatt.de/kai")
    assert [(n.kind, n.text) for n in article.disclaimers] == [("image_credit", "Foto: Jane Doe")]


def test_credit_model_carries_no_copyright_weight() -> None:
    """Credit candidates never are the site's copyright line (turned away before the model), so
    the credit model has no such feature, in the code or in the shipped weights."""
    import json
    from pathlib import Path

    from archiver.extract import notices

    shipped = json.loads(Path(notices.__file__).with_name("notice_model.json").read_text(encoding="utf-8"))
    assert "copyright" not in notices.CREDIT_FEATURES
    assert shipped["credit"]["features"] == list(notices.CREDIT_FEATURES)
    assert shipped["statement"]["features"] == list(notices.STATEMENT_FEATURES)


@pytest.mark.parametrize("line", ["© Hafenblatt | Jane Doe", "© Hafenblatt/AdobeStock"])
def test_site_and_a_photographer_after_a_copyright_sign_is_a_credit(line: str) -> None:
    assert _on_site(line, CTX_ASIDE | CTX_FOOTER | CTX_NAV, "https://www.hafenblatt.de/a/1", "Hafenblatt") == [
        ("image_credit", line)]
