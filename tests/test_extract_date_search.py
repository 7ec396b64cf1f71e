"""Whether only htmldate's extensive search found a page's date, asked when read (issue 13).

:func:`archiver.extract.text.page_date` gives that second answer as a
:class:`~archiver.extract.text.DateSearch`, which calls htmldate's plain search on a copy of the
page only when the answer is read: these tests hold it to the plain search's answer on the page as
it was, whatever happens to the tree afterwards, and show that an unread answer costs no call.
"""

from __future__ import annotations

import pytest
from trafilatura import metadata as traf_meta

from archiver.extract.text import DateSearch, page_date, parse_html

URL = "https://valleytimes.example/news/regional-programme"
CONFIG = {"extensive_search": True, "original_date": True, "url": URL}
BODY = (
    "<p>The regional government announced on Monday that it would expand the programme to twelve more "
    "districts, citing strong demand from residents and local businesses over the past year.</p>"
    "<p>Officials said the expansion would be funded from the existing budget and would not require new "
    "taxes, although opposition members questioned the figures presented at the hearing.</p>"
)

#: (what the page holds besides its article, whether only the extensive search dates it)
PAGES = [
    ("<footer>© 2019 Valley Times. All rights reserved.</footer>", True),  # the year alone: 2019-01-01
    ("<nav><a href='/2019/05/old-story/'>Older post</a></nav>", True),
    ("<div class='byline'>Posted on March 3, 2021 by Jane Doe</div>", None),  # as htmldate answers
    ("<time datetime='2021-03-03'>3 March 2021</time>", False),
    ("<p class='date'>2021-03-03</p><footer>© 2019 Valley Times</footer>", None),
]


def _page(extra: str) -> str:
    return (f"<!doctype html><html lang='en'><head><title>Regional programme</title></head><body><article>"
            f"<h1>Regional programme expands</h1>{extra}{BODY}</article></body></html>")


def _plain_search_differs(html: str) -> bool:
    """The eager answer, as page_date gave it before: htmldate's plain search against its extensive one."""
    tree = parse_html(html)
    assert tree is not None
    found = traf_meta.find_date(tree, **CONFIG)  # type: ignore[attr-defined]
    return bool(found) and traf_meta.find_date(tree, **{**CONFIG, "extensive_search": False}) != found  # type: ignore[attr-defined]


@pytest.mark.parametrize(("extra", "expected"), PAGES)
def test_the_answer_read_later_is_the_plain_search_on_the_page_as_it_was(extra: str, expected: bool | None) -> None:
    html = _page(extra)
    tree = parse_html(html)
    assert tree is not None
    _, searched = page_date(tree, CONFIG)
    body = tree.find("body")
    assert body is not None
    body.clear()  # what the later stages do to the tree does not reach the copy the answer is read on
    eager = _plain_search_differs(html)
    assert bool(searched) is eager
    if expected is not None:
        assert eager is expected


def test_a_date_found_by_the_extensive_search_gives_an_answer_read_on_demand() -> None:
    tree = parse_html(_page(PAGES[0][0]))
    assert tree is not None
    found, searched = page_date(tree, CONFIG)
    assert found == "2019-01-01"
    assert isinstance(searched, DateSearch)


def test_an_unread_answer_calls_htmldate_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    real = traf_meta.find_date  # type: ignore[attr-defined]

    def counted(tree: object, **config: object) -> object:
        calls.append(bool(config.get("extensive_search")))
        return real(tree, **config)

    monkeypatch.setattr(traf_meta, "find_date", counted)
    tree = parse_html(_page(PAGES[0][0]))
    assert tree is not None
    _, searched = page_date(tree, CONFIG)
    assert calls == [True]
    assert bool(searched) and bool(searched)  # read twice: asked once
    assert calls == [True, False]


def test_no_date_or_no_extensive_search_gives_a_plain_no() -> None:
    tree = parse_html(_page(""))
    assert tree is not None
    assert page_date(tree, CONFIG) == (None, False)
    tree = parse_html(_page(PAGES[3][0]))
    assert tree is not None
    assert page_date(tree, {**CONFIG, "extensive_search": False}) == ("2021-03-03", False)
