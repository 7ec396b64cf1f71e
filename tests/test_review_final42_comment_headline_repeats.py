"""A comment section under an article is no article for repeating its headline (review of nctx).

A container classed as comments or an aside that holds the page's headline and a share of its
words is read as the article (extractor 77). A thread whose heading repeats the headline the
article above it already shows ("<h2>Harbour story</h2>" over thirty comments under a short post),
or a comment section headed by an ``<h1>`` of its own on a page whose article shows its titled
headline, is still the readers': a reader's "Edit:" in it is no correction.
"""

from __future__ import annotations

from notice_articles import COMMENTS, EDIT, PARAS
from notice_articles import body_page as _page
from notice_articles import line_contexts as _contexts
from notice_articles import notices as _notices

from archiver.extract.page_lines import CTX_COMMENT

SHORT_POST = "<article><h1>Harbour story</h1><p>The new pier opened on Monday.</p></article>"


def test_a_long_thread_headed_by_the_headline_the_article_already_shows_stays_comments() -> None:
    html = _page(f"{SHORT_POST}<div class='comments'><h2>Harbour story</h2>{COMMENTS}<p>{EDIT}</p></div>")
    assert _contexts(html, EDIT) & CTX_COMMENT
    assert _notices(html.encode()) == []


def test_a_long_thread_headed_by_an_h1_of_its_own_under_a_titled_post_stays_comments() -> None:
    html = _page("<div class='post'><h2>Harbour story</h2><p>The new pier opened on Monday.</p></div>"
                 f"<section id='comments'><h1>Discussion</h1>{COMMENTS}<p>{EDIT}</p></section>")
    assert _contexts(html, EDIT) & CTX_COMMENT
    assert _notices(html.encode()) == []


def test_a_post_body_classed_as_comments_holding_the_only_headline_is_still_the_article() -> None:
    html = _page(f"<div class='commentOnSelection'><h1>Harbour story</h1>{PARAS}<p>{EDIT}</p></div>")
    assert not _contexts(html, EDIT) & CTX_COMMENT
