"""Red team: one row in the derived index's ``aliases`` table made any id answer for a capture.

The table maps an imported capture's id in the store it came from to its id here. It is a cache
like the rest of the index, and ``resolve`` took it at its word: a row ``(cited id, another
capture)`` made ``show <cited id>``, ``cite`` and ``verify-quote --capture <cited id>`` answer,
and log, for the other capture with "evidence: present", though the log names no such original
id. An id reached through an alias now names a capture only if that capture's proven log entry
records an ``original_capture_id`` starting with it; otherwise the index disagrees with the log
(exit 1, one line, advice to reindex).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store
from test_redteam_log_forgery import PAGE

CITED = "01m8zzzzzzzzzzzzzz"  # the id a manuscript cites; no capture of this store ever had it


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("redteam-alias")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    try:
        build_template(root, lambda arc: arc.capture(site.url("/news")))
    finally:
        site.close()
    return root


@pytest.fixture
def aliased(template: Path, tmp_path: Path, key_dir: Path) -> tuple[Path, str]:
    """(store, the real capture's id) with an ``aliases`` row pointing the cited id at it."""
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    real = json.loads((store / "provenance" / "log.jsonl").read_bytes().split(b"\n")[1])["data"]["capture_id"]
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute("INSERT INTO aliases VALUES (?, ?)", (CITED, real))
    return store, str(real)


def _one_line_refusal(proc) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "records no such original id" in lines[0], proc.stderr
    assert "present" not in proc.stdout and "Traceback" not in proc.stderr


def test_show_refuses_an_id_the_index_aliases_but_the_log_does_not_record(aliased):
    store, _ = aliased
    _one_line_refusal(run_cli("show", CITED, store=store))


def test_cite_refuses_an_id_the_index_aliases_but_the_log_does_not_record(aliased):
    store, _ = aliased
    _one_line_refusal(run_cli("cite", CITED, "--style", "text", store=store))


def test_verify_quote_gives_no_verdict_for_an_id_the_log_does_not_record_and_logs_none(aliased):
    store, _ = aliased
    log = store / "provenance" / "log.jsonl"
    before = log.read_bytes()
    _one_line_refusal(run_cli("verify-quote", "Dock workers did not strike", "--capture", CITED, store=store))
    assert log.read_bytes() == before


def test_the_real_id_of_the_capture_still_answers_beside_a_forged_alias(aliased):
    store, real = aliased
    proc = run_cli("show", real, store=store)
    assert proc.returncode == 0 and "evidence: present" in proc.stdout, proc.stdout + proc.stderr
