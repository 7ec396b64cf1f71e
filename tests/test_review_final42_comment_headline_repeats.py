"""A comment section under an article is no article for repeating its headline (review of nctx).

A container classed as comments or an aside that holds the page's headline and a share of its
words is read as the article (extractor 77). A thread whose heading repeats the headline the
article above it already shows ("<h2>Harbour story</h2>" over thirty comments under a short post),
or a comment section headed by an ``<h1>`` of its own on a page whose article shows its titled
headline, is still the readers': a reader's "Edit:" in it is no correction.
"""

from __future__ import annotations

from notice_articles import PARAS
from notice_articles import notices as _notices

from archiver.extract.page_lines import CTX_COMMENT, visible_lines_with_context
from archiver.extract.text import parse_html

EDIT = "Edit: I have since learned that the harbour master retired in May, not in June."
COMMENTS = "".join(f"<div class='comment'><p>Reader {i} says: I walked along the harbour last week and the new "
                   "pier looks far better than the old one did.</p></div>" for i in range(30))
SHORT_POST = "<article><h1>Harbour story</h1><p>The new pier opened on Monday.</p></article>"


def _page(body: str, title: str = "Harbour story") -> str:
    return (f"<html lang='en'><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>{body}"
            "<footer><p>Impressum</p></footer></body></html>")


def _contexts(html: str, line: str) -> int:
    tree = parse_html(html)
    assert tree is not None
    lines, contexts = visible_lines_with_context(tree)
    return next(bits for text, bits in zip(lines, contexts, strict=True) if text == line)


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
