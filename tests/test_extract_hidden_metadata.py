"""Words no reader sees are never a page's author, title or date (issue 15).

The page text keeps the words the markup hides (a quote of them is located; ``page_text_hidden``
says no reader saw them), but what the page *prints* about itself is read from shown words only:
a header widget's hidden "By ..." or account name, a hidden date line, a declared author the page
names only in hidden words, a hidden first ``<h1>`` (a menu's or a logo's) as the headline. Each class is checked with the words hidden three ways: the ``hidden``
attribute, an inline style, and a rule of the page's own ``<style>``.
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, PARAGRAPHS, URL, declared_person

from archiver.extract import Article, extract
from archiver.extract.shown_lines import shown_lines

#: (what goes in <head>, the wrapper that hides its content)
HIDINGS = {
    "hidden attribute": ("", "<div class='widget' hidden>{}</div>"),
    "inline style": ("", "<div class='widget' style='display: none'>{}</div>"),
    "style rule": ("<style>.pac-nh { display: none; }</style>", "<div class='widget pac-nh'>{}</div>"),
}


def _page(head: str = "", *, header: str = "", below_headline: str = "", title: str = HEADLINE) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><header><a href='/'>Harbor Daily</a>{header}</header><main><article><h1>{HEADLINE}</h1>"
            f"{below_headline}{body}</article></main><footer>About us</footer></body></html>").encode()


def _extract(html: bytes) -> Article:
    return extract(html, url=URL)


@pytest.fixture(params=list(HIDINGS), ids=list(HIDINGS))
def hiding(request: pytest.FixtureRequest) -> tuple[str, str]:
    return HIDINGS[request.param]


def test_a_hidden_byline_beside_the_headline_gives_way_to_the_shown_one(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    art = _extract(_page(style, below_headline=hide.format("<p>By Jane Doe</p>") + "<p>By John Roe</p>"))
    assert art.authors == ("John Roe",)


def test_a_hidden_name_inside_a_shown_byline_is_no_part_of_the_credit(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    span = hide.replace("<div", "<span").replace("</div>", "</span>")
    art = _extract(_page(style, below_headline=f"<p class='byline'>By {span.format('Jane Doe ')}John Roe</p>"))
    assert art.authors == ("John Roe",)


def test_a_hidden_account_widget_names_no_author(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    widget = hide.format("<p>Log in as <span class='author'>Max Mustermann</span></p>")
    art = _extract(_page(style, header=widget))
    assert art.authors == ()
    assert "Max Mustermann" in art.page_text  # still in the page text, as a hidden span


def test_a_hidden_date_line_does_not_set_published(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    art = _extract(_page(style, below_headline=hide.format("<p>Published 3 March 2021</p>")))
    assert art.published is None


def test_a_hidden_updated_line_does_not_set_modified(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    art = _extract(_page(style, below_headline="<p>Published 3 March 2021</p>"
                                              + hide.format("<p>Updated 5 May 2022</p>")))
    assert (art.published, art.modified) == ("2021-03-03", None)


def test_a_shown_date_line_sets_published() -> None:
    assert _extract(_page(below_headline="<p>Published 3 March 2021</p>")).published == "2021-03-03"


def test_a_declared_author_printed_only_in_hidden_words_is_not_printed(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    art = _extract(_page(style + declared_person("Walter Owner"),
                         below_headline=hide.format("<p>By Walter Owner</p>")))
    assert art.authors == ()  # the policy's "printed beside the headline" support comes from shown words


def test_a_declared_author_printed_in_shown_words_is_reported() -> None:
    art = _extract(_page(declared_person("Walter Owner"), below_headline="<p>By Walter Owner</p>"))
    assert art.authors == ("Walter Owner",)
    assert "headline-credit" in art.author_support[0].sources


def test_a_hidden_first_h1_is_not_the_title(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    html = _page(style, header=hide.format("<h1>Menu</h1>"), title="Harbor Daily")
    assert _extract(html).title == HEADLINE


def test_a_hidden_first_h1_does_not_keep_the_site_name_in_the_title(hiding: tuple[str, str]) -> None:
    style, hide = hiding
    html = _page(style, header=hide.format("<h1>Harbor Daily</h1>"), title=f"{HEADLINE} | News | Harbor Daily")
    assert _extract(html).title == HEADLINE


def test_the_shown_lines_cut_hidden_spans_out_and_drop_a_line_left_empty() -> None:
    lines = ["Harbor Daily", "Log in as Max", "By Jane Doe John Roe", "Body."]
    text = "\n".join(lines)
    account = (text.index("Log in"), text.index("Log in") + len("Log in as Max") + 1)  # with its "\n"
    name = (text.index("Jane"), text.index("John"))
    assert shown_lines(lines, [account, name]) == (["Harbor Daily", "By John Roe", "Body."], [0, 2, 3])
