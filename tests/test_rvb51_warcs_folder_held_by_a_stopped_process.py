"""No process stopped while it holds the ``warcs/`` folder's lock (a WARC file's creation between its
temporary name's open and its lock, shared; ``log verify --deep`` asking again about temporary names,
exclusive) holds another without limit: each waits ``FOLDER_HELD_WITHIN`` at most, then goes on.

Before (batchleft51), both waits were a blocking ``flock``: a creation stopped in its instant (SIGSTOP,
Ctrl-Z, a debugger) held ``log verify --deep`` until it was continued or killed, and a check stopped in
its own instant held every WARC file's creation in the store (where the file system makes no unnamed
files) the same way. Now the check names the temporary names it could not decide, and the pid holding
the folder; the creation goes on (at worst that stopped check, once continued, names it a leftover).

Real processes hold the lock and are stopped: a stopped process is what holds it for good.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli import run_cli
from lock_holders import HOLD_AND_STOP, StoppedHolder, ended
from stores import FERRY_PAGE, one_capture_fixtures

from archiver.store import warc_writing
from archiver.store.warc_writing import create_held, temporary_name

template, captured = one_capture_fixtures("warcs_folder_held", "/ferry", FERRY_PAGE)

@pytest.fixture
def short_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_writing, "FOLDER_HELD_WITHIN", 0.5)


@pytest.fixture
def no_unnamed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)


def _stopped_holder(folder: Path, operation: str) -> StoppedHolder:
    """A process holding ``folder``'s flock (``operation``: LOCK_SH or LOCK_EX), stopped."""
    return StoppedHolder(HOLD_AND_STOP, str(folder), operation)


@pytest.fixture
def stopped_holder() -> Iterator[list[StoppedHolder]]:
    yield from ended([])


def test_log_verify_deep_is_not_held_by_a_creation_stopped_while_it_holds_the_warcs_folder(
        captured: tuple[Path, str], short_bound: None, stopped_holder: list[StoppedHolder]) -> None:
    store, _cid = captured
    left = temporary_name(store / "warcs" / "archiver-20991231T000000Z-1-x-0.warc.gz")
    left.write_bytes(b"WARC/1.1\r\n")  # (its creation's process stopped before its lock)
    holder = _stopped_holder(store / "warcs", "LOCK_SH")
    stopped_holder.append(holder)

    proc = run_cli("log", "verify", "--deep", store=store)

    assert not holder.watchdog_fired, "log verify --deep waited for the stopped creation"
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [line] = [line for line in proc.stdout.splitlines() if line.startswith("warning W_WARC_")]
    assert line.startswith(f"warning W_WARC_TEMPORARY: warcs/{left.name}: not told from a WARC file's creation"), line
    assert f"(pid {holder.proc.pid}) has held the warcs/ folder over 0.5 s" in line, line


def test_a_warc_file_creation_is_not_held_by_a_check_stopped_while_it_holds_the_warcs_folder(
        tmp_path: Path, short_bound: None, no_unnamed_files: None, stopped_holder: list[StoppedHolder]) -> None:
    holder = _stopped_holder(tmp_path, "LOCK_EX")
    stopped_holder.append(holder)
    path = tmp_path / "archiver-x.warc.gz"

    with create_held(path) as f:
        f.write(b"warcinfo")

    assert not holder.watchdog_fired, "the creation waited for the stopped check"
    assert path.read_bytes() == b"warcinfo"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_temporary_name_is_still_named_a_leftover_once_no_creation_holds_the_folder(tmp_path: Path) -> None:
    left = temporary_name(tmp_path / "archiver-x.warc.gz")
    left.write_bytes(b"warcinfo")

    names = warc_writing.leftover_temporaries(tmp_path)

    assert (names.left, names.undecided) == ([left], [])
    assert os.path.exists(left)
