"""Bundles of re-extracted captures (``archiver reextract``, then ``export``, ``verify-bundle``).

Each test works on its own copy of the store extractor 56 made (see tests/test_reextract.py):
its hidden words are ``exact`` on extractor 56's text and ``altered`` on today's.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from test_reextract import (
    CAPTURE_ID,
    HIDDEN_QUOTE,
    SHOWN_QUOTE,
    _extraction_entries,
    _verdict,
    copy_old_store,
)

from archiver.archive import Archive
from archiver.extract import extract


@pytest.fixture
def old_store(tmp_path: Path, key_dir: Path) -> Path:
    return copy_old_store(tmp_path, key_dir)


def _bundle(store, tmp_path, *ids: str) -> dict:
    out = tmp_path / "bundle.wacz"
    proc = run_cli("export", *(ids or (CAPTURE_ID,)), "--with-quotes", "all", "-o", str(out), store=store)
    assert proc.exit_code == 0, proc.output
    checked = run_cli("verify-bundle", str(out), "--json", store=store)
    return {"exit": checked.exit_code, "path": out, **json.loads(checked.stdout)}


def test_a_quote_made_on_a_superseded_extraction_is_not_said_to_hold_on_the_reproduced_text(old_store, tmp_path):
    assert _verdict(old_store, HIDDEN_QUOTE)["verdict"] == "exact"  # on extractor 56's text
    run_cli("reextract", CAPTURE_ID, store=old_store)
    old, new = _extraction_entries(old_store)
    doc = _bundle(old_store, tmp_path)
    assert doc["verdict"] == "verified", doc["problems"]
    [sentence] = [p for p in doc["proven"] if "Quote verification at position" in p]
    assert "re-run here on the reproduced text" not in sentence
    assert f"re-run here on the superseded extraction at log entry {old['seq']} (extractor 56" in sentence
    assert f"on the current extraction's text (log entry {new['seq']}) the verdict is 'altered'" in sentence


def test_the_bundle_says_plainly_when_a_quote_does_not_hold_on_the_current_text(old_store, tmp_path):
    seq = _verdict(old_store, HIDDEN_QUOTE)["log_seq"]
    run_cli("reextract", CAPTURE_ID, store=old_store)
    old, new = _extraction_entries(old_store)
    doc = _bundle(old_store, tmp_path)
    [capture] = doc["captures"]
    assert capture["quotes"] == [{
        "log_seq": seq, "verdict": "exact", "rechecked": True, "rechecked_on": "superseded",
        "made_on_extraction_seq": old["seq"], "current_extraction_seq": new["seq"],
        "current_verdict": "altered", "holds_on_current_text": False}]
    [said] = [s for s in doc["not_proven"] if f"position {seq}" in s]
    assert "does NOT hold on the text capture" in said and "'altered'" in said


def test_a_quote_made_on_the_current_extraction_is_re_run_on_the_reproduced_text(old_store, tmp_path):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    seq = _verdict(old_store, SHOWN_QUOTE)["log_seq"]
    doc = _bundle(old_store, tmp_path)
    [sentence] = [p for p in doc["proven"] if "Quote verification at position" in p]
    assert "(re-run here on the reproduced text: same verdict)" in sentence
    [capture] = doc["captures"]
    assert [(q["log_seq"], q["rechecked_on"], q["holds_on_current_text"]) for q in capture["quotes"]] == [
        (seq, "current", True)]
    assert not [s for s in doc["not_proven"] if f"position {seq}" in s]


def test_what_is_not_proven_says_a_later_re_extraction_may_exist(old_store, tmp_path):
    doc = _bundle(old_store, tmp_path)
    [latest] = [s for s in doc["not_proven"] if "latest word" in s]
    assert "re-extraction logged later is not in it" in latest and "archiver reextract" in latest


def _extractor_58(body, *, url, content_type, **kw):
    """An extractor between the store's and today's: today's text and one sentence more."""
    article = extract(body, url=url, content_type=content_type, **kw)
    versions = {**dict(article.extractor), "archiver-extract": "58"}
    return article._replace(text=article.text + "\n\nAppended by 58.", extractor=tuple(sorted(versions.items())))


def test_a_quote_made_on_a_middle_re_extraction_travels_with_that_extraction_record(old_store, tmp_path):
    with Archive.open(old_store, extractor=_extractor_58) as arc:  # 56 -> 58
        assert arc.reextract([CAPTURE_ID]).to_dict()["counts"]["reextracted"] == 1
    assert _verdict(old_store, "Appended by 58.")["verdict"] == "exact"  # made on 58's text
    assert run_cli("reextract", CAPTURE_ID, store=old_store).exit_code == 0  # 58 -> today's
    _, middle, _ = _extraction_entries(old_store)
    doc = _bundle(old_store, tmp_path)
    assert f"archive/{Path(middle['data']['record']['warc']).name}" in zipfile.ZipFile(doc["path"]).namelist()
    assert doc["exit"] == 0 and doc["verdict"] == "verified", (doc["problems"], doc["warnings"])
    [capture] = doc["captures"]
    [q] = capture["quotes"]
    assert q["rechecked_on"] == "superseded" and q["made_on_extraction_seq"] == middle["seq"]
