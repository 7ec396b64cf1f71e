"""A capture whose extraction record was damaged, and which ``reindex`` therefore left without its
text, says its evidence was altered, not "run reindex" (which cannot bring the text back) and not
"no extracted text".

The damage is a real byte changed inside the extraction record's gzip member in the WARC file;
``reindex`` then reports the extraction as unverified and indexes the capture without it.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli
from stores import one_capture_fixtures

PAGE = (b"<html><head><title>Library hours</title></head><body><article><h1>Library hours</h1>"
        b"<p>The central library opens until nine on Thursdays from next month, the council said.</p>"
        b"</article></body></html>")
QUOTE = "The central library opens until nine on Thursdays from next month"

template, captured = one_capture_fixtures("index_log_extraction_record_damaged", "/library", PAGE)


def _damage_extraction_record(store: Path, cid: str) -> None:
    entries = [json.loads(line) for line in (store / "provenance" / "log.jsonl").read_text().splitlines()]
    [ext] = [e["data"] for e in entries if e["type"] == "extraction" and e["data"]["capture_id"] == cid]
    [cap] = [e["data"] for e in entries if e["type"] == "capture" and e["data"]["capture_id"] == cid]
    [rec] = [r for r in cap["records"] if r["record_id"] == ext["record_id"]]
    warc = store / rec["warc"]
    data = bytearray(warc.read_bytes())
    data[rec["offset"] + rec["length"] // 2] ^= 0x55
    warc.write_bytes(bytes(data))


def test_a_capture_reindex_left_without_its_damaged_extraction_says_the_evidence_was_altered(captured):
    store, cid = captured
    _damage_extraction_record(store, cid)
    reindexed = run_cli("reindex", "--json", store=store)
    assert json.loads(reindexed.stdout)["extractions"] == 0, reindexed.stdout
    proc = run_cli("verify-quote", QUOTE, "--capture", cid, store=store)
    assert proc.exit_code == 1, proc.stderr
    assert "the archived evidence was altered" in proc.stderr
    assert "no extracted text" not in proc.stderr and "the index lacks" not in proc.stderr
