"""A wrong key is one problem, not one per correction; ``cite`` says why it cites no correction.

Review of sec52/rvsec52 (rvsec53):

- ``log verify --key K`` with the key of another log reported, besides the key problem itself,
  an ``E_CORRECTION`` for every correction ``archiver correct`` wrote ("signed by key <the log's
  own key>, but the log's key is K"), an ``E_ORIGIN`` for every entry (the key's name is another
  log's) and an ``E_CKPT_SIG`` for every checkpoint: 25 problems for a log of ten entries, of which
  one was the finding. The key problem is said once; what the log says of itself (a correction
  naming another signer than the key its log names, entries of another log) is still checked.
- ``cite`` cites a capture from its extraction where a correction corrects nothing (another
  signer, no entry position), as ``show`` does, but said nothing of it: the user saw the old
  title with no word why. It now says so on stderr, one line per correction, in ``show``'s words.
- Key history (item 1 of the review): a log has one key for its life, kept outside the store; a
  store and key folder restored from a backup sign with the same key, so its corrections, old and
  new, apply (guard; no false refusal was found).

The stores are tests/test_redteam51_bundle_corrections.py's: two captures served from 127.0.0.1.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cli import run_cli
from test_log_pins_and_copies import _rekey
from test_redteam51_bundle_corrections import _adopted_correction, _correction, _two_captures

from archiver.provenance.log import ProvenanceLog

OTHER_KEY = "sha256:" + "ab" * 32


def _corrected_three_times(tmp_path: Path) -> tuple[Path, dict[str, str], dict[str, object]]:
    store, env, (harbour, _) = _two_captures(tmp_path)
    for title in ("Harbour report: March", "Harbour report: March figures", "Harbour report, March figures"):
        proc = run_cli("correct", harbour["capture_id"], "--title", title, "--reason", "the printed headline",
                       store=store, env=env)
        assert proc.returncode == 0, proc.stderr
    return store, env, harbour


def _another_logs_key(tmp_path: Path) -> Path:
    other = ProvenanceLog.open(tmp_path / "other", key_dir=tmp_path / "other-keys")
    pub = tmp_path / "other.pub"
    pub.write_text(other.vkey + "\n")
    return pub


def _problems(store: Path, env: dict[str, str], *args: str) -> tuple[int, list[dict[str, object]]]:
    proc = run_cli("log", "verify", "--json", *args, store=store, env=env)
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    return proc.returncode, json.loads(proc.stdout)["problems"]


def test_log_verify_with_another_logs_key_reports_no_correction_problem(tmp_path) -> None:
    store, env, _ = _corrected_three_times(tmp_path)
    code, problems = _problems(store, env, "--key", str(_another_logs_key(tmp_path)))
    assert code == 1
    assert "E_KEY" in {p["code"] for p in problems}
    assert [p for p in problems if p["code"] == "E_CORRECTION"] == []


def test_log_verify_with_another_logs_key_reports_no_entry_as_spliced(tmp_path) -> None:
    store, env, _ = _corrected_three_times(tmp_path)
    _, problems = _problems(store, env, "--key", str(_another_logs_key(tmp_path)))
    assert [p for p in problems if p["code"] == "E_ORIGIN"] == []


def test_log_verify_with_another_logs_key_says_once_that_the_checkpoints_are_the_logs_own_keys(tmp_path) -> None:
    store, env, _ = _corrected_three_times(tmp_path)
    _, problems = _problems(store, env, "--key", str(_another_logs_key(tmp_path)))
    [signatures] = [p for p in problems if p["code"] == "E_CKPT_SIG"]
    assert "log.pub" in str(signatures["message"])
    assert not {"E_NO_CHECKPOINT", "W_UNCHECKPOINTED"} & {p["code"] for p in problems}


def test_log_verify_with_a_wrong_key_still_names_a_correction_naming_another_signer(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, key_fingerprint=OTHER_KEY))
    _, problems = _problems(store, env, "--key", str(_another_logs_key(tmp_path)))
    [found] = [p for p in problems if p["code"] == "E_CORRECTION"]
    assert OTHER_KEY in str(found["message"])


def test_log_verify_of_a_rekeyed_copy_with_the_owners_key_reports_no_correction_problem(tmp_path) -> None:
    store, env, _ = _corrected_three_times(tmp_path)
    shutil.copytree(store, tmp_path / "copy")
    _rekey(tmp_path / "copy")
    code, problems = _problems(tmp_path / "copy", env, "--key", str(store / "provenance" / "log.pub"))
    assert code == 1 and "E_KEY" in {p["code"] for p in problems}
    assert [p for p in problems if p["code"] == "E_CORRECTION"] == []


def test_cite_says_on_stderr_why_a_correction_is_not_cited(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, key_fingerprint=OTHER_KEY))
    proc = run_cli("cite", harbour["capture_id"], "--style", "text", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    [said] = [line for line in proc.stderr.splitlines() if "corrects nothing" in line]
    assert harbour["capture_id"] in said and OTHER_KEY in said and "log entry" in said


def test_cite_of_a_capture_whose_corrections_all_apply_says_nothing_of_them(tmp_path) -> None:
    store, env, harbour = _corrected_three_times(tmp_path)
    proc = run_cli("cite", str(harbour["capture_id"]), "--style", "text", store=store, env=env)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert "Harbour report, March figures" in proc.stdout


def test_corrections_apply_in_a_store_and_key_folder_restored_from_a_backup(tmp_path) -> None:
    store, env, harbour = _corrected_three_times(tmp_path)
    shutil.copytree(store, tmp_path / "restored")
    shutil.copytree(tmp_path / "keys", tmp_path / "restored-keys")
    restored, renv = tmp_path / "restored", {"ARCHIVER_KEY_DIR": str(tmp_path / "restored-keys")}
    proc = run_cli("correct", str(harbour["capture_id"]), "--title", "Harbour report (March)",
                   "--reason", "the printed headline", store=restored, env=renv)
    assert proc.returncode == 0, proc.stderr
    assert _problems(restored, renv) == (0, [])
    doc = json.loads(run_cli("show", str(harbour["capture_id"]), "--json", store=restored, env=renv).stdout)
    assert doc["corrected"]["title"]["value"] == "Harbour report (March)"
    assert all(not c["refused"] for c in doc["corrections"]) and len(doc["corrections"]) == 4


def test_verify_bundle_with_another_logs_key_accuses_no_record_or_file_of_being_added(tmp_path) -> None:
    store, env, harbour = _corrected_three_times(tmp_path)
    bundle = tmp_path / "h.wacz"
    assert run_cli("export", str(harbour["capture_id"]), "-o", str(bundle), store=store, env=env).returncode == 0
    proc = run_cli("verify-bundle", str(bundle), "--key", str(_another_logs_key(tmp_path)), "--json",
                   store=store, env=env)
    assert proc.returncode == 1, proc.stderr
    messages = [p["message"] for p in json.loads(proc.stdout)["problems"]]
    assert len(messages) == 2, messages  # the key, and the checkpoint it does not verify
    assert "not the pinned key" in messages[0] and "signature does not verify" in messages[1]
