"""No check stopped inside its instant's shared lock on a new WARC file holds a writer without limit.

Where the file system makes no unnamed files, a WARC file is created under a temporary name, then
locked for writing (``warc_writing.hold_for_writing``). ``log verify --deep`` asks whether a
temporary name is being written by taking a shared lock on it for an instant
(``warc_writing._locked_for_writing``). A check stopped (SIGSTOP, Ctrl-Z, a debugger) inside that
instant, between the creation's open and its lock, held the writer's blocking ``flock`` for good:
``archive`` hung with no word. Now the writer waits ``HOLD_WITHIN`` at most, then fails with one line
naming the process holding the lock (exit 1), and leaves no file behind.

A real process takes the checker's lock and is stopped: a stopped process is what holds it for good.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cli import run_cli
from lock_holders import StoppedCheck, checked_creations, ended, ferry_site
from servers import Site

from archiver.store import warc_writing

REAL_OPEN_TEMPORARY = warc_writing._open_temporary


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[StoppedCheck]]:
    """Every WARC file creation of this process meets a check stopped in its instant: each
    temporary name, once opened, is locked shared by a checker process that then stops."""
    yield from ended(checked_creations(monkeypatch, StoppedCheck, hold_within=0.5))


@pytest.fixture
def site() -> Iterator[Site]:
    yield from ferry_site()


def test_archive_is_not_held_by_a_check_stopped_inside_its_lock_of_the_new_warc_file(tmp_path, site, checks):
    proc = run_cli("archive", site.url("/ferry"), store=tmp_path / "store",
                   env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    [check] = checks
    assert not check.watchdog_fired, "archive waited for the stopped check"
    assert proc.returncode == 3 and "Traceback" not in proc.stderr, proc.stderr  # (a lock held past a bounded wait: sec56)
    [line] = [ln for ln in proc.stderr.splitlines() if "locked" in ln]
    assert f"process {check.proc.pid}" in line and "0.5 s" in line, line


def test_a_writer_stopped_by_a_held_lock_leaves_no_file_in_warcs(tmp_path, site, checks):
    store = tmp_path / "store"
    run_cli("archive", site.url("/ferry"), store=store, env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert list((store / "warcs").iterdir()) == []


def test_the_store_verifies_and_takes_the_capture_once_no_check_holds_the_new_file(tmp_path, site, checks,
                                                                                  monkeypatch):
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    run_cli("archive", site.url("/ferry"), store=store, env=env)
    monkeypatch.setattr(warc_writing, "_open_temporary", REAL_OPEN_TEMPORARY)  # (no check any more)
    made = run_cli("archive", site.url("/ferry"), store=store, env=env)
    assert made.returncode == 0, made.stderr
    verified = run_cli("log", "verify", store=store, env=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
