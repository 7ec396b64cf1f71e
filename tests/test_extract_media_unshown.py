"""A medium's fallback is not the page's visible text, and nothing libxml2 nests under a void element
is lost (archiver/extract/media.py).

A browser that plays a ``<video>`` or an ``<audio>`` (or shows an ``<object>``'s data) never shows what
the element holds: "Your browser does not support the video tag", a download link, a poster's credit.
Those words are in neither the page text nor the article text, and no notice is read from them; a
caption or a credit set beside the element (a ``<figcaption>``, a ``<p>`` after ``</video>``) stays.

libxml2's HTML parser does not know some of HTML's void elements are void (the probe below asks real
lxml which): it nests the rest of their parent under them, where trafilatura, which deletes an
``<embed>``, a ``<source>`` or a ``<track>`` with its content, lost the paragraphs after one. The page
is parsed as a browser parses it: nothing is ever inside a void element.

The fixtures are real page snippets: WordPress's ``[video]`` and ``[audio]`` shortcodes (their sources
self-closed, a download link as fallback), a hand-written HTML5 video with sources, captions track and
fallback words, an old Flash ``<object>`` and ``<embed>``.
"""

from __future__ import annotations

import pytest
from lxml import etree
from lxml import html as lxml_html
from notice_articles import credits, page

from archiver.extract import Article, extract
from archiver.extract.media import MISNESTED_VOIDS, laid_out_as
from archiver.extract.text import parse_html

URL = "https://news.example.org/story"

#: Each medium as pages set one, with its fallback words (the ``{fallback}`` slot).
MEDIA = {
    "wordpress video": ("<video class='wp-video-shortcode' id='video-42-1' width='640' height='360' preload='metadata' "
                        "controls='controls'><source type='video/mp4' src='https://news.example.org/wp-content/uploads/"
                        "harbour.mp4?_=1' />{fallback}</video>"),
    "html5 video": ("<video controls width='640' poster='harbour.jpg'><source src='harbour.webm' type='video/webm'>"
                    "<source src='harbour.mp4' type='video/mp4'><track kind='captions' src='harbour.vtt' srclang='en' "
                    "label='English'>{fallback}</video>"),
    "wordpress audio": ("<audio class='wp-audio-shortcode' id='audio-42-1' preload='none' style='width: 100%;' "
                        "controls='controls'><source type='audio/mpeg' src='https://news.example.org/wp-content/uploads/"
                        "harbour.mp3?_=1' />{fallback}</audio>"),
    "flash object": ("<object type='application/x-shockwave-flash' data='player.swf' width='640' height='360'>"
                     "<param name='movie' value='player.swf'><param name='flashvars' value='file=harbour.flv'>"
                     "<embed src='player.swf' type='application/x-shockwave-flash' width='640' height='360'>"
                     "{fallback}</object>"),
}
FALLBACK = ("Your browser does not support the video tag. <a href='https://news.example.org/harbour.mp4'>Download "
            "the MP4</a> instead.")
EACH_MEDIUM = pytest.mark.parametrize("medium", list(MEDIA))


def _medium(medium: str, fallback: str = FALLBACK) -> str:
    return MEDIA[medium].format(fallback=fallback)


def _extract(html: bytes) -> Article:
    return extract(html, url=URL)


# ------------------------------------------------------------------ the fallback is not shown


@EACH_MEDIUM
def test_a_mediums_fallback_words_are_not_in_the_page_text(medium: str) -> None:
    article = _extract(page(f"<div class='media'>{_medium(medium)}</div>"))
    assert "does not support" not in article.page_text
    assert "Download the MP4" not in article.page_text


@EACH_MEDIUM
def test_a_caption_in_a_paragraph_after_the_medium_stays_in_the_page_text(medium: str) -> None:
    caption = "The harbour at dawn, filmed from the lighthouse on Tuesday."
    article = _extract(page(f"<div class='media'>{_medium(medium)}<p class='caption'>{caption}</p></div>"))
    assert caption in article.page_text
    assert "does not support" not in article.page_text


@EACH_MEDIUM
def test_a_figcaptions_credit_beside_the_medium_is_a_credit_and_the_fallback_is_no_line(medium: str) -> None:
    html = page(f"<figure>{_medium(medium)}<figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>")
    article = _extract(html)
    assert "The harbour at dawn. Photo: Jane Doe" in article.page_text.splitlines()
    assert credits(html) == ["Photo: Jane Doe"]


@EACH_MEDIUM
def test_a_credit_line_in_a_mediums_fallback_is_no_notice(medium: str) -> None:
    html = page(f"<div class='media'>{_medium(medium, '<p>Video: Jane Doe / Reuters</p>')}</div>")
    assert credits(html) == []


@EACH_MEDIUM
def test_the_words_after_a_medium_in_its_paragraph_are_shown_without_its_fallback(medium: str) -> None:
    article = _extract(page(f"<p>Watch the harbour at dawn {_medium(medium)} filmed from the lighthouse.</p>"))
    assert "Watch the harbour at dawn filmed from the lighthouse." in article.page_text.splitlines()


def test_a_fallback_is_not_article_text_where_trafilatura_falls_back_to_its_other_extractors() -> None:
    # a short page: trafilatura's main stage (which deletes every <video>) finds too little, and its
    # fallback extractors read the page with the video's content in it
    fallback = ("<p>Your browser does not support the video tag. Fallback words of the player that nobody sees "
                "on the page at all, as long as a paragraph.</p>")
    html = (f"<html><body><article><h1>Clip</h1>{_medium('html5 video', fallback)}"
            "<p>A short caption of the clip.</p></article></body></html>").encode()
    article = _extract(html)
    assert "does not support" not in article.text and "Fallback words" not in article.text
    assert "does not support" not in article.page_text
    assert "A short caption of the clip." in article.page_text


# ------------------------------------------------------------------ what libxml2 nests under a void element

#: HTML's void elements (WHATWG: their start tag is the whole element) and those the parsing
#: algorithm also reads as void (``basefont``, ``bgsound``, ``frame``, ``keygen``, ``param``).
HTML_VOIDS = ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
              "basefont", "bgsound", "frame", "keygen", "param")


def _raw_nests(tag: str) -> bool:
    """Whether libxml2 (lxml, no repair of ours) puts what follows ``<tag>`` inside it."""
    tree = lxml_html.fromstring(f"<html><body><div><{tag} x='1'>after<b>bold</b></div></body></html>")
    el = tree.find(f".//{tag}")
    return el is not None and (bool(el.text) or len(el) > 0)


def test_every_void_element_libxml2_nests_under_is_one_the_repair_knows() -> None:
    nesting = {tag for tag in HTML_VOIDS if _raw_nests(tag)}
    assert nesting  # (libxml2 2.14 nests under embed, keygen, source, track, wbr, bgsound)
    assert nesting <= MISNESTED_VOIDS


@pytest.mark.parametrize("tag", HTML_VOIDS)
def test_no_void_element_holds_anything_in_a_parsed_page(tag: str) -> None:
    tree = parse_html(f"<html><body><div id='d'>before <{tag} x='1'>after <b>bold</b> end<p>para</p></div>"
                      "<p>next</p></body></html>")
    assert tree is not None
    for el in tree.iter(tag):
        assert not el.text and len(el) == 0
    div = tree.get_element_by_id("d")
    assert " ".join(div.text_content().split()) == "before after bold endpara"


@pytest.mark.parametrize("tag", sorted(MISNESTED_VOIDS))
def test_the_paragraphs_after_a_stray_void_element_are_article_text(tag: str) -> None:
    html = page(f"<p>The chart below shows how rents rose in the old town.</p><{tag} src='chart.svg' "
                "type='image/svg+xml' width='600' height='400'><p>Rents in the old town rose by a third in ten "
                "years, the survey found, and faster than wages did.</p>")
    assert "the survey found" in _extract(html).text


def test_the_rest_of_a_paragraph_after_an_old_flash_embed_is_article_text() -> None:
    html = page("<p>The mayor spoke to the council. <embed src='https://news.example.org/player.swf' "
                "type='application/x-shockwave-flash' allowfullscreen='true' width='480' height='270'> She said "
                "the harbour works would start in May, and that the quay would stay open.</p>")
    assert "the quay would stay open" in _extract(html).text


def test_a_caption_after_a_stray_source_is_its_pictures_caption() -> None:
    # a lazy-loading theme's <source> left in a figure without its <picture>: libxml2 nested the image
    # and the caption under it
    html = page("<figure><source srcset='harbour.webp' type='image/webp'><img src='harbour.jpg' alt=''>"
                "<figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>")
    assert credits(html) == ["Photo: Jane Doe"]
    assert "The harbour at dawn. Photo: Jane Doe" in _extract(html).page_text.splitlines()


def test_a_pictures_image_is_its_child_in_a_parsed_page_and_is_laid_out_as_the_picture() -> None:
    tree = parse_html("<html><body><div><picture><source media='(max-width:480px)' srcset='a.webp'>"
                      "<source srcset='b.webp'><img src='c.jpg'></picture><p>After</p></div></body></html>")
    assert tree is not None
    (img,) = tree.iter("img")
    assert img.getparent().tag == "picture"
    assert laid_out_as(img).tag == "picture" and laid_out_as(img).getnext().tag == "p"


def test_a_parsed_videos_fallback_is_the_videos_own_content() -> None:
    tree = parse_html(f"<html><body><div>{_medium('html5 video')}<p>After</p></div></body></html>")
    assert tree is not None
    (video,) = tree.iter("video")
    assert [el.tag for el in video] == ["source", "source", "track", "a"]
    assert etree.tostring(video.getnext(), encoding="unicode") == "<p>After</p>"


# ------------------------------------------------------------------ an <object> showing a picture


#: A chart as pages embed one: an SVG in an <object>, its PNG as the fallback for a browser that cannot show it.
CHART = "<object data='chart.svg' type='image/svg+xml' width='600'><img alt='Rents since 2010' src='chart.png'></object>"


def test_a_paragraph_under_an_objects_picture_closing_on_an_agency_credit_is_its_credit() -> None:
    caption = "Die Mieten in der Altstadt seit 2010, nach Angaben der Stadt. IMAGO/Max Mustermann"
    assert credits(page(f"<div class='article-picture'>{CHART}<p>{caption}</p></div>", lang="de")) == [
        "IMAGO/Max Mustermann"]


def test_a_credit_in_the_second_small_print_line_under_an_objects_picture_is_a_credit() -> None:
    lines = "<br><small>Die Mieten seit 2010</small><br><small>Quelle: Max Mustermann / Example</small>"
    assert credits(page(f"<div class='article-picture'>{CHART}{lines}</div>", lang="de")) == [
        "Quelle: Max Mustermann / Example"]


def test_an_objects_fallback_image_is_laid_out_as_the_object() -> None:
    tree = parse_html(f"<html><body><div>{CHART}<p>After</p></div></body></html>")
    assert tree is not None
    (img,) = tree.iter("img")
    assert laid_out_as(img).tag == "object" and laid_out_as(img).getnext().tag == "p"
