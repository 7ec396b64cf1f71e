"""Red team: a log rewritten from one entry to its end, and the signing cache told so.

A forger without the key edits a capture's entries to vouch for a forged extraction record,
recomputes every later entry's ``prev`` (so each entry names the one before it), writes the
new last line's hash into ``provenance/tree.json`` (the cache of the Merkle state at the last
checkpoint) and edits the index to match. The writer trusted that cache's last-line hash, so
``verify-quote`` (which logs and signs) called the forged words ``exact``. The cache's last
subtree is now matched with the file's last lines, which ties them to the signed root: the
writer refuses to sign and gives no verdict.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_cli
from stores import copy_store
from test_redteam_log_forgery import FORGED, _forge, template  # noqa: F401 - the module's store


def _rechain(store: Path) -> None:
    """Every entry's prev recomputed from the line before it (same lengths), and tree.json's
    last-line hash made the new last line's."""
    log = store / "provenance" / "log.jsonl"
    lines = log.read_bytes().split(b"\n")[:-1]
    for i in range(1, len(lines)):
        entry = json.loads(lines[i])
        new = "sha256:" + hashlib.sha256(lines[i - 1]).hexdigest()
        lines[i] = lines[i].replace(entry["prev"].encode(), new.encode())
    log.write_bytes(b"\n".join(lines) + b"\n")
    state_path = store / "provenance" / "tree.json"
    state = json.loads(state_path.read_text())
    state["last_entry_hash"] = "sha256:" + hashlib.sha256(lines[-1]).hexdigest()
    state_path.write_text(json.dumps(state))


def _point_index_at_the_forgery(store: Path, cid: str) -> None:
    """The index's extraction row and record places made the forged log's."""
    lines = (store / "provenance" / "log.jsonl").read_bytes().split(b"\n")[:-1]
    entries = [json.loads(line) for line in lines]
    cap = next(e for e in entries if e["type"] == "capture" and e["data"]["capture_id"] == cid)
    ext = next(e for e in entries if e["type"] == "extraction" and e["data"]["capture_id"] == cid)
    rec = next(r for r in cap["data"]["records"] if r["record_id"] == ext["data"]["record_id"])
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute("UPDATE records SET offset=?, length=?, block_digest=? WHERE record_id=?",
                   (rec["offset"], rec["length"], rec["block_digest"], rec["record_id"]))
        db.execute("UPDATE extractions SET text_sha256=?1, article=json_set(article, '$.text_sha256', ?1) "
                   "WHERE capture_id=?2", (ext["data"]["text_sha256"], cid))
    db.close()


@pytest.fixture
def rewritten(template: Path, tmp_path: Path, key_dir: Path) -> tuple[Path, str]:  # noqa: F811
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    cid = _forge(store, b"did not strike", b"did now strike")
    _rechain(store)
    _point_index_at_the_forgery(store, cid)
    return store, cid


def test_a_log_rewritten_to_its_end_with_the_signing_cache_edited_gets_no_verdict(rewritten):
    store, cid = rewritten
    proc = run_cli("verify-quote", FORGED, "--capture", cid, store=store)
    assert proc.returncode != 0, proc.stdout
    assert "verdict: exact" not in proc.stdout
    assert "Traceback" not in proc.stderr


def test_a_log_rewritten_to_its_end_is_never_signed(rewritten):
    store, _ = rewritten
    before = sorted(p.name for p in (store / "provenance" / "checkpoints").iterdir())
    proc = run_cli("log", "checkpoint", store=store)
    assert proc.returncode != 0
    assert sorted(p.name for p in (store / "provenance" / "checkpoints").iterdir()) == before
