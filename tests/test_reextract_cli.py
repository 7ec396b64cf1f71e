"""``archiver reextract`` at the command line: what it refuses, what a dry run leaves, its output shapes.

Each test works on its own copy of the store extractor 56 made (see tests/test_reextract.py).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import run_cli
from test_reextract import CAPTURE_ID, HIDDEN_QUOTE, SHOWN_QUOTE, copy_old_store

from archiver.archive import Archive
from archiver.extract import EXTRACTOR_VERSION, extract


@pytest.fixture
def old_store(tmp_path: Path, key_dir: Path) -> Path:
    return copy_old_store(tmp_path, key_dir)


def _tree(store: Path) -> dict[str, str | None]:
    """Every path under the store (folders too) and each file's sha256."""
    return {str(p.relative_to(store)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None
            for p in sorted(store.rglob("*"))}


def test_all_outdated_refuses_when_the_index_lacks_a_logged_capture(old_store):
    (old_store / "index.sqlite3").unlink()
    proc = run_cli("reextract", "--all-outdated", store=old_store)
    assert proc.exit_code == 3, proc.output
    assert f"the index lacks 1 capture(s) the log lists ({CAPTURE_ID}" in proc.stderr
    assert "archiver reindex" in proc.stderr


def test_a_dry_run_writes_nothing_not_even_an_index(old_store):
    (old_store / "index.sqlite3").unlink()
    before = _tree(old_store)
    proc = run_cli("reextract", "--all-outdated", "--dry-run", store=old_store)
    assert proc.exit_code == 3, proc.output  # the index lacks the capture: said, not passed over
    assert _tree(old_store) == before


def test_a_dry_run_leaves_the_store_byte_identical(old_store):
    before = _tree(old_store)
    proc = run_cli("reextract", CAPTURE_ID, "--dry-run", store=old_store)
    assert proc.exit_code == 0, proc.output
    assert f"{CAPTURE_ID}: would re-extract (extractor 56 -> " in proc.stdout
    assert _tree(old_store) == before


def test_json_for_one_id_is_one_object(old_store):
    proc = run_cli("reextract", CAPTURE_ID, "--dry-run", "--json", store=old_store)
    doc = json.loads(proc.stdout)
    assert doc["capture_id"] == CAPTURE_ID and doc["status"] == "would_reextract" and doc["dry_run"] is True


def test_json_for_several_ids_is_an_array(old_store):
    proc = run_cli("reextract", CAPTURE_ID, CAPTURE_ID[:8], "--dry-run", "--json", store=old_store)
    doc = json.loads(proc.stdout)
    assert isinstance(doc, list) and [i["capture_id"] for i in doc] == [CAPTURE_ID]  # (one capture, named twice)


def test_json_for_all_outdated_is_an_array_even_when_empty(old_store):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    assert json.loads(run_cli("reextract", "--all-outdated", "--json", store=old_store).stdout) == []


#: A version number other than today's (the one before it: a literal collides once the real one reaches it)
OTHER_VERSION = str(int(EXTRACTOR_VERSION) - 1)


def _same_text_other_versions(body, *, url, content_type, **kw):
    """Today's extractor under another version number: the same text and metadata."""
    article = extract(body, url=url, content_type=content_type, **kw)
    versions = {**dict(article.extractor), "archiver-extract": OTHER_VERSION}
    return article._replace(extractor=tuple(sorted(versions.items())))


def test_an_unchanged_capture_whose_versions_differ_says_there_is_nothing_to_log(old_store):
    with Archive.open(old_store, extractor=_same_text_other_versions) as arc:  # logged as extractor OTHER_VERSION
        assert arc.reextract([CAPTURE_ID]).to_dict()["counts"]["reextracted"] == 1
    log = (old_store / "provenance" / "log.jsonl").read_bytes()
    proc = run_cli("reextract", "--all-outdated", store=old_store)
    assert proc.exit_code == 0, proc.output
    assert f"{CAPTURE_ID}: unchanged (versions differ; nothing to log; marked checked in the index" in proc.stdout
    assert f"logged by {OTHER_VERSION}" in proc.stdout
    assert (old_store / "provenance" / "log.jsonl").read_bytes() == log  # no entry written just to mark it
    # (the mark: tests/test_reextract_loose_ends.py)


def _text_index_files(store: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in store.glob("text-index.sqlite3*")}


def test_a_text_index_still_holding_the_superseded_text_counts_as_incomplete(old_store):
    """What a reextract killed after pointing the index at the new extraction and before the
    text index took its text leaves: the text index holds the superseded extraction's text."""
    assert run_cli("reindex", store=old_store).exit_code == 0  # the text index made from extractor 56's text
    before = _text_index_files(old_store)
    assert run_cli("reextract", CAPTURE_ID, store=old_store).exit_code == 0
    for p in old_store.glob("text-index.sqlite3*"):
        p.unlink()
    for name, data in before.items():
        (old_store / name).write_bytes(data)
    proc = run_cli("verify-quote", HIDDEN_QUOTE, "--json", store=old_store)  # in the old text only
    doc = json.loads(proc.stdout)
    assert doc["verdict"] not in ("exact", "normalized") and proc.exit_code == 3, proc.output
    assert "the text index lacks 1 archived text(s)" in (doc["index_incomplete"] or ""), doc
    assert "superseded" in doc["index_incomplete"]
    assert run_cli("reindex", store=old_store).exit_code == 0  # and reindex brings it up to date
    doc = json.loads(run_cli("verify-quote", SHOWN_QUOTE, "--json", store=old_store).stdout)
    assert doc["verdict"] == "exact" and doc["index_incomplete"] is None
