"""Notice error classes found on the blind dev6 pages (bench/labels/notices-dev6.jsonl), each as a
small page of our own: a picture's source after "Quelle:" / "Source:" in a caption (also after the
caption's own sentence, and before a marker: "Quelle: Foto <name>"); a bare "Foto(s)" label
above the names it credits, without a colon; a © credit carrying the picture's date in a
caption; republication lines without "first" wording ("ist zunächst im <outlet> erschienen",
"Erschienen im <outlet> in Ausgabe 12 | 2022"); and two false reports: a marker word inside
another word ("demographics") and a software add-on's © line in the footer.

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
    CTX_FOOTER,
    CTX_LINK,
    CTX_NAV,
)


def _closing_main(line: str) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page whose main text ends with ``line``."""
    main = [*BODY, line]
    return [(n.kind, n.text) for n in find_notices([*main, *FOOTER], [0] * (len(main) + len(FOOTER)), main)]


def _pair(label: str, names: str, ctx: int) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page with a two-line box ("Foto(s)" / names) after the text."""
    lines = [*BODY, label, names, *FOOTER]
    contexts = [0] * len(BODY) + [ctx, ctx] + [0] * len(FOOTER)
    return [(n.kind, n.text) for n in find_notices(lines, contexts, BODY)]


# --------------------------------------------------------------- a picture's source in a caption

@pytest.mark.parametrize("line, credit", [
    ("Harbour cranes ranked by height. Source: Harbourstats", "Source: Harbourstats"),                # en
    ("Hafenkräne, Rangliste nach Höhe. Quelle: Hafenstatistik", "Quelle: Hafenstatistik"),             # de
    ("Les grues du port classées par hauteur. Source : Portstat", "Source : Portstat"),                # fr
    ("Grúas del puerto por altura. Fuente: Puertostat", "Fuente: Puertostat"),                          # es
    ("Краны порта по высоте. Источник: Портстат", "Источник: Портстат"),                                # ru
    ("Guindastes do porto por altura. Fonte: Portostat", "Fonte: Portostat"),                           # pt
    ("Gru del porto per altezza. Fonte: Portostat", "Fonte: Portostat"),                                 # it
])
def test_source_closing_a_caption_is_the_pictures_credit(line: str, credit: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", credit)]


def test_bare_source_naming_a_domain_in_a_caption_is_a_credit() -> None:
    line = "Quelle: hafenbilder.org"
    assert _in_main(line, CTX_CAPTION | CTX_ASIDE) == [("image_credit", line)]


@pytest.mark.parametrize("line", [
    "Der Hafen wird bis 2030 ausgebaut, sagte der Hafenmeister. Quelle: dpa",   # de: the text's source
    "The harbour will grow until 2030, the harbour master said. Source: Reuters",  # en
    "Quelle: dpa",
])
def test_source_of_the_text_closing_the_article_is_no_notice(line: str) -> None:
    assert _closing_main(line) == []


@pytest.mark.parametrize("line, credit", [
    ("(Quelle: Foto Jane Doe)", "(Quelle: Foto Jane Doe)"),                  # de
    ("(Source: photo by Jane Doe)", "(Source: photo by Jane Doe)"),          # en
    ("(Source : photo Jeanne Port)", "(Source : photo Jeanne Port)"),        # fr
    ("(Fuente: foto de Juana Puerto)", "(Fuente: foto de Juana Puerto)"),    # es
    ("(Источник: фото Ивана Гаванова)", "(Источник: фото Ивана Гаванова)"),  # ru
    ("(Fonte: foto de João Porto)", "(Fonte: foto de João Porto)"),          # pt
    ("(Fonte: foto di Mario Porto)", "(Fonte: foto di Mario Porto)"),        # it
])
def test_source_label_before_a_picture_marker_is_a_credit_outside_a_caption(line: str, credit: str) -> None:
    assert _between(line, CTX_NAV) == [("image_credit", credit)]


# --------------------------------------------------------------- a bare "Foto(s)" label and its names

@pytest.mark.parametrize("label, names", [
    ("Foto(s)", "Jane Doe / Hafenblatt"),      # de
    ("Photo(s)", "Jane Doe / Harbour Daily"),  # en, fr
    ("Fotos", "Juana Puerto / El Puerto"),     # es, pt
    ("Фото", "Иван Гаванов / Гавань"),         # ru
    ("Foto", "Mario Porto / Il Porto"),        # it
])
def test_bare_picture_label_above_names_is_a_credit(label: str, names: str) -> None:
    assert _pair(label, names, CTX_ASIDE) == [("image_credit", f"{label} {names}")]


@pytest.mark.parametrize("label, names, ctx", [
    ("Fotos", "Die schönsten Bilder vom Hafenfest", CTX_ASIDE),   # a heading above a phrase
    ("Photos", "All Galleries", CTX_NAV | CTX_LINK),              # a menu
    ("Bilder", "Hafen", CTX_ASIDE),                                # one word: a tag, not a credit
])
def test_bare_picture_label_above_no_names_is_no_credit(label: str, names: str, ctx: int) -> None:
    assert _pair(label, names, ctx) == []


# --------------------------------------------------------------- a dated © credit under a picture

@pytest.mark.parametrize("line, credit", [
    ("Windpark im Sturm © Jane Doe, 31.05.2013", "© Jane Doe, 31.05.2013"),            # de
    ("Wind farm in a storm © Jane Doe, May 31, 2013", "© Jane Doe, May 31, 2013"),      # en
    ("Parc éolien © Jeanne Port, 31 mai 2013", "© Jeanne Port, 31 mai 2013"),           # fr
    ("Parque eólico © Juana Puerto, 31.05.2013", "© Juana Puerto, 31.05.2013"),         # es
    ("Ветропарк © Иван Гаванов, 31.05.2013", "© Иван Гаванов, 31.05.2013"),             # ru
    ("Parque eólico © João Porto, 31/05/2013", "© João Porto, 31/05/2013"),             # pt
    ("Parco eolico © Mario Porto, 31 maggio 2013", "© Mario Porto, 31 maggio 2013"),    # it
])
def test_copyright_credit_with_a_date_in_a_caption_is_a_credit(line: str, credit: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", credit)]


@pytest.mark.parametrize("line", ["© Hafenblatt, 31.05.2013", "© 2013 Jane Doe"])
def test_dated_copyright_in_the_footer_stays_the_sites(line: str) -> None:
    assert _at_page_end(line, CTX_FOOTER) == []


# --------------------------------------------------------------- republication without "first"

@pytest.mark.parametrize("line", [
    "Das Interview wurde am 7. Oktober 2022 geführt und ist zunächst im Hafenblatt erschienen.",     # de
    "Dieser Beitrag ist am 1. Juni 2017 in der Wochenzeitung „Der Hafen“ erschienen.",              # de
    "This interview was published in The Harbour Times on 7 October 2022.",                          # en
    "Cet entretien a été publié dans Le Port le 7 octobre 2022.",                                    # fr
    "Esta entrevista fue publicada en El Puerto el 7 de octubre de 2022.",                           # es
    "Это интервью было опубликовано в «Гавани» 7 октября 2022 года.",                                # ru
    "Esta entrevista foi publicada no Porto em 7 de outubro de 2022.",                               # pt
    "Questa intervista è stata pubblicata su Il Porto il 7 ottobre 2022.",                           # it
])
def test_piece_published_elsewhere_without_first_wording_is_a_republication_notice(line: str) -> None:
    assert _closing_main(line) == [("republished_from", line)]


@pytest.mark.parametrize("line", [
    "Erschienen im Hafen-Newsletter in Ausgabe 12 | 2022",     # de
    "Published in Harbour News, issue 12 | 2022",              # en
    "Paru dans Le Port, numéro 12, 2022",                      # fr
    "Publicado en El Puerto, número 12, 2022",                 # es
    "Опубликовано в журнале «Гавань», № 12, 2022",             # ru
    "Publicado em O Porto, edição 12, 2022",                   # pt
    "Pubblicato su Il Porto, numero 12, 2022",                 # it
])
def test_line_naming_the_outlets_issue_is_a_republication_notice(line: str) -> None:
    assert _after(line, CTX_BOX) == [("republished_from", line)]


@pytest.mark.parametrize("line", [
    "Die Studie ist in der Fachzeitschrift Nature erschienen, wie die Forscher am Montag mitteilten.",
    "The study was published in Nature on Monday, the researchers said.",
    "Dieser Beitrag wurde am 04.02.2020 von jd in Recht, Verkehr, Hafen veröffentlicht.",
    "Veröffentlicht in Allgemein",
    "Published in Uncategorized",
])
def test_news_about_a_publication_or_a_blogs_category_line_is_no_republication_notice(line: str) -> None:
    assert _in_main(line, 0) == [] and _after(line, 0) == []


# --------------------------------------------------------------- false reports

@pytest.mark.parametrize("line", [
    "Comics / demographics / economics / happy mutants",   # en: "graphics" inside a word
    "Telephotos: a review of long lenses",                 # en: "photos" inside a word
])
def test_marker_word_inside_another_word_is_no_credit(line: str) -> None:
    assert _after(line, 0) == []


@pytest.mark.parametrize("line", [
    "Pressefoto: Jane Doe",      # de: picture words end compounds
    "Symbolbild: Jane Doe",
])
def test_german_compound_ending_in_a_picture_word_is_still_a_marker(line: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", line)]


@pytest.mark.parametrize("line", [
    "Add-ons © Jane Doe of Example Labs",   # en
    "Erweiterungen © Jane Doe",             # de
    "Thème © Jeanne Port",                  # fr
    "Plantilla © Juana Puerto",             # es
    "Шаблон © Иван Гаванов",                # ru
    "Tema © João Porto",                    # pt
    "Estensioni © Mario Porto",             # it
])
def test_software_add_on_copyright_in_the_footer_is_no_credit(line: str) -> None:
    assert _after(line, CTX_FOOTER | CTX_LINK) == []


def test_theme_word_in_a_caption_before_a_copyright_is_still_a_credit() -> None:
    assert _between("Theme park at dusk © Jane Doe", CTX_CAPTION) == [("image_credit", "© Jane Doe")]


def test_extracted_page_reports_the_dev6_forms_and_not_the_add_on_line() -> None:
    """The same forms in real HTML, through the extractor: a figcaption's closing "Quelle:", a
    "Foto(s)" box in the sidebar, a dated © under a picture and the forum software's footer."""
    from archiver.extract import extract

    html = ("<html><head><title>Kai</title></head><body><article><h1>Der Kai wird neu gebaut</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY[:2])
            + "<figure><img src='k.png'><figcaption>Hafenkräne nach Höhe. Quelle: Hafenstatistik</figcaption></figure>"
            + "<figure><img src='w.jpg'><figcaption>Windpark © Jane Doe, 31.05.2013</figcaption></figure>"
            + "".join(f"<p>{p}</p>" for p in BODY[2:])
            + "</article><aside><div>Foto(s)</div><div>John Roe / Hafenblatt</div></aside><footer>"
            + "<p><a href='/addons'>Add-ons © Jane Doe of Example Labs</a></p>"
            + "".join(f"<p><a href='/{i}'>Link {i}</a></p>" for i in range(12))
            + "</footer></body></html>")
    article = extract(html.encode(), url="https://www.hafenblatt.de/kai")
    assert [(n.kind, n.text) for n in article.disclaimers] == [
        ("image_credit", "Quelle: Hafenstatistik"),
        ("image_credit", "© Jane Doe, 31.05.2013"),
        ("image_credit", "Foto(s)\nJohn Roe / Hafenblatt"),  # (the page's line break: review rvmod59)
    ]
