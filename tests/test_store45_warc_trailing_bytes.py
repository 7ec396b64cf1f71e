"""Bytes after the last record of a WARC file (junk appended, or a record a killed writer left
half written) are named by ``log verify --deep``: the file and the offset they begin at, as a
warning. No logged record is affected (each is read at its own offset and holds to the log), so
the verdict stays as the logged records make it (exit 0 here): the bytes are not evidence the log
vouches for, and not what this store wrote there either, which the warning says.

Before, every logged record read as logged and the bytes after them were never looked at.
"""

from __future__ import annotations

import json

from cli import run_cli
from stores import FERRY_PAGE, one_capture_fixtures

template, captured = one_capture_fixtures("warc_trailing_bytes", "/ferry", FERRY_PAGE)


def _the_warc(store):  # noqa: ANN001, ANN202
    [warc] = sorted((store / "warcs").glob("*.warc.gz"))
    return warc


def test_junk_after_a_warcs_last_record_is_a_warning_naming_the_file_and_its_offset(captured):
    store, _cid = captured
    warc = _the_warc(store)
    end = warc.stat().st_size
    with open(warc, "ab") as f:
        f.write(b"these bytes are no WARC record\r\n")
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [line] = [ln for ln in proc.stdout.splitlines() if "W_WARC_TAIL" in ln]
    assert line.startswith("warning W_WARC_TAIL: ") and warc.name in line and f"offset {end}" in line, line
    assert "no logged record is affected" in line


def test_the_warning_is_in_the_json_report_and_the_log_still_verifies(captured):
    store, _cid = captured
    warc = _the_warc(store)
    with open(warc, "ab") as f:
        f.write(b"\x1f\x8b\x08\x00 half a gzip member")
    report = json.loads(run_cli("log", "verify", "--deep", "--json", store=store).stdout)
    [found] = [p for p in report["problems"] if p["code"] == "W_WARC_TAIL"]
    assert found["severity"] == "warning" and report["ok"] is True and report["warnings"] == 1


def test_a_warc_that_ends_with_its_last_record_gets_no_warning(captured):
    store, _cid = captured
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0 and "W_WARC_TAIL" not in proc.stdout, proc.stdout
