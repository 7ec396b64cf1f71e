"""A ``<video>`` (or ``<audio>``) is read as a browser lays it out, as a ``<picture>`` is, though
libxml2 nests its fallback under ``<source>``.

libxml2's HTML parser takes ``<source>`` for a container: a ``<picture>``'s ``<img>`` and a video's
other sources and fallback (a poster image, "your browser cannot play this", a download link) end
up inside it. Each reader of the tree that looks beside a picture or at a paragraph's text asks
archiver/extract/media.py (one helper) how the page is laid out; one fixture per reader:

- a caption set in a plain paragraph under the picture (round 44's reader);
- a caption and its credit set as two lines of small print under the picture;
- a credit element beside its picture (the bare credits' evidence);
- the links a paragraph cites, where the paragraph holds a video whose fallback a browser never shows.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from test_notices_round42_bare_credits import _credits as _bare_credits
from test_notices_round42_bare_credits import _page as _bare_page
from test_notices_round44_dev19 import _credits, _page

from archiver.extract import extract
from archiver.extract.media import laid_out_as, pictures, shown_text

#: The same picture in each form a page sets one: an image, a responsive picture (its <img> nested under
#: its <source>s by libxml2), a video with a fallback image and words, a video with sources alone.
PICTURES = {
    "img": "<img alt='' src='c.jpg'>",
    "picture": ("<picture><source media='(max-width:480px)' srcset='a.webp'><source srcset='b.webp'>"
                "<img alt='' src='c.jpg'></picture>"),
    "video with a fallback": ("<video controls><source src='a.mp4' type='video/mp4'><source src='a.webm' type='video/webm'>"
                              "<img alt='' src='poster.jpg'> Your browser cannot play this video.</video>"),
    "video": "<video controls poster='p.jpg'><source src='a.mp4' type='video/mp4'><track kind='captions' src='c.vtt'></video>",
}
FORMS = pytest.mark.parametrize("form", list(PICTURES))


# ------------------------------------------------------------------ the helper


def test_libxml2_nests_a_videos_fallback_under_its_source_and_the_helper_climbs_out_to_the_video() -> None:
    tree = lxml_html.fromstring(f"<div>{PICTURES['video with a fallback']}<p>After</p></div>")
    (img,) = tree.iter("img")
    assert img.getparent().tag == "source"  # (what the helper is for)
    assert laid_out_as(img).tag == "video" and laid_out_as(img).getnext().tag == "p"
    assert [el.tag for el in pictures(tree)] == ["video"]


def test_a_pictures_img_and_the_picture_are_one_picture_and_a_lone_img_is_itself() -> None:
    tree = lxml_html.fromstring(f"<div>{PICTURES['picture']}<p><img src='x.jpg'></p></div>")
    assert [el.tag for el in pictures(tree)] == ["picture", "img"]


def test_an_image_anywhere_in_a_videos_fallback_is_no_picture_of_its_own() -> None:
    tree = lxml_html.fromstring("<div><video controls><source src='a.mp4'><div><img src='poster.jpg'>"
                                "<small>Foto: Max Mustermann</small></div></video></div>")
    assert [el.tag for el in pictures(tree)] == ["video"]  # (the div's image is the fallback's, never shown)


def test_an_audio_player_is_no_picture_though_its_fallback_holds_an_image() -> None:
    tree = lxml_html.fromstring("<div><audio controls><source src='a.mp3'><img src='cover.jpg'></audio>"
                                "<p>Foto: Max Mustermann</p></div>")
    assert list(pictures(tree)) == []


# ------------------------------------------------------------------ a caption in a plain paragraph under it


@FORMS
def test_an_agency_credit_closing_a_paragraph_under_any_picture_is_a_credit(form: str) -> None:
    caption = "Der Trainer will mit dem Verein noch so viele Punkte wie möglich sammeln. IMAGO/Max Mustermann"
    html = _page(f"<div class='article-picture'>{PICTURES[form]}<p>{caption}</p></div>", lang="de")
    assert _credits(html) == ["IMAGO/Max Mustermann"]


# ------------------------------------------------------------------ two lines of small print under it


@FORMS
def test_a_credit_in_the_second_small_print_line_under_any_picture_is_a_credit(form: str) -> None:
    lines = "<br><small>Der Trainer beim Training</small><br><small>Quelle: Max Mustermann / Example</small>"
    html = _page(f"<div class='article-picture'>{PICTURES[form]}{lines}</div>", lang="de")
    assert _credits(html) == ["Quelle: Max Mustermann / Example"]


# ------------------------------------------------------------------ a credit element beside it


@FORMS
def test_a_bare_name_in_a_credit_element_beside_any_picture_is_a_credit(form: str) -> None:
    box = (f"<div class='content-image'>{PICTURES[form]}<div class='caption-block'><div class='image-credit'>Jane Doe</div>"
           "<div class='image-caption'>The harbour at dusk.</div></div></div>")
    assert _bare_credits(_bare_page(box)) == ["Jane Doe"]


@FORMS
def test_a_bare_name_beside_any_picture_linked_to_another_page_is_no_credit(form: str) -> None:
    box = (f"<div class='content-image'><a href='https://news.example.org/another-story'>{PICTURES[form]}</a>"
           "<div class='caption-block'><div class='image-credit'>Jane Doe</div></div></div>")
    assert _bare_credits(_bare_page(box)) == []


# ------------------------------------------------------------------ the links a paragraph cites


_CITING = ("The council voted on Tuesday to close the bridge for repairs, as the <a href='/report'>engineers' "
           "report</a> advised last spring. {media} The works start in May.")
MEDIA = {
    "none": "",
    "picture": PICTURES["picture"],
    "video with a fallback link": ("<video controls><source src='a.mp4' type='video/mp4'>Your browser cannot play this "
                                   "video. <a href='/a.mp4'>Download it</a></video>"),
    "audio with a fallback link": "<audio controls><source src='a.mp3'><a href='/a.mp3'>Listen</a></audio>",
}


@pytest.mark.parametrize("media", list(MEDIA))
def test_a_paragraph_holding_a_picture_or_a_medium_cites_its_link_and_not_the_fallbacks(media: str) -> None:
    html = _page(f"<p>{_CITING.format(media=MEDIA[media])}</p>")
    article = extract(html, url="https://news.example.org/story")
    assert [(link.url, link.text) for link in article.cited_links] == [
        ("https://news.example.org/report", "engineers' report")]


def test_a_paragraphs_shown_text_leaves_out_a_videos_fallback_and_keeps_what_follows_it() -> None:
    (p,) = lxml_html.fromstring(f"<div><p>{_CITING.format(media=MEDIA['video with a fallback link'])}</p></div>").iter("p")
    shown = " ".join(shown_text(p).split())
    assert "Download" not in shown and "cannot play" not in shown
    assert shown.endswith("advised last spring. The works start in May.")


_PODCAST = ("<html><body><p>Our guests talk about the camp. <audio controls><source src='/e1.mp3'>"
            "<a href='/e1.mp3'>https://example.org/e1.mp3</a></audio><br> Download: <a href='/e1.mp3'>mp3</a></p>"
            "</body></html>")


@pytest.mark.parametrize("main", ["Our guests talk about the camp. https://example.org/e1.mp3 Download: mp3",
                                  "Our guests talk about the camp. Download: mp3"])
def test_a_paragraphs_own_link_is_a_candidate_whether_the_main_text_kept_the_audios_fallback_or_not(main: str) -> None:
    # trafilatura keeps a medium's fallback words on some pages and drops them on others: the paragraph is the
    # article's either way; the fallback's own link (a browser shows a player instead) is never a candidate
    from archiver.extract.text import link_candidates, parse_html

    found = link_candidates(parse_html(_PODCAST), main)
    assert [(href, anchor) for href, anchor, _ in found] == [("/e1.mp3", "mp3")]
    assert all(para in main for _, _, para in found)
