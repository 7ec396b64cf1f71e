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

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from cli import run_cli
from servers import Site, html_page

from archiver.store import warc_writing

REAL_OPEN_TEMPORARY = warc_writing._open_temporary
PAGE = b"<html><body><article><p>The ferry to the island runs twice a day from May.</p></article></body></html>"

#: Asks as ``log verify --deep`` asks whether argv[1] is being written (a shared lock kept until the
#: descriptor closes), says so, then stops itself inside that instant.
CHECK_AND_STOP = """import os, signal, sys
from archiver.store.warc_writing import _locked_for_writing
fd = os.open(sys.argv[1], os.O_RDONLY)
print("written" if _locked_for_writing(fd) else "held", flush=True)
os.kill(os.getpid(), signal.SIGSTOP)
"""


class StoppedCheck:
    """A checker process stopped while it holds ``path``'s shared lock; a watchdog kills it after
    ``let_go_after`` seconds (letting the lock go) and says it had to."""

    def __init__(self, path: Path, let_go_after: float = 60.0) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", CHECK_AND_STOP, str(path)],
                                     stdout=subprocess.PIPE, text=True)
        out: IO[str] | None = self.proc.stdout
        assert out is not None and out.readline() == "held\n"
        while _state(self.proc.pid) != "T":
            time.sleep(0.01)
        self.watchdog_fired = False
        self._timer = threading.Timer(let_go_after, self._let_go)
        self._timer.start()

    def _let_go(self) -> None:
        self.watchdog_fired = True
        self.proc.kill()

    def end(self) -> None:
        self._timer.cancel()
        self.proc.kill()
        self.proc.wait(30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat", "rb") as fh:
        return fh.read().rsplit(b")", 1)[1].split()[0].decode()


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[StoppedCheck]]:
    """Every WARC file creation of this process meets a check stopped in its instant: each
    temporary name, once opened, is locked shared by a checker process that then stops."""
    made: list[StoppedCheck] = []
    real_open = warc_writing._open_temporary

    def open_then_checked(path: Path):  # type: ignore[no-untyped-def]
        temporary, f = real_open(path)
        made.append(StoppedCheck(temporary))
        return temporary, f

    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)
    monkeypatch.setattr(warc_writing, "_open_temporary", open_then_checked)
    monkeypatch.setattr(warc_writing, "HOLD_WITHIN", 0.5)
    yield made
    for check in made:
        check.end()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.routes["/ferry"] = html_page(PAGE)
    yield s
    s.close()


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
