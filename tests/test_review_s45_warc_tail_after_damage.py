"""``log verify --deep``'s W_WARC_TAIL speaks only of bytes after the last logged record of a WARC
file: a logged record damaged inside the file (reported as an error of its own) is not called
"no logged record is affected".

The warning read the file from its start and named the first place its reader stopped at: with
a logged record damaged and bytes appended at the end, it named the damaged record's offset, the
size of everything from there (the logged records with it), and said no logged record was
affected, beside the error saying one was.
"""

from __future__ import annotations

import json

from cli import run_cli
from stores import FERRY_PAGE, one_capture_fixtures

JUNK = b"these bytes are no WARC record\r\n"

template, captured = one_capture_fixtures("warc_tail_after_damage", "/ferry", FERRY_PAGE)


def test_a_damaged_logged_record_is_not_named_in_the_tail_warning(captured):
    store, _cid = captured
    [warc] = sorted((store / "warcs").glob("*.warc.gz"))
    [entry] = [e for e in map(json.loads, (store / "provenance" / "log.jsonl").read_text().splitlines())
               if e.get("type") == "capture"]
    [response] = [r for r in entry["data"]["records"] if r.get("type") == "response"]
    end = warc.stat().st_size
    data = bytearray(warc.read_bytes())
    middle = response["offset"] + response["length"] // 2
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    warc.write_bytes(bytes(data) + JUNK)

    report = json.loads(run_cli("log", "verify", "--deep", "--json", store=store).stdout)

    assert not report["ok"], report  # the damaged record is an error of its own
    [tail] = [p for p in report["problems"] if p["code"] == "W_WARC_TAIL"]
    assert f"{len(JUNK)} byte(s) at offset {end} " in tail["message"], tail
