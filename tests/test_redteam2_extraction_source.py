"""Red team, second pass: a browser capture vouched for while the rendered DOM its words came from is damaged.

A browser capture's article text is extracted from the rendered DOM (a ``resource`` record of
its own) when the served HTML lacks it. The evidence check of a verdict read the final
response and the extraction record, never the DOM record: with the DOM's bytes damaged,
``verify-quote`` still said ``exact``, "evidence: present". The record an extraction was made
from (the log's ``source_record_id``) is now among the records every verdict rests on.
"""

from __future__ import annotations

import json
import shutil

import pytest
from browser_site import start_site
from conftest import run_cli

QUOTE = "approved the northern quay extension on Tuesday evening"
needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                                    reason="no Chromium on PATH: browser capture tests skipped")


@pytest.fixture(scope="module")
def captured(tmp_path_factory):
    root = tmp_path_factory.mktemp("dom")
    site = start_site(root)
    store = root / "store"
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        proc = run_cli("archive", site.page, "--browser", "--ca-bundle", str(site.ca_file), "--json", store=store,
                       env=env)
    finally:
        site.close()
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["article"]["sources"]["text"] == "rendered-dom"
    return store, env, doc["capture_id"], root


def _copy(captured, tmp_path):
    store, env, cid, root = captured
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    return copy, env, cid


def _dom_record(store, env, cid) -> dict:
    shown = json.loads(run_cli("show", cid, "--json", store=store, env=env).stdout)
    [rec] = [r for r in shown["records"] if str(r.get("target_uri", "")).startswith("urn:rendered-dom:")]
    return rec


@needs_chromium
def test_a_verdict_is_refused_when_the_rendered_dom_it_was_read_from_is_damaged(captured, tmp_path):
    store, env, cid = _copy(captured, tmp_path)
    rec = _dom_record(store, env, cid)
    path = store / rec["warc"]
    data = bytearray(path.read_bytes())
    data[rec["offset"] + rec["length"] // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "verdict:" not in proc.stdout


@needs_chromium
def test_the_intact_browser_capture_still_verifies(captured, tmp_path):
    store, env, cid = _copy(captured, tmp_path)
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, "--json", store=store, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["verdict"] == "exact"
