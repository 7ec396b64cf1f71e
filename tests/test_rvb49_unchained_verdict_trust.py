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
import test_storeleft49_unchained_log_verdict as storeleft49
from stores import FERRY_PAGE, one_capture_fixtures
from test_storeleft49_unchained_log_verdict import _edit_entry

from archiver.archive import Archive
from archiver.provenance import proven

template, captured = one_capture_fixtures("rvb49_unchained_trust", "/ferry", FERRY_PAGE)
passes = storeleft49.passes  # (the proving passes a writer's check ran, counted as there)


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


def _record_verdict(store: Path) -> None:
    """A writer's check on ``store`` as a new process makes it: the proving pass, its verdict recorded."""
    proven.forget()
    with Archive.open(store) as arc:
        arc.say_index_behind_log()


def _checks_proving(store: Path, passes: list[int]) -> int:
    """How many proving passes a writer's check on ``store`` ran, as a new process."""
    before = len(passes)
    _record_verdict(store)
    return len(passes) - before


def test_a_log_cut_short_of_where_the_verdict_was_reached_is_proven_again(
        captured: tuple[Path, str], passes: list[int]) -> None:
    store, _cid = captured
    log = store / "provenance" / "log.jsonl"
    for n in range(2):  # (lines past the break, whose last is cut below)
        _append_capture_line(log, f"01PASTTHEBREAK00000000000{n}", chained=True)
    _edit_entry(store, 1)
    _record_verdict(store)
    assert _checks_proving(store, passes) == 0  # (the verdict holds while the log is as it was)
    data = log.read_bytes()
    log.write_bytes(data[:data.rfind(b"\n", 0, len(data) - 1) + 1])  # (its last line cut off)

    assert _checks_proving(store, passes) >= 1


def _unchained_with_verdict(captured: tuple[Path, str]) -> tuple[Path, Path]:
    """The captured store and its log, the log's second line edited (it no longer chains) and a
    writer's check's verdict on it recorded: what the tests below change the log from."""
    store, _cid = captured
    _edit_entry(store, 1)
    _record_verdict(store)
    return store, store / "provenance" / "log.jsonl"


def test_a_log_cut_and_grown_back_to_its_length_with_other_bytes_is_proven_again(
        captured: tuple[Path, str], passes: list[int]) -> None:
    store, log = _unchained_with_verdict(captured)
    data = log.read_bytes()
    log.write_bytes(data[:-3] + (b"0" if data[-3:-2] != b"0" else b"1") + data[-2:])  # (same length)

    assert _checks_proving(store, passes) >= 1


def test_a_log_cut_and_grown_back_with_the_same_bytes_keeps_the_verdict(
        captured: tuple[Path, str], passes: list[int]) -> None:
    store, log = _unchained_with_verdict(captured)
    data = log.read_bytes()
    log.write_bytes(data[:len(data) // 2])
    with open(log, "ab") as f:
        f.write(data[len(data) // 2:])

    assert _checks_proving(store, passes) == 0
