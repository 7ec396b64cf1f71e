"""A hop's summary says when its 1xx record also holds bytes before a status line (task cap59).

A server may send up to 4 bytes Chromium skips before a status line (``\\r\\n``, a BOM) and 1xx
heads before its response: the capture keeps both in one interim record, before the response
record. The manifest named the skipped bytes (``before_status_line``) only when no 1xx head came
with them, so the summary that results, the index and ``show`` give could not tell a record of
heads alone from one that also holds skipped bytes (``show`` hedged: "and any bytes before their
status lines"). The manifest now names them beside the heads, the summary's ``interim`` says
``before_status_line``, and ``show`` prints it; a capture's import reads the same from the bytes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from captures import capture_one, stored_records
from cli import run_cli
from servers import Hostile
from stores import build_template

from archiver.capture.manifest import MANIFEST_TYPE, Manifest
from archiver.capture.records import INTERIM_TYPE

PAGE = b"<html><head><title>Harbour</title></head><body><article><p>The council approved the budget.</p></article></body></html>"
RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(PAGE) + PAGE)
HINT = b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"


def _interim_record_id(store: Path) -> str:
    [kept] = [r for r in stored_records(store, "metadata") if r.header("Content-Type") == INTERIM_TYPE]
    return kept.record_id


def _manifest_hop(store: Path) -> dict:
    [block] = [r.block for r in stored_records(store, "metadata") if r.header("Content-Type") == MANIFEST_TYPE]
    assert Manifest.from_json(block).to_json() == block
    [hop] = json.loads(block)["hops"]
    return hop


def test_the_manifest_names_skipped_bytes_beside_the_1xx_heads_of_the_same_record(store, serve_raw):
    assert capture_one(store, serve_raw(b"\r\n" + HINT + RESPONSE)).ok
    kept = _interim_record_id(store)
    hop = _manifest_hop(store)
    assert hop["interim"] == {"record_id": kept, "statuses": [103]}
    assert hop["before_status_line"] == {"record_id": kept}


def test_the_summary_says_a_1xx_record_also_holds_bytes_before_a_status_line(store, serve_raw):
    result = capture_one(store, serve_raw(HINT + b"\r\n" + RESPONSE))
    assert result.ok, result.error
    assert result.hops[0]["interim"] == {"record_id": _interim_record_id(store), "statuses": [103],
                                         "before_status_line": True}


def test_the_summary_of_1xx_heads_alone_says_no_bytes_before_a_status_line(store, serve_raw):
    result = capture_one(store, serve_raw(HINT + RESPONSE))
    assert result.ok, result.error
    assert result.hops[0]["interim"]["before_status_line"] is False
    assert "before_status_line" not in _manifest_hop(store)


def test_the_summary_of_skipped_bytes_alone_says_them(store, serve_raw):
    result = capture_one(store, serve_raw(b"\r\n" + RESPONSE))
    assert result.hops[0]["interim"] == {"record_id": _interim_record_id(store), "statuses": [],
                                         "before_status_line": True}


def test_show_prints_the_1xx_heads_and_the_skipped_bytes(store, serve_raw):
    result = capture_one(store, serve_raw(b"\r\n" + HINT + RESPONSE))
    shown = run_cli("show", str(result.capture_id), store=store)
    assert shown.returncode == 0, shown.stderr
    [line] = [x for x in shown.stdout.splitlines() if "BEFORE THE RESPONSE" in x]
    assert "interim (1xx) heads 103 and bytes before a status line" in line, line
    assert "any bytes" not in line


def test_show_of_1xx_heads_alone_prints_no_skipped_bytes(store, serve_raw):
    result = capture_one(store, serve_raw(HINT + RESPONSE))
    shown = run_cli("show", str(result.capture_id), store=store)
    [line] = [x for x in shown.stdout.splitlines() if "BEFORE THE RESPONSE" in x]
    assert "interim (1xx) heads 103;" in line and "status line" not in line, line


def test_an_imported_capture_s_summary_says_the_skipped_bytes_its_1xx_record_holds(tmp_path):
    server = Hostile(lambda: iter([b"\r\n" + HINT + RESPONSE]))
    try:
        [made] = build_template(tmp_path / "t", lambda arc: arc.capture_many([server.url("/")]))
    finally:
        server.close()
    assert made.ok, made.error
    [warc] = (tmp_path / "t" / "store" / "warcs").glob("*.warc.gz")
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "mine")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [cap] = json.loads(proc.stdout)["captures"]
    [hop] = json.loads(run_cli("show", cap["capture_id"], "--json", store=tmp_path / "mine").stdout)["hops"]
    assert hop["interim"]["statuses"] == [103] and hop["interim"]["before_status_line"] is True


def _edit_index(store: Path, sql: str) -> None:
    with sqlite3.connect(store / "index.sqlite3") as db:
        db.execute(sql)
    db.close()


def test_an_index_row_written_before_the_summary_said_it_still_agrees_with_the_manifest(store, serve_raw):
    result = capture_one(store, serve_raw(b"\r\n" + HINT + RESPONSE))
    _edit_index(store, "UPDATE captures SET detail = json_remove(detail, '$.hops[0].interim.before_status_line')")
    proc = run_cli("show", str(result.capture_id), store=store)
    assert proc.returncode == 0 and "disagrees" not in proc.stderr, proc.stderr
    [line] = [x for x in proc.stdout.splitlines() if "BEFORE THE RESPONSE" in x]
    assert "(and any bytes before their status lines)" in line  # it cannot say: it hedges, as before


def test_an_index_edited_to_say_other_skipped_bytes_disagrees_with_the_manifest(store, serve_raw):
    result = capture_one(store, serve_raw(HINT + RESPONSE))
    _edit_index(store, "UPDATE captures SET detail = json_set(detail, '$.hops[0].interim.before_status_line', json('true'))")
    proc = run_cli("show", str(result.capture_id), store=store)
    assert proc.returncode == 1 and "manifest" in proc.stderr, proc.stderr
