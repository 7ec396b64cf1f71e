"""Red team: a correction written into the log by someone without the key.

Corrections are read straight from ``log.jsonl`` (every line marked ``"type":"correction"``),
and appending a well-formed line with the right ``prev`` needs no key. So a line added by
hand made ``cite`` print a forged author and title "corrected by the archivist", and ``show``
name the owner's key as the one that corrected it, while ``log verify`` only warned that the
last entry was not checkpointed yet. Only corrections a signed checkpoint commits to count now.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import rfc8785
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store

PAGE = (b"<html><head><title>Harbour report</title><meta name='author' content='Jane Roe'></head><body>"
        b"<article><h1>Harbour report</h1><p>The harbour handled 41,000 containers in March, the port "
        b"authority said on Tuesday.</p><p>Dock workers did not strike.</p></article></body></html>")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("redteam-corrections")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    site.routes["/later"] = html_page(PAGE)
    try:  # a second capture: its entries follow the first's, so a line can go between them
        caps = build_template(root, lambda arc: [arc.capture(site.url(p)) for p in ("/news", "/later")])
    finally:
        site.close()
    return root, caps[0].capture_id


@pytest.fixture
def stored(template, store: Path, key_dir: Path) -> tuple[Path, str]:
    root, cid = template
    copy_store(root, store, key_dir)
    return store, cid


def _forged_correction(store: Path, cid: str, *, at: int | None = None) -> None:
    """A correction entry written into log.jsonl by hand: appended with the right prev, or
    inserted before line ``at``."""
    log = store / "provenance" / "log.jsonl"
    lines = log.read_bytes().split(b"\n")[:-1]
    before = lines[-1] if at is None else lines[at - 1]
    prev_entry = json.loads(before)
    entry = {"data": {"capture_id": cid, "extraction_seq": None, "reason": "printed edition",
                      "key_fingerprint": json.loads(lines[0])["data"]["key_fingerprint"],
                      "fields": {"authors": {"old": ["Jane Roe"], "new": ["Mallory Forger"]}}},
             "log": prev_entry["log"], "prev": "sha256:" + hashlib.sha256(before).hexdigest(),
             "seq": prev_entry["seq"] + 1, "time": "2026-11-30T06:00:00.000000Z", "tool": "archiver/0.1.0",
             "type": "correction", "v": 1}
    lines.insert(len(lines) if at is None else at, rfc8785.dumps(entry))
    log.write_bytes(b"\n".join(lines) + b"\n")


def test_a_correction_appended_to_the_log_without_the_key_changes_no_citation(stored):
    store, cid = stored
    _forged_correction(store, cid)
    proc = run_cli("cite", cid, "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert "Mallory" not in proc.stdout and json.loads(proc.stdout)["corrected"] == {}


def test_a_correction_appended_without_the_key_is_not_shown_as_the_owners(stored):
    store, cid = stored
    _forged_correction(store, cid)
    doc = json.loads(run_cli("show", cid, "--json", store=store).stdout)
    assert doc["corrections"] == [] and doc["corrected"] == {}


def test_a_correction_inserted_among_signed_entries_is_never_cited(stored):
    store, cid = stored
    _forged_correction(store, cid, at=3)  # after the first capture's capture and extraction entries
    proc = run_cli("cite", cid, "--json", store=store)
    # the signed lines no longer hash to the signed root: nothing in the log is proven, so the
    # citation is refused (tests/test_redteam_log_rechain.py), and the forged correction never shown
    assert proc.returncode == 1 and "provenance/log.jsonl" in proc.stderr, proc.stderr
    assert "Mallory" not in proc.stdout


def test_a_correction_made_with_archiver_correct_is_cited(stored):
    store, cid = stored
    proc = run_cli("correct", cid, "--author", "Jane Q. Roe", "--reason", "byline", store=store)
    assert proc.returncode == 0, proc.stderr
    assert "Jane Q. Roe" in run_cli("cite", cid, "--json", store=store).stdout
