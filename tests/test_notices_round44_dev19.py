"""Round 44: the classes of dev19's misses (modern news pages, mostly German; bench/labels/README.md,
"notices-dev19.jsonl and round 44"), each in general form, in EN DE FR ES RU PT IT where the form has a
language.

- A picture's credit whose element the layout glued to its caption's last sentence after a closing bracket,
  a quotation mark or a year ("... Madrid (Spain).Jane Doe / Europa Press", "... in 2025.Courtesy of ..."):
  the credit starts at the glued capital, not at the bracket's word before it.
- A courtesy credit in the Spanish and Portuguese form "Cedida por ..." / "Gentileza de ..." (beside
  "Courtesy of", "Cortesía de", "Per gentile concessione di", "Avec l'aimable autorisation de"), also glued.
- The Associated Press by its full name with its article ("The Associated Press") alone in a credit element.
- A collage's or a photomontage's label ("Collage: ...", "Fotomontage: ...", "Коллаж: ..."), and the
  German press code for a montage after a picture word ("Foto [M]: ...").
- The copyright sign as CJK pages write it, in full-width brackets ("（Ｃ）Agency").
- A photographer working for an outlet, the whole text of an element the page declares a credit ("Jane Doe for
  Example News", "... für ...", "... pour ...", "... para ...", "... per ...", "... для ..."): a form of its own,
  so that a page's other credits with no marker word do not pass the gallery's cap of three.
- A plain paragraph right under a responsive ``<picture>`` (whose ``<img>`` libxml2 nests under its ``<source>``
  elements) closing on an agency's credit after its sentence ("... sammeln. IMAGO/Jane Doe"): the picture's caption by
  layout, read as one (not a paragraph under a picture that closes on no agency's credit).

What must not be reported: "Montage" as a German word for assembly, a collage in running text, a donation in
a sentence ("fue cedida por el ayuntamiento"), a site's own full-width copyright line, a glued sentence
in running text, a bracketed place name before a glued credit, "The Associated Press" as a story's byline,
and the site's own name after a generic word with its company form in the footer ("© DIARIO EXAMPLE, S.L.").
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS as _PARAS
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

from archiver.extract import extract


def _glued(sentence: str, credit: str) -> str:
    """A picture whose caption's sentence and credit sit in two inline elements with no space between
    (the visible text reads "<sentence><credit>"); the credit's element names no credit ("author")."""
    return (f"<figure><img src='harbour.jpg'><figcaption><span class='image-description'>{sentence}</span>"
            f"<strong class='author'>{credit}</strong></figcaption></figure>")


# ----------------------------------------------------------------------------- a credit glued after a bracket or a year

_BRACKETED = {
    "en": "Hundreds of people at the harbour fair in Madrid (Spain).",
    "de": "Hunderte Menschen beim Hafenfest in Madrid (Spanien).",
    "fr": "Des centaines de personnes à la fête du port à Madrid (Espagne).",
    "es": "Cientos de personas en la fiesta del puerto en Madrid (España).",
    "ru": "Сотни людей на празднике порта в Мадриде (Испания).",
    "pt": "Centenas de pessoas na festa do porto em Madrid (Espanha).",
    "it": "Centinaia di persone alla festa del porto a Madrid (Spagna).",
}


@pytest.mark.parametrize("lang", sorted(_BRACKETED))
def test_a_name_and_agency_glued_after_a_bracket_is_the_credit_not_the_bracket(lang: str) -> None:
    found = _credits(_page(_glued(_BRACKETED[lang], "Gustavo Valiente / Europa Press"), lang=lang))
    assert found == ["Gustavo Valiente / Europa Press"]


def test_an_agency_credit_glued_after_a_year_is_read_apart() -> None:
    found = _credits(_page(_glued("The harbour fair drew a record crowd in 2025.", "Jane Doe/Reuters")))
    assert found == ["Jane Doe/Reuters"]


def test_a_glued_sentence_in_running_text_is_no_credit() -> None:
    html = _page("<p>The mayor spoke at the fair (in Madrid).Then the council met again in the evening hall.</p>")
    assert _credits(html) == []


# ----------------------------------------------------------------------------- courtesy: "Cedida por", "Gentileza de"

_COURTESY = {
    "en": "Courtesy of the Harbour Residents' Association",
    "es": "Cedida por la Asociación de Vecinos del Puerto",
    "pt": "Gentileza da Associação de Moradores do Porto",
    "it": "Per gentile concessione dell'Associazione del Porto",
    "fr": "Avec l'aimable autorisation de l'Association du Port",
}


@pytest.mark.parametrize("lang", sorted(_COURTESY))
def test_a_courtesy_credit_glued_after_a_year_is_reported(lang: str) -> None:
    found = _credits(_page(_glued("A portable toilet at the harbour fair, in the 2025 edition of 2025.", _COURTESY[lang])))
    assert found == [_COURTESY[lang]]


@pytest.mark.parametrize("credit", ["Cedida por la Asociación de Vecinos del Puerto", "Cedido por Juan Pérez",
                                    "Gentileza de María Souza", "Gentileza do Museu do Porto"])
def test_a_spanish_or_portuguese_courtesy_credit_under_a_picture_is_reported(credit: str) -> None:
    html = _page(f"<figure><img src='harbour.jpg'><figcaption>El puerto al atardecer. {credit}</figcaption></figure>",
                 lang="es")
    assert _credits(html) == [credit]


def test_a_donation_told_in_a_sentence_is_no_credit() -> None:
    html = _page("<p>La sede fue cedida por el ayuntamiento en 2010 y gentileza de nadie fue la reforma.</p>", lang="es")
    assert _notices(html) == []


# ----------------------------------------------------------------------------- The Associated Press alone

def test_the_associated_press_by_its_full_name_in_a_credit_element_is_reported() -> None:
    # the picture is loaded by a script (no <img> in the markup): the credit is read by its words alone
    html = _page("<figure><div class='lazy-image' data-src='harbour.jpg'></div><figcaption>"
                 "<span class='caption'>Ships in the harbour at dusk."
                 "</span><span class='credit'>The Associated Press</span></figcaption></figure>")
    assert _credits(html) == ["The Associated Press"]


def test_the_associated_press_as_a_byline_above_the_story_is_no_credit() -> None:
    html = ("<html><head><title>Harbour story</title></head><body><h1>Harbour story</h1><div>The Associated Press</div>"
            f"<div>Published Monday, November 18, 2019 8:22AM EST</div><main><article>{_PARAS}</article></main>"
            "<footer><p>Impressum</p></footer></body></html>").encode()
    assert _credits(html) == []


# ----------------------------------------------------------------------------- collage, photomontage, "[M]"

_MONTAGE = {
    "en": "Collage: Jane Doe",
    "de": "Fotomontage: Max Mustermann",
    "fr": "Photomontage : Jean Dupont",
    "es": "Fotomontaje: Juan Pérez",
    "ru": "Коллаж: Андрей Иванов",
    "pt": "Fotomontagem: João Silva",
    "it": "Fotomontaggio: Mario Rossi",
}


@pytest.mark.parametrize("lang", sorted(_MONTAGE))
def test_a_collage_or_photomontage_label_is_a_credit(lang: str) -> None:
    html = _page(f"<div class='lead-media'><img src='collage.jpg'><div>{_MONTAGE[lang]}</div></div>", lang=lang)
    assert _credits(html) == [_MONTAGE[lang]]


@pytest.mark.parametrize("credit", ["Foto [M]: Shutterstock", "Bild [M]: Max Mustermann/dpa", "Fotos [M]: imago images"])
def test_the_montage_code_after_a_picture_word_keeps_the_credit(credit: str) -> None:
    html = _page(f"<p><em>Text: ssi, dan; {credit}; Erstveröffentlichung: 4.4.18</em></p>", lang="de")
    assert any(credit in c for c in _credits(html))


@pytest.mark.parametrize("line", ["Montage: Die Teile werden in zwei Stunden verschraubt.",
                                  "Die Collage zeigt den Hafen im Winter und im Sommer."])
def test_assembly_or_a_collage_in_running_text_is_no_credit(line: str) -> None:
    assert _credits(_page(f"<p>{line}</p>", lang="de")) == []


# ----------------------------------------------------------------------------- the full-width copyright sign

def test_a_fullwidth_copyright_sign_closing_a_caption_is_a_credit() -> None:
    html = _page("<figure><img src='team.jpg'><figcaption>バレー男子ネーションズリーグ、日本代表の（左から）西田、小野寺"
                 "（Ｃ）共同通信社</figcaption></figure>", lang="ja")
    assert _credits(html) == ["（Ｃ）共同通信社"]


def test_a_sites_fullwidth_copyright_line_in_its_footer_is_no_credit() -> None:
    html = _page("", footer="<p>Copyright （Ｃ） 2025 Example Shimbun. All Rights Reserved</p>", lang="ja")
    assert _credits(html) == []


# ----------------------------------------------------------------------------- guard: a site's company line

@pytest.mark.parametrize("line", ["Copyright © DIARIO NEWS, S.L.", "© Zeitung News GmbH", "© Jornal News, Ltda."])
def test_the_sites_name_after_a_generic_word_and_a_company_form_is_the_sites_line(line: str) -> None:
    html = (f"<html><head><title>Harbour story</title></head><body><main><article><h1>Harbour story</h1>{_PARAS}"
            f"</article></main><div class='legal'><p>{line}</p></div><p>Aviso legal</p><p>Contacto</p><p>Mapa</p>"
            f"<p>Cookies</p><p>Privacidad</p><p>Ayuda</p><p>Prensa</p><p>Empleo</p><p>Tienda</p></body></html>").encode()
    assert [n.text for n in extract(html, url="https://www.news.es/story").disclaimers] == []


def test_a_photographer_whose_surname_is_the_sites_name_is_still_credited() -> None:
    html = _page("<figure><img src='harbour.jpg'><figcaption>El puerto al atardecer. © Ana News</figcaption></figure>",
                 lang="es")
    assert [n.text for n in extract(html, url="https://www.news.es/story").disclaimers] == ["© Ana News"]


# ----------------------------------------------------------------------------- "Jane Doe for Example News" in a credit element

_FOR_OUTLET = {
    "en": "Jane Doe for The Example Times",
    "de": "Max Mustermann für DIE ZEIT",
    "fr": "Jean Dupont pour Le Monde",
    "es": "Juan Pérez para El País",
    "ru": "Иван Иванов для РБК",
    "pt": "João Silva para a Folha",
    "it": "Mario Rossi per la Repubblica",
}


@pytest.mark.parametrize("lang", sorted(_FOR_OUTLET))
def test_a_photographer_working_for_an_outlet_in_a_credit_element_is_a_credit(lang: str) -> None:
    # five such pictures on the page: each credit is read by its form, so no gallery's cap applies
    figures = "".join(f"<figure><img src='h{i}.jpg'><figcaption><span class='figcaption__caption'>Harbour view {'ABCDE'[i]}."
                      f"</span> <span class='figcaption__credit'>{_FOR_OUTLET[lang] if i % 2 else name}</span></figcaption>"
                      f"</figure>" for i, name in enumerate(["Harbour Authority", "", "Port Museum", "", "Dock Company"]))
    found = _credits(_page(figures, lang=lang))
    assert _FOR_OUTLET[lang] in found and "Harbour Authority" in found


def test_a_capitalised_caption_with_for_is_no_credit() -> None:
    line = "Players Compete for Gold Medal"
    html = _page(f"<figure><img src='h.jpg'><figcaption>{line}</figcaption></figure><p class='byline'>{line}</p>")
    assert _credits(html) == []


def test_a_name_for_an_outlet_in_a_byline_is_no_credit() -> None:
    # (a writer for an outlet; round lead60 reads the form as a figure's whole caption when a given name opens it,
    # as the labels hold it: dev17's "Adam Maida for BuzzFeed News", notices-blind26's "KATIE BANDURSKI FOR TASTE OF
    # HOME", tests/test_lead60_blind26_classes.py)
    assert _credits(_page("<p class='byline'>Jane Doe for The Example Times</p>")) == []


# ----------------------------------------------------------------------------- a caption set under a <picture> in a plain <p>

def _picture(caption: str) -> str:
    """A responsive picture (``<source>`` elements before its ``<img>``, which libxml2's HTML parser nests the
    ``<img>`` under) and a plain paragraph right under it: the caption by layout, no caption element."""
    return ("<div class='article-picture'><picture><source media='(max-width:480px)' srcset='a.webp'>"
            "<source media='(max-width:960px)' srcset='b.webp'><img alt='' src='c.jpg'></picture>"
            f"<p>{caption}</p></div>")


@pytest.mark.parametrize(("lang", "caption", "credit"), [
    ("de", "Der Trainer will mit dem Verein noch so viele Punkte wie möglich sammeln. IMAGO/Max Mustermann",
     "IMAGO/Max Mustermann"),
    ("en", "The coach wants to collect as many points as possible with the club. Jane Doe/Reuters", "Jane Doe/Reuters"),
    ("es", "El entrenador quiere sumar tantos puntos como sea posible con el club. EFE/Juan Pérez", "EFE/Juan Pérez"),
])
def test_an_agency_credit_closing_a_paragraph_under_a_picture_is_a_credit(lang: str, caption: str, credit: str) -> None:
    assert _credits(_page(_picture(caption), lang=lang)) == [credit]


def test_a_paragraph_under_a_picture_without_an_agency_credit_is_no_caption() -> None:
    html = _page(_picture("The coach wants to collect as many points as possible. Fans / Players"))
    assert _credits(html) == []
