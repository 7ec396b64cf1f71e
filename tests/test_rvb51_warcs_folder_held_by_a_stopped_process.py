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
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli import run_cli
from stores import FERRY_PAGE, one_capture_fixtures

from archiver.store import warc_writing
from archiver.store.warc_writing import create_held, temporary_name

template, captured = one_capture_fixtures("warcs_folder_held", "/ferry", FERRY_PAGE)

#: Takes the folder argv[1]'s flock (argv[2]: LOCK_SH or LOCK_EX), says so, then stops itself.
HOLD_AND_STOP = """import fcntl, os, signal, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECTORY)
fcntl.flock(fd, getattr(fcntl, sys.argv[2]))
print("held", flush=True)
os.kill(os.getpid(), signal.SIGSTOP)
"""


@pytest.fixture
def short_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_writing, "FOLDER_HELD_WITHIN", 0.5)


@pytest.fixture
def no_unnamed_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)


class StoppedHolder:
    """A process holding ``folder``'s flock, stopped; ``let_go_after`` seconds on, a watchdog kills it
    (letting the lock go) and says it had to."""

    def __init__(self, folder: Path, operation: str, let_go_after: float = 60.0) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD_AND_STOP, str(folder), operation],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline() == "held\n"
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


@pytest.fixture
def stopped_holder() -> Iterator[list[StoppedHolder]]:
    made: list[StoppedHolder] = []
    yield made
    for holder in made:
        holder.end()


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat", "rb") as fh:
        return fh.read().rsplit(b")", 1)[1].split()[0].decode()


def test_log_verify_deep_is_not_held_by_a_creation_stopped_while_it_holds_the_warcs_folder(
        captured: tuple[Path, str], short_bound: None, stopped_holder: list[StoppedHolder]) -> None:
    store, _cid = captured
    left = temporary_name(store / "warcs" / "archiver-20991231T000000Z-1-x-0.warc.gz")
    left.write_bytes(b"WARC/1.1\r\n")  # (its creation's process stopped before its lock)
    holder = StoppedHolder(store / "warcs", "LOCK_SH")
    stopped_holder.append(holder)

    proc = run_cli("log", "verify", "--deep", store=store)

    assert not holder.watchdog_fired, "log verify --deep waited for the stopped creation"
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [line] = [line for line in proc.stdout.splitlines() if line.startswith("warning W_WARC_")]
    assert line.startswith(f"warning W_WARC_TEMPORARY: warcs/{left.name}: not told from a WARC file's creation"), line
    assert f"(pid {holder.proc.pid}) has held the warcs/ folder over 0.5 s" in line, line


def test_a_warc_file_creation_is_not_held_by_a_check_stopped_while_it_holds_the_warcs_folder(
        tmp_path: Path, short_bound: None, no_unnamed_files: None, stopped_holder: list[StoppedHolder]) -> None:
    holder = StoppedHolder(tmp_path, "LOCK_EX")
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
