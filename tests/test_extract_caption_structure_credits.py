"""capcred60: a picture's credit read from its caption's structure (archiver/extract/caption_credits.py;
bench/labels/README.md, "capcred60"): a classed ``<span>`` closing a caption block after the caption's own words is
the picture's credit when its text is shaped like names, whatever its words and language. What is not: a caption's
second sentence, a quoted title in ``<cite>``, a place and a date, an element with text after it, an unclassed one,
one with no caption before it, and a teaser's caption.
"""

from __future__ import annotations

import pytest

from archiver.extract import extract
from archiver.extract.caption_credits import closing_spans

_PARAS = "".join(
    f"<p>Paragraph {i} of the story about the harbour, the ships and the people who sail them along "
    f"the northern coast, with the weather and the tides as they come and go through the year.</p>"
    for i in range(1, 6))

_SENTENCE = {
    "en": "The harbour at dusk, seen from the old pier.",
    "de": "Der Hafen in der Abenddämmerung, vom alten Pier aus gesehen.",
    "fr": "Le port au crépuscule, vu depuis la vieille jetée.",
    "es": "El puerto al atardecer, visto desde el viejo muelle.",
    "ru": "Гавань в сумерках, вид со старого причала.",
    "pt": "O porto ao entardecer, visto do velho cais.",
    "it": "Il porto al tramonto, visto dal vecchio molo.",
}


def _page(inside: str, *, lang: str = "en") -> bytes:
    """A small article page with ``inside`` after its second paragraph."""
    return (f"<html lang='{lang}'><head><title>Harbour story</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article><h1>Harbour story</h1>"
            f"{_PARAS[:400]}{inside}{_PARAS[400:]}</article></main>"
            f"<footer><p>Impressum</p></footer></body></html>").encode()


def _credits(html: bytes) -> list[str]:
    return [n.text for n in extract(html, url="https://news.example.org/story").disclaimers if n.kind == "image_credit"]


def _figure(closing: str, *, lang: str = "en", cls: str = "sig") -> str:
    """A figure whose caption says its sentence, then closes on a ``<span class=cls>``."""
    return (f"<figure><img src='harbour.jpg'><figcaption>{_SENTENCE[lang].rstrip('.')} "
            f"<span class='{cls}'>{closing}</span></figcaption></figure>")


def _captioned(closing: str, *, lang: str = "en", cls: str = "sig") -> str:
    """A picture and a block the page classes as its caption (no ``<figure>``), closing on a ``<span class=cls>``."""
    return (f"<div class='foto'><img src='harbour.jpg'><p class='figcaption'>{_SENTENCE[lang].rstrip('.')} "
            f"<span class='{cls}'>{closing}</span></p></div>")


# ----------------------------------------------------------------------------- reported: the caption's closing span

@pytest.mark.parametrize(("lang", "name"), [
    ("en", "Jane Doe"),
    ("de", "Hans Müller"),
    ("fr", "Jean Dupont"),
    ("es", "GORKA LEJARCEGI"),
    ("ru", "Иван Петров"),
    ("pt", "João da Silva"),
    ("it", "Mario Rossi"),
])
def test_a_name_closing_a_caption_classed_block_in_a_classed_span_is_its_pictures_credit_in_any_language(
        lang: str, name: str) -> None:
    assert _credits(_page(_captioned(name, lang=lang), lang=lang)) == [name]


def test_a_name_closing_a_figcaption_in_a_classed_span_is_its_pictures_credit() -> None:
    assert _credits(_page(_figure("Jane Doe"))) == ["Jane Doe"]


def test_a_photographer_and_outlet_closing_a_figcaption_are_its_credit() -> None:
    assert _credits(_page(_captioned("Leah Millis/The Chronicle"))) == ["Leah Millis/The Chronicle"]


def test_a_bracketed_name_closing_a_caption_classed_block_is_its_credit() -> None:
    block = ("<div class='photo'><img src='truck.jpg'><div class='photo__caption'>Trucks are weighed at the rest "
             "area on the toll road <span class='photo__source'>(Jasa Marga)</span></div></div>")
    assert _credits(_page(block, lang="id")) == ["(Jasa Marga)"]


def test_a_wordpress_caption_paragraph_closing_on_a_classed_span_is_read_as_a_caption_block() -> None:
    block = ("<div class='attachment'><img src='hall.jpg'><p class='wp-caption-text'>The old market hall after its "
             "restoration <span class='sig'>Ana Souza</span></p></div>")
    assert _credits(_page(block, lang="pt")) == ["Ana Souza"]


# ----------------------------------------------------------------------------- not reported: neighbours

def test_a_captions_second_sentence_in_a_span_is_no_credit() -> None:
    assert _credits(_page(_captioned("The pier was rebuilt after the storm of last winter."))) == []


def test_a_cite_of_a_quoted_book_title_inside_a_caption_is_no_credit() -> None:
    figure = ("<figure><img src='book.jpg'><figcaption>A first edition of <cite>The Old Man and the Sea</cite> on "
              "display at the harbour library.</figcaption></figure>")
    assert _credits(_page(figure)) == []


def test_a_place_and_date_joined_by_a_bar_closing_a_caption_is_no_credit() -> None:
    assert _credits(_page(_captioned("Hamburg | 3 May 2024", cls="meta"))) == []


def test_a_span_with_the_captions_words_after_it_is_no_closing_credit() -> None:
    figure = ("<figure><img src='harbour.jpg'><figcaption>The harbour at dusk, seen from <span class='hl'>Jane "
              "Doe</span> and her crew on the old pier.</figcaption></figure>")
    assert _credits(_page(figure)) == []


def test_an_unclassed_span_closing_a_caption_is_not_read() -> None:
    block = ("<div class='foto'><img src='harbour.jpg'><p class='figcaption'>The harbour at dusk, seen from the old "
             "pier. <span>Jane Doe</span></p></div>")
    assert _credits(_page(block)) == []


def test_a_caption_that_is_only_its_span_has_no_words_of_its_own_before_it() -> None:
    block = "<div class='foto'><img src='band.jpg'><p class='figcaption'><span class='who'>Example Band</span></p></div>"
    assert _credits(_page(block)) == []


def test_a_teasers_caption_linking_another_page_gives_no_credit() -> None:
    block = ("<div class='foto'><a href='/other-story'><img src='harbour.jpg'></a><p class='figcaption'>The harbour at "
             "dusk, seen from the old pier. <span class='firma'>Jane Doe</span></p></div>")
    assert _credits(_page(block)) == []


def test_the_reader_names_the_caption_block_and_its_closing_text() -> None:
    from lxml import html

    tree = html.fromstring("<div><figure><img src='a.jpg'><figcaption>The harbour at dusk, seen from the pier. "
                           "<span class='firma'> Jane   Doe </span></figcaption></figure></div>")
    assert [(block.tag, text) for block, text in closing_spans(tree)] == [("figcaption", "Jane Doe")]
