"""noticeleft51 (issue 15): the notices the last rounds left, and one labelling decision. Fixtures of our own, each
beside the neighbour that must keep its reading (bench/labels/README.md, "noticeleft51").

- "first published ... updated" in any language, date or outlet: a correction (the shared set's convention, "update
  wins over republication"); an update note leaving the text unchanged stays an editor's note, a first publication
  with no update a republication;
- a sentence on the trade of affiliate links ("Affiliate links are a common way for blogs to make money"), whole or
  split over two elements: no disclosure; the page's own ("This post contains affiliate links") stays one;
- a label alone ("Sponsored", "Paid partnership") over a story's sentence going on in lower case: read with it;
- "The photos were sold via Getty Images" in a caption: a sentence, no credit; "Jane Doe via Getty Images" stays;
- "stand-by-<name>.jpg": "by" ending a compound vouches for no name; "sunset-by-<name>.jpg" still does;
- a caption-classed element right under a table: a data source's line, as a table's ``<caption>``; under a picture
  it stays the picture's credit;
- "Photography" / a linked name right after a captionless picture, the menu linking a "Photography" section: the
  picture's credit; the same label over a byline stays the section's kicker.
"""

from __future__ import annotations

import pytest
from notice_articles import PARAS as _PARAS
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page

# ----------------------------------------------------------------------------- republished, then updated


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "The article was originally published in April 2020 and was updated in April 2024."),
    ("en", "This article was originally published in The Conversation on 3 May 2024. It has been updated."),
    ("de", "Dieser Artikel erschien ursprünglich 2020 und wurde 2024 aktualisiert."),
    ("de", "Diesen Beitrag habe ich 2019 erstmals veröffentlicht und zuletzt 2024 aktualisiert."),
    ("de", "Dieser Artikel erschien zuerst in der Example Rundschau. Er wurde 2024 aktualisiert."),
    ("fr", "Cet article a été initialement publié dans Example Revue et mis à jour en 2024."),
    ("es", "Este artículo fue publicado originalmente en 2019 y actualizado en 2024."),
    ("it", "Questo articolo è stato pubblicato originariamente nel 2019 e aggiornato nel 2024."),
    ("pt", "Este artigo foi publicado originalmente em 2019 e atualizado em 2024."),
    ("ru", "Эта статья была впервые опубликована в 2019 году и обновлена в 2024 году."),
])
def test_first_published_then_updated_is_a_correction_in_every_language(lang: str, note: str) -> None:
    assert _notices(_page(tail=f"<p><em>{note}</em></p>", lang=lang)) == [("correction", note)]


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "This article was originally published in The Example Review."),
    ("de", "Dieser Artikel erschien zuerst in der Example Rundschau."),
])
def test_first_published_elsewhere_with_no_update_stays_a_republication(lang: str, note: str) -> None:
    assert _notices(_page(tail=f"<p><em>{note}</em></p>", lang=lang)) == [("republished_from", note)]


def test_an_update_note_leaving_the_text_unchanged_stays_an_editors_note() -> None:
    note = "Update 2019: I first wrote this post in 2012 and have left the original text unchanged."
    assert _notices(_page(tail=f"<p><em>{note}</em></p>")) == [("editors_note", note)]


# ----------------------------------------------------------------------------- a remark on the trade of paid links


@pytest.mark.parametrize(("lang", "html"), [
    ("en", "<p>Affiliate links are a common way for blogs to make money.</p>"),
    ("en", "<p><em>Affiliate links are a common way for blogs to make money.</em></p>"),
    ("en", "<div class='note'><p>Affiliate links</p><p>are a common way for blogs to make money.</p></div>"),
    ("de", "<p>Affiliate-Links sind für viele Blogs eine gängige Möglichkeit, Geld zu verdienen.</p>"),
])
def test_a_remark_on_the_trade_of_affiliate_links_is_no_disclosure(lang: str, html: str) -> None:
    assert _notices(_page(html, lang=lang)) == []


@pytest.mark.parametrize("line", [
    "This post contains affiliate links.",
    "Affiliate links are marked with an asterisk.",
    "Affiliate links help us keep this blog running.",
])
def test_the_pages_own_affiliate_disclosure_stays_sponsored(line: str) -> None:
    assert _notices(_page(f"<p><em>{line}</em></p>")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- a label over a continued sentence


@pytest.mark.parametrize(("label", "rest"), [
    ("Sponsored", "events like the harbour festival draw thousands of visitors to the town every summer."),
    ("Paid partnership", "deals between clubs and breweries are common in the league these days."),
])
def test_a_lone_label_over_a_storys_continued_sentence_is_no_notice(label: str, rest: str) -> None:
    assert _notices(_page(f"<div class='note'><p>{label}</p><p>{rest}</p></div>")) == []


def test_a_lone_label_over_a_disclosures_continued_sentence_is_the_disclosure() -> None:
    box = ("<div class='note'><p>Sponsored results</p>"
           "<p>from our partners appear among these rankings and are indicated as such.</p></div>")
    assert _notices(_page(box)) == [
        ("sponsored", "Sponsored results\nfrom our partners appear among these rankings and are indicated as such.")]


# ----------------------------------------------------------------------------- "via Getty Images" in a sentence


@pytest.mark.parametrize("text", [
    "The photos were sold via Getty Images",
    "Prints of the series were distributed via Getty Images.",
])
def test_a_sentence_saying_what_was_done_via_a_library_is_no_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == []


@pytest.mark.parametrize(("text", "credit"), [
    ("Jane Doe/AFP via Getty Images", "Jane Doe/AFP via Getty Images"),
    ("Protesters were dispersed by police on Tuesday. Jane Doe via Getty Images", "Jane Doe via Getty Images"),
])
def test_names_via_a_library_stay_a_credit(text: str, credit: str) -> None:
    assert _credits(_page(_caption(text))) == [credit]


# ----------------------------------------------------------------------------- a compound's "by" in a file name

_NAMES = ["Jane Doe", "John Roe", "Ann Example", "Max Muster"]


def _gallery(file: str) -> bytes:
    """Four figures, each credit element holding one of :data:`_NAMES`, its picture's file named by ``file``."""
    return _page("".join(
        f"<figure><img src='{file.format(slug=name.lower().replace(' ', '-'))}'><figcaption><span class='caption__text'>"
        f"The lodge's sauna looks out over the valley.</span> <span class='caption__credit'>{name}</span></figcaption>"
        "</figure>" for name in _NAMES))


@pytest.mark.parametrize("file", ["stand-by-{slug}.jpg", "close-by-{slug}.jpg", "drive-by-{slug}.jpg"])
def test_by_ending_a_compound_in_a_file_name_vouches_for_nobody(file: str) -> None:
    assert _credits(_gallery(file)) == []


def test_by_after_a_subject_in_a_file_name_still_vouches_for_the_name() -> None:
    assert _credits(_gallery("sunset-by-{slug}.jpg")) == _NAMES


# ----------------------------------------------------------------------------- a caption-classed line under a table

_TABLE = "<table><tr><td>2023</td><td>4.1%</td></tr><tr><td>2024</td><td>3.8%</td></tr></table>"


@pytest.mark.parametrize("html", [
    _TABLE + "<div class='caption'>Source: Eurostat</div>",
    _TABLE + "<p class='wp-caption-text'>Quelle: Statistisches Bundesamt</p>",
])
def test_a_caption_classed_source_under_a_table_is_no_credit(html: str) -> None:
    assert _notices(_page(html)) == []


def test_a_caption_classed_source_under_a_picture_stays_a_credit() -> None:
    html = "<img src='harbour.jpg'><div class='caption'>Source: Reuters</div>"
    assert _credits(_page(html)) == ["Source: Reuters"]


# ----------------------------------------------------------------------------- a section's label right after a picture


def _menu_page(inside: str) -> bytes:
    """An article whose menu links a "Photography" section, ``inside`` after its paragraphs."""
    return (f"<html lang='en'><head><title>Harbour story</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/photography'>Photography</a></nav><main><article><h1>Harbour story</h1>{_PARAS}{inside}"
            f"</article></main><footer><p>Impressum</p></footer></body></html>").encode()


@pytest.mark.parametrize("picture", ["<figure><img src='a.jpg'></figure>", "<img src='a.jpg'>"])
def test_a_sections_label_right_after_a_captionless_picture_over_a_linked_name_is_its_credit(picture: str) -> None:
    html = _menu_page(f"{picture}<div>Photography</div><div><a href='/jane'>Jane Roe</a></div>")
    assert _credits(html) == ["Photography\nJane Roe"]


def test_a_sections_label_after_a_picture_over_a_byline_stays_the_sections_kicker() -> None:
    html = _menu_page("<figure><img src='a.jpg'></figure><div>Photography</div><div>By <a href='/jane'>Jane Roe</a></div>")
    assert _notices(html) == []


def test_a_sections_label_over_a_linked_name_with_no_picture_stays_the_sections_kicker() -> None:
    assert _notices(_menu_page("<div>Photography</div><div><a href='/jane'>Jane Roe</a></div>")) == []
