"""A response's declared type is followed as browsers follow it (task sec54).

A text/plain body that looks like HTML is shown by a browser as text: its tags and its attributes'
values are characters on the screen, no paragraph is rendered. Extraction read it as HTML, so an
attribute's value (``title="..."``), which the browser shows only inside the markup, verified as a
sentence of the page. A browser sniffs HTML only where no type is declared or the type is one it
treats as unknown (MIME Sniffing: unknown/unknown, application/unknown, */*), and never where the
server says ``X-Content-Type-Options: nosniff``; an ``application/octet-stream`` body is downloaded.

Each page is served from 127.0.0.1 and captured with ``archive``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from cli import run_cli
from servers import Site, response

from archiver.extract import is_extractable

HIDDEN = "The harbour will be sold to the highest bidder next spring"
SHOWN = "The council met on Tuesday to discuss the harbour wall"
PAGE = (f'<!DOCTYPE html><html><head><title>Harbour</title></head><body><article>'
        f'<p title="{HIDDEN}">{SHOWN}, and the repairs begin in March.</p></article></body></html>').encode()
ROUTES = {
    "/plain.txt": [("Content-Type", "text/plain; charset=utf-8")],
    "/untyped": [],
    "/unknown": [("Content-Type", "unknown/unknown")],
    "/untyped-nosniff": [("X-Content-Type-Options", "nosniff")],
    "/octet": [("Content-Type", "application/octet-stream")],
}


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each route's ``show --json``, and the store."""
    root = tmp_path_factory.mktemp("declared")
    site = Site()
    for path, headers in ROUTES.items():
        site.routes[path] = lambda h, hs=headers: response("200 OK", hs, PAGE)
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    shown: dict[str, Any] = {}
    try:
        for path in ROUTES:
            made = run_cli("archive", site.url(path), "--json", store=store, env=env)
            assert made.returncode == 0, made.stderr
            cid = json.loads(made.stdout)["capture_id"]
            shown[path] = json.loads(run_cli("show", cid, "--json", store=store, env=env).stdout)
    finally:
        site.close()
    return {"shown": shown, "store": store, "env": env}


def _quote(captured: dict[str, Any], path: str, words: str) -> str:
    cid = captured["shown"][path]["capture_id"]
    proc = run_cli("verify-quote", words, "--capture", cid, "--json", store=captured["store"], env=captured["env"])
    verdict: str = json.loads(proc.stdout)["verdict"]
    return verdict


def test_a_text_plain_body_that_looks_like_html_is_its_own_text_markup_and_all(captured):
    text = captured["shown"]["/plain.txt"]["article"]["text"]
    assert text == PAGE.decode()


def test_a_text_plain_body_verifies_a_quote_of_its_markup_as_the_reader_saw_it(captured):
    assert _quote(captured, "/plain.txt", f'<p title="{HIDDEN}">{SHOWN}') == "exact"


def test_a_body_with_no_content_type_is_still_sniffed_as_html(captured):
    assert SHOWN in captured["shown"]["/untyped"]["article"]["text"]
    assert "<p" not in captured["shown"]["/untyped"]["article"]["text"]


def test_a_body_typed_unknown_is_sniffed_as_html(captured):
    assert "<p" not in captured["shown"]["/unknown"]["article"]["text"]


def test_nosniff_without_a_content_type_is_read_as_plain_text(captured):
    shown = captured["shown"]["/untyped-nosniff"]  # (none was sent, and none is shown: rvsec55)
    assert shown["content_type"] is None and shown["article"]["text"] == PAGE.decode()


def test_an_octet_stream_body_is_not_read_as_a_page(captured):
    assert captured["shown"]["/octet"]["article"] is None


def test_a_pdf_under_octet_stream_is_still_extractable() -> None:
    assert is_extractable("application/octet-stream", b"%PDF-1.7\n...")


def test_html_under_a_declared_image_type_is_not_extractable() -> None:
    assert not is_extractable("image/png", PAGE)


def test_the_shown_words_of_an_untyped_page_still_verify(captured):
    assert _quote(captured, "/untyped", SHOWN) == "exact"
