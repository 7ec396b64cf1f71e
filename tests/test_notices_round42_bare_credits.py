"""Round 42: a picture's credit with no marker word ("Jane Doe", "Jane Doe/Agency", "(Jane Doe)"), reported
on DOM evidence only (archiver/extract/notice_bare_credits.py; bench/labels/README.md, "round 42").

What makes one: an element the page's markup declares a picture's credit (a credit-classed element naming
the picture or set in a figure or caption, an ImageObject's author / creditText / copyrightHolder, a
``<cite>`` in a figure), or a bracketed name closing a ``<figcaption>`` after its sentence; beside its own
picture; its text shaped like names or an agency list, in any language. What does not: a teaser's picture
(wrapped in a link to another page, or in a card with a linked headline), a picture in a menu, sidebar,
footer or comment, a credit element with no picture near, a picture whose markup holds two credit texts (a
list of credits), a quotation's ``<cite>``, an article's byline (``itemprop="author"`` outside an image), a
date, a counter, a button's word, a sentence, the site's own name, anything after the main text, and a
page yielding more than three such names (a gallery's or a list's).
"""

from __future__ import annotations

import pytest

from archiver.extract import extract
from archiver.extract.notice_bare_credits import bare_name

_PARAS = "".join(
    f"<p>Paragraph {i} of the story about the harbour, the ships and the people who sail them along "
    f"the northern coast, with the weather and the tides as they come and go through the year.</p>"
    for i in range(1, 6))


def _page(inside: str, *, aside: str = "", after: str = "", lang: str = "en") -> bytes:
    """A small article page with ``inside`` after its second paragraph, ``aside`` in a sidebar and
    ``after`` in a box after the article."""
    return (f"<html lang='{lang}'><head><title>Harbour story</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article><h1>Harbour story</h1>"
            f"{_PARAS[:400]}{inside}{_PARAS[400:]}</article></main>"
            f"<aside class='sidebar'>{aside}</aside><div class='more'>{after}</div>"
            f"<footer><p>Impressum</p></footer></body></html>").encode()


def _credits(html: bytes) -> list[str]:
    return [n.text for n in extract(html, url="https://news.example.org/story").disclaimers if n.kind == "image_credit"]


_SENTENCE = {
    "en": "The harbour at dusk, seen from the old pier.",
    "de": "Der Hafen in der Abenddämmerung, vom alten Pier aus gesehen.",
    "fr": "Le port au crépuscule, vu depuis la vieille jetée.",
    "es": "El puerto al atardecer, visto desde el viejo muelle.",
    "ru": "Гавань в сумерках, вид со старого причала.",
    "pt": "O porto ao entardecer, visto do velho cais.",
    "it": "Il porto al tramonto, visto dal vecchio molo.",
}


def _figure(credit: str, *, lang: str = "en", cls: str = "caption__credit", tag: str = "span") -> str:
    return (f"<figure><img src='harbour.jpg'><figcaption><span class='caption__text'>{_SENTENCE[lang]}</span> "
            f"<{tag} class='{cls}'>{credit}</{tag}></figcaption></figure>")


# ----------------------------------------------------------------------------- reported: the markup says credit

@pytest.mark.parametrize(("lang", "name"), [
    ("en", "Jane Doe"),
    ("de", "Hans Müller"),
    ("fr", "Jean Dupont"),
    ("es", "José Pérez"),
    ("ru", "Иван Петров"),
    ("pt", "João da Silva"),
    ("it", "Mario Rossi"),
])
def test_a_bare_name_in_a_pictures_credit_element_is_a_credit_in_any_language(lang: str, name: str) -> None:
    assert _credits(_page(_figure(name, lang=lang), lang=lang)) == [name]


@pytest.mark.parametrize("cls", ["photo-credit", "image-credit", "media__credit", "credit", "photographer",
                                 "figure__copyright"])
def test_the_credit_elements_class_may_name_the_picture_or_sit_in_its_figure(cls: str) -> None:
    assert _credits(_page(_figure("Jane Doe", cls=cls, tag="div"))) == ["Jane Doe"]


@pytest.mark.parametrize("credit", ["Jane Doe for Example News", "Jane Doe / Example Agency", "Harbour Hotel & Spa",
                                    "janedoe-photo.de", "Lily of the Valley", "FORESTIS"])
def test_names_agency_lists_and_a_photographers_domain_are_shaped_like_a_credit(credit: str) -> None:
    shown = credit.replace("&", "&amp;")
    assert _credits(_page(_figure(shown))) == [credit]


def test_an_image_objects_author_property_is_its_credit() -> None:
    fig = ("<figure itemscope itemtype='http://schema.org/ImageObject'><img src='harbour.jpg' itemprop='contentUrl'>"
           "<figcaption><span itemprop='caption'>The harbour at dusk.</span> "
           "<p class='image--attribution' itemprop='author'><span>Jane Doe</span></p></figcaption></figure>")
    assert _credits(_page(fig)) == ["Jane Doe"]


def test_a_cite_in_a_figure_names_the_pictures_source() -> None:
    fig = ("<figure><img src='chart.png'><span class='meta'>Global temperature since 1850. "
           "<cite><a href='https://data.example.net/'>Northern Earth Data</a></cite></span></figure>")
    assert _credits(_page(fig)) == ["Northern Earth Data"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Firefighters at the scene on Nov. 8, 2023."),
    ("es", "Los bomberos en el lugar el 8 de noviembre de 2023."),
    ("pt", "Bombeiros no local em 8 de novembro de 2023."),
])
def test_a_bracketed_name_closing_a_figcaption_after_its_sentence_is_a_credit(lang: str, sentence: str) -> None:
    fig = f"<figure><img src='fire.jpg'><figcaption>{sentence} (Jane Doe Rivera)</figcaption></figure>"
    assert _credits(_page(fig, lang=lang)) == ["(Jane Doe Rivera)"]


def test_the_lead_pictures_credit_in_the_articles_header_is_a_credit() -> None:
    html = ("<html><body><main><article><header><h1>Harbour story</h1><figure class='main-media'>"
            "<img src='lead.jpg'><figcaption><div class='media__credit'>Jane Doe</div>"
            f"<div class='media__caption'>The harbour at dusk.</div></figcaption></figure></header>{_PARAS}"
            "</article></main></body></html>").encode()
    assert _credits(html) == ["Jane Doe"]


def test_a_credit_beside_a_lightbox_link_to_the_picture_itself_is_no_teaser() -> None:
    box = ("<div class='content-image'><a href='https://media.example.org/big/harbour.jpg'><img src='harbour.jpg'></a>"
           "<div class='caption-block'><div class='image-credit'>Jane Doe</div>"
           "<div class='image-caption'>The harbour at dusk.</div></div></div>")
    assert _credits(_page(box)) == ["Jane Doe"]


# ----------------------------------------------------------------------------- not reported: weaker evidence

def test_a_bare_name_in_a_credit_element_without_a_picture_near_is_none() -> None:
    box = "<div class='fdn-caption-block'><div class='photo-credit'>Jane Doe</div></div>"
    assert _credits(_page(box)) == []


def test_a_teasers_picture_linked_to_another_page_yields_no_bare_credit() -> None:
    teaser = ("<div class='card'><a href='/other-story'><figure><img src='t.jpg'><figcaption>"
              "<span class='image-credit'>Jane Doe</span></figcaption></figure></a></div>")
    assert _credits(_page(teaser)) == []


def test_a_card_with_a_linked_headline_yields_no_bare_credit() -> None:
    card = ("<div class='story-card'><figure><img src='t.jpg'><figcaption><span class='image-credit'>Jane Doe</span>"
            "</figcaption></figure><h3><a href='/other-story'>Another story about ships</a></h3></div>")
    assert _credits(_page(card)) == []


@pytest.mark.parametrize("where", ["aside", "after"])
def test_a_credit_in_a_sidebar_or_after_the_main_text_is_none(where: str) -> None:
    fig = _figure("Jane Doe")
    page = _page("", aside=fig) if where == "aside" else _page("", after=fig)
    assert _credits(page) == []


def test_a_credit_in_the_sites_footer_or_menu_is_none() -> None:
    html = (f"<html><body><nav><figure><img src='logo.png'><figcaption><span class='photo-credit'>Jane Doe</span>"
            f"</figcaption></figure></nav><main><article><h1>Harbour story</h1>{_PARAS}</article></main><footer>"
            "<figure><img src='team.jpg'><figcaption><span class='photo-credit'>John Roe</span></figcaption></figure>"
            "</footer></body></html>").encode()
    assert _credits(html) == []


def test_an_articles_byline_with_itemprop_author_is_no_pictures_credit() -> None:
    html = ("<html><body><main><article itemscope itemtype='http://schema.org/NewsArticle'><h1>Harbour story</h1>"
            "<figure><img src='harbour.jpg'><figcaption>The harbour at dusk.</figcaption></figure>"
            f"<p class='byline' itemprop='author'>Jane Doe</p>{_PARAS}</article></main></body></html>").encode()
    assert _credits(html) == []


def test_a_quotations_cite_in_a_figure_is_no_credit() -> None:
    quote = ("<figure><blockquote><p>The sea does not forgive a careless sailor.</p></blockquote>"
             "<img src='portrait.jpg'><figcaption><cite>Jane Doe</cite></figcaption></figure>")
    assert _credits(_page(quote)) == []


def test_a_picture_whose_markup_holds_a_list_of_credits_yields_none_of_them() -> None:
    items = "".join(f"<div class='photo-credit'>{t}</div>" for t in ("Jane Doe", "Harbour At Dusk", "John Roe"))
    assert _credits(_page(f"<figure><img src='a.jpg'><figcaption>{items}</figcaption></figure>")) == []


def test_more_than_three_bare_credits_on_a_page_are_a_gallerys_and_none_is_reported() -> None:
    figures = "".join(_figure(name) for name in ("Jane Doe", "John Roe", "Ann Example", "Max Muster"))
    assert _credits(_page(figures)) == []


def test_three_bare_credits_on_a_page_are_each_reported() -> None:
    figures = "".join(_figure(name) for name in ("Jane Doe", "John Roe", "Ann Example"))
    assert _credits(_page(figures)) == ["Jane Doe", "John Roe", "Ann Example"]


@pytest.mark.parametrize("text", [
    "12.05.2021", "3/12", "Vergrößern", "Share", "View gallery", "Photo credit", "Agrandir", "Ampliar",
    "The harbour at dusk was calm.", "click to enlarge", "(left)",
])
def test_dates_counters_buttons_labels_and_sentences_are_no_bare_credit(text: str) -> None:
    assert _credits(_page(_figure(text))) == []


def test_the_sites_own_name_is_no_bare_credit() -> None:
    assert _credits(_page(_figure("Example News"))) == []


@pytest.mark.parametrize(("text", "shaped"), [
    ("Jane Doe", True), ("(Jane Doe)", True), ("Jane Doe/Example Agency", True), ("Jane Doe for Example News", True),
    ("Иван Петров", True), ("example-photo.de", True), ("J. Doe", True),
    ("Jane Doe 2021", False), ("Photo: Jane Doe", False), ("the harbour at dusk", False), ("Die schönsten Bilder", False),
    ("jane@example.org", False), ("Share", False), ("Done!", False), ("", False),
])
def test_a_bare_credit_is_shaped_like_names(text: str, shaped: bool) -> None:
    assert bare_name(text) is shaped
