"""A browser capture's rendered text holds the words CSS generated content shows (red team lead53), with real Chromium.

``innerText`` leaves out what a ``::before`` / ``::after`` shows, so "the new drug is <span class=neg></span>safe"
with ``.neg::before{content:"not "}`` read "the new drug is safe" there. With a linked stylesheet (which the markup
pass cannot read: the article text says "safe") a quote of "the new drug is safe" was ``exact``; with the page's own
``<style>`` (which the extractor now writes in: extractor 181) the faithful quote "the new drug is not safe" was
``altered`` as "not shown". The rendered text is now read with the generated words written in (and taken out after:
the recorded DOM is unchanged), filtered as the extractor filters them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from servers import Site, html_page, response

from archiver.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Regulator rules on two drugs</title>"
    b"<link rel='stylesheet' href='/gen.css'><style>.own::before { content: 'not ' }</style></head>"
    b"<body><article><h1>Regulator rules on two drugs</h1>"
    b"<p>The regulator said on Monday that the new drug is <span class='own'></span>safe for children under twelve, "
    b"according to its final report.</p>"
    b"<p>It also said the older drug is <span class='linked'></span>effective in adults over sixty, according to the "
    b"same report.</p>"
    b"<p>Share this story <i class='icon mail'></i> with a friend who follows the case closely.</p>"
    b"</article></body></html>"
)

STYLES = b".linked::before { content: 'not ' } .mail::before { content: 'u' }"


def _invoke(store: Path, keys: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--store", str(store), *args], env={"ARCHIVER_KEY_DIR": str(keys)})


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("rendered-generated")
    store, keys = root / "store", root / "keys"
    site = Site()
    site.routes["/drugs"] = html_page(PAGE)
    site.routes["/gen.css"] = lambda h: response("200 OK", [("Content-Type", "text/css")], STYLES)
    try:
        proc = _invoke(store, keys, "archive", site.url("/drugs"), "--browser", "--json")
        assert proc.exit_code == 0, proc.output
        yield {"store": store, "keys": keys, "doc": json.loads(proc.stdout)}
    finally:
        site.close()


def _verdict(captured: dict[str, Any], quote: str) -> str:
    proc = _invoke(captured["store"], captured["keys"], "verify-quote", quote, "--capture",
                   captured["doc"]["capture_id"], "--json")
    return str(json.loads(proc.stdout)["verdict"])


def test_a_sentence_shown_with_its_own_styles_generated_words_is_exact(captured):
    quote = "the new drug is not safe for children under twelve, according to its final report"
    assert _verdict(captured, quote) == "exact"


def test_a_quote_without_a_linked_styles_generated_words_is_altered(captured):
    assert _verdict(captured, "the older drug is effective in adults over sixty") == "altered"


def test_an_icon_fonts_letter_is_not_read_into_the_rendered_text(captured):
    assert _verdict(captured, "Share this story with a friend who follows the case closely") == "exact"


def test_the_rendered_text_holds_a_linked_styles_words_and_the_article_text_none(captured):
    """The recorded DOM (read before the words are written in) and so the article text hold no generated words of a
    linked stylesheet: a quote with them is refused (the safe side), while the rendered text shows them."""
    from archiver.archive import Archive

    archive = Archive.open(captured["store"], mode="read")
    try:
        rendered = archive.rendered_text(captured["doc"]["capture_id"])
    finally:
        archive.close(sign=False)
    assert rendered is not None
    assert "the older drug is not effective" in " ".join(rendered.split())
    assert _verdict(captured, "the older drug is not effective in adults over sixty") == "altered"
