"""Red team, twelfth pass, in the browser: a browser capture's redirect chain is Chromium's.

The chain of a browser capture is rebuilt from the exchanges the recording proxy saw, by
following each hop's ``Location``; it used the plain capture's old rules (any 3xx, ``urljoin``),
so a 300 page with a ``Location`` (which Chromium shows, not follows) failed as "the browser
never received the page", and a ``Location: ///host/path`` (Chromium: host ``host``) was not
followed to the page Chromium loaded. Both now go by :mod:`archiver.capture.redirects`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from servers import Site, response

from archiver.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

LANDING = ("<!doctype html><html><head><meta charset='utf-8'><title>Landing</title></head><body><article>"
           "<p>" + "The landing page says the ferry runs every hour from the north pier. " * 3
           + "</p></article></body></html>").encode()
CHOICES = ("<!doctype html><html><head><meta charset='utf-8'><title>Choices</title></head><body><article>"
           "<p>" + "This page lists the two timetables a reader may choose between this winter. " * 3
           + "</p></article></body></html>").encode()


@pytest.fixture(scope="module")
def sites() -> Any:
    site, other = Site(), Site()
    html = [("Content-Type", "text/html; charset=utf-8")]
    other.routes["/landing"] = lambda h: response("200 OK", html, LANDING)
    site.routes["/choices"] = lambda h: response("300 Multiple Choices", [*html, ("Location", "/landing")], CHOICES)
    site.routes["/triple"] = lambda h: response("302 Found", [("Location", f"///127.0.0.1:{other.port}/landing")])
    yield site, other
    site.close()
    other.close()


def _capture(tmp_path: Path, url: str) -> dict[str, Any]:
    proc = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "archive", "--browser", "--json", url],
                              env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    doc = json.loads(proc.stdout)
    assert isinstance(doc, dict), doc
    return doc


def test_a_300_page_with_a_location_is_captured_as_the_page_chromium_shows(tmp_path, sites):
    site, _ = sites
    doc = _capture(tmp_path, site.url("/choices"))
    assert doc["ok"], doc["error"]
    assert (doc["status"], doc["final_url"]) == (300, site.url("/choices"))
    assert "two timetables" in doc["article"]["text"]


def test_a_location_of_three_slashes_leads_the_chain_to_the_host_chromium_loaded(tmp_path, sites):
    site, other = sites
    doc = _capture(tmp_path, site.url("/triple"))
    assert doc["ok"], doc["error"]
    assert [(h["url"], h["status"]) for h in doc["hops"]] == [(site.url("/triple"), 302), (other.url("/landing"), 200)]
    assert "north pier" in doc["article"]["text"]
