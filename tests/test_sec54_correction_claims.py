"""What a correction entry states that ``log verify`` and every reader now hold it to (task sec54).

- ``capture_seq`` / ``extraction_seq``: ``log verify`` checked only that each is a number. A
  correction naming another capture's extraction states a value "before" that no extraction of its
  capture held; a proof of it fails (``E_PROOF_LINK``), ``log verify`` passed it. Now it is an
  ``E_CORRECTION`` (exit 1), as is one naming its capture's own entry as the extraction.
- ``reason``: ``archiver correct`` refuses a correction without the user's words, but a signed line
  whose reason is a list or a number was converted to text (``"['x']"``) and shown as the reason.
  Now such a correction corrects nothing, and every reader says so (``show``'s ``refused``,
  ``log verify``'s ``E_CORRECTION``, ``verify-bundle``'s failure).

The stores are tests/test_redteam51_bundle_corrections.py's: two captures, then one line written by
hand and accepted with ``log adopt``.
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
from test_redteam52_correction_claims import _log_verify


def test_log_verify_names_a_correction_made_on_another_captures_extraction(tmp_path) -> None:
    store, env, (harbour, bridge) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, extraction_seq=bridge["extraction_seq"]))
    code, problems = _log_verify(store, env)
    assert code == 1
    [found] = [p for p in problems if p["code"] == "E_CORRECTION"]
    assert f"extraction_seq {bridge['extraction_seq']}" in found["message"] and bridge["capture_id"] in found["message"]


def test_log_verify_names_a_correction_whose_capture_seq_is_another_captures_entry(tmp_path) -> None:
    store, env, (harbour, bridge) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, capture_seq=bridge["capture_seq"]))
    code, problems = _log_verify(store, env)
    assert code == 1
    assert any(p["code"] == "E_CORRECTION" and "capture_seq" in p["message"] for p in problems), problems


def test_log_verify_names_a_correction_whose_extraction_seq_is_its_capture_entry(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, extraction_seq=harbour["capture_seq"]))
    code, problems = _log_verify(store, env)
    assert code == 1
    [found] = [p for p in problems if p["code"] == "E_CORRECTION"]
    assert "is a capture entry, not extraction" in found["message"]


def test_log_verify_names_a_correction_naming_an_entry_after_itself(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, extraction_seq=10_000))
    code, problems = _log_verify(store, env)
    assert code == 1
    assert any(p["code"] == "E_CORRECTION" and "no entry before it" in p["message"] for p in problems), problems


def test_show_does_not_give_a_list_as_a_corrections_reason(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, reason=["the printed headline"]))
    doc = json.loads(run_cli("show", harbour["capture_id"], "--json", store=store, env=env).stdout)
    assert doc["corrected"] == {}
    [c] = doc["corrections"]
    assert c["reason"] == "" and any("reason" in why for why in c["refused"]), c


def test_log_verify_names_a_correction_whose_reason_is_a_number(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, reason=42))
    code, problems = _log_verify(store, env)
    assert code == 1
    assert any(p["code"] == "E_CORRECTION" and "reason 42" in p["message"] for p in problems), problems


def test_a_correction_whose_reason_is_no_text_fails_the_bundle(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, reason={"why": "headline"}))
    code, problems = _verified(store, env, harbour["capture_id"], tmp_path / "b.wacz")
    assert code == 1
    assert any("reason" in m and "corrects nothing" in m for m in problems), problems
