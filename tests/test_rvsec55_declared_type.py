"""What was sent is what is shown; the type a browser reads it as is followed (review rvsec55 of sec54).

sec54 made extraction follow the declared type as browsers do. Three things it left:

- ``X-Content-Type-Options: nosniff`` with no Content-Type was recorded and shown as
  ``content_type: "text/plain"``, a header the server never sent. A browser reads such a body as
  text/plain, and so does extraction; what the capture says was sent is what was sent (none).
- A body starting ``%PDF-`` was read as a PDF under any declared type. A browser shows a text/plain
  body as text (binary bytes make it a download, MIME Sniffing's "text or binary"), renders a
  text/html body as HTML and an image as an image; it sniffs a PDF only where no type is given or
  one it treats as unknown, and downloads an application/octet-stream body (a PDF file).
- A text/plain response of another tool's WARC whose body is a page (looks like HTML) was a
  capture before sec54 and is no longer imported at all; ``archive`` of the same response makes a
  capture and reads it as text, and so does import now.

Pages are served from 127.0.0.1 and captured with ``archive``; the foreign WARC is written with warcio.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from servers import Site, response

from archiver.extract import extract, is_extractable

SHOWN = "The council met on Tuesday to discuss the harbour wall"
PAGE = (f"<!DOCTYPE html><html><head><title>Harbour</title></head><body><article>"
        f"<p>{SHOWN}, and the repairs begin in March.</p></article></body></html>").encode()
#: A PDF's first line as a text file can hold it (no binary bytes): a browser shows it as text.
PDF_AS_TEXT = b"%PDF-1.4\nThe council met on Tuesday to discuss the harbour wall.\n"


@pytest.fixture(scope="module")
def nosniff(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``archive`` and ``show --json`` of a page sent with nosniff and no Content-Type."""
    root = tmp_path_factory.mktemp("nosniff")
    site = Site()
    site.routes["/page"] = lambda h: response("200 OK", [("X-Content-Type-Options", "nosniff")], PAGE)
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        made = run_cli("archive", site.url("/page"), "--json", store=store, env=env)
    finally:
        site.close()
    assert made.returncode == 0, made.stderr
    cid = json.loads(made.stdout)["capture_id"]
    return {"archived": json.loads(made.stdout), "store": store, "env": env, "capture_id": cid,
            "shown": json.loads(run_cli("show", cid, "--json", store=store, env=env).stdout)}


def test_nosniff_without_a_content_type_shows_that_none_was_sent(nosniff):
    assert nosniff["shown"]["content_type"] is None and nosniff["archived"]["content_type"] is None


def test_nosniff_without_a_content_type_is_still_read_as_plain_text(nosniff):
    assert nosniff["shown"]["article"]["text"] == PAGE.decode()


def test_nosniff_without_a_content_type_shows_none_after_a_reindex(nosniff):
    assert run_cli("reindex", store=nosniff["store"], env=nosniff["env"]).returncode == 0
    shown = json.loads(run_cli("show", nosniff["capture_id"], "--json", store=nosniff["store"],
                               env=nosniff["env"]).stdout)
    assert shown["content_type"] is None and shown["article"]["text"] == PAGE.decode()


def test_a_text_plain_body_starting_like_a_pdf_is_its_own_text():
    article = extract(PDF_AS_TEXT, url="http://127.0.0.1/statement.txt", content_type="text/plain")
    assert article.text == PDF_AS_TEXT.decode()


@pytest.mark.parametrize("declared", ["image/png", "application/json"])
def test_a_pdf_signature_under_a_type_a_browser_shows_is_no_pdf(declared):
    assert not is_extractable(declared, b"%PDF-1.7\n\x00\x01binary", text=False)


def test_a_body_sent_as_html_is_read_as_html_whatever_it_opens_with():
    body = b"%PDF-1.4\n<html><body><article><p>" + SHOWN.encode() + b", and more.</p></article></body></html>"
    article = extract(body, url="http://127.0.0.1/page", content_type="text/html")
    assert SHOWN in article.text and "<p>" not in article.text


@pytest.mark.parametrize("declared", [None, "unknown/unknown", "application/octet-stream", "binary/octet-stream"])
def test_a_pdf_signature_with_no_type_or_one_a_browser_downloads_is_a_pdf(declared):
    assert is_extractable(declared, b"%PDF-1.7\n\x00\x01binary", text=False)


def test_a_binary_pdf_sent_as_text_plain_is_downloaded_as_a_pdf():
    from archiver.core.mime import effective_content_type

    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01"
    assert is_extractable(effective_content_type([("Content-Type", "text/plain")], body), body, text=False)


def _foreign_warc(path: Path, content_type: str, body: bytes) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/harbour", "response", payload=io.BytesIO(body),
                                            http_headers=http))
    return path


def test_a_foreign_text_plain_page_is_imported_and_read_as_text(tmp_path, store):
    warc = _foreign_warc(tmp_path / "other.warc.gz", "text/plain; charset=utf-8", PAGE)
    proc = run_cli("import", str(warc), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    [capture] = json.loads(proc.stdout)["captures"]
    shown = json.loads(run_cli("show", capture["capture_id"], "--json", store=store).stdout)
    assert shown["content_type"] == "text/plain; charset=utf-8" and shown["article"]["text"] == PAGE.decode()


def test_a_foreign_robots_txt_is_still_no_capture(tmp_path, store):
    warc = _foreign_warc(tmp_path / "other.warc.gz", "text/plain", b"User-agent: *\nDisallow: /private\n")
    proc = run_cli("import", str(warc), "--json", store=store)
    assert json.loads(proc.stdout)["captures"] == []
