"""Work cut from a capture's hot path (second round) leaves what a capture records unchanged.

* the fetcher's connection and pool classes are defined once, and each fetch's recorder
  reaches them through its pool: every connection still reports to the fetch that made it;
* trafilatura's options are copied from a template instead of being read from its
  configuration on every page, and equal what its constructor builds.
"""

from __future__ import annotations

from typing import Any

import pytest
from trafilatura.settings import Extractor, set_date_params

from archiver.capture import fetch as fetch_mod
from archiver.capture.fetch import Fetcher
from archiver.extract import text as text_mod
from tests.servers import Site, html_page


def test_each_fetch_records_its_own_connection_through_the_shared_connection_class(
        site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    site.routes["/a"] = html_page(b"<p>first page</p>")
    site.routes["/b"] = html_page(b"<p>second page</p>")
    recorders: list[Any] = []
    real_connect = fetch_mod._RecHTTPConnection.connect

    def connect(self: Any) -> None:
        recorders.append(self.recorder)
        real_connect(self)

    monkeypatch.setattr(fetch_mod._RecHTTPConnection, "connect", connect)
    fetcher = Fetcher()
    first, second = fetcher.fetch(site.url("/a")), fetcher.fetch(site.url("/b"))
    assert len(recorders) == 2 and recorders[0] is not recorders[1]
    assert first.final.response_bytes.endswith(b"<p>first page</p>")
    assert second.final.response_bytes.endswith(b"<p>second page</p>")
    assert b"GET /b HTTP/1.1\r\n" in second.final.request_bytes


@pytest.mark.parametrize("url", [None, "", "https://example.org/a?b=c", "http://bücher.example/\udcff"])
def test_trafilatura_options_equal_what_its_constructor_builds(url: str | None) -> None:
    built = Extractor(config=text_mod._CONFIG, output_format="python", comments=False, links=False,
                      tables=True, images=False, dedup=False, url=url or None, with_metadata=True)
    copied = text_mod._options(url)
    assert {n: getattr(copied, n) for n in Extractor.__slots__} == {n: getattr(built, n) for n in Extractor.__slots__}
    assert copied.date_params is not text_mod._options(url).date_params  # never shared between pages


def test_trafilatura_options_read_nothing_from_its_configuration_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    config = text_mod._CONFIG
    for name in ("get", "getint", "getboolean"):
        real = getattr(config, name)
        monkeypatch.setattr(config, name, lambda *a, _real=real, **k: reads.append(a[1]) or _real(*a, **k))
    options = text_mod._options("https://example.org/")
    assert reads == []
    assert options.date_params == set_date_params(config.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))


def _links_by_ancestor_lookup(tree: Any, within: str | None) -> list[tuple[str, str, str]]:
    """The previous :func:`link_candidates`: each anchor's innermost block by an ancestor search."""
    import re

    ws = re.compile(r"\s+")
    blocks: dict[Any, str | None] = {}
    out = []
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        block = next(a.iterancestors(*text_mod._LINK_BLOCKS), None)
        if block is None:
            continue
        if block not in blocks:
            whole = ws.sub(" ", block.text_content()).strip()
            blocks[block] = whole if within is None or (len(whole) >= 20 and whole in within) else None
        if blocks[block] is not None:
            anchor = ws.sub(" ", a.text_content()).strip()
            if anchor:
                out.append((href, anchor, blocks[block]))
    return out


NESTED = """<html><body><a href="/out">outside any block</a>
<table><tr><td>Cell text long enough <a href="/cell">in a cell</a>
<ul><li>Item\u00a0text\u2028long enough <a href="/item">in\x1c the item</a></li></ul></td></tr></table>
<p>Para <a href="#top">fragment</a> <a href="javascript:x()">script</a> <a href=" /p ">  spaced\tanchor </a>
<a href="/nested"><span>nested</span> <a href="/inner">inner</a></a></p></body></html>"""


def test_each_link_gets_its_innermost_paragraph_like_block() -> None:
    tree = text_mod.parse_html(NESTED)
    found = text_mod.link_candidates(tree)
    assert [href for href, _, _ in found] == ["/cell", "/item", "/p", "/nested", "/inner"]
    assert found[1][2] == "Item text long enough in the item"  # the <li>, not the enclosing <td>
    assert found == _links_by_ancestor_lookup(text_mod.parse_html(NESTED), None)


def test_link_candidates_match_the_ancestor_lookup_on_the_sample_pages() -> None:
    from pathlib import Path

    pages = sorted((Path(__file__).resolve().parents[1] / "archiver" / "samples").glob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        tree = text_mod.parse_html(html)
        within = " ".join(text_mod.main_text(text_mod.parse_html(html), "https://example.org/").paragraphs)
        assert text_mod.link_candidates(tree, within) == _links_by_ancestor_lookup(tree, within), page.name
        assert text_mod.link_candidates(tree) == _links_by_ancestor_lookup(tree, None), page.name


def _session_prepared(method: str, url: str, headers: dict[str, str] | None, body: bytes | None) -> Any:
    """What the previous fetcher sent: a Session's request (trust_env off; caller's headers alone)."""
    import requests

    session = requests.Session()
    session.trust_env = False
    if headers is not None:
        session.headers.clear()
    else:
        headers = {"User-Agent": "ua", "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                   "Accept-Encoding": "gzip, deflate", "Connection": "close"}
    return session.prepare_request(requests.Request(method, url, headers=headers, data=body))


@pytest.mark.parametrize(("method", "url", "headers", "body"), [
    ("GET", "http://example.org/a b?q=ü#frag", None, None),
    ("GET", "http://user:p%40ss@example.org/", None, None),
    ("post", "https://example.org/form", {"user-agent": "B", "Cookie": "x=1", "Content-Type": "a/b"}, b"data"),
    ("GET", "http://example.org/", {"Host": "elsewhere", "Accept": "*/*"}, b""),
])
def test_fetch_request_is_the_one_a_requests_session_would_send(
        method: str, url: str, headers: dict[str, str] | None, body: bytes | None) -> None:
    ours = fetch_mod._prepare(method, url, headers if headers is not None else fetch_mod._request_headers("ua"), body)
    theirs = _session_prepared(method, url, headers, body)
    assert (ours.url, list(ours.headers.items()), ours.body) == (theirs.url, list(theirs.headers.items()), theirs.body)
    # but the method as given: a Session upper-cases it, a browser's "patch" is sent as it is (review rvcap58)
    assert ours.method == method and theirs.method == method.upper()
