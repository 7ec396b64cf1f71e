"""A page whose article its scripts draw is said to be so (``page_state: script_rendered``), not
passed off as the sidebar or the empty shell an HTTP capture holds.

Each fixture under tests/data/script_rendered/ carries one piece of general evidence: the
article only in ``<noscript>`` (Blogger's dynamic views), an empty app root, the article only in
a script's data, an "enable JavaScript" notice as all the visible text (EN and DE). Ordinary
pages carrying the same markers beside their article (an app root, ``__NEXT_DATA__``, a
``<noscript>`` notice, a hidden menu) stay ``article``, and a bot check's "enable JavaScript"
stays an ``error_page``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response

from archiver.extract import extract_unbounded, render_article

DATA = Path(__file__).parent / "data" / "script_rendered"
NOTE = "the page's article is drawn by its scripts; capture it with `archive --browser`"


def state(name: str) -> str:
    return extract_unbounded((DATA / name).read_bytes(), url="http://127.0.0.1/page",
                             content_type="text/html; charset=utf-8").page_state


@pytest.mark.parametrize("name", ["blogger-noscript.html", "app-shell.html", "data-island.html",
                                  "enable-javascript-en.html", "enable-javascript-de.html"])
def test_a_page_whose_article_its_scripts_draw_is_script_rendered(name: str) -> None:
    assert state(name) == "script_rendered"


def test_an_article_beside_an_app_root_a_data_island_and_a_noscript_notice_is_an_article() -> None:
    assert state("ordinary-with-scripts.html") == "article"


def test_an_article_beside_a_larger_menu_hidden_by_its_style_is_an_article() -> None:
    assert state("ordinary-hidden-menu.html") == "article"


def test_a_bot_check_asking_for_javascript_stays_an_error_page() -> None:
    assert state("bot-check.html") == "error_page"


def test_an_unclosed_element_in_a_noscript_does_not_hide_the_page_after_it() -> None:
    """A browser reads a ``<noscript>``'s content as text up to the first ``</noscript>``;
    libxml2 waited for the ``<div>``'s end tag and put the whole page inside (parcoabruzzo.it)."""
    article = extract_unbounded((DATA / "noscript-unclosed.html").read_bytes(), url="http://127.0.0.1/orso",
                                content_type="text/html; charset=utf-8")
    sentence = "Il risultato è molto positivo"
    assert (sentence in article.text, sentence in article.page_text, article.page_state) == (True, True, "article")


def test_the_readable_summary_says_to_capture_with_the_browser() -> None:
    article = extract_unbounded((DATA / "app-shell.html").read_bytes(), url="http://127.0.0.1/page")
    assert f"WARNING: page state is script_rendered: {NOTE}" in render_article(article)


@pytest.fixture
def blog() -> Site:
    s = Site()
    body = (DATA / "blogger-noscript.html").read_bytes()
    s.routes["/post"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)
    yield s
    s.close()


def test_archive_prints_the_states_note(store: Path, blog: Site) -> None:
    url = blog.url("/post")
    proc = run_cli("archive", url, store=store)
    assert proc.returncode == 0, proc.stderr
    assert f"warning: {url}: page state is script_rendered: {NOTE}" in proc.stderr


def test_archive_json_has_the_state(store: Path, blog: Site) -> None:
    proc = run_cli("archive", blog.url("/post"), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["page_state"] == "script_rendered"


def test_verify_quote_report_carries_the_note(store: Path, blog: Site) -> None:
    capture = json.loads(run_cli("archive", blog.url("/post"), "--json", store=store).stdout)["capture_id"]
    quote = "The Harbour Blog is written by the engineers of the port authority."
    proc = run_cli("verify-quote", quote, "--capture", capture, store=store)
    assert f"page state is script_rendered: {NOTE}" in proc.stdout, proc.stdout
    as_json = run_cli("verify-quote", quote, "--capture", capture, "--json", store=store)
    assert json.loads(as_json.stdout)["page_state"] == "script_rendered"
