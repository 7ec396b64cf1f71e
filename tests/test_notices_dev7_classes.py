"""Notice error classes found on the blind dev7 pages (bench/labels/notices-dev7.jsonl), each as a
small page of our own, in several of EN DE FR ES RU PT IT:

- misses: a lone agency word as a caption's credit line ("AP", "AFP via Getty Images"); a line of
  names ending with the library the picture came through ("Jane Doe/Example Agency via Getty
  Images"); "Copyright: <name>" and "Urheber: <name>" labels; a sentence saying who provided the
  pictures ("Das Bildmaterial wurde von ... zur Verfügung gestellt."); "Taken by <name>" beside a
  library or in a caption; a notice that the pictures are symbolic or illustrative;
- false reports: an embedded social post's text; the site's © broken over two lines; a menu's
  "Satellitenbilder/ Animation"; a German compound marker inside running text ("... bis zur
  Astrofotografie: hier ..."); "in cooperation with" inside the description of a project.

Every fixture is a page of visible lines with their DOM context bits and the main text, as
:func:`archiver.extract.notices.find_notices` receives them from the HTML extractor.
"""

from __future__ import annotations

import pytest
from notice_pages import BODY
from notice_pages import after as _after
from notice_pages import between as _between
from notice_pages import in_main as _in_main

from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_FOOTER,
    CTX_LINK,
    CTX_NAV,
)

# --------------------------------------------------------------- agencies and libraries


@pytest.mark.parametrize("line", ["AP", "AFP via Getty Images", "Reuters"])
def test_lone_agency_line_in_a_caption_is_a_credit(line: str) -> None:
    assert _between(line, CTX_CAPTION | CTX_ASIDE) == [("image_credit", line)]


def test_two_capital_letters_outside_a_caption_are_no_credit() -> None:
    assert _after("AP", 0) == []


@pytest.mark.parametrize("line", [
    "Jane Doe/Example Agency via Getty Images",     # en
    "Max Muster/Anadolu Agency via Getty Images",   # de page, agency's own words
    "Jean Dupont via Wikimedia Commons",             # fr
    "Juan Pérez via Unsplash",                       # es
])
def test_names_ending_with_the_library_the_picture_came_through_are_a_credit(line: str) -> None:
    assert _between(line, CTX_ASIDE | CTX_FOOTER) == [("image_credit", line)]


# --------------------------------------------------------------- labels naming the author of a picture


@pytest.mark.parametrize("line, credit", [
    ("Copyright: Jane Doe", "Copyright: Jane Doe"),                                        # en
    ("Urheber: Max Muster", "Urheber: Max Muster"),                                         # de
    ("Hafen bei Nacht - Urheber: von Max Muster (Eigenes Werk) [CC-BY-3.0 "
     "(http://creativecommons.org/licenses/by/3.0)], via Wikimedia Commons",
     "Urheber: von Max Muster (Eigenes Werk) [CC-BY-3.0 (http://creativecommons.org/licenses/by/3.0)], "
     "via Wikimedia Commons"),                                                              # de, in a caption line
    ("Autor de las fotos: Juan Pérez", "Autor de las fotos: Juan Pérez"),                  # es
    ("Автор фото: Иван Петров", "Автор фото: Иван Петров"),                                # ru
])
def test_label_naming_the_pictures_author_is_a_credit(line: str, credit: str) -> None:
    """One credit, the closing part of the label's line that names the person ("fotos: Juan Pérez"
    from "Autor de las fotos: Juan Pérez" matches the label too)."""
    found = _after(line, 0)
    assert len(found) == 1 and found[0][0] == "image_credit"
    assert credit.endswith(found[0][1]) and len(found[0][1]) >= len(credit.split(":")[-1])


@pytest.mark.parametrize("line", [
    "Copyright: 2021 Example Media GmbH",   # the site's, with a year
    "Copyright: Harbourblatt",              # the site's own name
])
def test_copyright_label_naming_the_site_or_a_year_is_no_credit(line: str) -> None:
    from archiver.extract.notices import find_notices, site_keys

    lines = [*BODY, line]
    found = find_notices(lines, [0] * len(lines), BODY, site_keys("https://www.harbourblatt.de/x"))
    assert list(found) == []


# --------------------------------------------------------------- who provided the pictures


@pytest.mark.parametrize("line", [
    "Das Bildmaterial wurde von Example GmbH zur Verfügung gestellt.",   # de
    "The images were kindly provided by Example Ltd.",                    # en
    "Les photos ont été aimablement fournies par Example SA.",            # fr
    "Las imágenes fueron cedidas por Example SL.",                        # es
    "As fotos foram cedidas por Example Ltda.",                           # pt
    "Le immagini sono state gentilmente concesse da Example Srl.",        # it
    "Фотографии предоставлены компанией Example.",                        # ru
])
def test_sentence_saying_who_provided_the_pictures_is_a_credit(line: str) -> None:
    assert _after(line, 0) == [("image_credit", line)]


def test_a_document_provided_by_someone_is_no_picture_credit() -> None:
    assert _in_main("Die Unterlagen wurden von der Stadt zur Verfügung gestellt.", 0) == []


# --------------------------------------------------------------- taken by


@pytest.mark.parametrize("line, credit", [
    ("Kiosk in the main street. Taken by Jane Doe in September 2006, Wikimedia Commons",
     "Taken by Jane Doe in September 2006, Wikimedia Commons"),                   # en, beside a library
    ("Der Hafen im Winter. Aufgenommen von Max Muster",
     "Aufgenommen von Max Muster"),                                               # de, in a caption
    ("Le port en hiver. Prise par Jean Dupont", "Prise par Jean Dupont"),         # fr, in a caption
])
def test_taken_by_a_name_in_a_caption_or_beside_a_library_is_a_credit(line: str, credit: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", credit)]


def test_decision_taken_by_someone_in_running_text_is_no_credit() -> None:
    assert _in_main("The council met on Monday. Taken by Jane Doe, the decision was final.", 0) == []


# --------------------------------------------------------------- symbolic pictures


@pytest.mark.parametrize("line", [
    "Fotos sind ggf. beispielhafte Symbolbilder!",           # de
    "Images are for illustration purposes only.",            # en
    "Photos non contractuelles.",                            # fr
    "Las imágenes son meramente ilustrativas.",              # es
    "Imagens meramente ilustrativas.",                       # pt
    "Le immagini sono puramente indicative.",                # it
    "Фотографии носят иллюстративный характер.",             # ru
])
def test_notice_that_the_pictures_are_symbolic_is_a_disclaimer(line: str) -> None:
    assert _after(line, CTX_BOX | CTX_FOOTER) == [("disclaimer", line)]


# --------------------------------------------------------------- false reports


@pytest.mark.parametrize("line", [
    "Israel Today on Telegram pic.twitter.com/q4trEBMXiP",
    "Harbour news on Telegram https://t.co/AbCdEf123",
    "Hafen Nachrichten example.com/bilder",
])
def test_embedded_social_post_is_no_credit(line: str) -> None:
    assert _between(line, CTX_CAPTION | CTX_BOX | CTX_ASIDE) == []


@pytest.mark.parametrize("first, second", [
    ("© Zentralanstalt für", "Meteorologie und Geodynamik"),    # de
    ("© Institute of", "Harbour Studies"),                      # en
    ("© Institut national de la", "recherche portuaire"),       # fr
])
def test_site_copyright_broken_over_two_lines_is_no_credit(first: str, second: str) -> None:
    from archiver.extract.notices import find_notices

    lines = [*BODY, first, second, "Impressum"]
    assert list(find_notices(lines, [0] * len(lines), BODY)) == []


@pytest.mark.parametrize("line", ["Satellitenbilder/ Animation", "Pressebilder / Archiv", "Luftbilder/Karten"])
def test_menu_pair_with_a_picture_word_is_no_credit(line: str) -> None:
    assert _after(line, CTX_LINK) == [] and _after(line, CTX_NAV | CTX_LINK) == []


@pytest.mark.parametrize("line", [
    "Von der Orientierung am Himmel bis zur Astrofotografie: hier ist alles drin.",
    "Das Buch reicht von den Grundlagen bis zur Makrofotografie: ein guter Einstieg.",
])
def test_compound_marker_inside_running_text_is_no_credit(line: str) -> None:
    assert _after(line, CTX_ASIDE | CTX_BOX) == []


def test_compound_marker_at_a_captions_start_is_still_a_credit() -> None:
    assert _between("Pressefoto: Jane Doe", CTX_CAPTION) == [("image_credit", "Pressefoto: Jane Doe")]


@pytest.mark.parametrize("line", [
    "Ein Projekt zur Auswilderung junger Bartgeier, das in Kooperation mit dem Tiergarten die "
    "Wiederansiedelung in den Alpen unterstützt und seit Jahren betreut wird.",                        # de
    "The programme restores wetlands in partnership with local farmers and has grown every year.",    # en
    "Le programme restaure les zones humides en partenariat avec les agriculteurs de la région.",     # fr
    "El programa recupera humedales en colaboración con los agricultores de la zona.",                # es
    "O programa recupera zonas húmidas em parceria com os agricultores da região.",                   # pt
    "Il programma recupera le zone umide in collaborazione con gli agricoltori della zona.",          # it
])
def test_cooperation_inside_a_project_description_is_no_sponsored_notice(line: str) -> None:
    assert _in_main(line, 0) == []


@pytest.mark.parametrize("line", [
    "Dieser Beitrag ist in Zusammenarbeit mit Example entstanden.",    # de
    "This post was created in partnership with Example.",             # en
    "Cet article a été réalisé en partenariat avec Example.",         # fr
    "Este artículo fue elaborado en colaboración con Example.",       # es
    "Questo articolo è stato realizzato in collaborazione con Example.",  # it
])
def test_content_made_in_cooperation_is_still_a_sponsored_notice(line: str) -> None:
    assert _after(line, CTX_BOX) == [("sponsored", line)]


def test_extracted_page_reports_the_dev7_forms_and_not_the_false_ones() -> None:
    """The same forms in real HTML, through the extractor: a gallery's lone "AP" caption, a
    copyright-classed "via Getty Images" credit, a press release's "Copyright:" line, the site's
    © broken over two lines in the footer and a menu's "Satellitenbilder/ Animation"."""
    from archiver.extract import extract

    html = ("<html><head><title>Kai</title></head><body><nav><ul><li><a href='/s'>Satellitenbilder/ Animation</a>"
            "</li></ul></nav><article><h1>Der Kai wird neu gebaut</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY[:2])
            + "<figure><img src='k.jpg'><figcaption><div>Harbour cranes at dusk</div>"
              "<div class='credit'>AP</div></figcaption></figure>"
            + "<span class='copyright'>Jane Doe/Example Agency via Getty Images</span>"
            + "".join(f"<p>{p}</p>" for p in BODY[2:])
            + "<p>Copyright: Max Muster</p>"
            + "</article><footer><div>© Zentralanstalt für</div><div>Hafenkunde und Geodynamik</div>"
            + "".join(f"<p><a href='/{i}'>Link {i}</a></p>" for i in range(12))
            + "</footer></body></html>")
    article = extract(html.encode(), url="https://www.hafenblatt.de/kai")
    assert [(n.kind, n.text) for n in article.disclaimers] == [
        ("image_credit", "AP"),
        ("image_credit", "Jane Doe/Example Agency via Getty Images"),
        ("image_credit", "Copyright: Max Muster"),
    ]
