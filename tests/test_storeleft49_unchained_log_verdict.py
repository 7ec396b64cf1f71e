"""A writing command's check "the log lists captures the index lacks" on a log whose lines do
not chain (an edited log) runs the proving pass once, not at every ``archive``: its verdict is
recorded in the index (``meta`` row ``log_unchained``) with the log's bytes it was reached on, and
holds only while those bytes are unchanged (derived state, never trusted over the bytes).

Before, the recorded position (``log_current``) could not be followed past the break, and every
``archive`` on such a log ran the whole proving pass again (0.33 s on a 20,003-entry log).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site
from stores import FERRY_PAGE, one_capture_fixtures
from test_newcomer_frictions import page
from test_storeleft47_writer_says_index_behind_log import _killed_between_log_and_index

from archiver.archive import Archive
from archiver.provenance import proven

template, captured = one_capture_fixtures("unchained_log_verdict", "/ferry", FERRY_PAGE)


def _edit_entry(store: Path, seq: int) -> None:
    """Change one character of log entry ``seq``'s time in place: the entry after it no longer chains to it."""
    log = store / "provenance" / "log.jsonl"
    lines = log.read_bytes().split(b"\n")
    at = lines[seq].index(b'"time":"') + len(b'"time":"') + 3  # (the year's last digit)
    lines[seq] = lines[seq][:at] + (b"8" if lines[seq][at:at + 1] != b"8" else b"7") + lines[seq][at + 1:]
    log.write_bytes(b"\n".join(lines))


@pytest.fixture
def passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the proving pass ran for the check (each command as a new process: nothing proven yet)."""
    ran: list[int] = []
    real = Archive._lacking_captures

    def counted(self: Archive) -> tuple[list[str], dict[str, int]]:
        ran.append(1)
        return real(self)

    monkeypatch.setattr(Archive, "_lacking_captures", counted)
    return ran


def _archive(store: Path, url: str, passes: list[int]) -> tuple[int, str]:
    """``archive url`` (as a new process: nothing proven yet); (proving passes it ran, its stderr)."""
    proven.forget()
    before = len(passes)
    proc = run_cli("archive", url, store=store)
    assert proc.exit_code == 0, proc.stderr
    return len(passes) - before, proc.stderr


def test_a_log_that_does_not_chain_is_proven_by_one_archive_not_by_each(
        captured: tuple[Path, str], site: Site, passes: list[int]) -> None:
    store, _cid = captured
    _edit_entry(store, 1)
    first, _ = _archive(store, page(site, "/one", 2), passes)
    later = [_archive(store, page(site, f"/n{n}", n + 3), passes)[0] for n in range(2)]
    assert first >= 1
    assert later == [0, 0]


def test_the_remembered_verdict_still_names_a_capture_the_index_lacks(
        captured: tuple[Path, str], site: Site, passes: list[int]) -> None:
    store, _cid = captured
    killed = _killed_between_log_and_index(store, site)
    _edit_entry(store, 1)
    said = []
    for n in range(2):
        ran, err = _archive(store, page(site, f"/n{n}", n + 4), passes)
        said.append((ran > 0, [line for line in err.splitlines() if "the index lacks" in line]))
    assert said[0][0] and not said[1][0]  # (proven by the first only)
    for _ran, lines in said:
        assert len(lines) == 1 and killed in lines[0] and "archiver reindex" in lines[0], said


def test_a_log_changed_before_where_the_verdict_was_reached_is_proven_again(
        captured: tuple[Path, str], site: Site, passes: list[int]) -> None:
    store, _cid = captured
    _edit_entry(store, 1)
    _archive(store, page(site, "/one", 2), passes)
    _edit_entry(store, 2)  # (an edit before the last line the verdict was reached on)
    ran, _ = _archive(store, page(site, "/two", 3), passes)
    assert ran >= 1


def test_the_verdict_is_recorded_in_the_index_with_the_bytes_it_was_reached_on(
        captured: tuple[Path, str], site: Site, passes: list[int]) -> None:
    import hashlib
    import sqlite3

    store, _cid = captured
    _edit_entry(store, 1)
    _archive(store, page(site, "/one", 2), passes)
    db = sqlite3.connect(f"file:{store / 'index.sqlite3'}?mode=ro", uri=True)
    try:
        [(text,)] = db.execute("SELECT value FROM meta WHERE key='log_unchained'").fetchall()
    finally:
        db.close()
    memo = json.loads(text)
    data = (store / "provenance" / "log.jsonl").read_bytes()
    assert memo["end"] <= len(data) and memo["sha256"] == hashlib.sha256(data[:memo["end"]]).hexdigest()
    assert memo["missing"] == []
