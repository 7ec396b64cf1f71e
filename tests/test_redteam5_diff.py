"""Red team, fifth pass: ``diff`` calling two captures identical because their bodies are.

"Was it changed after I cited it?" was answered from the payload digest first: the same body
bytes were "identical" (exit 0) and nothing else was looked at. But a page is more than its
body: the same bytes served as ``410 Gone``, at another address, or with another charset (which
turns "—" into "â€”" for every reader) are not the page that was cited. And two texts
extracted by different extractor versions differ for reasons that are not the page's: the diff
now says which versions made them. Each test serves the same body twice from a real server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, response

import archiver.extract as extract
from archiver.archive import Archive
from archiver.compare import compare_captures
from archiver.history import history

BODY = ("<!DOCTYPE html><html lang='en'><head><title>Harbour report</title></head><body><article>"
        "<h1>Harbour report</h1><p>The harbour handled 41,000 containers in March \u2014 the port authority "
        "said on Tuesday.</p><p>Dock workers did not strike, and the night shift was cancelled.</p>"
        "</article></body></html>").encode()


class Served:
    """One route whose status, Content-Type and body a test changes between captures."""

    def __init__(self, site: Site) -> None:
        self.status, self.content_type, self.body = "200 OK", "text/html; charset=utf-8", BODY
        self.url = site.url("/news")
        site.routes["/news"] = lambda h: response(self.status, [("Content-Type", self.content_type)], self.body)


@pytest.fixture
def arc(store: Path):
    a = Archive.open(store)
    yield a
    a.close()


def test_the_same_body_served_as_gone_is_not_identical(site, arc, store):
    page = Served(site)
    first = arc.capture(page.url)
    page.status = "410 Gone"
    second = arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert d.identical_payload and not d.identical
    assert [(c.field, c.a, c.b) for c in d.response] == [("http_status", 200, 410)]
    proc = run_cli("diff", first.capture_id, second.capture_id, store=store)
    assert proc.returncode == 1 and "identical" not in proc.stdout, proc.stdout
    assert "http_status: 200 -> 410" in proc.stdout


def test_the_same_body_read_with_another_charset_is_compared_as_text(site, arc, store):
    page = Served(site)
    first = arc.capture(page.url)
    page.content_type = "text/html; charset=windows-1252"
    second = arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert d.identical_payload and not d.identical and not d.identical_text
    assert any("\u00e2\u20ac\u201d" in (p.text_b or "") for p in d.paragraphs)  # "—" read as windows-1252
    proc = run_cli("diff", first.capture_id, second.capture_id, store=store)
    assert proc.returncode == 1 and "same payload" in proc.stdout and "text: 1 changed" in proc.stdout, proc.stdout


def test_the_history_of_a_page_that_went_gone_marks_it_changed(site, arc):
    page = Served(site)
    arc.capture(page.url)
    page.status = "410 Gone"
    arc.capture(page.url)
    rows = history(arc, page.url).to_dict()["captures"]
    assert rows[1]["changed"] is True and rows[1]["response_changed"] == ["http_status"]


def test_texts_of_different_extractor_versions_are_said_to_be(site, arc, store, monkeypatch):
    page = Served(site)
    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", "1")  # a capture extracted by an old version
    extract._versions.cache_clear()
    first = arc.capture(page.url)
    monkeypatch.undo()
    extract._versions.cache_clear()
    page.body = BODY.replace(b"did not strike", b"did strike")
    second = arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert (d.a.extractor_version, d.b.extractor_version) == ("1", extract.EXTRACTOR_VERSION)
    assert d.to_dict()["extractor_versions_differ"] is True
    proc = run_cli("diff", first.capture_id, second.capture_id, store=store)
    assert f"extractor versions differ (1 and {extract.EXTRACTOR_VERSION})" in proc.stdout, proc.stdout


def test_the_same_body_served_the_same_way_is_still_identical(site, arc, store):
    page = Served(site)
    first, second = arc.capture(page.url), arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert d.identical and d.response == () and not d.to_dict()["extractor_versions_differ"]
    proc = run_cli("diff", first.capture_id, second.capture_id, "--json", store=store)
    assert proc.returncode == 0 and json.loads(proc.stdout)["identical"] is True


def test_a_diff_shows_a_pages_bidi_controls_escaped(site, arc, store):
    """A title or text holding an unclosed right-to-left override would reverse the rest of its line."""
    page = Served(site)
    page.body = BODY.replace(b"Harbour report", "Harbour \u202ereport".encode())
    first = arc.capture(page.url)
    page.body = page.body.replace(b"did not strike", "did \u202enot strike".encode())
    page.body = page.body.replace("Harbour \u202ereport".encode(), "Harbour \u202ereports".encode())
    second = arc.capture(page.url)
    proc = run_cli("diff", first.capture_id, second.capture_id, store=store)
    assert proc.returncode == 1 and "title:" in proc.stdout, proc.stdout
    assert "\u202e" not in proc.stdout and "\\u202e" in proc.stdout, proc.stdout


def test_recapture_shows_a_redirect_targets_bidi_control_escaped(site, store):
    page = Served(site)
    site.routes["/go"] = lambda h: response("302 Found", [("Location", "/news?ref=\u202ex".encode().decode("latin-1"))])
    assert run_cli("archive", site.url("/go"), store=store).returncode == 0
    proc = run_cli("recapture", site.url("/go"), store=store)
    assert proc.returncode == 0 and page.url in proc.stdout, proc.stdout + proc.stderr
    assert "\u202e" not in proc.stdout and "\\u202e" in proc.stdout, proc.stdout


def test_the_same_body_served_as_another_type_with_no_text_is_not_identical(site, arc, store):
    """Served as an image, the same bytes are no page a reader can read: one side has no text."""
    page = Served(site)
    first = arc.capture(page.url)
    page.content_type = "image/png"
    second = arc.capture(page.url)
    d = compare_captures(arc, first.capture_id, second.capture_id)
    assert d.identical_payload and not d.identical
    proc = run_cli("diff", first.capture_id, second.capture_id, store=store)
    assert proc.returncode == 1 and "identical" not in proc.stdout and "payloads differ" not in proc.stdout, proc.stdout
    assert "only one side has extracted text" in proc.stdout, proc.stdout
