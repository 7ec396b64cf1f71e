"""pywb replays our captures of the edges of what servers send (``make integration``).

Red team rvi54: captured with ``archive`` from 127.0.0.1, each replays in pywb both from the raw
WARC files (``wb-manager add``) and from the bundle (``wb-manager add --unpack-wacz``): a
301 -> 302 -> 200 chain with relative Locations (followed to the last page), a 404 page (replayed
as a 404 with its body), a PDF (its bytes), a Shift_JIS page and a windows-1251 page declared only
in its ``<meta>`` (their bytes, not re-encoded), a query with ``%20``, ``+``, ``%2F%25`` and a
non-ASCII letter, an address typed with a fragment, 12 KB and 60 repeated header lines, a Latin-1
header value, a close-delimited HTTP/1.0 body, a brotli-coded body, a 4 KB query, a 204 and an
empty body. Skipped without pywb (``ARCHIVER_PYWB``), like tests/test_integration_replay.py, whose
helpers it uses. The bundle of them passes ``wacz validate`` and ``verify-bundle`` (in ``make test``).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import DATA, run_cli
from servers import Site, response
from test_integration_replay import _NO_PROXY, _wayback, _wb_manager, needs_pywb

HTML = [("Content-Type", "text/html; charset=utf-8")]
SJIS = "東京都は三月に新しい橋の建設を始めると発表した。"
CP1251 = "Городской совет проголосовал за ремонт моста в июне этого года."
PDF = (DATA / "capture" / "sample.pdf").read_bytes()


def _page(text: str, charset: str = "utf-8", meta: bool = False) -> bytes:
    head = f'<meta charset="{charset}">' if meta else ""
    return (f"<html><head>{head}<title>Edge</title></head><body><article><p>{text}</p>"
            "<p>Further details will follow in the next edition.</p></article></body></html>").encode(charset)


def _close_delimited(handler: BaseHTTPRequestHandler) -> bytes:
    handler.close_connection = True
    return b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + _page("The server closed the connection here.")


#: path asked for -> (what the replay must hold, as bytes; HTTP status replayed)
EDGES: dict[str, tuple[bytes, int]] = {
    "/r1": (b"The redirect chain ended on this page.", 200),
    "/missing": (b"This page is gone from the server.", 404),
    "/doc.pdf": (PDF, 200),
    "/sjis": (SJIS.encode("shift_jis"), 200),
    "/cp1251": (CP1251.encode("windows-1251"), 200),
    "/search?q=hello%20world+again&p=%2F%25&u=ü": (b"Results for a query of many escapes.", 200),
    "/frag#section-2": (b"A page asked for with a fragment.", 200),
    "/long-headers": (b"Sent with very long header lines.", 200),
    "/latin1-header": (b"A header value in Latin-1 bytes.", 200),
    "/http10": (b"The server closed the connection here.", 200),
    "/br": (b"A brotli-coded page about the harbour.", 200),
    "/long?k=" + "x" * 4000: (b"A page behind a very long query.", 200),
    "/no-content": (b"", 204),
    "/empty": (b"", 200),
}


def _site() -> Site:
    import brotli

    site = Site()
    r = site.routes
    r["/r1"] = lambda h: response("301 Moved Permanently", [("Location", "r2")])
    r["/r2"] = lambda h: response("302 Found", [("Location", "../final?from=r2")])
    r["/final"] = lambda h: response("200 OK", HTML, _page("The redirect chain ended on this page."))
    r["/missing"] = lambda h: response("404 Not Found", HTML, _page("This page is gone from the server."))
    r["/doc.pdf"] = lambda h: response("200 OK", [("Content-Type", "application/pdf")], PDF)
    r["/sjis"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=Shift_JIS")], _page(SJIS, "shift_jis"))
    r["/cp1251"] = lambda h: response("200 OK", [("Content-Type", "text/html")], _page(CP1251, "windows-1251", True))
    r["/search"] = lambda h: response("200 OK", HTML, _page("Results for a query of many escapes."))
    r["/frag"] = lambda h: response("200 OK", HTML, _page("A page asked for with a fragment."))
    r["/long-headers"] = lambda h: response("200 OK", HTML + [("X-Long", "a" * 12000)]
                                            + [("Set-Cookie", f"c{i}=v{i}; Path=/") for i in range(60)],
                                            _page("Sent with very long header lines."))
    r["/latin1-header"] = lambda h: response("200 OK", HTML + [("X-Author", "Ren\xe9e M\xfcller")],
                                             _page("A header value in Latin-1 bytes."))
    r["/http10"] = _close_delimited
    r["/br"] = lambda h: response("200 OK", HTML + [("Content-Encoding", "br")],
                                  brotli.compress(_page("A brotli-coded page about the harbour.")))
    r["/long"] = lambda h: response("200 OK", HTML, _page("A page behind a very long query."))
    r["/no-content"] = lambda h: response("204 No Content", [], b"", length=False)
    r["/empty"] = lambda h: response("200 OK", HTML, b"")
    return site


@pytest.fixture(scope="module")
def edges(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("edges")
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    site = _site()
    try:
        urls = {path: site.url(path) for path in EDGES}
        result = run_cli("archive", *urls.values(), "--json", store=store, env=env)
        assert result.exit_code == 0, result.stderr
    finally:
        site.close()
    ids = [c["capture_id"] for c in json.loads(result.stdout)]
    bundle = root / "edges.wacz"
    result = run_cli("export", *ids, "-o", str(bundle), store=store, env=env)
    assert result.exit_code == 0, result.stderr
    return {"root": root, "store": store, "urls": urls, "bundle": bundle}


def _replayed(base: str, coll: str, url: str) -> tuple[int, bytes]:
    asked = urllib.parse.quote(url.partition("#")[0], safe=":/?=&%+")  # as a browser sends it
    try:
        with _NO_PROXY.open(f"{base}/{coll}/mp_/{asked}", timeout=30) as r:  # a redirect is followed
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _assert_each_edge_replays(base: str, coll: str, edges: dict) -> None:
    for path, (needle, status) in EDGES.items():
        got, body = _replayed(base, coll, edges["urls"][path])
        assert got == status, (path[:40], got, body[:200])
        assert needle in body, (path[:40], body[:300])


@needs_pywb
@pytest.mark.parametrize("source", ["raw WARC files", "WACZ"])
def test_pywb_replays_each_edge_capture(edges, source, tmp_path: Path):
    coll = "edges"
    _wb_manager(tmp_path, "init", coll)
    if source == "WACZ":
        _wb_manager(tmp_path, "add", "--unpack-wacz", coll, str(edges["bundle"]))
    else:
        _wb_manager(tmp_path, "add", coll, *map(str, sorted((edges["store"] / "warcs").glob("*.warc.gz"))))
    with _wayback(tmp_path) as base:
        _assert_each_edge_replays(base, coll, edges)


def test_the_edges_bundle_passes_wacz_validate_and_verifies(edges):
    from pywacz import wacz_validate

    code, printed = wacz_validate(edges["bundle"])
    assert code == 0 and "Validation succeeded" in printed, printed
    result = run_cli("verify-bundle", str(edges["bundle"]), store=edges["store"],
                     env={"ARCHIVER_KEY_DIR": str(edges["root"] / "keys")})
    assert result.exit_code == 0 and result.stdout.startswith("VERIFIED"), result.stdout + result.stderr
