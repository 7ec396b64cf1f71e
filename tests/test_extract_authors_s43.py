"""The author classes the last blind rounds left (issue 15, round s43: persons only, right or absent).

Each test is one class in its general form, on fixtures of our own: a lower-case month word of a dateline
after the name ("Par Jean Dupont mai 2024", Dutch "mei", Polish and Swedish "maj"), a social handle run on
after the surname ("Chris Pokorny@DawgsByNature"), the per-country declarations of the writer (Korean
``og:article:author``, ``dable:author``), a credit whose last word runs into the next element ("Mary Ann
SmithJournal"), a byline in a list of other stories' teasers, a blog's "Posted by" footer, a month that is a
surname ("Theresa May 3, 2024").
"""

from __future__ import annotations

import pytest
from author_pages import URL, authors, declared_person, page
from test_extract import _make_pdf

from archiver.export.cite_authors import author_entries
from archiver.extract import extract
from archiver.extract.authors import page_names
from archiver.extract.head import read_head
from archiver.extract.signals import (
    byline_authors,
    clean_authors,
    headline_credit,
    persons_and_orgs,
)
from archiver.extract.text import parse_html

# --- a lower-case month word opening the dateline after the name


@pytest.mark.parametrize(("line", "name"), [("Par Jean Dupont mai 2024", "Jean Dupont"),
                                            ("Por Juan García mayo 2024", "Juan García"),
                                            ("Autor: Jan Kowalski maj 2024", "Jan Kowalski"),
                                            ("Von Hans Müller mai 3, 2024", "Hans Müller")])
def test_a_lower_case_month_and_year_after_a_byline_is_the_date(line: str, name: str) -> None:
    assert byline_authors([line]) == [name]


@pytest.mark.parametrize(("line", "name"), [("Door Jan de Vries mei 2024", "Jan de Vries"),
                                            ("Av Anna Svensson maj 2024", "Anna Svensson"),
                                            ("Autor: Jan Kowalski maja 2024", "Jan Kowalski"),
                                            ("Yazar: Ayşe Yılmaz mayıs 2024", "Ayşe Yılmaz")])
def test_a_credit_beside_the_headline_loses_its_lower_case_month(line: str, name: str) -> None:
    assert headline_credit(["Council approves harbour budget", line, "The council met."], 0) == [name]


@pytest.mark.parametrize("line", ["Door Jan de Vries mei 2024", "Av Anna Svensson maj 2024",
                                  "Autor: Jan Kowalski maja 2024"])
def test_a_page_whose_credit_runs_into_a_lower_case_month_reports_the_writer_alone(line: str) -> None:
    html = page(below_headline=f"<p class='byline'>{line}</p>", lang="nl")
    assert authors(html) == [line.split(" ", 1)[1].rsplit(" ", 2)[0]]


def test_a_layout_guess_that_kept_the_lower_case_month_loses_it() -> None:
    assert clean_authors("Jan de Vries mei") == ["Jan de Vries"]


@pytest.mark.parametrize("name", ["Han Mei Ling", "Anna Maj", "Jean Mars"])
def test_a_capitalised_month_word_in_a_name_stays(name: str) -> None:
    assert clean_authors(name) == [name]


def test_a_lower_case_month_with_no_day_or_year_after_it_leaves_the_byline_unread() -> None:
    assert byline_authors(["Par Jean Dupont mai"]) == []


# --- a social handle run on after the surname


def test_a_handle_run_on_after_the_surname_is_no_email() -> None:
    assert clean_authors("Chris Pokorny@DawgsByNature") == ["Chris Pokorny"]


def test_a_byline_with_a_handle_run_on_reads_the_whole_name() -> None:
    assert byline_authors(["By Chris Pokorny@DawgsByNature"]) == ["Chris Pokorny"]


def test_an_address_with_a_domain_after_a_name_still_goes_as_an_email() -> None:
    assert clean_authors("Chris Pokorny chris@sbnation.com") == ["Chris Pokorny"]


def test_a_lone_address_is_no_name() -> None:
    assert clean_authors("chris@sbnation.com") == []


def test_a_page_whose_byline_carries_a_glued_handle_reports_the_writer() -> None:
    html = page(below_headline="<p class='byline'>By Chris Pokorny@DawgsByNature</p>")
    assert authors(html) == ["Chris Pokorny"]


# --- the per-country names of the Open Graph writer

_DATED_KO_LINE = "<p>입력 2024.05.03 10:00 송유민 기자</p>"


@pytest.mark.parametrize("key", ["og:article:author", "dable:author"])
def test_a_korean_sites_open_graph_writer_is_read_like_the_standard_one(key: str) -> None:
    html = page(f"<meta property='{key}' content='송유민 기자'>", lang="ko", below_headline=_DATED_KO_LINE)
    assert authors(html) == ["송유민"]


def test_a_korean_open_graph_writer_alone_is_not_reported() -> None:
    html = page("<meta property='dable:author' content='송유민 기자'>", lang="ko")
    assert authors(html) == []


def test_the_standard_open_graph_writer_comes_before_the_per_country_one() -> None:
    head = "<meta property='article:author' content='송유민 기자'><meta property='dable:author' content='김하늘 기자'>"
    assert authors(page(head, lang="ko", below_headline=_DATED_KO_LINE)) == ["송유민"]


def test_a_profile_link_as_the_standard_writer_gives_way_to_the_per_country_name() -> None:
    head = ("<meta property='article:author' content='https://www.facebook.com/newsexample'>"
            "<meta property='og:article:author' content='송유민 기자'>")
    assert authors(page(head, lang="ko", below_headline=_DATED_KO_LINE)) == ["송유민"]


# --- a credit whose last word runs into the next element after a full name

_GLUED_BYLINE = "<p class='byline'>By Mary Ann SmithJournal</p>"


def test_a_glued_credit_is_read_up_to_the_inner_capital_where_the_page_prints_that_name_alone() -> None:
    html = page(below_headline=_GLUED_BYLINE, below_body="<p>Mary Ann Smith covers the harbour for the paper.</p>")
    assert authors(html) == ["Mary Ann Smith"]


def test_a_glued_credit_the_page_prints_nowhere_else_is_not_reported() -> None:
    assert authors(page(below_headline=_GLUED_BYLINE)) == []


def test_a_glued_credit_whose_head_the_page_prints_only_shorter_is_not_reported() -> None:
    html = page(below_headline="<p class='byline'>By Brian Jackson WordPress</p>",
                below_body="<p>Brian Jackson writes about blogs.</p>")
    assert authors(html) == []


def test_a_glued_credit_and_a_declaration_of_the_name_report_the_declared_name() -> None:
    html = page("<meta name='author' content='Mary Ann Smith'>", below_headline=_GLUED_BYLINE)
    assert authors(html) == ["Mary Ann Smith"]


# --- a credit in a teaser of the next story or a list of other stories


def _teasers(heading: str, credit: str = "By JANE ROE") -> str:
    return (f"<section><h2>{heading}</h2><div><a href='/b'>Mayor opens new bridge over the river after years of "
            f"delay</a><p>{credit}</p></div></section>")


@pytest.mark.parametrize("heading", ["Next story", "Up next", "Most read", "Don't miss", "Editor's picks",
                                     "More in Politics", "Les plus lus", "Lo más leído", "Meistgelesen"])
def test_a_credit_under_another_storys_teaser_heading_above_the_article_is_not_its_writer(heading: str) -> None:
    assert authors(page(above=_teasers(heading))) == []


def test_the_articles_own_byline_stays_beside_a_teaser_list_above_it() -> None:
    html = page(above=_teasers("Most read", "By Tom Poe"), below_headline="<p class='byline'>By Jane Roe</p>")
    assert authors(html) == ["Jane Roe"]


@pytest.mark.parametrize("menu", ["<nav><a href='/p'>Previous Post</a> <p><a href='/n'>Next Post</a></p></nav>",
                                  "<nav><p><a href='/p'>Previous story</a></p><p><a href='/n'>Next story</a></p></nav>",
                                  "<nav><p><a href='/l'>Latest</a></p><p><a href='/s'>Science</a></p></nav>"])
def test_a_pagers_or_menus_links_over_a_byline_above_the_headline_leave_the_byline_alone(menu: str) -> None:
    html = page(above=menu + "<p class='byline'>October 9, 2018 | by Olivia Larsen</p>")
    assert authors(html) == ["Olivia Larsen"]


def test_a_writer_the_page_credits_under_the_headline_stays_though_a_teaser_list_credits_her_too() -> None:
    html = page(above=_teasers("Next story", "By Jane Roe"), below_headline="<p class='byline'>By Jane Roe</p>")
    assert authors(html) == ["Jane Roe"]


# --- a blog's dated "Posted by" footer, with no <h1>

_LAKE = ["We went to the lake on Saturday and swam for hours in the cold clear water before lunch, then read "
         "in the shade of the old willow until the wind turned and the clouds came in from the west.",
         "The children built a fort from driftwood and we grilled fish on the shore until it got dark, and "
         "on the way home we stopped at the farm stand for corn, tomatoes and a jar of wild honey."]


def _blog(footer: str, *, date_header: str = "Friday, May 3, 2024", after: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _LAKE)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Lakeside Notes: My trip to the lake"
            "</title></head><body><div class='header'><a href='/'>Lakeside Notes</a></div><div class='main'>"
            f"<h2 class='date-header'><span>{date_header}</span></h2><div class='post'><h3 class='post-title'>My trip "
            f"to the lake</h3><div class='post-body'>{body}</div><div class='post-footer'>{footer}</div></div>{after}"
            "</div></body></html>").encode()


_BLOG_URL = "https://lakesidenotes.blogspot.com/2024/05/trip.html"


@pytest.mark.parametrize("footer", ["Posted by Jane Roe on May 3, 2024", "Posted on May 3, 2024 by Jane Roe"])
def test_a_blog_posts_footer_dated_the_day_of_its_date_header_credits_the_writer(footer: str) -> None:
    assert authors(_blog(footer), _BLOG_URL) == ["Jane Roe"]


def test_a_blog_posts_undated_posted_by_footer_credits_the_writer() -> None:
    assert authors(_blog("Posted by Jane Roe at 5:03 PM"), _BLOG_URL) == ["Jane Roe"]


def test_a_dated_credit_under_the_text_on_another_day_than_the_posts_is_a_comments_header() -> None:
    assert authors(_blog("Posted by Tom Poe on May 9, 2024"), _BLOG_URL) == []


def test_a_dated_credit_under_a_text_that_prints_no_date_above_is_still_a_comments_header() -> None:
    assert authors(_blog("Posted by Tom Poe on May 3, 2024", date_header="Archive"), _BLOG_URL) == []


def test_a_posted_on_date_by_credit_reads_the_name_after_by() -> None:
    assert headline_credit(["My trip to the lake", "Posted on May 3, 2024 by Jane Roe", "We went."], 0) == ["Jane Roe"]


# --- a month that is the writer's surname, before the day of the date

_MAY_BYLINE = "<p class='byline'>By Theresa May 3, 2024</p>"


def test_a_given_name_left_by_cutting_a_surname_month_before_a_day_is_not_reported() -> None:
    assert authors(page(below_headline=_MAY_BYLINE)) == []


@pytest.mark.parametrize("byline", ["By Fredric March 3, 2024", "By Brian Mars 2024", "Par Jean Mars 2024",
                                    "By Ana Mayo 3, 2024", "Por Lucía Marzo 2024", "Por Pedro Agosto 2024"])
def test_a_given_name_left_by_cutting_any_surname_month_before_a_day_or_year_is_not_reported(byline: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{byline}</p>")) == []


def test_a_surname_month_before_a_day_stays_where_a_declaration_names_the_full_name() -> None:
    assert authors(page(declared_person("Theresa May"), below_headline=_MAY_BYLINE)) == ["Theresa May"]


def test_a_surname_month_before_a_day_stays_where_the_page_prints_the_full_name_alone() -> None:
    html = page(below_headline=_MAY_BYLINE, below_body="<p>Theresa May covers politics for the paper.</p>")
    assert authors(html) == ["Theresa May"]


def test_a_surname_month_stays_before_a_date_that_names_its_own_month() -> None:
    assert authors(page(below_headline="<p class='byline'>By Theresa May 3 May 2024</p>")) == ["Theresa May"]


def test_a_full_name_before_a_may_date_is_still_cut_to_the_name() -> None:
    assert authors(page(below_headline="<p class='byline'>By John Smith May 3, 2024</p>")) == ["John Smith"]


def test_a_one_word_credit_with_no_month_after_it_is_reported_as_before() -> None:
    assert authors(page(below_headline="<p class='byline'>By Theresa</p>")) == ["Theresa"]


# --- CJK names with a hyphen; a PDF's authors in ``cite --authors backed``


@pytest.mark.parametrize("name", ["让-保罗·萨特", "让－保罗·萨特", "ジャン-ポール・サルトル"])
def test_a_transliterated_name_with_a_hyphen_and_a_middle_dot_is_a_person(name: str) -> None:
    assert persons_and_orgs([name]) == ([name], [])


@pytest.mark.parametrize("name", ["新浪财经-自媒体综合", "让-保罗", "王-小明", "김-철수"])
def test_a_cjk_credit_with_a_hyphen_and_no_middle_dot_is_no_person(name: str) -> None:
    assert persons_and_orgs([name])[0] == []


def test_cite_backed_leaves_out_a_pdfs_authors_and_says_the_model_scores_web_pages_only() -> None:
    body = _make_pdf("Groundwater nitrate levels fell in 2019.", title="Water Report", author="Maria Keller")
    article = extract(body, url="https://agency.example/report.pdf", content_type="application/pdf").to_dict()
    (entry,) = author_entries({"article": article, "capture_id": "abc"}, tuple(article["authors"]), "backed")
    assert (entry.name, entry.left_out, entry.backing) == ("Maria Keller", True, None)
    assert "PDF's document metadata" in (entry.why or "")
    assert "`--authors all` cites them as extracted" in (entry.why or "")  # (backed is cite's default)


def _open_graph_names(head: str, lines: list[str]) -> list[str]:
    tree = parse_html(page(head, lang="ko").decode())
    assert tree is not None
    return page_names(read_head(tree, URL), lines, [])["opengraph"]


def test_a_per_country_open_graph_writer_the_copyright_line_names_is_the_press() -> None:
    head = "<meta property='og:article:author' content='뉴스타파 | 네이버'>"
    assert _open_graph_names(head, ["뉴스타파", "Copyright ⓒ 뉴스타파. All rights reserved."]) == []


def test_a_per_country_open_graph_writer_no_copyright_line_names_is_read() -> None:
    head = "<meta property='og:article:author' content='송유민 기자'>"
    assert _open_graph_names(head, ["송유민 기자", "Copyright ⓒ 뉴스타파. All rights reserved."]) == ["송유민"]
