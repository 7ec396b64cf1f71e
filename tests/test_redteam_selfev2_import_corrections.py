"""Red team (evidence features, second pass): a bundle's corrections are dropped by ``import`` without a word.

A colleague corrects a capture's title (``archiver correct``, a signed ``correction`` entry of
their log) and exports it; the bundle carries the correction and ``verify-bundle`` checks it. The
recipient imports the bundle (keeping the colleague's capture id): the import takes the records
and re-extracts them, but not the correction, so ``show`` and ``cite`` here give the extracted
title the colleague corrected, and the import said nothing about it (exit 0, no note). Applying
another log's correction here would make this log vouch for it; the import now says, per
correction, what it does not apply and the command that would (a note on stderr, and
``corrections_not_applied`` in ``--json``), and still exits 0: the import did what it does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bundles import colleague_bundle, pin_bundle_key
from cli import run_cli
from servers import Site, html_page

from archiver.archive import Archive

PAGE = (b"<html><head><title>Harbour tax</title></head><body><article><h1>Harbour tax</h1>"
        b"<p>The committee said on Tuesday that the harbour tax will be abolished next spring.</p>"
        b"</article></body></html>")


@pytest.fixture(scope="module")
def corrected_bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A colleague's bundle of one capture whose title they corrected."""
    bundle, cid = colleague_bundle(tmp_path_factory.mktemp("import-corrections"), PAGE, "--title",
                                   "Harbour tax to go next spring", "--reason", "the printed headline")
    return {"bundle": bundle, "capture_id": cid}


@pytest.fixture
def imported(corrected_bundle: dict[str, Any], store: Path, key_dir: Path) -> dict[str, Any]:
    pin_bundle_key(corrected_bundle["bundle"])
    proc = run_cli("import", str(corrected_bundle["bundle"]), "--json", store=store)
    return {**corrected_bundle, "proc": proc, "doc": json.loads(proc.stdout) if proc.stdout else None}


def test_importing_a_bundle_with_a_correction_says_the_correction_is_not_applied_here(imported):
    proc = imported["proc"]
    note = next((line for line in proc.stderr.splitlines() if line.startswith("note:")), "")
    assert "title" in note and "'Harbour tax to go next spring'" in note and imported["capture_id"] in note, proc.stderr
    assert f"archiver correct {imported['capture_id']} --title" in note


def test_the_import_json_lists_each_correction_not_applied(imported):
    [c] = imported["doc"]["corrections_not_applied"]
    assert c["capture_id"] == imported["capture_id"] and c["field"] == "title"
    assert c["value"] == "Harbour tax to go next spring" and c["extracted"] == "Harbour tax"
    assert c["reason"] == "the printed headline" and isinstance(c["log_seq"], int)


def test_an_import_whose_only_note_is_a_correction_not_applied_exits_0(imported):
    assert imported["proc"].returncode == 0, imported["proc"].stderr


def test_a_bundle_without_corrections_lists_none(corrected_bundle, store, key_dir, tmp_path):
    site = Site()
    site.routes["/plain"] = html_page(PAGE)
    try:
        with Archive.open(tmp_path / "other", key_dir=tmp_path / "other-keys") as arc:
            cid = arc.capture(site.url("/plain")).capture_id
    finally:
        site.close()
    bundle = tmp_path / "plain.wacz"
    run_cli("export", cid, "-o", str(bundle), store=tmp_path / "other", env={"ARCHIVER_KEY_DIR": str(tmp_path / "other-keys")})
    pin_bundle_key(bundle)
    proc = run_cli("import", str(bundle), "--json", store=store)
    assert proc.returncode == 0 and json.loads(proc.stdout)["corrections_not_applied"] == [], proc.stderr
    assert "note:" not in proc.stderr
