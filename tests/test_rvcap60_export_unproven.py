"""An export of a capture no log entry proves is refused, exit 1 (review rvcap60, conventions.md).

Before, ``export`` wrote the bundle and warned "no capture or import entry in the log; its records are
unproven", exit 0: a bundle that fails ``verify-bundle`` reported as a success. The evidence check
before it already refuses an index that names no log entry (exit 1); the export's own check holds
where that one is passed by, here by a test that stands it aside.
"""

from __future__ import annotations

import sqlite3

from captures import captured
from conftest import run_cli

PAGE = b"<!doctype html><title>t</title><p>The river council approved the bridge.</p>"


def test_a_capture_the_log_does_not_prove_is_not_exported(store, serve_raw, monkeypatch, tmp_path):
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(PAGE) + PAGE
    cid = captured(store, serve_raw(raw)).capture_id
    stranger = cid[:-4] + "zzzz"  # an index row no log entry is about
    with sqlite3.connect(store / "index.sqlite3") as db:
        for table in ("captures", "records", "extractions"):
            db.execute(f"UPDATE {table} SET capture_id = ? WHERE capture_id = ?", (stranger, cid))  # noqa: S608
        db.execute("UPDATE captures SET log_seq = NULL, log_offset = NULL, log_length = NULL")
    monkeypatch.setattr("archiver.export.wacz.require_shown", lambda shown: shown)
    log_before = (store / "provenance" / "log.jsonl").read_bytes()
    out = tmp_path / "out.wacz"
    result = run_cli("export", stranger, "-o", str(out), store=store)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "no capture or import entry in the provenance log proves it" in result.stderr
    assert not out.exists()
    assert (store / "provenance" / "log.jsonl").read_bytes() == log_before
