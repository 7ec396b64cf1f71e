"""A post whose body sits in a container classed as comments or an aside keeps its notices (issue 15).

LessWrong wraps its post in a "commentOnSelection" element and a Blogger theme classes its post body
as an aside: their "Edit:" and "Update:" lines were read as a reader's or a sidebar's. A container
whose class says comments or aside but which holds the page's headline and a good share of its
words is the article (archiver.extract.article_holder); real comment sections and real sidebars
stay what they were.
"""

from __future__ import annotations

from notice_articles import COMMENTS, EDIT, PARAS
from notice_articles import body_page as _page
from notice_articles import line_contexts as _contexts
from notice_articles import notices as _notices

from archiver.extract.page_lines import CTX_ASIDE, CTX_COMMENT

SIDEBAR = ("<div class='sidebar'><h2>Archive</h2><div class='widget'><p>Sponsored: Example Bank offers new savings "
           "accounts.</p></div></div>")


def test_an_edit_in_a_post_body_classed_as_comments_is_a_correction() -> None:
    html = _page(f"<div class='commentOnSelection'><h1>Harbour story</h1>{PARAS}<p>{EDIT}</p></div>")
    assert _notices(html.encode()) == [("correction", EDIT)]


def test_a_post_body_classed_as_comments_is_read_as_the_article() -> None:
    html = _page(f"<div class='commentOnSelection'><h1>Harbour story</h1>{PARAS}<p>{EDIT}</p></div>")
    assert not _contexts(html, EDIT) & CTX_COMMENT


def test_a_blog_post_body_classed_as_an_aside_under_its_titled_heading_is_read_as_the_article() -> None:
    html = _page(f"<div class='post aside'><h3 class='post-title'>Harbour story</h3>{PARAS}<p>{EDIT}</p></div>"
                 "<div class='sidebar'><h2>Archive</h2><ul><li>May</li><li>June</li></ul></div>",
                 title="Example Blog: Harbour story")
    assert not _contexts(html, EDIT) & CTX_ASIDE


def test_an_edit_in_real_comments_below_an_article_stays_a_comment() -> None:
    html = _page(f"<article><h1>Harbour story</h1>{PARAS}</article>"
                 f"<div class='comments'><h3>30 thoughts on Harbour story</h3>{COMMENTS}<p>{EDIT}</p></div>")
    assert _contexts(html, EDIT) & CTX_COMMENT
    assert _notices(html.encode()) == []


def test_a_comment_section_holding_the_pages_only_h1_but_little_of_its_text_stays_comments() -> None:
    html = _page(f"<article>{PARAS}{PARAS}{PARAS}</article>"
                 f"<div class='comments'><h1>Comments</h1><p>{EDIT}</p></div>", title="Harbour story")
    assert _contexts(html, EDIT) & CTX_COMMENT


def test_a_real_sidebars_sponsored_box_stays_an_aside() -> None:
    html = _page(f"<article><h1>Harbour story</h1>{PARAS}</article>{SIDEBAR}")
    assert _contexts(html, "Sponsored: Example Bank offers new savings accounts.") & CTX_ASIDE


def test_a_sidebar_holding_the_blogs_name_as_the_titles_heading_stays_an_aside() -> None:
    html = _page(f"<div class='sidebar'><h1>Example Blog</h1><p>{EDIT}</p></div>"
                 f"<article><h2>Harbour story</h2>{PARAS}</article>", title="Example Blog: Harbour story")
    assert _contexts(html, EDIT) & CTX_ASIDE


def test_a_post_body_classed_as_comments_in_a_hidden_container_keeps_its_class() -> None:
    html = _page(f"<div hidden><div class='commentOnSelection'><h1>Harbour story</h1>{PARAS}<p>{EDIT}</p></div></div>")
    assert _contexts(html, EDIT) & CTX_COMMENT


def test_a_themes_sidebar_class_on_the_body_is_read_as_before() -> None:
    html = _page(f"<article><h1>Harbour story</h1>{PARAS}<p>{EDIT}</p></article>").replace(
        "<body>", "<body class='single et_right_sidebar'>")
    assert _contexts(html, EDIT) & CTX_ASIDE
