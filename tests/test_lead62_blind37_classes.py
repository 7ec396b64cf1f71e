"""A sponsor named as the page's own, a sales line offering the site's advisers, a guide's title-case heading about
errors, a filter's formats; a commenter's microdata name, a category's words, a company's column signed as its author
(extractor 213).

notices-blind37's first run (held out of round lead61g) read a credit union's "When in doubt, seek a professional who
specializes in financial advice ... Our advisors here at Citadel are always happy to talk ..." as a disclaimer, a
heading "Incorrect or Misattributed Product Reviews" as a correction and "Infographic" / "Lab Report" among a filter's
formats as a picture's credit; it missed "Check out some of the projects available from our sponsor, Woodcraft.".
authors-blind36's cited "Bill" (a reader's comment's microdata author), "Personal finance" (a category tag in the byline
element), "Citadel Financial Tips" and "BBK Web" (company columns). Each test is one class, on a small page of our own.
"""

from __future__ import annotations

import lxml.html
from made_articles import article, authors, notices, story
from made_articles import reported as _reported

from archiver.extract import extract
from archiver.extract.head import read_head
from archiver.extract.signals import lower_word_after_capital, name_kind

_TEXT = story("A household budget needs a plan:",
              "minutes each Sunday to look at the week's spending give time to see where the money went, set a "
              "limit and move the rest to savings.")


def _page(before: str = "", after: str = "", footer: str = "", byline: str = "", tail: str = "") -> bytes:
    return article(_TEXT, title="Budgeting for beginners", before=byline + before, after=after, tail=tail, footer=footer)


def _notices(**kw: str) -> list[tuple[str, str]]:
    return notices(_page(**kw), "http://127.0.0.1:8000/budget")


def _authors(**kw: str) -> list[str]:
    return authors(_page(**kw), "http://127.0.0.1:8000/budget")


def test_the_pages_own_sponsor_named_is_sponsored():
    after = "<p>Looking for more easy projects? Check out some of the projects available from our sponsor, Woodcraft.</p>"
    assert _reported(_notices(after=after), "sponsored", "our sponsor, Woodcraft")


def test_the_sites_sponsorship_packages_are_no_sponsorship():
    after = "<p>Read about the benefits of our sponsorship packages and the levels we offer to local firms.</p>"
    assert not _reported(_notices(after=after), "sponsored", "sponsorship")


def test_a_call_to_seek_advice_offering_the_sites_own_advisers_is_no_disclaimer():
    after = ("<p>When in doubt, seek a professional who specializes in financial advice for millennials. Our advisors "
             "here at Example Bank are always happy to talk savings strategies with you.</p>")
    assert not _reported(_notices(after=after), "disclaimer", "seek a professional")


def test_a_page_saying_it_is_no_advice_is_a_disclaimer_whatever_it_offers():
    after = ("<p>This article is not financial advice; seek a professional before you invest. Our advisors are "
             "always happy to talk with you.</p>")
    assert _reported(_notices(after=after), "disclaimer", "not financial advice")


def test_a_title_case_heading_about_errors_is_no_correction():
    before = "<h2>Incorrect or Misattributed Product Reviews</h2>"
    assert not _reported(_notices(before=before), "correction", "Misattributed")


def test_a_sentence_saying_the_piece_misattributed_a_quote_is_a_correction():
    after = "<p>Correction: An earlier version of this article misattributed a quote to the bank's chief economist.</p>"
    assert _reported(_notices(after=after), "correction", "misattributed a quote")


def test_a_picture_word_among_a_filters_formats_is_no_credit():
    tail = ("<aside><p>Format</p><ul>" + "".join(f"<li>{x}</li>" for x in (
        "Article", "Datasheet", "Ebook", "Events", "Infographic", "Lab Report", "Newsletter", "Podcast", "Video"))
        + "</ul></aside>")
    assert not _reported(_notices(tail=tail), "image_credit", "Lab Report")


def _microdata(tail: str) -> dict[str, str]:
    return read_head(lxml.html.fromstring(_page(tail=tail)), "http://127.0.0.1:8000/budget").microdata


def test_a_picture_field_in_a_field_table_is_still_a_credit():
    tail = ("<aside><dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in (
        ("Datum", "31.01.2022"), ("Autor", "Peter Middel"), ("Foto(s)", "Peter Middel / FLVW"),
        ("Kategorien", "Leichtathletik-News"))) + "</dl><p>Weitere Informationen</p></aside>")
    assert _reported(_notices(tail=tail), "image_credit", "Peter Middel / FLVW")


def test_a_commenters_microdata_name_and_date_are_not_the_pages():
    tail = ("<ol class='comment-list'><li><article itemscope itemtype='https://schema.org/Comment'>"
            "<div class='comment-author vcard' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
            "<cite itemprop='name' class='fn'>Bill Carter</cite></div><time itemprop='dateModified' "
            "datetime='2009-01-13T11:16:33-04:00'>January 13, 2009</time><p>Good luck on the trip!</p></article></li></ol>")
    table = _microdata(tail)
    assert "author" not in table and "datemodified" not in table


def test_the_posts_microdata_author_is_still_read_beside_comments():
    tail = ("<div itemscope itemtype='https://schema.org/BlogPosting'><span itemprop='author'>Jane Roe</span>"
            "<ol><li itemprop='comment' itemscope itemtype='https://schema.org/Comment'><span itemprop='author'>Bill "
            "Carter</span></li></ol></div>")
    assert _microdata(tail).get("author") == "Jane Roe"


def test_a_category_tag_is_no_persons_name():
    assert lower_word_after_capital("Personal finance")


def test_a_name_with_particles_is_still_a_person():
    for name in ("Charles de Gaulle", "Abu al-Hassan Ali", "Rhys ap Gruffydd", "Jan in 't Veld"):
        assert not lower_word_after_capital(name), name


def test_a_category_tag_in_the_byline_element_is_not_cited():
    byline = ("<div class='blog-post__byline byline'><span class='byline__tag'>Personal finance</span> "
              "<span class='byline__date'>January 31, 2025</span></div>")
    assert "Personal finance" not in _authors(byline=byline)


def test_a_declared_name_typed_in_lower_case_is_still_cited():
    head = "<meta name='author' content='Mobasir hassan'>"
    page = _page(byline="<p>Mobasir hassan</p>").replace(b"</head>", head.encode() + b"</head>")
    assert "Mobasir hassan" in [getattr(a, "name", a) for a in extract(
        page, url="http://127.0.0.1:8000/budget", content_type="text/html").authors]


def test_a_companys_column_signed_as_author_is_no_person():
    assert name_kind("Citadel Financial Tips") != "person" and name_kind("BBK Web") != "person"
    assert "Citadel Financial Tips" not in _authors(byline="<p class='byline'>By Citadel Financial Tips | September 7, 2023</p>")


def test_a_surname_like_web_is_still_a_person():
    assert name_kind("Jane Webb") == "person"
