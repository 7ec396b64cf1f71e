"""A signed ``correction`` entry of another shape than ``archiver correct`` writes is no traceback.

A correction line written by hand and accepted with ``log adopt`` is signed like any other, and
every reader of corrections took its values for the shapes ``archiver correct`` writes: a
``capture_id`` that is a list made ``export`` of any capture of the store fail with a traceback
(``unhashable type``), a corrected title that is a number or a list made ``cite`` (and ``show``,
for a list of numbers) fail with one, and one that is an object was cited and its bundle VERIFIED.
A change of another shape now corrects nothing (as a change of a field no one may correct, or
one that is no object, already did): ``show`` and ``cite`` answer from the extraction, and
``verify-bundle`` names it (exit 1).

The stores are tests/test_redteam51_bundle_corrections.py's: two captures, then one adopted line.
"""

from __future__ import annotations

import json

from cli import run_cli
from test_redteam51_bundle_corrections import _adopted_correction, _correction, _two_captures


def test_export_beside_a_correction_naming_no_capture_id_string_is_no_traceback(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, capture_id=["01m8", 1]))
    proc = run_cli("export", harbour["capture_id"], "-o", str(tmp_path / "b.wacz"), store=store, env=env)
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    assert proc.returncode == 0, proc.stderr


def test_a_corrected_title_that_is_not_text_corrects_nothing_in_show_and_cite(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(
        store, harbour, fields={"title": {"old": "Harbour report", "new": [1, 2]}}))
    shown = run_cli("show", harbour["capture_id"], "--json", store=store, env=env)
    cited = run_cli("cite", harbour["capture_id"], store=store, env=env)
    assert "Traceback" not in shown.stderr + cited.stderr, (shown.stderr + cited.stderr)[-600:]
    assert shown.returncode == 0 and cited.returncode == 0, shown.stderr + cited.stderr
    assert json.loads(shown.stdout)["article"]["title"] == "Harbour report"
    assert "Harbour report" in cited.stdout


def test_verify_bundle_names_a_correction_of_another_shape(tmp_path) -> None:
    store, env, (harbour, _) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(
        store, harbour, fields={"title": {"old": "Harbour report", "new": {"text": "Harbour closed"}}}))
    bundle = tmp_path / "b.wacz"
    assert run_cli("export", harbour["capture_id"], "-o", str(bundle), store=store, env=env).returncode == 0
    proc = run_cli("verify-bundle", str(bundle), "--key", str(store / "provenance" / "log.pub"), "--json",
                   store=store, env=env)
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    assert proc.returncode == 1
    [message] = [p["message"] for p in json.loads(proc.stdout)["problems"]]
    assert "title" in message and "corrects nothing" in message
