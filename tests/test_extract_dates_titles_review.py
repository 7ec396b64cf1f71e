"""Dates and titles a citation must not make up: one small page of our own per class a red-team
review found (rv14), each through the real extraction (trafilatura, htmldate, our resolution).

A date no part of the page states as the article's is no date: a copyright year, a year in the
headline or a link, a Hijri line, a reader's comment, a related story, an event in the text, a
slash date whose order the page does not settle. A title is the page's headline: not the site's
motto, not a slogan og:title, not a declared title cut short, not another story's JSON-LD.
"""

from __future__ import annotations

import pytest
from lxml import etree

from archiver.extract import Article, extract
from archiver.extract.printed_dates import how_printed
from archiver.extract.signals import headline_date, slash_order
from archiver.extract.text import page_date, parse_html

URL = "https://valleytimes.example/news/regional-programme"
H1 = "Regional programme expands to twelve districts"
BODY = (
    "<p>The regional government announced on Monday that it would expand the programme to twelve more "
    "districts, citing strong demand from residents and local businesses over the past year.</p>"
    "<p>Officials said the expansion would be funded from the existing budget and would not require new "
    "taxes, although opposition members questioned the figures presented at the hearing.</p>"
    "<p>Residents interviewed in the town centre were broadly supportive, with several saying the service "
    "had made a noticeable difference to their daily commute and to the cost of living.</p>"
)


def _page(article: str = "", *, after: str = "", head: str = "", h1: str = H1, title: str = H1,
          lang: str = "en", body: str = BODY) -> Article:
    html = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:site_name' content='Valley Times'>{head}</head><body><article>"
            f"<h1>{h1}</h1>{article}{body}</article>{after}</body></html>")
    return extract(html.encode(), url=URL)


# ------------------------------------------------- dates only htmldate's extensive search makes up

def test_copyright_year_is_no_publication_date() -> None:
    assert _page(after="<footer>© 2019 Valley Times. All rights reserved.</footer>").published is None


def test_year_in_the_headline_is_no_publication_date() -> None:
    assert _page(h1=f"Budget 2024: {H1}", title=f"Budget 2024: {H1}").published is None


def test_year_and_month_of_a_link_are_no_publication_date() -> None:
    assert _page(after="<nav><a href='/2019/05/old-story/'>Older post</a></nav>").published is None


def test_hijri_line_gives_no_first_of_january() -> None:
    line = "<div class='date'>الثلاثاء 24 شعبان 1445 هـ الموافق 5 مارس 2024</div>"
    assert _page(line, lang="ar").published is None


def test_event_date_in_running_text_is_no_publication_date() -> None:
    assert _page("<p>The programme will start on June 1, 2025, officials said.</p>").published is None


def test_full_date_the_page_prints_as_its_lead_stays() -> None:
    lead = "<p>05/03/2024 - El gobierno regional anunció el lunes que ampliará el programa a doce distritos más.</p>"
    assert _page(lead, lang="es", h1="El programa regional se amplía").published == "2024-03-05"


# ------------------------------------------------- slash dates: the page's order or none

def test_spanish_slash_date_beside_the_headline_is_day_first() -> None:
    lead = ("<p>05/03/2024 - El gobierno regional anunció el lunes que ampliará el programa a doce distritos "
            "más, según fuentes oficiales del gobierno regional.</p>")
    art = _page(lead, lang="es", h1="El programa regional se amplía")
    assert art.published == "2024-03-05"


def test_spanish_updated_slash_date_is_day_first() -> None:
    line = "<p>Actualizado: 09/03/2024 10:00 · Publicado: 05/03/2024 09:00</p>"
    art = _page(line, lang="es", h1="El programa regional se amplía")
    assert (art.published, art.modified) == ("2024-03-05", "2024-03-09")


def test_slash_date_of_a_page_in_plain_english_is_refused() -> None:
    line = "<div class='submitted'>Submitted by Jane Doe on Tue, 03/05/2024 - 09:00</div>"
    assert _page(line).published is None


def test_slash_date_of_an_american_page_is_month_first() -> None:
    assert headline_date([H1, "Posted 03/05/2024"], H1, slash_order("en-US")) == "2024-03-05"


def test_slash_date_with_a_day_over_twelve_needs_no_language() -> None:
    assert headline_date([H1, "Posted 03/25/2024"], H1, slash_order("en")) == "2024-03-25"


def test_slash_order_by_language() -> None:
    assert [slash_order(tag) for tag in ("en", "en-US", "en-GB", "es", "de-AT", None)] == [
        None, "mdy", "dmy", "dmy", "dmy", None]


# ------------------------------------------------- comments and related stories

def test_comment_date_is_no_publication_date() -> None:
    comments = ("<section class='comments'><div class='comment'><span class='date'>March 1, 2023 at 4:12 pm"
                "</span><p>Great</p></div></section>")
    assert _page(after=comments).published is None


def test_wordpress_comment_list_date_is_no_publication_date() -> None:
    comments = ("<ol class='commentlist'><li class='comment'><div class='comment-author vcard'><cite class='fn'>"
                "Robert Miller</cite> <span class='says'>says:</span></div><div class='comment-meta'>March 6, "
                "2024 at 8:14 am</div><p>Great news.</p></li></ol>")
    assert _page(after=comments, body="").published is None


def test_related_story_date_is_no_publication_date() -> None:
    related = ("<aside class='related'><ul><li><a href='/x'>Other story</a> <time datetime='2022-07-01'>"
               "July 1, 2022</time></li></ul></aside>")
    assert _page(after=related).published is None


def test_date_box_in_an_aside_beside_the_headline_stays() -> None:
    assert headline_date(["Thema", H1, "31.03.2020", "Lead"], H1, None, asides=frozenset({2})) == "2020-03-31"


def test_comments_taken_out_for_htmldate_are_put_back() -> None:
    html = (f"<html><body><article><h1>{H1}</h1>{BODY}</article><div id='comments' class='comments-area'>"
            "<p>March 1, 2023</p></div><div id='respond'>Reply</div></body></html>")
    tree = parse_html(html)
    assert tree is not None
    before = etree.tostring(tree)
    assert page_date(tree, {"extensive_search": True, "original_date": True, "url": URL}) == (None, False)
    assert etree.tostring(tree) == before


# ------------------------------------------------- "Updated ... · Published ..."

def test_published_label_after_updated_gives_the_publication_date() -> None:
    art = _page("<p class='meta'>Updated: March 9, 2024 · Published: March 5, 2024</p>")
    assert (art.published, art.modified) == ("2024-03-05", "2024-03-09")


# ------------------------------------------------- titles

def test_site_motto_in_title_does_not_displace_a_short_headline() -> None:
    assert _page(h1="Budget deal collapses", title="Valley Times – News, Sport and Weather").title == "Budget deal collapses"


def test_slogan_og_title_does_not_beat_agreeing_h1_and_title() -> None:
    art = _page(h1="Budget deal collapses", title="Budget deal collapses | Valley Times",
                head="<meta property='og:title' content='Local news you can trust'>")
    assert art.title == "Budget deal collapses"


def test_og_title_ending_in_an_ellipsis_gives_way_to_the_full_headline() -> None:
    full = f"{H1} after long debate over costs and funding"
    art = _page(h1=full, title=f"{H1} after long…",
                head=f"<meta property='og:title' content='{H1} after long debate over costs and …'>")
    assert art.title == full


def test_jsonld_headline_cut_in_a_word_gives_way_to_the_full_headline() -> None:
    full = f"{H1} after long debate over costs"
    ld = f'{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{H1} after long debate ov"}}'
    art = _page(h1=full, title=full, head=f"<script type='application/ld+json'>{ld}</script>")
    assert art.title == full


def test_declared_headline_before_the_h1s_subtitle_stays() -> None:
    h1 = "Deep-Fried Fish Cakes, Hot and Fresh Welcome to the Flavor Capital"
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Deep-Fried Fish Cakes, Hot and Fresh"}'
    art = _page(h1=h1, title="Deep-Fried Fish Cakes, Hot and Fresh | Valley Times",
                head=f"<script type='application/ld+json'>{ld}</script>")
    assert art.title == "Deep-Fried Fish Cakes, Hot and Fresh"


def test_lone_jsonld_article_of_another_story_gives_no_title_or_date() -> None:
    ld = ('{"@type": "NewsArticle", "headline": "Bridge closure delayed again", "url": '
          '"https://valleytimes.example/2023/bridge", "datePublished": "2023-11-02T08:00:00Z"}')
    art = _page(head=f"<script type='application/ld+json'>{ld}</script>",
                after="<aside><a href='/2023/bridge'>Bridge closure delayed again</a></aside>")
    assert (art.title, art.published) == (H1, None)


def test_jsonld_article_with_a_placeholder_url_keeps_its_date() -> None:
    ld = (f'{{"@type": "NewsArticle", "headline": "{H1}", "mainEntityOfPage": {{"@id": '
          '"https://google.com/article"}, "datePublished": "2023-11-02T08:00:00Z"}')
    art = _page(head=f"<script type='application/ld+json'>{ld}</script>")
    assert (art.published or "")[:10] == "2023-11-02"


@pytest.mark.parametrize(("line", "order", "kind"), [
    ("Published: March 5, 2024", None, "plain"),
    ("05.03.2024 09:00", None, "plain"),
    ("05/03/2024 - El gobierno anunció el lunes que ampliará el programa.", "dmy", "plain"),
    ("The programme, officials said on Monday, will start on March 5, 2024.", None, "running"),
    ("Submitted on 03/05/2024 - 09:00", None, "ambiguous"),
    ("Submitted on 05/03/2024 - 09:00", "mdy", "ambiguous"),
    ("© 2024 Valley Times", None, "absent"),
])
def test_how_the_page_prints_a_date(line: str, order: str | None, kind: str) -> None:
    assert how_printed([line], "2024-03-05", order) == kind


def test_date_after_a_place_opens_a_press_release_and_stays() -> None:
    lead = ("<p>WASHINGTON, March 5, 2024 – The regional government announced that it would expand the "
            "programme to twelve more districts.</p>")
    assert _page(lead).published == "2024-03-05"
