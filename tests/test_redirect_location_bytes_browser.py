"""A browser capture through a ``Location`` of latin-1 bytes keeps the chain Chromium followed.

Chromium goes from ``Location: /caf\\xe9`` to ``/caf%E9`` (each non-ASCII byte escaped as it is,
``HttpResponseHeaders::IsRedirect``). The capture rebuilt the chain from the proxy's exchanges by
reading those bytes as latin-1 and the character as UTF-8 (``/caf%C3%A9``), found no exchange
for it, and failed the capture: "the browser never received the page". The plain capture's side
is in ``tests/test_redirect_location_bytes.py``.
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

PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>Cafe</title></head><body><article>"
        "<p>" + "The cafe on the corner opens at seven and closes when the last ferry has left. " * 3
        + "</p></article></body></html>").encode()


@pytest.fixture
def site() -> Any:
    s = Site()
    s.routes["/caf%E9"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE)
    s.routes["/r"] = lambda h: (b"HTTP/1.1 302 Found\r\nLocation: /caf\xe9\r\nContent-Length: 0\r\n"
                                b"Connection: close\r\n\r\n")
    yield s
    s.close()


def test_a_latin1_location_leads_the_browser_chain_to_the_page_chromium_loaded(tmp_path: Path, site):
    proc = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "archive", "--browser", "--json",
                                    site.url("/r")], env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    doc = json.loads(proc.stdout)
    assert doc["ok"], doc["error"]
    assert [(h["url"], h["status"]) for h in doc["hops"]] == [(site.url("/r"), 302), (site.url("/caf%E9"), 200)]
    assert "last ferry" in doc["article"]["text"]
