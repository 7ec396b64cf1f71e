"""Red team, fifth pass: ``check`` crediting a cited site with words another site printed.

A manuscript cites a URL; its capture followed a redirect, and the words were found on the page
it led to. When that page is on another site (an expired domain forwarded to a spam page, or an
open redirect on a reputable site: ``https://agency.example/out?to=https://anyone.example/``),
``check`` said ``exact`` beside the cited URL, and nothing in the table, the JSON or the HTML
report named the site the words are really on. It now says so in each, with the final URL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page, response

PAGE = (b"<html><head><title>Offers</title></head><body><article><h1>Offers</h1><p>The minister said the "
        b"bridge would open in June, and nobody objected at all.</p><p>Buy now.</p></article></body></html>")


@pytest.fixture
def cited(site: Site, store: Path) -> dict[str, str]:
    """A cited URL on 127.0.0.1 that redirects to a page on localhost (another host), captured."""
    site.routes["/spam"] = html_page(PAGE)
    port = site.url("/spam").rsplit(":", 1)[1].split("/")[0]
    site.routes["/story"] = lambda h: response("301 Moved Permanently", [("Location", f"http://localhost:{port}/spam")])
    site.routes["/same"] = lambda h: response("301 Moved Permanently", [("Location", "/spam")])
    for path in ("/story", "/same"):
        assert run_cli("archive", site.url(path), store=store).returncode == 0
    return {"other": site.url("/story"), "same": site.url("/same"), "final": f"http://localhost:{port}/spam"}


def _manuscript(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "paper.md"
    path.write_text(f'The minister said "the bridge would open in June" ([source]({url})).\n', encoding="utf-8")
    return path


def test_a_quote_found_on_the_site_a_cited_url_redirected_to_says_which_site(cited, store, tmp_path):
    paper = _manuscript(tmp_path, cited["other"])
    doc = json.loads(run_cli("check", str(paper), "--json", store=store).stdout)
    [q] = doc["quotes"]
    assert q["status"] == "exact" and q["final_url"] == cited["final"]
    assert q["other_site"] == "localhost" and "another site" in (q["message"] or "")
    text = run_cli("check", str(paper), store=store).stdout
    assert "ANOTHER SITE" in text and cited["final"] in text, text
    html = tmp_path / "r.html"
    run_cli("check", str(paper), "--report", str(html), store=store)
    assert "another site" in html.read_text(encoding="utf-8")


def test_a_redirect_within_the_cited_site_is_not_flagged(cited, store, tmp_path):
    doc = json.loads(run_cli("check", str(_manuscript(tmp_path, cited["same"])), "--json", store=store).stdout)
    [q] = doc["quotes"]
    assert q["status"] == "exact" and q["other_site"] is None and not q["message"]


def test_a_redirect_within_a_site_named_in_unicode_and_in_punycode_is_not_flagged(site, store, tmp_path, monkeypatch):
    """``bücher.example`` and ``xn--bcher-kva.example`` are one host: a server's absolute
    redirect names its host in the ASCII form, the manuscript may cite the Unicode one."""
    import socket

    real = socket.getaddrinfo

    def idn_hosts_here(host, *args, **kwargs):  # both forms of the name resolve to the test server
        return real("127.0.0.1" if host in ("bücher.example", "xn--bcher-kva.example") else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", idn_hosts_here)
    site.routes["/spam"] = html_page(PAGE)
    site.routes["/story"] = lambda h: response("301 Moved Permanently",
                                               [("Location", f"http://xn--bcher-kva.example:{site.port}/spam")])
    paper = tmp_path / "paper.txt"
    paper.write_text(f'The minister said "the bridge would open in June" '
                     f'(http://bücher.example:{site.port}/story).\n', encoding="utf-8")
    doc = json.loads(run_cli("check", str(paper), "--json", "--archive-missing", store=store).stdout)
    [q] = doc["quotes"]
    assert q["status"] == "exact" and q["final_url"].endswith("/spam")
    assert q["other_site"] is None and not q["message"], q
