"""Red team: facts ``show`` and ``cite`` state from an index edited by hand.

The evidence check compared five of the index's facts with the log (URL, final URL, time,
status, payload digest). The others a statement uses were taken from the index as they were:
an index edited to say an imported copy was captured here made ``cite`` print "Archived ..."
instead of "Imported copy (not captured by archiver)", with ``evidence: present``. Every fact
the log records is now compared: whether the capture was imported, the address connected
to, the TLS summary, truncation, the WARC file and response record, the original capture id.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from bundles import HARBOUR_PAGE, export_one_page, pin_bundle_key
from conftest import run_cli
from servers import html_page

PAGE = HARBOUR_PAGE


@pytest.fixture(scope="module")
def colleague_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A colleague's bundle of one capture, to import."""
    return export_one_page(tmp_path_factory.mktemp("redteam-facts"))["bundle"]


@pytest.fixture
def imported(store: Path, colleague_bundle: Path) -> str:
    pin_bundle_key(colleague_bundle)  # the recipient trusts its key
    assert run_cli("import", str(colleague_bundle), store=store).returncode == 0
    return str(json.loads(run_cli("list", "--json", store=store).stdout)[0]["capture_id"])


def _edit_index(store: Path, sql: str) -> None:
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute(sql)
    db.close()


def _capture(store: Path, site) -> str:
    site.routes["/news"] = html_page(PAGE)
    assert run_cli("archive", site.url("/news"), store=store).returncode == 0
    return str(json.loads(run_cli("list", "--json", store=store).stdout)[0]["capture_id"])


def test_cite_of_an_imported_copy_says_so(store, imported):
    proc = run_cli("cite", imported, store=store)
    assert proc.returncode == 0 and "Imported copy" in proc.stdout


def test_an_index_edited_to_call_an_imported_copy_captured_is_refused_by_cite(store, imported):
    _edit_index(store, "UPDATE captures SET origin = 'captured'")
    proc = run_cli("cite", imported, store=store)
    assert proc.returncode == 1, proc.stdout
    assert "Archived" not in proc.stdout and "imported" in proc.stderr


def test_an_index_edited_to_call_an_imported_copy_captured_is_refused_by_show(store, imported):
    _edit_index(store, "UPDATE captures SET origin = 'captured'")
    proc = run_cli("show", imported, "--json", store=store)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr


def test_an_index_edited_to_call_a_capture_imported_is_refused(store, site):
    cid = _capture(store, site)
    _edit_index(store, "UPDATE captures SET origin = 'imported'")
    assert run_cli("show", cid, store=store).returncode == 1


def test_an_edited_address_connected_to_is_refused(store, site):
    cid = _capture(store, site)
    _edit_index(store, "UPDATE captures SET detail = json_set(detail, '$.ip', '203.0.113.9')")
    proc = run_cli("show", cid, "--json", store=store)
    assert proc.returncode == 1
    assert "203.0.113.9" in proc.stderr


def test_an_edited_truncation_flag_is_refused(store, site):
    cid = _capture(store, site)
    _edit_index(store, "UPDATE captures SET truncated = 1")
    assert run_cli("cite", cid, store=store).returncode == 1


def test_an_index_edited_to_invent_a_redirect_is_refused_by_show(store, site):
    cid = _capture(store, site)
    fake = '[{"ip": "198.51.100.7", "status": 301, "truncated": false, "url": "https://official.example/"}]'
    _edit_index(store, f"UPDATE captures SET detail = json_set(detail, '$.hops', json_insert(json_extract("
                       f"detail, '$.hops'), '$[#]', json_extract('{fake}', '$[0]')))")
    proc = run_cli("show", cid, "--json", store=store)
    assert proc.returncode == 1
    assert "manifest" in proc.stderr
