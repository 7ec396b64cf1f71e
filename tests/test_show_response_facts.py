"""``show`` and ``log verify --deep`` take a capture's response facts from the evidence, not the index.

The index is a derived cache (``archiver reindex``). A review found that its reason phrase and
Content-Type were printed by ``show`` under "evidence: present", checked against nothing ("200
Forged Reason", "type: application/x-forged"), and that ``log verify --deep`` re-ran each
extraction with the index's Content-Type, final URL and status: an edited type was reported as a
check that could not be done (E_MISSING, exit 3). ``show`` now reads both from the response
record the evidence check has just held to the log; the deep check takes the type from that
record and the URL and status from the capture's log entry. Real CLI in this process, a real
store, a loopback server, the index edited with SQLite.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from stores import capture_template, copy_store

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"<p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("response-facts")
    [cap] = capture_template(root, {"/news": PAGE})
    return root, cap.capture_id


@pytest.fixture
def stored(template: tuple[Path, str], store: Path, key_dir: Path) -> tuple[Path, str]:
    root, cid = template
    copy_store(root, store, key_dir)
    return store, cid


def _edit_index(store: Path, **values: object) -> None:
    con = sqlite3.connect(store / "index.sqlite3")
    try:
        con.execute(f"UPDATE captures SET {', '.join(f'{k} = ?' for k in values)}", tuple(values.values()))
        con.commit()
    finally:
        con.close()


def _shown(store: Path, cid: str) -> dict[str, object]:
    proc = run_cli("show", "--json", cid, store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    doc: dict[str, object] = json.loads(proc.stdout)
    return doc


def test_show_prints_the_reason_phrase_of_the_archived_response_not_the_index(stored: tuple[Path, str]) -> None:
    store, cid = stored
    _edit_index(store, reason="Forged Reason")
    proc = run_cli("show", cid, store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Forged Reason" not in proc.stdout
    assert f"{cid}  200 OK  " in proc.stdout


def test_show_prints_the_content_type_of_the_archived_response_not_the_index(stored: tuple[Path, str]) -> None:
    store, cid = stored
    honest = _shown(store, cid)["content_type"]
    _edit_index(store, content_type="application/x-forged")
    proc = run_cli("show", cid, store=store)
    assert "application/x-forged" not in proc.stdout
    assert f"type: {honest}" in proc.stdout
    assert _shown(store, cid)["content_type"] == honest


def test_log_verify_deep_re_extracts_with_the_archived_content_type(stored: tuple[Path, str]) -> None:
    store, _ = stored
    _edit_index(store, content_type="application/x-forged")
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "E_MISSING" not in proc.stdout


@pytest.mark.parametrize("values", [{"status": 404}, {"final_url": "http://forged.example/elsewhere"}],
                         ids=["status", "final_url"])
def test_log_verify_deep_is_not_moved_by_an_edited_index_status_or_final_url(
        stored: tuple[Path, str], values: dict[str, object]) -> None:
    store, _ = stored
    _edit_index(store, **values)
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
