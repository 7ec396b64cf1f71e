"""Bundles of corrected captures, as an older archiver exported them and as today's does.

sec54 made a correction whose extraction the bundle lacks W_INCOMPLETE (exit 3), and said older
bundles "also get exit 3 now". The bundles in ``tests/data/export/corrected_before_carry`` were
made by the archiver just before export carried a correction's extraction (tree 7bd5bd4, see
``make_corrected_before_carry.py`` beside them), one per correction shape. Only the capture
corrected between two re-extractions lacks anything: the record of the middle extraction, which
that archiver itself failed its bundle for (exit 1). A check that cannot be made is exit 3
(conventions), said as what is missing, not as a guess that someone left it out. Every other
shape verifies, and today's export of every shape verifies (exit 0).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bundles import pin_bundle_key
from conftest import run_cli
from test_reextract import CAPTURE_ID, bundle_checked, copy_old_store
from test_reextract_bundles import _extractor_58

from archiver.archive import Archive

OLD = Path(__file__).parent / "data" / "export" / "corrected_before_carry"
TITLE, TITLE2 = "Harbour tax to go", "Harbour tax abolished"


def _verified(bundle: Path, tmp_path: Path) -> tuple[int, dict]:
    copy = Path(shutil.copy2(bundle, tmp_path / bundle.name))
    pin_bundle_key(copy)
    proc = run_cli("verify-bundle", str(copy), "--json")
    return proc.returncode, json.loads(proc.stdout)


def test_the_old_bundles_are_of_the_capture_their_maker_names():
    assert json.loads((OLD / "made.json").read_text())["capture_id"] == CAPTURE_ID


@pytest.mark.parametrize("shape", ["corrected", "corrected_twice", "corrected_then_reextracted",
                                   "corrected_reextracted_corrected"])
def test_an_older_archivers_bundle_of_a_corrected_capture_verifies(shape, tmp_path):
    code, doc = _verified(OLD / f"{shape}.wacz", tmp_path)
    assert code == 0 and doc["verdict"] == "verified", doc["problems"] + doc["warnings"]
    [said] = [s for s in doc["proven"] if "Correction at position" in s]
    assert f"to '{TITLE}'" in said and "not proven" not in said


def test_an_older_bundle_corrected_between_re_extractions_is_incomplete_not_failed(tmp_path):
    code, doc = _verified(OLD / "corrected_between_reextractions.wacz", tmp_path)
    assert code == 3 and doc["verdict"] == "incomplete" and doc["problems"] == []
    [warning] = [w for w in doc["warnings"] if w["code"] == "W_INCOMPLETE"]
    assert "the bundle does not hold the record <urn:uuid:" in warning["message"]
    assert "a bundle exported before does not" in warning["message"] and "left out" not in warning["message"]


def test_an_older_bundle_corrected_between_re_extractions_still_imports_saying_what_was_not_checked(
        tmp_path, store):
    copy = Path(shutil.copy2(OLD / "corrected_between_reextractions.wacz", tmp_path / "b.wacz"))
    pin_bundle_key(copy)
    proc = run_cli("import", str(copy), "--json", store=store)
    assert [c["capture_id"] for c in json.loads(proc.stdout)["captures"]] == [CAPTURE_ID]
    assert "the bundle's check was not concluded here: correction at position 4" in proc.stderr


def _correct(store: Path, title: str) -> None:
    assert run_cli("correct", CAPTURE_ID, "--title", title, "--reason", "the printed headline",
                   store=store).exit_code == 0


def _reextract(store: Path) -> None:
    assert run_cli("reextract", CAPTURE_ID, store=store).exit_code == 0


def _middle(store: Path) -> None:
    with Archive.open(store, extractor=_extractor_58) as arc:
        assert arc.reextract([CAPTURE_ID]).to_dict()["counts"]["reextracted"] == 1


SHAPES = {
    "re-extraction then correction": [_reextract, lambda s: _correct(s, TITLE)],
    "corrected twice": [_reextract, lambda s: _correct(s, TITLE), lambda s: _correct(s, TITLE2)],
    "corrected then re-extracted": [lambda s: _correct(s, TITLE), _reextract],
    "corrected, re-extracted, corrected": [lambda s: _correct(s, TITLE), _reextract, lambda s: _correct(s, TITLE2)],
    "corrected between re-extractions": [_middle, lambda s: _correct(s, TITLE), _reextract],
}


@pytest.mark.parametrize("shape", SHAPES)
def test_todays_bundle_of_every_correction_shape_verifies(shape, tmp_path, key_dir):
    store = copy_old_store(tmp_path, key_dir)
    for step in SHAPES[shape]:
        step(store)
    doc = bundle_checked(store, tmp_path)
    assert doc["exit"] == 0 and doc["verdict"] == "verified", doc["problems"] + doc["warnings"]
    assert all("not proven" not in s for s in doc["proven"])
