"""Red team, fifth pass: an older export handed over as if it were the publisher's latest word.

A bundle exported before a correction (here: the author the page named, corrected since to the
one who wrote it) is genuine and verifies: its entries are in the signed log. But nothing in
it can show that nothing was logged after it, and the report said nothing about it: a
reviewer handed the older export cited the uncorrected author with a clean VERIFIED. The report
now says what a bundle cannot prove: that it is the latest, with the checkpoint size to ask
about and the command that checks a newer checkpoint extends it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page

from archiver.archive import Archive

PAGE = (b"<html><head><title>Harbour report</title><meta name='author' content='Jane Roe'></head><body>"
        b"<article><h1>Harbour report</h1><p>The harbour handled 41,000 containers in March, the port "
        b"authority said on Tuesday.</p><p>Dock workers did not strike.</p></article></body></html>")


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A capture exported, then corrected and exported again."""
    root = tmp_path_factory.mktemp("redteam5-replay")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cid = arc.capture(site.url("/news")).capture_id
    finally:
        site.close()
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    old, new = root / "old.wacz", root / "new.wacz"
    assert run_cli("export", cid, "-o", str(old), store=root / "store", env=env).returncode == 0
    fix = run_cli("correct", cid, "--author", "John Doe", "--reason", "byline in print", store=root / "store", env=env)
    assert fix.returncode == 0, fix.stderr
    assert run_cli("export", cid, "-o", str(new), store=root / "store", env=env).returncode == 0
    return {"old": old, "new": new, "key": root / "store" / "provenance" / "log.pub"}


def _verify(bundle: Path, key: Path) -> dict:
    proc = run_cli("verify-bundle", str(bundle), "--key", str(key), "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr  # both are genuine
    return json.loads(proc.stdout)


def test_an_older_export_says_it_may_not_be_the_latest_word_on_its_captures(exports):
    old = _verify(exports["old"], exports["key"])
    assert not any("John Doe" in s for s in old["proven"])  # the correction came later
    caveat = [s for s in old["not_proven"] if "latest" in s]
    assert caveat, old["not_proven"]
    assert f"checkpoint size {old['checkpoint_size']}" in caveat[0] and "verify-consistency" in caveat[0]


def test_the_newer_export_carries_the_correction_and_a_larger_checkpoint(exports):
    old, new = _verify(exports["old"], exports["key"]), _verify(exports["new"], exports["key"])
    assert any("John Doe" in s for s in new["proven"])
    assert new["checkpoint_size"] > old["checkpoint_size"]


def test_the_advice_works_a_consistency_proof_shows_the_log_went_on_after_the_older_export(exports, tmp_path):
    import zipfile

    old_cp = tmp_path / "checkpoint.txt"
    old_cp.write_bytes(zipfile.ZipFile(exports["old"]).read("provenance/checkpoint.txt"))
    store = exports["key"].parent.parent
    made = run_cli("log", "consistency", str(old_cp), "-o", str(tmp_path / "c.proof"), store=store,
                   env={"ARCHIVER_KEY_DIR": str(store.parent / "keys")})
    assert made.returncode == 0, made.stderr
    proc = run_cli("log", "verify-consistency", str(tmp_path / "c.proof"), "--old", str(old_cp), "--key",
                   str(exports["key"]), "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["new_size"] > doc["old_size"], doc
