"""``archiver reextract --failed`` on a browser capture reads what its first extraction would have.

A browser capture extracts its text from the rendered DOM when that holds more article text than
the HTML as served (a page that writes its article with JavaScript), and names the DOM record as
its source. When that extraction failed at capture (here: an extractor that breaks on every page,
as an older release's bug did), the re-extraction read the HTTP response instead: a page whose
article is written by a script got the served HTML's stub as its text. Now it makes the same
choice the capture makes, names the DOM record (``source_record_id``) and says which it read.

One Chromium capture for the module (a template store); each test works on its own copy.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

WRITTEN = ("The harbour commission approved the northern quay extension on Tuesday evening, after a debate "
           "that lasted four hours and ended with a vote of seven to two.")
SECOND = ("Residents who had opposed the plan said they would appeal the decision to the regional court, "
          "citing the loss of the old fishing market and the noise of construction.")
PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>Quay vote</title></head><body>"
        "<article id='story'><p>Loading the story.</p></article><script>"
        "var parts = ['" + WRITTEN + "', '" + SECOND + "'];"
        "document.getElementById('story').innerHTML = '<h1>Quay vote</h1>' + "
        "parts.map(function (p) { return '<p>' + p + '</p>'; }).join('');"
        "</script></body></html>").encode()


def _broken(body: bytes, *, url: str, content_type: str | None) -> Any:
    raise RuntimeError("the extractor broke on this page")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """(template folder, capture id, its rendered DOM record's id): one browser capture of PAGE
    whose extraction failed."""
    from archiver.capture.browser import BrowserOptions

    root = tmp_path_factory.mktemp("reextract-dom")
    site = Site()
    site.routes["/quay"] = html_page(PAGE)
    try:
        result = build_template(root, lambda arc: arc.capture_with_browser(
            site.url("/quay"), BrowserOptions(chromium=CHROMIUM)), extractor=_broken)
    finally:
        site.close()
    assert result.ok and result.article is None and "the extractor broke" in (result.extraction_error or "")
    dom_id = result.browser["rendered_dom_record_id"]
    assert dom_id
    return root, str(result.capture_id), str(dom_id)


@pytest.fixture
def failed(template: tuple[Path, str, str], store: Path, key_dir: Path) -> tuple[str, str]:
    root, cid, dom_id = template
    copy_store(root, store, key_dir)
    return cid, dom_id


def _extraction_entries(store: Path) -> list[dict]:
    lines = (store / "provenance" / "log.jsonl").read_text().splitlines()
    return [e for e in map(json.loads, lines) if e["type"] == "extraction"]


def test_the_first_extraction_is_read_from_the_rendered_dom_and_names_it(store, failed):
    cid, dom_id = failed
    proc = run_cli("reextract", "--failed", "--json", store=store)
    assert proc.exit_code == 0, proc.output
    [item] = json.loads(proc.stdout)
    assert item["capture_id"] == cid and item["status"] == "reextracted" and item["text_source"] == "rendered-dom"
    [entry] = _extraction_entries(store)
    assert entry["data"]["source_record_id"] == dom_id


def test_the_text_served_after_it_is_the_one_the_script_wrote(store, failed):
    cid, _dom_id = failed
    assert run_cli("reextract", cid, store=store).exit_code == 0
    shown = json.loads(run_cli("show", cid, "--json", store=store).stdout)
    assert WRITTEN in shown["article"]["text"] and SECOND in shown["article"]["text"]
    assert shown["article"]["sources"]["text"] == "rendered-dom"
    proc = run_cli("verify-quote", WRITTEN, "--capture", cid, "--json", store=store)
    assert proc.exit_code == 0 and json.loads(proc.stdout)["verdict"] == "exact", proc.output


def test_the_human_line_says_it_read_the_rendered_dom(store, failed):
    cid, _dom_id = failed
    proc = run_cli("reextract", cid, "--dry-run", store=store)
    assert proc.exit_code == 0, proc.output
    assert f"{cid}: would extract (extractor " in proc.stdout and "read from the rendered DOM;" in proc.stdout


def test_log_verify_deep_reproduces_the_text_from_the_dom(store, failed):
    cid, _dom_id = failed
    assert run_cli("reextract", cid, store=store).exit_code == 0
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.exit_code == 0, proc.output


def test_a_second_run_finds_it_unchanged_reading_the_dom_again(store, failed):
    cid, _dom_id = failed
    assert run_cli("reextract", cid, store=store).exit_code == 0
    item = json.loads(run_cli("reextract", cid, "--json", store=store).stdout)
    assert item["status"] == "unchanged" and item["text_source"] == "rendered-dom"


def test_show_says_the_text_it_serves_is_from_the_rendered_dom(store, failed):
    cid, _dom_id = failed
    assert "text from the HTTP response" in run_cli("show", cid, store=store).stdout  # (what the capture logged)
    assert run_cli("reextract", cid, store=store).exit_code == 0
    proc = run_cli("show", cid, store=store)
    assert proc.exit_code == 0, proc.output
    assert "text from the rendered DOM" in proc.stdout
