"""A WARC file in the store that no log entry names is named by ``log verify --deep``, as a
warning: nothing in it is vouched for by the log (the remains of a capture stopped before its
log entry, or a file put in the store since). No logged record is affected, so the verdict stays
as the logged records make it (exit 0, as ``W_WARC_TAIL``).

Before, ``--deep`` read only the files the log names, and said nothing of another one.
"""

from __future__ import annotations

import json
import shutil

from cli import run_cli
from stores import FERRY_PAGE, one_capture_fixtures

template, captured = one_capture_fixtures("unlogged_warc", "/ferry", FERRY_PAGE)


def _put_an_unlogged_warc(store):  # noqa: ANN001, ANN202 - a copy of the logged one, under another name
    [warc] = sorted((store / "warcs").glob("*.warc.gz"))
    other = warc.with_name("20991231T000000Z-put-here.warc.gz")
    shutil.copyfile(warc, other)
    return other


def test_a_warc_no_log_entry_names_is_a_warning_naming_the_file(captured):
    store, _cid = captured
    other = _put_an_unlogged_warc(store)

    proc = run_cli("log", "verify", "--deep", store=store)

    assert proc.returncode == 0, proc.stdout + proc.stderr
    [line] = [ln for ln in proc.stdout.splitlines() if "W_WARC_UNLOGGED" in ln]
    assert line.startswith("warning W_WARC_UNLOGGED: ") and f"warcs/{other.name}" in line, line


def test_the_unlogged_warc_warning_is_in_the_json_report_and_the_log_still_verifies(captured):
    store, _cid = captured
    _put_an_unlogged_warc(store)

    report = json.loads(run_cli("log", "verify", "--deep", "--json", store=store).stdout)

    [found] = [p for p in report["problems"] if p["code"] == "W_WARC_UNLOGGED"]
    assert found["severity"] == "warning" and report["ok"] is True


def test_the_logged_warcs_of_a_store_get_no_unlogged_warning(captured):
    store, _cid = captured
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0 and "W_WARC_UNLOGGED" not in proc.stdout, proc.stdout
