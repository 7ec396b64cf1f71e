"""The classes the blind rounds left (issue 15, round noticeleft; bench/labels/README.md, "Round noticeleft"), each
in general form and beside a near neighbour that stays what it is:

- A picture's credit of names only, no agency or marker word in it: a ``<cite>`` right after its picture outside any
  figure ("<a><img></a><div><cite>Jane Doe/Icon SMI</cite>Caption ...</div>") and a picture's "agency" element in
  the picture's box while a script has yet to load the picture. A ``<cite>`` under a quotation or in running text is
  none. A caption the slash form reads whole ("The actor at home in London. Craig McDean/GQ") is cut to the names
  closing it (or the agency's credit closing it: "- Tapie en 2008. REUTERS/Benoit Tessier -"); a caption's closing
  "Name/Outlet" read by nothing else stays unread (on the held-out sites it was a caption's own words). A credit in
  brackets closing a short caption after its sentence ("... (1/11/2023).(Tangkapan layar Kanal YouTube ...)") is
  read apart, as a long caption's is; a bracket holding no credit's form ("(left)") is none.
- "Name | Archivo | Outlet" closing a caption (the outlet's archive picture): the archive's word of each language
  between bars or slashes; three names between bars without it are none. A photographer's name and e-mail address
  closing a caption after its sentence; an address in the caption's sentence, or outside a caption, is none.
- A picture's source given as an address only: "(image taken from https://...)"; a sentence about an address, or
  another word than a picture's, is none.
- Japanese and Chinese notes in brackets whose label says the piece was amended ("（追記 2019/4/14：...修正しました）",
  "（訂正 ...：...訂正します）", "（更正：...现已修改。）"); a story's sentence that something was amended is none.
- Reserved rights followed by the screenshot they are of ("Tous droits réservés Captures d'écran sur ..."): the
  picture's rights line; a site's "All rights reserved" is not.
- A story's sentence opening like a courtesy credit ("Images courtesy of the coast guard showed the ship ..."): no
  credit; the credit that names its maker and stops still is one.
- A picture word and what the picture is there for ("Imagen de referencia", "Immagine di riferimento") names nobody:
  no credit; "Foto de Juan Pérez" still is one.
- "Der Text wurde ursprünglich in ... veröffentlicht" is the piece speaking of itself: a republication line, kept;
  a novel "originally published" in a story's sentence is none.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

_PARAGRAPHS = [p + "</p>" for p in PARAS.split("</p>") if p]


def _story(inside: str, lang: str = "en") -> bytes:
    """An article page with ``inside`` between its second and third whole paragraphs (the main text's middle)."""
    html = _page(lang=lang).decode()
    return html.replace(PARAS, "".join(_PARAGRAPHS[:2]) + inside + "".join(_PARAGRAPHS[2:])).encode()


# ----------------------------------------------------------------------------- credits of names only, by their place


@pytest.mark.parametrize(("lang", "name", "sentence"), [
    ("en", "Cliff Welch/Icon SMI", "Maurkice Pouncey denies that he took money from an agent."),
    ("de", "Anna Beispiel/Agentur Nord", "Die Mannschaft feiert den Sieg im Stadion."),
    ("es", "Carlos Ejemplo/Agencia Sur", "Los jugadores celebran la victoria en el estadio."),
])
def test_a_cite_right_after_its_picture_outside_a_figure_is_the_pictures_credit(lang: str, name: str, sentence: str) -> None:
    html = _story("<div class='mod-inline image'><div><a class='enlarge' href='#'>[+] Enlarge<img src='a.jpg'></a>"
                  f"<div><cite>{name} </cite>{sentence}</div></div></div>", lang)
    assert _credits(html) == [name]


@pytest.mark.parametrize("inside", [
    "<blockquote><p>We will rebuild the harbour wall this year.</p><cite>Jane Doe/Example Review</cite></blockquote>",
    "<p>As <cite>Jane Doe/Example Review</cite> wrote in her column, the harbour wall is older than the town.</p>",
])
def test_a_cite_of_a_quotation_or_in_running_text_is_no_credit(inside: str) -> None:
    assert _credits(_story(inside)) == []


def test_a_pictures_agency_element_in_its_picture_box_is_its_credit_before_the_picture_loads() -> None:
    html = _story("<section><div class='article-detail__image-wrap'><span class='thumb' data-hook='thumb'></span>"
                  "<span class='article-detail__image-agency'>Craig McDean/GQ</span></div>"
                  "<div><p>So he turned his attention towards acting, and the school let him.</p></div></section>")
    assert _credits(html) == ["Craig McDean/GQ"]


@pytest.mark.parametrize("inside", [
    # the agency element outside a box naming a picture
    "<section><div class='article-detail__text-wrap'><span class='article-detail__image-agency'>Craig McDean/GQ"
    "</span></div></section>",
    # an "agency" class that names no picture in a picture's box
    "<section><div class='article-detail__image-wrap'><span class='thumb'></span>"
    "<span class='article-detail__agency'>Craig McDean/GQ</span></div></section>",
])
def test_an_agency_element_naming_no_picture_or_outside_a_picture_box_is_no_credit(inside: str) -> None:
    assert _credits(_story(inside)) == []


@pytest.mark.parametrize(("lang", "text", "credit"), [
    ("en", "The actor at home in London. Craig McDean/GQ", "Craig McDean/GQ"),
    ("en", "Rivers drives to the basket.Cliff Welch/Icon SMI", "Cliff Welch/Icon SMI"),
    ("fr", "L'acteur chez lui à Paris. Jean Exemple/Le Magazine", "Jean Exemple/Le Magazine"),
    ("de", "Zu Hause in Berlin. Anna Beispiel/Die Zeitschrift", "Anna Beispiel/Die Zeitschrift"),
])
def test_a_caption_read_as_a_slash_credit_is_cut_to_the_names_closing_it(
        lang: str, text: str, credit: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


@pytest.mark.parametrize(("lang", "text", "credit"), [
    ("fr", "- Tapie en 2008. REUTERS/Benoit Tessier -", "REUTERS/Benoit Tessier"),
    ("de", "– Die Ministerin im Jahr 2019. dpa/Anna Beispiel –", "dpa/Anna Beispiel"),
])
def test_a_caption_read_as_a_slash_credit_is_cut_to_the_agencys_credit_closing_it(lang: str, text: str, credit: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


@pytest.mark.parametrize(("lang", "text", "credit"), [
    ("id", "Menteri Keuangan dalam acara forum pada Rabu (1/11/2023).<span class='photo__author author'>(Tangkapan layar "
           "Kanal YouTube Harian Kompas)</span>", "(Tangkapan layar Kanal YouTube Harian Kompas)"),
    ("en", "The minister at the forum on Wednesday. (Screenshot from YouTube)", "(Screenshot from YouTube)"),
    ("es", "La ministra en el foro el miércoles. (Captura de pantalla de YouTube)", "(Captura de pantalla de YouTube)"),
])
def test_a_credit_in_brackets_closing_a_short_caption_after_its_sentence_is_read_apart(
        lang: str, text: str, credit: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


def test_a_bracket_closing_a_caption_that_holds_no_credit_form_is_none() -> None:
    assert _credits(_page(_caption("The minister at the forum on Wednesday. (left)"))) == []


def test_a_caption_whose_sentence_ends_on_two_places_after_a_slash_has_no_credit() -> None:
    assert _credits(_page(_caption("The route runs from London to Paris. Eurostar/SNCF"))) == []


# ----------------------------------------------------------------------------- "Name | Archivo | Outlet"


@pytest.mark.parametrize(("lang", "text", "credit"), [
    ("es", "Universitarios marchan el Día del Estudiante, en Managua. Carlos Herrera | Archivo | Confidencial.",
     "Carlos Herrera | Archivo | Confidencial"),
    ("pt", "Estudantes marcham em Lisboa. Maria Silva / Arquivo / Jornal Exemplo", "Maria Silva / Arquivo / Jornal Exemplo"),
    ("it", "Studenti in corteo a Roma. Mario Rossi | Archivio | Il Esempio", "Mario Rossi | Archivio | Il Esempio"),
    ("en", "Students march in the capital. Jane Doe | File | The Example Times", "Jane Doe | File | The Example Times"),
    ("es", "Carlos Herrera | Archivo | Confidencial", "Carlos Herrera | Archivo | Confidencial"),
])
def test_the_archives_word_between_a_photographer_and_an_outlet_closing_a_caption_is_its_credit(
        lang: str, text: str, credit: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


@pytest.mark.parametrize("text", [
    "Universitarios marchan en Managua. Carlos Herrera | Managua | Confidencial.",
    "Universitarios marchan en Managua | Nicaragua | Centroamérica",
])
def test_three_names_between_bars_without_the_archives_word_are_no_credit(text: str) -> None:
    assert _credits(_page(_caption(text), lang="es")) == []


# ----------------------------------------------------------------------------- a photographer's name and e-mail


@pytest.mark.parametrize(("lang", "text", "credit"), [
    ("en", "The lodge is open again after a long restoration. Example Lodge: Jane Doe, jane@example.com",
     "Example Lodge: Jane Doe, jane@example.com"),
    ("en", "Passengers aboard the train in December 2015. Jane Doe jdoe@example-herald.com",
     "Jane Doe jdoe@example-herald.com"),
    ("es", "Pasajeros en el metro de Madrid. Juan Ejemplo, juan@example.es", "Juan Ejemplo, juan@example.es"),
    ("de", "Fahrgäste in der S-Bahn im Dezember. Anna Beispiel, anna@example.de", "Anna Beispiel, anna@example.de"),
])
def test_a_photographers_name_and_address_closing_a_caption_are_its_credit(lang: str, text: str, credit: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [credit]


@pytest.mark.parametrize("html", [
    _caption("Write to the desk at desk@example.com"),
    "<p>Passengers aboard the train in December 2015. Jane Doe jdoe@example-herald.com</p>",
])
def test_an_address_in_a_captions_sentence_or_a_paragraph_is_no_credit(html: str) -> None:
    assert _credits(_page(html)) == []


# ----------------------------------------------------------------------------- a picture's source as an address


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "(image taken from <a href='https://www.example.com/report'>https://www.example.com</a>)"),
    ("de", "(Bild entnommen aus https://www.example.org/grafik)"),
    ("es", "(imagen tomada de https://www.example.org)"),
    ("fr", "(image tirée de https://www.example.org)"),
])
def test_a_picture_taken_from_an_address_is_credited_to_it(lang: str, line: str) -> None:
    [credit] = _credits(_page(f"<p><img src='chart.png'>{line}</p>", lang=lang))
    assert credit.startswith("(") and "https://www.example." in credit


@pytest.mark.parametrize("line", [
    "(data taken from https://www.example.org/report)",
    "The image was taken from https://www.example.org and edited by the desk.",
])
def test_another_thing_taken_from_an_address_or_a_sentence_about_it_is_no_credit(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- Japanese and Chinese amendment notes


@pytest.mark.parametrize(("lang", "line"), [
    ("ja", "（追記 2019/4/14：1ペタバイトの容量を実現するのは1U実装時であることを明記するためにタイトルと記事の一部を修正しました）"),
    ("ja", "（訂正 2020年5月1日：記事中の日付に誤りがありました。訂正します）"),
    ("zh", "（更正：本文此前误将投票日期写为5月2日，现已修改。）"),
])
def test_a_bracketed_note_labelled_as_an_amendment_is_a_correction(lang: str, line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == [("correction", line)]


@pytest.mark.parametrize("line", [
    "（修正案は来週の国会で審議される予定で、与党は修正に応じる構え）",
    "政府は法案の一部を修正しました。",
])
def test_a_story_saying_something_was_amended_is_no_correction(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang="ja")) == []


# ----------------------------------------------------------------------------- rights reserved on a screenshot


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Tous droits réservés Captures d'écran sur Truth Social et X @example"),
    ("en", "All rights reserved Screenshot from Reddit"),
    ("de", "Alle Rechte vorbehalten Screenshot von YouTube"),
])
def test_reserved_rights_before_the_screenshot_they_are_of_are_its_credit(lang: str, line: str) -> None:
    assert _credits(_page(f"<div class='c-article-image-copyright'>{line}</div>", lang=lang)) == [line]


def test_a_sites_reserved_rights_are_no_credit() -> None:
    html = _page(footer="<p>© 2024 Example News. All rights reserved.</p>")
    assert _credits(html) == []


# ----------------------------------------------------------------------------- courtesy credits and story sentences


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Images courtesy of the coast guard showed the ship listing badly in the storm off the coast."),
    ("de", "Bilder mit freundlicher Genehmigung der Küstenwache zeigten das Schiff in schwerer See vor der Küste."),
    ("es", "Fotos cedidas por la guardia costera mostraban el barco escorado en la tormenta frente a la costa."),
])
def test_a_story_sentence_opening_like_a_courtesy_credit_is_no_credit(lang: str, line: str) -> None:
    assert _credits(_story(f"<p>{line}</p>", lang)) == []


@pytest.mark.parametrize("line", [
    "Image courtesy of the family of the late painter.",
    "Images courtesy of the coast guard.",
])
def test_a_courtesy_credit_that_names_its_maker_and_stops_is_a_credit(line: str) -> None:
    assert _credits(_story(f"<p>{line}</p>")) == [line]


def test_a_courtesy_sentence_set_as_a_caption_is_still_its_credit() -> None:
    line = "Images courtesy of the coast guard show the ship listing in the storm."
    assert _credits(_page(_caption(line))) == [line]


# ----------------------------------------------------------------------------- what a picture is for


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Imagen de referencia"), ("pt", "Foto de referência"), ("it", "Immagine di riferimento"),
    ("es", "El ministro en Madrid. Imagen de referencia"),
])
def test_a_picture_word_and_what_the_picture_is_for_credits_nobody(lang: str, text: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == []


@pytest.mark.parametrize(("lang", "text"), [("es", "Foto de Juan Pérez"), ("es", "Foto de referencia: Juan Pérez")])
def test_a_picture_word_before_its_makers_name_is_still_a_credit(lang: str, text: str) -> None:
    assert _credits(_page(_caption(text), lang=lang)) == [text]


# ----------------------------------------------------------------------------- "the text was originally published"


def test_the_piece_saying_it_was_first_published_elsewhere_is_a_republication_line() -> None:
    line = "Der Text wurde ursprünglich in der Example Zeitung veröffentlicht."
    assert _notices(_page(f"<p>{line}</p>", lang="de")) == [("republished_from", line)]


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Der Roman wurde ursprünglich 1952 in einem kleinen Verlag in Zürich veröffentlicht und erst später übersetzt."),
    ("it", "Il romanzo è stato pubblicato originariamente nel 1952 da un piccolo editore di Torino e poi tradotto."),
])
def test_a_story_sentence_about_a_book_first_published_is_no_republication_line(lang: str, line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == []
