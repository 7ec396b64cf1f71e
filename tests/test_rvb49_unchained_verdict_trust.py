"""The recorded verdict on a log whose lines do not chain (index ``meta`` row ``log_unchained``)
says what the proving pass would say of the log's bytes now, never more: a review of batchleft49.

The verdict records whether the pass took in every line (then lines appended later are held to
the index too). It was read from the pass's proven bytes being more than none, which is also true
of a pass that proved part of the log earlier in the same process and stopped at a break since.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pytest
import rfc8785
from stores import FERRY_PAGE, one_capture_fixtures

from archiver.archive import Archive
from archiver.provenance import proven

template, captured = one_capture_fixtures("rvb49_unchained_trust", "/ferry", FERRY_PAGE)


def _append_capture_line(log: Path, capture_id: str, *, chained: bool) -> None:
    """Append a ``capture`` entry listing ``capture_id`` by hand, its ``prev`` the hash of the line
    before it (``chained``) or not."""
    last = log.read_bytes().split(b"\n")[-2]
    before = json.loads(last)
    prev = "sha256:" + hashlib.sha256(last if chained else b"another line").hexdigest()
    entry = {"data": {"capture_id": capture_id, "url": "https://example.org/"}, "log": before["log"],
             "prev": prev, "seq": before["seq"] + 1, "time": "2026-12-02T06:00:00.000000Z",
             "tool": "archiver/0.1.0", "type": "capture", "v": 1}
    with open(log, "ab") as f:
        f.write(rfc8785.dumps(entry) + b"\n")


def test_a_verdict_reached_where_this_process_proved_the_log_before_its_break_holds_no_later_line(
        captured: tuple[Path, str], caplog: pytest.LogCaptureFixture) -> None:
    store, _cid = captured
    log = store / "provenance" / "log.jsonl"
    proven.forget()
    with Archive.open(store) as arc:
        assert arc.captures_not_indexed() == []  # (this process proves the log: every line chains)
        _append_capture_line(log, "01BEYONDTHEBREAK0000000001", chained=False)  # the pass stops here
        arc.say_index_behind_log()  # (the verdict recorded)
    _append_capture_line(log, "01BEYONDTHEBREAK0000000002", chained=True)
    proven.forget()

    with caplog.at_level(logging.WARNING, logger="archiver"), Archive.open(store) as arc:
        arc.say_index_behind_log()  # (a new process: the recorded verdict, or the proving pass)
        proof = arc.captures_not_indexed()

    assert proof == []  # (the proving pass stops at the break)
    assert "BEYONDTHEBREAK" not in caplog.text, caplog.text
