"""A correction entry's own claims (its signer, the entries it names) are held by every reader.

rvsec51 made ``verify-bundle`` fail a correction whose ``key_fingerprint`` is not the log's key,
and made a change of another shape than ``archiver correct`` writes correct nothing. Two claims
were still repeated without a check (red team sec52):

- ``show`` and ``cite`` presented a correction naming another key as "corrected ... key <that
  key>", and ``log verify`` said nothing of it;
- a ``capture_seq`` or ``extraction_seq`` that is no entry position (a string, a list) was passed
  over: the proof links nothing, the value "before" is held to no extraction, and the bundle
  VERIFIED.

Such a correction now corrects nothing anywhere (``show``, ``cite``, ``export``, ``diff``), ``show``
says which entry and why, ``log verify`` names it (``E_CORRECTION``, exit 1) and ``verify-bundle``
fails it (exit 1), all in the same words.

The stores are tests/test_redteam51_bundle_corrections.py's: two captures, then one line written
by hand and accepted with ``log adopt``.
"""

from __future__ import annotations

import json

from cli import run_cli
from test_redteam51_bundle_corrections import (
    _adopted_correction,
    _correction,
    _two_captures,
    _verified,
)

OTHER_KEY = "sha256:" + "ab" * 32


def _log_verify(store, env) -> tuple[int, list[dict]]:
    proc = run_cli("log", "verify", "--json", store=store, env=env)
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    return proc.returncode, json.loads(proc.stdout)["problems"]


def test_show_does_not_apply_a_correction_naming_another_key_and_says_why(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, key_fingerprint=OTHER_KEY))
    shown = run_cli("show", harbour["capture_id"], store=store, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "title corrected to" not in shown.stdout
    assert "Harbour report: March figures" not in shown.stdout
    [said] = [line for line in shown.stdout.splitlines() if "corrects nothing" in line]
    assert OTHER_KEY in said and "log's key" in said


def test_show_json_keeps_the_extracted_value_of_a_correction_naming_another_key(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, key_fingerprint=OTHER_KEY))
    doc = json.loads(run_cli("show", harbour["capture_id"], "--json", store=store, env=env).stdout)
    assert doc["corrected"] == {}
    [c] = doc["corrections"]
    assert any(OTHER_KEY in reason for reason in c["refused"])


def test_cite_does_not_name_a_key_that_is_not_the_logs_as_the_corrector(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, key_fingerprint=OTHER_KEY))
    cited = run_cli("cite", harbour["capture_id"], "--style", "text", store=store, env=env)
    assert cited.returncode == 0, cited.stderr
    assert OTHER_KEY not in cited.stdout and "March figures" not in cited.stdout


def test_log_verify_names_a_correction_naming_another_key(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, key_fingerprint=OTHER_KEY))
    code, problems = _log_verify(store, env)
    assert code == 1
    [found] = [p for p in problems if p["code"] == "E_CORRECTION"]
    assert OTHER_KEY in found["message"] and found["severity"] == "error"


def test_log_verify_holds_the_correction_archiver_correct_writes(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    proc = run_cli("correct", harbour["capture_id"], "--title", "Harbour report: March figures",
                   "--reason", "the printed headline", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    code, problems = _log_verify(store, env)
    assert code == 0 and not [p for p in problems if p["code"] == "E_CORRECTION"], problems


def test_a_capture_seq_that_is_no_entry_position_fails_the_bundle(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, capture_seq=str(harbour["capture_seq"])))
    code, problems = _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz")
    assert code == 1
    assert any("capture_seq" in m and "corrects nothing" in m for m in problems), problems


def test_an_extraction_seq_that_is_a_list_fails_the_bundle(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(
        store, harbour, extraction_seq=[harbour["extraction_seq"]],
        fields={"title": {"old": "Harbour closed for good", "new": "Harbour report: March figures"}}))
    code, problems = _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz")
    assert code == 1
    assert any("extraction_seq" in m and "corrects nothing" in m for m in problems), problems


def test_a_correction_naming_no_entry_position_corrects_nothing_in_show(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, extraction_seq="latest"))
    doc = json.loads(run_cli("show", harbour["capture_id"], "--json", store=store, env=env).stdout)
    assert doc["corrected"] == {}
    assert any("extraction_seq" in reason for reason in doc["corrections"][0]["refused"])


def test_log_verify_names_a_correction_naming_no_entry_position(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, capture_seq=[harbour["capture_seq"]]))
    code, problems = _log_verify(store, env)
    assert code == 1
    assert any(p["code"] == "E_CORRECTION" and "capture_seq" in p["message"] for p in problems), problems
