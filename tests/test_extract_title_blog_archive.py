"""WordPress's default theme titles a post "<blog> » Blog Archive » <post>" (translated: "Blog Archiv",
"Archives du blog", ...) and sets the blog's name as the page's ``<h1>``: the metadata set's dev pages
disfunctions.de ("Blog Archiv » Podcasts in Plex einbinden" was the title) and fouryears.eu (the blog's
name was). The post's own title is what follows the two site parts, and an ``<h1>`` that is the blog's
name is the site's, on whatever host the page is served from (an archived copy's included)."""

from __future__ import annotations

from author_pages import PARAGRAPHS

from archiver.extract import extract
from archiver.extract.title import clean_title

POST = "Interning of small integers in Python"


def _page(title: str, h1: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div id='header'><h1><a href='/'>{h1}</a></h1><div class='description'>A blog</div></div>"
            f"<div id='content'><div class='post'><h2>{POST}</h2><div class='entry'>{body}</div></div></div>"
            "</body></html>").encode()


def _title(title: str, h1: str = "Four Years Remaining") -> tuple[object, object]:
    doc = extract(_page(title, h1), url="https://web.example/2009/interning.html").to_dict()
    return doc["title"], doc["sources"].get("title")  # type: ignore[union-attr]


def test_a_post_titled_by_the_default_wordpress_theme_is_titled_by_its_own_part() -> None:
    assert _title(f"Four Years Remaining &raquo; Blog Archive &raquo; {POST}") == (POST, "title-tag")


def test_the_translated_blog_archive_part_is_dropped_too() -> None:
    assert _title(f"Four Years Remaining » Blog Archiv » {POST}")[0] == POST
    assert _title(f"Four Years Remaining » Archives du blog » {POST}")[0] == POST


def test_a_title_whose_middle_part_is_not_the_blog_archive_is_not_cut_by_this_rule() -> None:
    title = f"Four Years Remaining » Python notes » {POST}"
    assert clean_title(title, h1=None, outlet=None, host="web.example") == title
