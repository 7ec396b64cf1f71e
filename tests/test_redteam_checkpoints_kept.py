"""Red team: a copy of a store whose ``provenance/checkpoint`` was deleted (or rolled back).

On any machine but the owner's (no key-folder record of the last checkpoint signed for this
path: a colleague's copy, a backup restored elsewhere), statements rested on
``provenance/checkpoint`` alone. A forger who edited a capture's words, re-chained the log to
its end and deleted that one file (or put an older signed one back) had ``show --text``,
``history`` and ``cite`` say "evidence: present" for the forged words, while ``log verify`` on
the same folder named ``checkpoints/5.checkpoint`` (E_ROOT_MISMATCH). A statement now holds the
log to the largest ``checkpoints/<size>.checkpoint`` that verifies too, and a log of more than
one line with no signed checkpoint at all is refused (E_NO_CHECKPOINT).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from stores import copy_store
from test_redteam_log_forgery import _forge
from test_redteam_log_rechain import _index_the_forgery, _rechain
from test_redteam_log_rechain import template as template  # noqa: F401 - five captures, one checkpoint each


@pytest.fixture
def forged_copy(template: Path, tmp_path: Path, key_dir: Path) -> tuple[Path, str, dict[str, str]]:
    """(store, forged capture id, env of another machine: an empty key folder) with the forged
    words re-chained to the log's end and ``provenance/checkpoint`` deleted."""
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    cid = _forge(store, b"did not strike", b"did now strike")
    _index_the_forgery(store, key_dir)
    _rechain(store, None)
    (store / "provenance" / "checkpoint").unlink()
    elsewhere = tmp_path / "colleague-keys"
    elsewhere.mkdir()
    return store, cid, {"ARCHIVER_KEY_DIR": str(elsewhere)}


def test_show_text_refuses_forged_words_when_the_latest_checkpoint_file_was_deleted(forged_copy):
    store, cid, env = forged_copy
    proc = run_cli("show", cid, "--text", store=store, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "did now strike" not in proc.stdout and "present" not in proc.stdout
    assert "provenance/log.jsonl" in proc.stderr and "Traceback" not in proc.stderr


def test_history_and_cite_refuse_forged_words_when_the_latest_checkpoint_file_was_deleted(forged_copy):
    store, cid, env = forged_copy
    url = json.loads((store / "provenance" / "log.jsonl").read_bytes().split(b"\n")[1])["data"]["url"]
    for args in (("history", url), ("cite", cid, "--style", "text")):
        proc = run_cli(*args, store=store, env=env)
        assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
        assert "evidence present" not in proc.stdout and "Traceback" not in proc.stderr, args


def test_an_older_checkpoint_put_back_on_another_machine_does_not_shrink_what_is_signed(forged_copy):
    store, cid, env = forged_copy
    kept = store / "provenance" / "checkpoints"
    shutil.copyfile(kept / "1.checkpoint", store / "provenance" / "checkpoint")
    proc = run_cli("show", cid, "--json", store=store, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["evidence"] == "altered"


def test_a_log_of_several_entries_with_every_checkpoint_deleted_is_refused(template, tmp_path, key_dir):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    cid = _first_capture(store)
    (store / "provenance" / "checkpoint").unlink()
    shutil.rmtree(store / "provenance" / "checkpoints")
    elsewhere = tmp_path / "colleague-keys"
    elsewhere.mkdir()
    proc = run_cli("show", cid, "--json", store=store, env={"ARCHIVER_KEY_DIR": str(elsewhere)})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["evidence"] == "altered" and "E_NO_CHECKPOINT" in " ".join(doc["evidence_problems"])


def test_a_copy_elsewhere_with_its_checkpoints_intact_still_states_the_captured_words(template, tmp_path, key_dir):
    store = tmp_path / "store"
    copy_store(template, store, key_dir)
    (store / "provenance" / "checkpoint").unlink()  # the kept ones still sign every line
    elsewhere = tmp_path / "colleague-keys"
    elsewhere.mkdir()
    proc = run_cli("show", _first_capture(store), "--text", store=store, env={"ARCHIVER_KEY_DIR": str(elsewhere)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "evidence: present" in proc.stdout and "did not strike" in proc.stdout


def _first_capture(store: Path) -> str:
    return str(json.loads((store / "provenance" / "log.jsonl").read_bytes().split(b"\n")[1])["data"]["capture_id"])
