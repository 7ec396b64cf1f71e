"""Other tools' WARCs of the edges of what servers send come in, and every quote of them verifies.

Red team rvi54: ``wget --warc-file`` (when installed; gzip per record, whole-file plain, and with
``--compression=auto``, which asks for gzip) of a redirect chain with relative Locations, a 404
page, a chunked+gzip page, a chunked page, a windows-1251 page declared only in its ``<meta>``, a
Shift_JIS page declared in its header and a close-delimited HTTP/1.0 page; and warcio's writer
with what other writers leave in their files: a WARC/1.0 record, a revisit of identical bytes, a
target URI with a Unicode host, one in WARC 1.0's angle brackets and one with raw spaces. Each page
is one capture marked imported, and each page's sentence verifies ``exact``.
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from cli import run_cli
from servers import Site, chunked, response

SENTENCES = {
    "/final": "The redirect chain ended on this page after two hops, the editor said.",
    "/missing": "This page does not exist any longer on the server today, the clerk said.",
    "/cgz": "Tram drivers will strike on Friday after talks over rest breaks failed.",
    "/chunked": "The ferry will keep running through the winter months, the council decided.",
    "/cp1251": "Городской совет проголосовал за ремонт моста в июне этого года.",
    "/sjis": "東京都は三月に新しい橋の建設を始めると発表した。",
    "/http10": "The server closed the connection to end the body of this page.",
}


def _page(path: str, charset: str = "utf-8", meta: bool = False) -> bytes:
    head = f'<meta charset="{charset}">' if meta else ""
    return (f"<html><head>{head}<title>Page {path}</title></head><body><article><h1>Page {path}</h1>"
            f"<p>{SENTENCES[path]}</p><p>Further details will follow in the next edition.</p>"
            "</article></body></html>").encode(charset)


def _close_delimited(handler: BaseHTTPRequestHandler) -> bytes:
    handler.close_connection = True
    return b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + _page("/http10")


def _routes() -> dict[str, Callable[[BaseHTTPRequestHandler], bytes]]:
    html = [("Content-Type", "text/html; charset=utf-8")]
    coded = gzip.compress(_page("/cgz"), mtime=0)
    plain = _page("/chunked")
    return {
        "/r1": lambda h: response("301 Moved Permanently", [("Location", "r2")]),
        "/r2": lambda h: response("302 Found", [("Location", "../final?from=r2")]),
        "/final": lambda h: response("200 OK", html, _page("/final")),
        "/missing": lambda h: response("404 Not Found", html, _page("/missing")),
        "/cgz": lambda h: chunked("200 OK", html + [("Content-Encoding", "gzip")], [coded[:30], coded[30:]]),
        "/chunked": lambda h: chunked("200 OK", html, [plain[:50], plain[50:]]),
        "/cp1251": lambda h: response("200 OK", [("Content-Type", "text/html")], _page("/cp1251", "windows-1251", True)),
        "/sjis": lambda h: response("200 OK", [("Content-Type", "text/html; charset=Shift_JIS")],
                                    _page("/sjis", "shift_jis")),
        "/http10": _close_delimited,
    }


@pytest.fixture(scope="module")
def wget_warcs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if shutil.which("wget") is None:
        pytest.skip("wget is not installed")
    out = tmp_path_factory.mktemp("wget")
    site = Site()
    site.routes.update(_routes())
    urls = [site.url(p) for p in ("/r1", "/missing", "/cgz", "/chunked", "/cp1251", "/sjis", "/http10")]
    made = {}
    try:
        for name, extra in (("gzip", []), ("plain", ["--no-warc-compression"]), ("asks-gzip", ["--compression=auto"])):
            subprocess.run(["wget", "-q", "--no-proxy", "--tries=1", "--read-timeout=20", "-O", "/dev/null",
                            f"--warc-file={out / name}", *extra, *urls], cwd=out, timeout=120, check=False)
            made[name] = next(out.glob(f"{name}.warc*"))
    finally:
        site.close()
    return made


def _import(tmp_path: Path, warc: Path) -> tuple[list[dict], Path, dict[str, str]]:
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    result = run_cli("import", str(warc), "--json", store=store, env=env)
    assert result.exit_code == 0, result.stdout + result.stderr
    return json.loads(result.stdout)["captures"], store, env


def _verdict(store: Path, env: dict[str, str], quote: str) -> str:
    result = run_cli("verify-quote", quote, "--json", store=store, env=env)
    return json.loads(result.stdout)["verdict"]


@pytest.mark.parametrize("kind", ["gzip", "plain", "asks-gzip"])
def test_a_wget_warc_of_the_edges_imports_one_capture_a_page_and_every_sentence_verifies(wget_warcs, kind, tmp_path):
    captures, store, env = _import(tmp_path, wget_warcs[kind])
    assert sorted(c["final_url"].rsplit("/", 1)[1] for c in captures) == ["cgz", "chunked", "cp1251",
                                                                          "final?from=r2", "http10", "missing", "sjis"]
    [chained] = [c for c in captures if c["final_url"] != c["url"]]  # (wget's /r1 -> /r2 -> /final: imp71)
    assert chained["url"].endswith("/r1") and chained["final_url"].endswith("/final?from=r2")
    assert {c["status"] for c in captures} == {200, 404}
    for path, sentence in SENTENCES.items():
        assert _verdict(store, env, sentence) == "exact", (kind, path)


def _record(writer, uri: str, body: bytes, *, version: str = "WARC/1.1"):
    from warcio.statusandheaders import StatusAndHeaders

    head = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                       ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=head)
    record.rec_headers.protocol = version
    return record


ODD_URIS = {
    "http://bücher.example/katalog": "Die Bibliothek hat im Mai zweitausend neue Bücher gekauft.",
    "<http://angle.example/page>": "The angle bracket form of this address was written by an older tool.",
    "http://space.example/a b?q=c d": "A raw space stands in this address as its writer left it there.",
}


def _odd_warc(path: Path) -> Path:
    """WARC/1.0 and 1.1 records of odd target URIs, and a response with its revisit."""
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, (uri, sentence) in enumerate(ODD_URIS.items()):
            body = f"<html><body><article><p>{sentence}</p></article></body></html>".encode()
            writer.write_record(_record(writer, uri, body, version="WARC/1.0" if i == 0 else "WARC/1.1"))
        body = b"<html><body><article><p>Identical bytes are served at every request to this address.</p></article></body></html>"
        first = _record(writer, "http://same.example/", body)
        writer.write_record(first)
        revisit = writer.create_revisit_record("http://same.example/", first.rec_headers["WARC-Payload-Digest"],
                                               "http://same.example/", first.rec_headers["WARC-Date"])
        revisit.rec_headers.replace_header("WARC-Date", "2030-01-01T00:00:00Z")
        writer.write_record(revisit)
    return path


def test_a_warcio_warc_of_odd_target_uris_and_a_revisit_imports_and_every_sentence_verifies(tmp_path):
    captures, store, env = _import(tmp_path, _odd_warc(tmp_path / "odd.warc.gz"))
    assert sorted(c["url"] for c in captures) == [
        "http://angle.example/page", "http://bücher.example/katalog", "http://same.example/",
        "http://same.example/", "http://space.example/a%20b?q=c%20d"]
    assert sum(1 for c in captures if c.get("revisit_of")) == 1
    for sentence in [*ODD_URIS.values(), "Identical bytes are served at every request to this address."]:
        assert _verdict(store, env, sentence) == "exact", sentence
