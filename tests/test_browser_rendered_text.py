"""A browser capture keeps the text its rendered page showed, and ``verify-quote`` holds quotes to it.

One page, captured once with the shared Chromium of this process: a visible sentence, one a
stylesheet hides (``.aside {display: none}``: the markup alone does not say so, so the article
text, extracted from markup, still holds it) and one an inline style hides (which extraction
already leaves out). The capture's ``urn:rendered-text:`` record holds what Chromium laid out
(the body's ``innerText``), its digest is in the ``capture`` log entry, and a quote of words the
page did not show is ``altered``, never ``exact``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from servers import Site, html_page

from archiver.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

VISIBLE = "The harbour handled forty one thousand containers in March, the port authority said on Tuesday."
STYLED_AWAY = "The minister quietly approved the dredging contract without any public tender at all."
INLINE_AWAY = "An unpublished annex lists every payment made to the consultancy in the last decade."
FILLER = ("Dock workers said the new cranes had shortened the time each ship spent at the quay, and the "
          "authority expects the figures for April to be higher still as the summer season begins. ")

PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Harbour report</title>"
    "<style>.aside { display: none; }</style></head><body><article><h1>Harbour report</h1>"
    f"<p>{VISIBLE} {FILLER}</p><p class='aside'>{STYLED_AWAY}</p>"
    f"<p style='display:none'>{INLINE_AWAY}</p><p>{FILLER * 2}</p></article></body></html>"
).encode()


def _invoke(store: Path, keys: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--store", str(store), *args], env={"ARCHIVER_KEY_DIR": str(keys)})


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One ``archive --browser`` of the page (and one plain HTTP capture of it), in one store."""
    root = tmp_path_factory.mktemp("rendered-text")
    store, keys = root / "store", root / "keys"
    site = Site()
    site.routes["/harbour"] = html_page(PAGE)
    try:
        browser = _invoke(store, keys, "archive", site.url("/harbour"), "--browser", "--json")
        http = _invoke(store, keys, "archive", site.url("/harbour"), "--json")
    finally:
        site.close()
    assert browser.exit_code == 0, browser.output
    assert http.exit_code == 0, http.output
    return {"root": root, "store": store, "keys": keys, "doc": json.loads(browser.stdout),
            "http": json.loads(http.stdout)}


def _rendered_text(store: Path, capture_id: str) -> str | None:
    from archiver.archive import Archive

    archive = Archive.open(store, mode="read")
    try:
        return archive.rendered_text(capture_id)
    finally:
        archive.close(sign=False)


def test_the_rendered_text_record_holds_what_the_page_showed_and_not_what_it_hid(shown: dict[str, Any]) -> None:
    browser = shown["doc"]["browser"]
    assert browser["rendered_text_record_id"] and browser["rendered_text_sha256"].startswith("sha256:")
    text = _rendered_text(shown["store"], shown["doc"]["capture_id"])
    assert text is not None
    assert VISIBLE in text
    assert STYLED_AWAY not in text and INLINE_AWAY not in text


def test_the_capture_log_entry_states_the_rendered_text_record_and_digest(shown: dict[str, Any]) -> None:
    proc = _invoke(shown["store"], shown["keys"], "log", "show", "--type", "capture", "--json")
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    entries = doc if isinstance(doc, list) else doc.get("entries", [])
    logged = next(e["data"]["browser"] for e in entries if e["data"]["capture_id"] == shown["doc"]["capture_id"])
    assert logged["rendered_text_record_id"] == shown["doc"]["browser"]["rendered_text_record_id"]
    assert logged["rendered_text_sha256"] == shown["doc"]["browser"]["rendered_text_sha256"]


def test_show_lists_the_rendered_text_record(shown: dict[str, Any]) -> None:
    proc = _invoke(shown["store"], shown["keys"], "show", shown["doc"]["capture_id"])
    assert proc.exit_code == 0, proc.output
    assert f"rendered text: {shown['doc']['browser']['rendered_text_record_id']}" in proc.stdout


def test_an_index_edited_to_name_another_rendered_text_digest_is_refused_by_show(shown: dict[str, Any],
                                                                                 tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(shown["store"], store)
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute("UPDATE captures SET detail = json_set(detail, '$.browser.rendered_text_sha256', ?) "
                   "WHERE capture_id = ?", ("sha256:" + "0" * 64, shown["doc"]["capture_id"]))
    db.close()
    proc = _invoke(store, shown["keys"], "show", shown["doc"]["capture_id"], "--json")
    assert proc.exit_code == 1
    assert "browser rendered_text_sha256" in proc.output
