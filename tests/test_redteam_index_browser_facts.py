"""Red team: a browser capture's facts in an index edited by hand.

The evidence check compares every fact the index serves with the capture's log entry, but a
browser capture's own facts (``show``'s browser lines: the browser, its screenshot and rendered
DOM records and digests, whether the page was complete, whether Chromium ran in its sandbox)
were served from the index unchecked: an index edited to say a capture taken as root ran in
Chromium's sandbox made ``show`` say so, ``evidence: present``. They are compared with the
``capture`` entry's ``browser`` part now (the sandbox is logged there since this change).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from servers import Site, html_page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium')")

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def browser_capture(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One ``archive --browser`` (in this process), its store and key folder kept as a template."""
    root = tmp_path_factory.mktemp("browser-facts")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        proc = run_cli("archive", site.url("/news"), "--browser", "--json", store=root / "store", env=env)
    finally:
        site.close()
    assert proc.exit_code == 0, proc.stderr
    return {"root": root, "capture_id": json.loads(proc.stdout)["capture_id"], "env": env}


def _edited_copy(browser_capture: dict[str, Any], tmp_path: Path, path: str, value: str) -> Path:
    store = tmp_path / "store"
    shutil.copytree(browser_capture["root"] / "store", store)
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute(f"UPDATE captures SET detail = json_set(detail, '{path}', json('{value}'))")
    db.close()
    return store


def test_the_capture_entry_logs_whether_chromium_ran_in_its_sandbox(browser_capture: dict[str, Any]) -> None:
    proc = run_cli("log", "show", "--type", "capture", "--json", store=browser_capture["root"] / "store",
                   env=browser_capture["env"])
    assert proc.exit_code == 0, proc.stderr
    doc = json.loads(proc.stdout)
    entries = doc if isinstance(doc, list) else doc.get("entries", [])
    browser = entries[-1]["data"]["browser"]
    assert "sandbox" in browser and "sandbox_off" in browser


def test_an_unedited_browser_capture_is_present(browser_capture: dict[str, Any], tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(browser_capture["root"] / "store", store)
    proc = run_cli("show", browser_capture["capture_id"], "--json", store=store, env=browser_capture["env"])
    assert proc.exit_code == 0, proc.stderr
    assert json.loads(proc.stdout)["evidence"] == "present"


@pytest.mark.parametrize(("path", "value"), [
    ("$.browser.sandbox", "true"),  # "ran in Chromium's sandbox", though it ran as root
    ("$.browser.screenshot_sha256", '"sha256:' + "0" * 64 + '"'),
    ("$.browser.complete", "false"),
])
def test_an_index_edited_to_change_a_browser_fact_is_refused_by_show(browser_capture: dict[str, Any], tmp_path: Path,
                                                                     path: str, value: str) -> None:
    store = _edited_copy(browser_capture, tmp_path, path, value)
    proc = run_cli("show", browser_capture["capture_id"], "--json", store=store, env=browser_capture["env"])
    assert proc.exit_code == 1
    assert "browser" in proc.stderr
