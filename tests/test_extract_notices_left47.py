"""Issue 15, the classes the last rounds left (notices-left47; bench/labels/README.md, "Round left47"), each in general
form and each beside a near neighbour that stays what it is:

- A picture label over a heading is a section's kicker ("Photography" / "Erwin Olaf: I Am"); over a linked name that
  opens on a given name it is the photographer's credit ("Photography" / "<a>Jane Roe</a>").
- A bare "Note:" saying what the editors did to the piece is an editor's note; a recipe's or a tutorial's is not.
- "Quelle: <URL>" / "Source: <URL>" in a caption credits the picture's source; in the story's paragraph it does not.
- "News images provided by <agency>" in a footer credits the site's pictures.
- "UPDATE:" in capitals before a sentence is the writer's addendum, in the story's text too; a live blog's entry timed
  to the minute is not.
- "Photos: <a headline>" in a heading, or a label before a link to a titled gallery, is a gallery's title; names in
  one stay a credit.
- Others' earnings in an affiliate programme ("Readers who join our affiliate program earn ...") disclose nothing.
- A release's news ("Update: Version 2.1 is now available") is no correction; the piece updated still is.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

_PICTURE = "<figure><img src='harbour.jpg' alt='The harbour at dusk'></figure>"


def _opening(head: str) -> bytes:
    """An article page that opens with ``head`` (its own headline inside it) before the story's paragraphs."""
    return (f"<html lang='en'><head><title>Harbour</title></head><body><nav><a href='/'>Home</a></nav><main><article>"
            f"{head}{PARAS}</article></main><footer><p>Impressum</p></footer></body></html>").encode()


# ----------------------------------------------------------------------------- a picture label over a heading or a link


@pytest.mark.parametrize("head", [
    "<p>Photography</p><h1>Erwin Olaf: I Am</h1>",
    f"{_PICTURE}<p>Photography</p><h1>Jane Roe Goes West</h1>",
    "<h1>Harbour story</h1><p>Fotografie</p><h3>Anna Berg</h3>",
    "<h1>Harbour story</h1><p>Fotos</p><div role='heading'>Peter Middel</div>",
])
def test_a_picture_label_over_a_heading_is_a_sections_kicker_not_a_credit(head: str) -> None:
    assert _credits(_opening(head)) == []


def test_a_picture_label_over_a_line_of_names_is_still_its_credit() -> None:
    assert _credits(_opening(f"<h1>Harbour story</h1>{_PICTURE}<p>Photography</p><p>Jane Roe</p>")) == [
        "Photography\nJane Roe"]


def test_a_picture_label_over_a_linked_name_is_the_photographers_credit() -> None:
    html = _page(f"{_PICTURE}<div><p>Photography</p><p><a href='/photographers/jane-roe'>Jane Roe</a></p></div>")
    assert _credits(html) == ["Photography\nJane Roe"]


def test_a_picture_label_over_a_link_that_names_no_person_is_no_credit() -> None:
    html = _page(f"{_PICTURE}<div><p>Fotos</p><p><a href='/galerien'>Alle Galerien</a></p></div>", lang="de")
    assert _credits(html) == []


# ----------------------------------------------------------------------------- "Note:": the editors' note or the text's own


@pytest.mark.parametrize(("line", "lang"), [
    ("Note: This story is part of our series on the towns of the northern coast.", "en"),
    ("Note: Some quotes in this interview have been edited for length and clarity.", "en"),
    ("Hinweis: Die Namen wurden von der Redaktion geändert.", "de"),
])
def test_a_bare_note_saying_what_the_editors_did_to_the_piece_is_an_editors_note(line: str, lang: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == [("editors_note", line)]


@pytest.mark.parametrize("line", [
    "Note: add salt once the water boils.",
    "Note: The dough can be frozen for up to three months.",
    "Note: Library is where you'll find episodes downloaded to your Apple Watch.",
])
def test_a_bare_note_on_the_texts_own_step_or_fact_is_no_editors_note(line: str) -> None:
    assert _notices(_page(f"<ol><li>Boil the water.</li><li>{line}</li></ol>")) == []
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- a source's address under a picture


@pytest.mark.parametrize(("line", "lang"), [
    ("Quelle: http://de.example-camera.com/Fotografie/Objektive/Elmar-M", "de"),
    ("Source: https://www.example.gov/image-detail/moon-south-pole", "en"),
    ("Fuente: www.example.es/galeria/puerto", "es"),
])
def test_a_source_label_and_a_web_address_in_a_caption_credit_the_picture(line: str, lang: str) -> None:
    assert _credits(_page(_caption(line), lang=lang)) == [line]


def test_a_source_label_and_a_web_address_in_wordpress_caption_credit_the_picture() -> None:
    html = _page("<div class='wp-caption'><img src='lens.jpg'><p class='wp-caption-text'>"
                 "Quelle: http://de.example-camera.com/Objektive</p></div>", lang="de")
    assert _credits(html) == ["Quelle: http://de.example-camera.com/Objektive"]


def test_a_source_label_and_a_web_address_in_the_storys_paragraph_is_the_texts_source() -> None:
    assert _credits(_page("<p>Quelle: https://www.example-statistik.de/hafen-2024</p>", lang="de")) == []


# ----------------------------------------------------------------------------- the site's pictures credited in its footer


@pytest.mark.parametrize("line", [
    "News images provided by Example Press Association and Example Photocall unless otherwise stated.",
    ("News images provided by Example Press Association and Example Photocall unless otherwise stated. Sport images "
     "provided by Example Sport Photography unless otherwise stated. Wire service provided by Example Press."),
    "All press photos courtesy of Example Agency.",
])
def test_a_footer_saying_who_provided_the_sites_pictures_is_a_credit(line: str) -> None:
    assert _credits(_page(footer=f"<p>{line}</p><p>© 2024 Example Media</p>")) == [line]


# ----------------------------------------------------------------------------- "UPDATE:" in the story's text


@pytest.mark.parametrize("line", [
    "UPDATE: A few readers have also mentioned the role the old ferry played in all this, which we had missed.",
    "CORRECTION: The ferry leaves at nine in the morning, not at ten as we wrote before.",
    "NACHTRAG: Die Hafenverwaltung hat die Zahlen inzwischen bestätigt und korrigiert.",
])
def test_an_update_label_set_apart_by_its_capitals_is_a_correction_in_the_story(line: str) -> None:
    assert _notices(_page(f"<p>{line}</p>")) == [("correction", line)]


@pytest.mark.parametrize(("line", "lang"), [
    ("UPDATE, 13:17 Uhr: Die Hafenverwaltung hat die neuen Fahrpläne am Mittag im Rathaus vorgestellt.", "de"),
    ("Update vom 02. Mai 2020, 9:20 Uhr: Die Fähre fährt wieder, wie die Reederei am Morgen mitteilte.", "de"),
    ("EDIT: Thanks a lot for all the great posts! They provide a lot to think about.", "en"),
])
def test_a_live_blogs_timed_entry_or_a_posts_thanks_is_no_correction(line: str, lang: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == []


def test_a_plain_update_label_before_a_step_is_no_correction() -> None:
    assert _notices(_page("<p>Update: open the settings and tap the harbour icon to see the tides.</p>")) == []


# ----------------------------------------------------------------------------- a gallery's title in a heading


def test_a_plural_picture_label_before_a_headline_in_a_heading_is_a_gallerys_title() -> None:
    html = _opening(f"<h1>Harbour</h1><h2>Photos: Earthquake shakes the northeastern U.S.</h2>{_PICTURE}")
    assert _credits(html) == []


def test_a_picture_label_before_a_link_to_a_titled_gallery_is_no_credit() -> None:
    html = _page("<p><strong>PHOTOS: </strong><a href='/galleries/quake'>Earthquake Shakes the Northeastern U.S.</a></p>")
    assert _credits(html) == []


def test_a_picture_label_before_a_link_to_the_photographer_is_still_a_credit() -> None:
    html = _page(f"{_PICTURE}<p><strong>Photos: </strong><a href='/photographers/jane-roe'>Jane Roe</a></p>")
    assert _credits(html) == ["Photos: Jane Roe"]


def test_a_picture_label_before_names_in_a_heading_is_still_a_credit() -> None:
    html = _opening(f"<h1>Harbour</h1><h2>Photos: Jane Roe and John Smith / Reuters</h2>{_PICTURE}")
    assert _credits(html) == ["Photos: Jane Roe and John Smith / Reuters"]


# ----------------------------------------------------------------------------- others' earnings in an affiliate programme


@pytest.mark.parametrize("line", [
    "Readers who join our affiliate program earn a commission on every sale they refer to the shop.",
    "Members of the affiliate programme receive a commission on each sale they refer.",
    "Partner, die am Partnerprogramm teilnehmen, erhalten eine Provision für jeden Verkauf.",
])
def test_what_others_earn_in_an_affiliate_programme_is_no_disclosure(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == []


@pytest.mark.parametrize("line", [
    "Purchases you make through affiliate links earn us a commission.",
    "Readers who join our affiliate program earn a commission; this article contains affiliate links too.",
])
def test_the_site_or_this_page_paid_is_still_sponsored(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- a release's update or the piece's


@pytest.mark.parametrize("html", [
    "<div class='update'><p>Update: Version 2.1 is now available with support for the new harbour maps.</p></div>",
    "<div class='note'><p>UPDATE: The new app version is now available in the store.</p></div>",
    "<p>UPDATE: Version 2.1 is now available with support for the new harbour maps.</p>",
])
def test_a_releases_news_after_an_update_label_is_no_correction(html: str) -> None:
    assert _notices(_page(html)) == []


@pytest.mark.parametrize("line", [
    "Editor's Note: This story has been updated with comment from the harbour master.",
    "Update: This article has been updated with the new version's prices.",
])
def test_the_piece_itself_updated_is_still_a_correction(line: str) -> None:
    assert _notices(_page(f"<div class='note'><p>{line}</p></div>")) == [("correction", line)]
